/**
 * Tasks from a task decomposition table (任务分解表). A table is one when its
 * header row names a task column and an owner or deadline column; rosters
 * and statistics tables have neither and stay plain content. Works on the
 * row blocks of any reader (Word, HTML, tab- or `|`-separated text).
 */
import type { Block } from '../model/block.js';
import type { Deadline, Location, Milestone, Owner, OwnerRole } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';
import type { TableColumnKind } from '../lexicon/tables.js';
import { splitOwners } from './owners.js';
import { findDeadlines, parseDeadline } from './deadline.js';
import { chooseDeadline, isDated, spanDeadlines, taskDeadline } from './task-deadline.js';
import { firstSentence } from '../text/sentence.js';

export interface TableTask {
  number: string[];
  title: string;
  text: string;
  /** The category the task sits under (a merged category column, or a full-width group row). */
  parent: string | null;
  owners: Owner[];
  deadline: Deadline | null;
  /** Dated sub-steps listed in the task text. */
  milestones: Milestone[];
  /** The deadline cell as written; null when the table has no deadline for this row. */
  deadlineText: string | null;
  location: Location;
}

export interface TableTaskContext {
  year: number | null;
  lexicon: Lexicon;
}

type Columns = Record<TableColumnKind, string[]>;

interface Layout {
  header: number;
  number?: number;
  task: number;
  category?: number;
  owners: { column: number; role: OwnerRole }[];
  deadline?: number;
}

/** A cell without the pipes a Markdown table leaves at its ends. */
function unpipe(cell: string): string {
  return cell.replace(/^\|+|\|+$/g, '').trim();
}

/** Cells without spaces and pipes, for comparing with header words. */
function clean(cell: string): string {
  return unpipe(cell).replace(/[\s\u3000]+/g, '');
}

/** The kind of column a header cell names: the longest matching word wins. */
function classify(cell: string, words: Columns): TableColumnKind | null {
  const c = clean(cell);
  if (!c || c.length > 12) return null;
  let best: { kind: TableColumnKind; length: number } | null = null;
  for (const [kind, list] of Object.entries(words) as [TableColumnKind, string[]][]) {
    for (const w of list) {
      const hit = kind === 'number' ? c === w || c.startsWith(w) : c.includes(w);
      if (hit && (!best || w.length > best.length)) best = { kind, length: w.length };
    }
  }
  return best?.kind ?? null;
}

const ROLE: Partial<Record<TableColumnKind, OwnerRole>> = { lead: 'lead', responsible: 'responsible', support: 'support' };

/** Read a header row; null when it does not describe a task table. */
function layoutOf(cells: string[], header: number, words: Columns): Layout | null {
  const kinds = cells.map((c, i) => (i > 0 && c === cells[i - 1] ? null : classify(c, words)));
  const detail = kinds.lastIndexOf('taskDetail');
  const taskLike = kinds.flatMap((k, i) => (k === 'task' ? [i] : []));
  const task = detail >= 0 ? detail : taskLike.at(-1);
  if (task === undefined) return null;
  const category = taskLike.filter((i) => i < task).at(-1);
  const owners = kinds.flatMap((k, column) => (k && ROLE[k] ? [{ column, role: ROLE[k]! }] : []));
  const deadline = kinds.indexOf('deadline');
  if (owners.length === 0 && deadline < 0) return null;
  const number = kinds.indexOf('number');
  return { header, task, category, owners, ...(number >= 0 ? { number } : {}), ...(deadline >= 0 ? { deadline } : {}) };
}

/** A row merged across the whole table (every slot repeats one text). */
function isSpanning(cells: string[]): boolean {
  return cells.length > 1 && cells.every((c) => c && c === cells[0]);
}

/** A title row above the header: merged across, or one lone cell. */
function isTitleRow(cells: string[]): boolean {
  return isSpanning(cells) || cells.filter(Boolean).length === 1;
}

/** A group row inside the body (`一、公益宣传`): merged across, or text outside the task column only. */
function groupName(cells: string[], layout: Layout): string | null {
  if (isSpanning(cells)) return cells[0]!;
  const filled = cells.flatMap((c, i) => (c ? [i] : []));
  if (filled.length !== 1 || filled[0] === layout.task) return null;
  const text = cells[filled[0]!]!;
  // a lone row number is a task row with an empty task cell, not a group
  return filled[0] === layout.number && /^[\d一二三四五六七八九十（）().、]+$/.test(text) ? null : text;
}

