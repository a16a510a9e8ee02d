/**
 * One split document → its PlanDocument: section tree, tasks, phases,
 * problems and leadership roster.
 */
import type { Block } from '../model/block.js';
import type { PlanDocument, Problem, Section, Task } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';
import type { SplitDocument } from '../documents/split.js';
import { buildOutline, type OutlineNode } from '../outline/tree.js';
import { sectionKind } from '../outline/classify.js';
import { collectTasks } from './tasks.js';
import { extractTableTasks } from './task-table.js';
import { parseDateLine } from './deadline.js';
import { collectPhases } from './phases.js';
import { readBody } from './body.js';
import { toLocation } from './location.js';

export interface ExtractOptions {
  lexicon: Lexicon;
  /** The year for dates without one when the document does not give it (--year). */
  year?: number | null;
}

export function extractDocument(doc: SplitDocument, options: ExtractOptions): PlanDocument {
  const lex = options.lexicon;
  const root = buildOutline(doc.blocks, lex);
  const date = signedDate(doc.blocks, root, lex);
  const year = doc.year ?? (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null) ?? options.year ?? null;
  const ctx = { lexicon: lex, year, documentKind: doc.kind };
  const outlined = collectTasks(root, ctx);
  const tasks = [...outlined.tasks, ...tableTasks(doc.blocks, root, ctx)].sort((a, b) => a.location.line - b.location.line);
  tasks.forEach((task, i) => (task.id = `t${i + 1}`));
  const roster = outlined.roster;
  const all = [...doc.titleBlocks, ...doc.blocks];
  const first = all[0];
  const last = all.at(-1);
  return {
    index: doc.index,
    title: doc.title,
    kind: doc.kind,
    year,
    date,
    location: {
      start: first ? toLocation(first) : { line: 1 },
      end: last ? toLocation(last) : { line: 1 },
    },
    sections: root.children.map((node) => toSection(node, lex)),
    tasks,
    phases: collectPhases(root, ctx),
    problems: collectProblems(root, lex),
    organization: roster,
    warnings: [],
  };
}

/**
 * 成文日期: a line that is only a date (`2024年3月1日`) at the end of the
 * document, or else in the 印发 notice above its first section.
 */
function signedDate(blocks: Block[], root: OutlineNode, lex: Lexicon): string | null {
  const dateOf = (block: Block) => (block.cells ? null : parseDateLine(block.text, lex));
  for (const block of blocks.slice(-3).reverse()) {
    const date = dateOf(block);
    if (date) return date;
  }
  for (const block of root.body) {
    const date = dateOf(block);
    if (date) return date;
  }
  return null;
}

/** Tasks from task decomposition tables (任务分解表) anywhere in the document. */
function tableTasks(blocks: Block[], root: OutlineNode, ctx: { lexicon: Lexicon; year: number | null }): Task[] {
  const tables = new Map<number, Block[]>();
  for (const block of blocks) if (block.cells && block.table) tables.set(block.table, [...(tables.get(block.table) ?? []), block]);
  const section = root.children.find((n) => sectionKind(n.heading, ctx.lexicon) === 'tasks')?.heading ?? null;
  return [...tables.values()].flatMap((rows) =>
    (extractTableTasks(rows, ctx) ?? []).map(({ deadlineText: _, ...row }): Task => ({ id: '', ...row, section, location: { ...row.location, excerpt: row.title.slice(0, 40) } })),
  );
}

function toSection(node: OutlineNode, lex: Lexicon): Section {
  return {
    number: node.marker?.label ?? null,
    heading: node.heading,
    kind: sectionKind(node.heading, lex),
    location: toLocation(node.head!),
    children: node.children.map((child) => toSection(child, lex)),
  };
}

/** The items (or, without items, the paragraphs) of 存在问题 sections. */
function collectProblems(root: OutlineNode, lex: Lexicon): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: OutlineNode) => {
    if (node.head && sectionKind(node.heading, lex) === 'problems') {
      const items = node.children.length ? node.children.flatMap(leaves) : readBody(node.body, lex).text.map(paragraphItem);
      problems.push(...items.map(({ text, head }) => ({ text, location: toLocation(head) })));
      return;
    }
    node.children.forEach(visit);
  };
  visit(root);
  return problems;
}

function leaves(node: OutlineNode): { text: string; head: Block }[] {
  if (node.children.length) return node.children.flatMap(leaves);
  const text = [node.marker ? node.marker.rest : node.heading, ...node.body.map((b) => b.text)].join('\n');
  return [{ text, head: node.head! }];
}

function paragraphItem(block: Block): { text: string; head: Block } {
  return { text: block.text, head: block };
}
