/**
 * The task tables of a document, placed in its outline. A table may come in
 * parts — split by group lines (`（一）王宏副市长牵头重点工作`), a page cut or
 * a header repeated per part — and a later part without a header reads its
 * rows by the layout of the part before. A row's number is its place in the
 * outline (`一/（一）`) followed by its 序号, or its position when the table
 * has none. An owner line right after a row (`省牵头单位：省农业农村厅`) adds
 * to that row's owners.
 */
import type { Block } from '../model/block.js';
import type { OwnerRole, Task } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';
import type { OutlineNode } from '../outline/tree.js';
import { sectionKind } from '../outline/classify.js';
import { readRecordTable, readTaskTable, type TableLayout, type TableTask } from './task-table.js';
import { ownersOfField } from './owners.js';
import { OWNER_FIELDS, readFieldLine } from '../outline/fields.js';

export interface TableHarvest {
  tasks: Task[];
  /** Head lines of outline items that only group table rows: they are no tasks of their own. */
  groupLines: Set<number>;
  /** How each table was read (for `plan-parse explain`). */
  parts: TableReading[];
}

export interface TableReading {
  lines: number[];
  /** The header row's line; null for a part read by the layout before it, or a table read otherwise. */
  header: number | null;
  read: 'columns' | 'carried' | 'records' | null;
}

export function collectTableTasks(blocks: Block[], root: OutlineNode, ctx: { lexicon: Lexicon; year: number | null }): TableHarvest {
  const parts = tableParts(blocks);
  const section = root.children.find((n) => sectionKind(n.heading, ctx.lexicon) === 'tasks')?.heading ?? null;
  const tasks: Task[] = [];
  const groupLines = new Set<number>();
  const readings: TableReading[] = [];
  let carried: TableLayout | undefined;
  for (const rows of parts) {
    const result = readTaskTable(rows, ctx, carried) ?? records(rows, ctx);
    readings.push(readingOf(rows, result, carried));
    if (!result) {
      carried = undefined;
      continue;
    }
    carried = result.layout;
    for (const row of result.tasks) {
      const path = outlinePath(root, row.location.line);
      for (const node of path) if (node.head) groupLines.add(node.head.location.line);
      addOwnerLine(row, blocks, ctx.lexicon);
      const { deadlineText: _, ...task } = row;
      tasks.push({
        id: '',
        ...task,
        number: [...path.filter((n) => n.marker).map((n) => n.marker!.label), ...row.number],
        section: path[0]?.heading ?? section,
        parent: row.parent ?? path.at(-1)?.heading ?? null,
        location: { ...row.location, excerpt: row.title.slice(0, 40) },
      });
    }
  }
  return { tasks, groupLines, parts: readings };
}

function readingOf(rows: Block[], result: { layout: TableLayout | undefined } | null, carried: TableLayout | undefined): TableReading {
  const lines = rows.map((r) => r.location.line);
  if (!result) return { lines, header: null, read: null };
  if (!result.layout) return { lines, header: null, read: 'records' };
  const header = result.layout.header >= 0 ? rows[result.layout.header]!.location.line : null;
  return { lines, header, read: header === null && carried ? 'carried' : 'columns' };
}

/** A label | value table read as records: its tasks, and no layout for a later part to carry. */
function records(rows: Block[], ctx: { lexicon: Lexicon; year: number | null }): { tasks: TableTask[]; layout: undefined } | null {
  const tasks = readRecordTable(rows, ctx);
  return tasks ? { tasks, layout: undefined } : null;
}

/** The rows of each table, in document order. */
function tableParts(blocks: Block[]): Block[][] {
  const tables = new Map<number, Block[]>();
  for (const block of blocks) if (block.cells && block.table) tables.set(block.table, [...(tables.get(block.table) ?? []), block]);
  return [...tables.values()];
}

/**
 * The outline items a row sits in: the last item before it at each level,
 * when the deepest of them holds the table (a heading over it, not an item
 * of running text the table merely follows).
 */
function outlinePath(root: OutlineNode, line: number): OutlineNode[] {
  const path: OutlineNode[] = [];
  let node = root;
  for (;;) {
    const next = node.children.filter((c) => !c.field && c.head && c.head.location.line < line).at(-1);
    // text of this node after the child's head means the child was closed before the row (an annex)
    if (!next || bodyLineBetween(node, next.head!.location.line, line)) break;
    path.push(next);
    node = next;
  }
  return path.length && holdsTable(path.at(-1)!) ? path : [];
}

/** Whether the node's own body has a block after line `after` up to line `upto` (its body is in line order: a binary search). */
function bodyLineBetween(node: OutlineNode, after: number, upto: number): boolean {
  const body = node.body;
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (body[mid]!.location.line > after) hi = mid;
    else lo = mid + 1;
  }
  return lo < body.length && body[lo]!.location.line <= upto;
}

/** An item whose text before its table is at most a short title line or two. */
function holdsTable(node: OutlineNode): boolean {
  if (node.lead.length > 40) return false;
  const first = node.body.findIndex((b) => b.cells);
  const before = first < 0 ? node.body : node.body.slice(0, first);
  return before.length <= 2 && before.every((b) => b.text.length <= 40);
}

/** `省牵头单位：省农业农村厅` on the line after a row: more owners of that row. */
function addOwnerLine(row: TableTask, blocks: Block[], lex: Lexicon): void {
  const at = blocks.findIndex((b) => b.location.line === row.location.line && b.cells);
  const next = blocks[at + 1];
  if (at < 0 || !next || next.cells) return;
  const fields = readFieldLine(next.text, lex)?.fields ?? [];
  for (const field of fields) {
    if (!OWNER_FIELDS.includes(field.kind)) continue;
    for (const owner of ownersOfField(field.value, field.kind as OwnerRole, lex)) if (!row.owners.some((o) => o.name === owner.name)) row.owners.push(owner);
  }
}