/** The header is within the first rows, after any title rows spanning the table. */
function findLayout(rows: Block[], words: Columns): Layout | null {
  for (let i = 0; i < Math.min(rows.length, 4); i++) {
    const cells = rows[i]!.cells ?? [];
    if (isTitleRow(cells)) continue;
    return layoutOf(cells, i, words);
  }
  return null;
}

/** A deadline cell may list several dates (`5月31日；6月1日—6月9日`): its deadline spans them all. */
function cellDeadline(cell: string, ctx: TableTaskContext): Deadline | null {
  const found = findDeadlines(cell, ctx);
  const dated = found.filter(isDated);
  if (dated.length >= 2) return spanDeadlines(dated, cell);
  return dated[0] ?? chooseDeadline(found) ?? parseDeadline(cell, ctx);
}

/**
 * The row's deadline: its deadline cell, widened by the dated sub-steps its
 * task text lists (the text is often more precise than the cell); without a
 * cell, the text's own deadline.
 */
function rowDeadline(cellText: string | null, text: string, row: Block, ctx: TableTaskContext): { deadline: Deadline | null; milestones: Milestone[] } {
  const fromText = taskDeadline([{ ...row, text }], ctx);
  const cell = cellText ? cellDeadline(cellText, ctx) : null;
  if (!cell) return fromText;
  if (fromText.milestones.length && isDated(cell)) {
    return { deadline: spanDeadlines([cell, fromText.deadline!], `${cellText} … ${fromText.deadline!.text}`), milestones: fromText.milestones };
  }
  return { deadline: cell, milestones: fromText.milestones };
}

function ownersOf(cells: string[], layout: Layout, ctx: TableTaskContext): Owner[] {
  const owners: Owner[] = [];
  for (const { column, role } of layout.owners) {
    const cell = cells[column]?.trim();
    if (!cell) continue;
    for (const o of splitOwners(cell, role, ctx.lexicon)) {
      if (!owners.some((x) => x.name === o.name && x.role === o.role)) owners.push(o);
    }
  }
  return owners;
}

/**
 * The title is the task's first sentence. When that is a clause rather than a
 * name (`在迎接国家实地测评之前，提前开展…`) and the row has a category of its
 * own, the category names the task, as its heading would in the text.
 */
function titleOf(text: string, category: string | null, categoryIsOwn: boolean): string {
  const sentence = firstSentence(text.replace(/\n/g, ''));
  if (category && categoryIsOwn && /[，,]/.test(sentence)) return category;
  return sentence;
}

function isHeaderRepeat(cells: string[], header: string[]): boolean {
  return cells.every((c, i) => c === header[i]);
}

export function extractTableTasks(rows: Block[], ctx: TableTaskContext): TableTask[] | null {
  const words = ctx.lexicon.tableColumns;
  const layout = findLayout(rows, words);
  if (!layout) return null;
  const header = rows[layout.header]!.cells!.map(unpipe);
  const body = rows.slice(layout.header + 1);
  const tasks: TableTask[] = [];
  let group: string | null = null;
  body.forEach((row, i) => {
    const cells = (row.cells ?? []).map(unpipe);
    if (isHeaderRepeat(cells, header) || cells.every((c) => /^[-:|\s]*$/.test(c))) return;
    const groupRow = groupName(cells, layout);
    if (groupRow) {
      group = groupRow;
      return;
    }
    const text = cells[layout.task] ?? '';
    if (!text) return;
    const category = layout.category === undefined ? null : cells[layout.category] || null;
    const neighbours = [body[i - 1], body[i + 1]].map((r) => (layout.category === undefined ? undefined : r?.cells?.[layout.category]));
    const parent = category ?? group;
    const deadlineText = layout.deadline === undefined ? null : cells[layout.deadline] || null;
    tasks.push({
      number: layout.number !== undefined && cells[layout.number] ? [cells[layout.number]!] : [],
      title: titleOf(text, category, !neighbours.includes(category ?? undefined)),
      text,
      parent,
      owners: ownersOf(cells, layout, ctx),
      ...rowDeadline(deadlineText, text, row, ctx),
      deadlineText,
      location: { ...row.location, cell: layout.task + 1 },
    });
  });
  return tasks;
}
