/**
 * Tasks from a task decomposition table (任务分解表). A table is one when its
 * header row names a task column and an owner or deadline column; rosters
 * and statistics tables have neither and stay plain content. Works on the
 * row blocks of any reader (Word, HTML, tab- or `|`-separated text).
 */
import type { Block } from '../model/block.js';
import { OwnerRole, type Deadline, type Location, type Milestone, type Owner } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import type { TableColumnKind } from '../lexicon/tables.js';
import { splitOwners } from './owners.js';
import { findDeadlines, isBareYears, mostlyDate, parseDeadline, scheduleClauses } from '../grammar/deadline.js';
import { toLocation } from './location.js';
import { chooseDeadline, isDated, spanDeadlines, taskDeadline } from './task-deadline.js';
import { firstSentence } from '../text/sentence.js';
import { ROW_NUMBER_DIGITS, alignRow, alignmentFit, cellType, columnProfile, fillGrid, tableWidth, withoutTrailingEmpty, type CellType } from './table-grid.js';
import { largest } from '../text/lists.js';

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
  width: number;
  number?: number;
  task: number;
  category?: number;
  owners: { column: number; role: OwnerRole }[];
  deadline?: number;
  /** A column naming each row's task in a few words (`路网完善工程`) left of the detail column (`工作标准`): the title. */
  name?: number;
  /** The task column's cells carry their item numbers (`1、城市大环境绿化…`). */
  numberedCells: boolean;
  /** A detail column whose cells list the task's numbered, dated steps (`1.4月底前…主体完工 2.8月底前…竣工交付`). */
  steps?: number;
  headerCells: string[];
}

/** A cell without the pipes a Markdown table leaves at its ends. */
function unpipe(cell: string): string {
  return cell.replace(/^\|+|\|+$/g, '').trim();
}

/** A header cell without spaces (`完成 期限`) and without its bracketed note (`重点工作任务(杭州市2项配合工作)`). */
function clean(cell: string): string {
  return unpipe(cell).replace(/[\s\u3000]+/g, '').replace(/[（(][^（）()]*[)）]$/u, '');
}

/** The kind of column a header cell names: the longest matching word wins. */
function classify(cell: string, words: Columns): TableColumnKind | null {
  const c = clean(cell);
  if (!c || c.length > 12) return null;
  let best: { kind: TableColumnKind; length: number } | null = null;
  for (const [kind, list] of Object.entries(words) as [TableColumnKind, string[]][]) {
    for (const w of list) {
      // a number column's word opens or closes its label (`序号`, `计划编号`); inside one it is something else (`编号规则说明`)
      const hit = kind === 'number' ? c.startsWith(w) || (w.length > 1 && c.endsWith(w)) : c.includes(w);
      if (hit && (!best || w.length > best.length)) best = { kind, length: w.length };
    }
  }
  return best?.kind ?? null;
}

/**
 * Two label lines that are one header word split by the cell's width
 * (`工程` / `名称`, `市级牵头` / `责任单位`): the longest column word of the two
 * joined runs across the break. `民生实事` / `责任单位` are two labels: the word
 * lies in the second.
 */
export function columnWordAcross(upper: string, lower: string, lex: Lexicon): boolean {
  const a = clean(upper);
  const joined = a + clean(lower);
  if (joined.length > 12) return false;
  let best: { at: number; length: number } | null = null;
  for (const list of Object.values(lex.tableColumns) as string[][]) {
    for (const w of list) {
      const at = joined.indexOf(w);
      if (at >= 0 && (!best || w.length > best.length)) best = { at, length: w.length };
    }
  }
  return !!best && best.at < a.length && best.at + best.length > a.length;
}

/** The kind of column a header word names, with the lexicon's column words. */
export function columnKind(cell: string, lex: Lexicon): TableColumnKind | null {
  return classify(cell, lex.tableColumns);
}

/** An owner column's kind is the role it gives. */
const ROLE: Partial<Record<TableColumnKind, OwnerRole>> = Object.fromEntries(OwnerRole.options.map((r) => [r, r]));
const TASK_KINDS: ReadonlySet<TableColumnKind> = new Set(['task', 'taskDetail']);

/** The cell type a header word leads one to expect under it. */
function expectedType(kind: TableColumnKind | null): CellType {
  if (kind === 'number') return 'number';
  if (kind === 'deadline') return 'date';
  if (kind && ROLE[kind]) return 'owners';
  return 'text';
}

const HEADER_CELL_MAX = 20;

/** A header row: short label cells, one of which names owners or a deadline. */
function isHeaderRow(cells: string[], words: Columns): boolean {
  const filled = cells.filter((c) => clean(c));
  // labels are short; a period in one (`2023年10-12月份进展情况`) makes it longer, never a sentence
  if (filled.length < 2 || filled.some((c) => clean(c).length > HEADER_CELL_MAX || /[。；;]/u.test(c))) return false;
  const kinds = cells.map((c) => classify(c, words));
  return namesAssignment(kinds) || namesTaskAndDetail(kinds);
}

/** One of the kinds names owners or a deadline: what makes a header a task table's. */
export function namesAssignment(kinds: readonly (TableColumnKind | null)[]): boolean {
  return kinds.some((kind) => kind === 'deadline' || isOwnerKind(kind));
}

/** A column kind that names owners (`牵头单位`, `责任人`, `配合单位`, `分管领导`). */
export function isOwnerKind(kind: TableColumnKind | null): boolean {
  return kind !== null && ROLE[kind] !== undefined;
}

/** A column kind that names the task (`工作任务`, `具体措施`). */
export function isTaskKind(kind: TableColumnKind | null): boolean {
  return kind !== null && TASK_KINDS.has(kind);
}

/**
 * A header naming both a task column and the task's detail (`项目名称 |
 * 工作标准`) is a task table without owners or deadlines: rosters and
 * statistics tables name no detail of work.
 */
function namesTaskAndDetail(kinds: (TableColumnKind | null)[]): boolean {
  return kinds.includes('task') && kinds.includes('taskDetail');
}

/**
 * Spread the header over the table's columns: a header narrower than the
 * body has a cell over two columns (`工作任务` over the group and 序号
 * columns); the cells are placed by what their columns hold.
 */
function headerOnColumns(header: string[], profile: CellType[], words: Columns): string[] {
  if (header.length > profile.length) {
    // a header wider than every row: a column the rows lost (merged on the page) names nothing; the others are placed by what they hold
    const onHeader = alignRow(profile, header.map((h) => expectedType(classify(h, words))));
    return profile.map((_, j) => header[onHeader.indexOf(j)] ?? '');
  }
  if (header.length === profile.length) return header;
  const expected = header.map((h) => expectedType(classify(h, words)));
  let placed = alignRow(expected, profile);
  // a last label naming nothing over a column every row left out (`政策處理單位`): the others may sit better without it
  if (!classify(header.at(-1)!, words) && header.length > 2) {
    const without = alignRow(expected.slice(0, -1), profile);
    if (alignmentFit(expected, profile, without) - DROPPED_LABEL_COST > alignmentFit(expected, profile, placed)) placed = without;
  }
  let last = '';
  return placed.map((k) => (k >= 0 ? (last = header[k]!) : last));
}
/** What leaving a header label off the columns costs, in cell fits (a cell in its type's column scores 3). */
const DROPPED_LABEL_COST = 1;

/**
 * The body's width when no row reaches the header's (`序号 | 主要任务 |
 * 全年目标任务 | 分管领导 | …` over rows that lost one column): the widest row,
 * trailing empty cells aside; undefined when a row is as wide as the header.
 */
function narrowBodyWidth(header: string[], rows: string[][]): number | undefined {
  let widest = 0;
  for (const r of rows) widest = Math.max(widest, withoutTrailingEmpty(r).length);
  return widest > 1 && widest < header.length ? widest : undefined;
}

/** Read the table's columns from its header and its cells; null when it is no task table. */
/** The layout, with the body on its full grid (computed here, where the task column needs it). */
function layoutOf(headerRow: string[], index: number, rows: string[][], words: Columns, lex: Lexicon): { layout: Layout; grid: string[][] } | null {
  const header = withoutTrailingEmpty(headerRow);
  const width = narrowBodyWidth(header, rows) ?? tableWidth(header, rows);
  const profile = columnProfile(rows, width, lex);
  const cells = headerOnColumns(header, profile, words);
  // a header cell over several columns: over text it names the category and the task (`工作任务` over 类别 | 内容); one owner or deadline column is enough
  const kinds = cells.map((c, i) => {
    const kind = classify(c, words);
    const spanned = i > 0 && c === cells[i - 1];
    return spanned && kind !== 'task' && kind !== 'taskDetail' ? null : kind;
  });
  // a spanned header over a column of row numbers: that column is the 序号
  profile.forEach((t, i) => {
    if (t === 'number' && kinds[i] !== 'deadline' && !(kinds[i] && ROLE[kinds[i]!])) kinds[i] = 'number';
  });
  const owners = kinds.flatMap((k, column) => (k && ROLE[k] ? [{ column, role: ROLE[k]! }] : []));
  const deadline = kinds.indexOf('deadline');
  if (owners.length === 0 && deadline < 0 && !namesTaskAndDetail(kinds)) return null;
  const textColumns = profile.flatMap((t, i) => ((t === 'text' || t === 'label') && !(kinds[i] && (ROLE[kinds[i]!] || kinds[i] === 'deadline' || kinds[i] === 'number' || kinds[i] === 'other' || kinds[i] === 'assessor')) ? [i] : []));
  const grid = fillGrid(rows, profile, lex);
  const numbered = textColumns.find((i) => numberedShare(grid, i) >= 0.5);
  const detail = kinds.lastIndexOf('taskDetail');
  const taskLike = kinds.flatMap((k, i) => (k === 'task' ? [i] : []));
  // a detail column of numbered steps details the task the task column names (`实事项目 | 工作举措及实施计划`)
  const steps = detail >= 0 && taskLike.some((i) => i < detail) && stepShare(grid, detail) >= STEP_SHARE ? detail : undefined;
  // the column whose cells are numbered items names the tasks; else the most specific task word; else the first text column
  const task = steps !== undefined ? taskLike.filter((i) => i < steps).at(-1)! : numbered ?? (detail >= 0 ? detail : taskLike.at(-1) ?? textColumns[0]);
  if (task === undefined) return null;
  const name = task === detail ? nameColumn(grid, taskLike.filter((i) => i < task), lex) : undefined;
  const category = [...taskLike, ...textColumns].filter((i) => i < (name ?? task) && kinds[i] !== 'number').sort((a, b) => a - b).at(-1);
  const number = kinds.indexOf('number');
  const layout: Layout = {
    header: index,
    width,
    task,
    category,
    owners,
    numberedCells: steps === undefined && numbered !== undefined,
    headerCells: cells,
    ...(steps !== undefined ? { steps } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(number >= 0 ? { number } : {}),
    ...(deadline >= 0 ? { deadline } : {}),
  };
  return { layout, grid };
}

/**
 * The task-word column left of the detail column that names each row's task:
 * every row has its own short name there (a category is merged over rows,
 * so neighbours repeat it). The rightmost such column; undefined when none.
 */
function nameColumn(grid: string[][], candidates: number[], lex: Lexicon): number | undefined {
  return candidates.reverse().find((c) => {
    const cells = grid.map((r) => r[c] ?? '');
    return cells.length >= 2 && cells.every((x, i) => x && x !== cells[i - 1] && isShortName(x, lex));
  });
}

/** A few words naming a thing, no sentence: no clause punctuation, not a number, a date or owners. */
function isShortName(cell: string, lex: Lexicon): boolean {
  if (cell.length > NAME_MAX || /[，,。；;：:]/.test(cell)) return false;
  const type = cellType(cell, lex);
  return type === 'label' || type === 'text';
}
const NAME_MAX = 24;

const CELL_ITEM = /^(\d{1,2})[、.．]\s*(?=\S)/u;

/** The share of a column's filled cells that open with an item number (`1、…`). */
function numberedShare(rows: string[][], column: number): number {
  const filled = rows.map((r) => r[column] ?? '').filter(Boolean);
  if (filled.length < 2) return 0;
  // numbered cells merged over several rows each (`1.城市人居环境提升项目` over its 工作任务 rows) number groups: a category
  if (new Set(filled).size * MERGED_SHARE <= filled.length) return 0;
  // a cell of numbered steps (`1.4月底前…主体完工 2.8月底前…竣工交付 3.…`) details one task; an item's number names one
  return filled.filter((c) => CELL_ITEM.test(c) && !numberedPieces(c)).length / filled.length;
}
/** The share of a column's filled cells that list numbered steps. */
function stepShare(rows: string[][], column: number): number {
  const filled = rows.map((r) => r[column] ?? '').filter(Boolean);
  return filled.length ? filled.filter((c) => numberedPieces(c.replace(/\n/g, ' '))).length / filled.length : 0;
}
const STEP_SHARE = 0.5;

/** A column whose distinct cells are at most half its rows is merged over them. */
const MERGED_SHARE = 2;

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
  return filled[0] === layout.number && /^[\d一二三四五六七八九十（）().、*]+$/.test(text) ? null : text;
}

/** The header row within the first rows, after any title rows spanning the table. */
function findHeader(rows: Block[], words: Columns, lex: Lexicon): number | null {
  for (let i = 0; i < Math.min(rows.length, 4); i++) {
    const cells = (rows[i]!.cells ?? []).map(unpipe);
    if (isTitleRow(cells) || isMetadataRow(cells, lex)) continue;
    return isHeaderRow(cells, words) ? i : null;
  }
  return null;
}

/** A row of the page's metadata pairs (`公开范围 | 面向社会 | 公开时限 | 长期公开`): its labels are no column words. */
const isMetadataRow = (cells: string[], lex: Lexicon): boolean => lex.metadataLabels.includes(clean(cells[0] ?? ''));

/**
 * A header over two rows (`责任单位` spanning `牵头单位 | 配合单位`; the merged
 * `序号`, `完成时限` repeated below): each column takes the lower row's word
 * where it names one. The lower row is a header row when every filled cell
 * repeats the one above or names a column.
 */
function twoRowHeader(all: string[][], index: number, words: Columns): { cells: string[]; last: number } {
  const upper = all[index]!;
  const lower = all[index + 1];
  const continues =
    !!lower &&
    lower.some((c, i) => c && c !== upper[i] && classify(c, words)) &&
    lower.every((c, i) => !c || c === upper[i] || (clean(c).length <= 14 && classify(c, words) !== null));
  if (!continues) return { cells: upper, last: isSubHeader(upper, lower, all[index + 2], words) ? index + 1 : index };
  return { cells: upper.map((c, i) => (lower[i] && classify(lower[i]!, words) ? lower[i]! : c)), last: index + 1 };
}

/**
 * A lower header row of sub-column words (`投資 | 工程主要形象進度 | 完成 投資 | % | …`
 * under `2022年工作計劃` and `項目建設階段`): short words naming nothing of the
 * lexicon, fewer than the row above, which has a label naming nothing (the
 * label they divide), and rows opening with their numbers after it. Text
 * does not say which label each divides, so the upper row keeps the kinds.
 */
function isSubHeader(upper: string[], lower: string[] | undefined, next: string[] | undefined, words: Columns): boolean {
  if (!lower || !next) return false;
  const filled = lower.filter((c) => clean(c));
  return (
    filled.length >= 2 &&
    filled.length < upper.filter((c) => clean(c)).length &&
    filled.every((c) => clean(c).length <= SUB_HEADER_CELL_MAX && !/[。；;，,、]/u.test(c)) &&
    !ROW_NUMBER_DIGITS.test(lower[0] ?? '') &&
    ROW_NUMBER_DIGITS.test(next[0] ?? '') &&
    upper.some((c) => clean(c) && !classify(c, words))
  );
}
const SUB_HEADER_CELL_MAX = 10;

/**
 * A deadline cell may list several dates (`5月31日；6月1日—6月9日`): its deadline spans them all.
 * A date wrapped over two lines of the cell (`2024年` / `10月底前`) is one date.
 */
function cellDeadline(cell: string, ctx: TableTaskContext): Deadline | null {
  // a cell of years alone (`2022`, `2022-2023`: a 建设起止年限 column): those whole years
  if (isBareYears(cell)) {
    const years = parseDeadline(`${cell.trim()}年`, ctx);
    return years && { ...years, text: cell.trim() };
  }
  if (cell.includes('\n')) {
    const flat = cell.replace(/\n/g, '');
    const whole = findDeadlines(flat, ctx).filter(isDated);
    if (whole.length === 1 && mostlyDate(flat, ctx, isDated)) return whole[0]!;
  }
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
  const stages = cellText ? cellStages(cellText, row, ctx) : [];
  if (stages.length) return { deadline: stages[0]!.deadline, milestones: stages };
  const cell = cellText ? cellDeadline(cellText, ctx) : null;
  if (!cell) return fromText;
  if (fromText.milestones.length && isDated(cell)) {
    return { deadline: spanDeadlines([cell, fromText.deadline!], `${cellText} … ${fromText.deadline!.text}`), milestones: fromText.milestones };
  }
  return { deadline: cell, milestones: fromText.milestones };
}

/**
 * Without a deadline column, a progress cell that forecasts completion
 * (`完成农村公路大中修50公里，剩余预计11月底前完成。`, `…计划12月底前完成`) dates
 * the task; the rest of a report's cells tell what was done.
 */
function withForecast(found: { deadline: Deadline | null; milestones: Milestone[] }, cells: string[], layout: Layout, ctx: TableTaskContext): typeof found {
  if (found.deadline || layout.deadline !== undefined) return found;
  const others = cells.filter((_, c) => c !== layout.task && c !== layout.number && !layout.owners.some((o) => o.column === c));
  for (const cell of others) {
    for (const clause of cell.split(/[，,。；;]/u)) {
      const at = ctx.lexicon.forecastWords.map((w) => clause.indexOf(w)).filter((k) => k >= 0).sort((a, b) => a - b)[0];
      if (at === undefined || !clause.includes('完成')) continue;
      const dated = findDeadlines(clause.slice(at), ctx).find(isDated);
      if (dated) return { deadline: dated, milestones: found.milestones };
    }
  }
  return found;
}

/** A task's numbered steps, each a milestone; dated steps make the task due with the last (as stages of one task are). */
function stepDeadline(cell: string, row: Block, ctx: TableTaskContext): { deadline: Deadline | null; milestones: Milestone[] } {
  const milestones = (numberedPieces(cell.replace(/\n/g, ' ')) ?? []).flatMap((piece): Milestone[] => {
    // a step staged in turn (`3月底前新建成2家；6月底前…；9月底前完成7家`) is done with its last stage
    const dated = findDeadlines(piece, ctx).filter(isDated);
    const deadline = dated.length > 1 ? spanDeadlines(dated) : dated[0];
    return deadline ? [{ name: firstSentence(piece), text: piece, deadline, location: toLocation(row) }] : [];
  });
  return { deadline: milestones.length ? spanDeadlines(milestones.map((m) => m.deadline!)) : null, milestones };
}

/**
 * A deadline cell that dates a task's stages (`2021年2月公布预算信息，2021年8月公布上年度决算信息`):
 * each clause is a milestone, and the task is due at the first (as a text
 * item with two deadlines is). Dates alone (`5月31日；6月1日—6月9日`) are no stages.
 */
function cellStages(cell: string, row: Block, ctx: TableTaskContext): Milestone[] {
  const stage = (clause: string, deadline: Deadline): Milestone => ({ name: clause, text: clause, deadline, location: toLocation(row) });
  const items = numberedPieces(cell.replace(/\n/g, ' '));
  if (items) {
    const dated = items.map((piece) => ({ piece, deadline: findDeadlines(piece, ctx).find(isDated) ?? parseDeadline(piece, ctx) }));
    if (dated.every((d) => d.deadline && isDated(d.deadline))) return dated.map((d) => stage(d.piece, d.deadline!));
  }
  const clauses = scheduleClauses(cell.replace(/\n/g, ''), ctx);
  if (!clauses || clauses.some((c) => c.clause.length - c.deadline.text.length < STAGE_WORDS_MIN)) return [];
  return clauses.map((c) => stage(c.clause, c.deadline));
}
const STAGE_WORDS_MIN = 2;

/**
 * A cell of numbered pieces (`1、…7月1日…投入试运营 2、…2022年12月底完成… 3、…`,
 * `1.2021年8月 2.2021年12月`): the pieces, numbered 1, 2, … from the start; null when it is not.
 */
function numberedPieces(cell: string): string[] | null {
  const text = cell.trim();
  const starts: number[] = [];
  for (const m of text.matchAll(PIECE_NUMBER)) {
    if (Number(m[1]) !== starts.length + 1) break;
    starts.push(m.index + m[0].length - m[1]!.length - 1);
  }
  if (starts.length < 2 || starts[0] !== 0) return null;
  return starts.map((at, k) => text.slice(at, starts[k + 1] ?? text.length).replace(/^\d+[、.．]/u, '').trim());
}
/** An item number at the cell's start or after a space: `1、`, ` 2.`. */
const PIECE_NUMBER = /(?:^|\s)(\d{1,2})[、.．]/gu;

function ownersOf(cells: string[], layout: Layout, ctx: TableTaskContext): Owner[] {
  const owners: Owner[] = [];
  for (const { column, role } of layout.owners) {
    const cell = cells[column]?.trim();
    // `无`, `/`: the cell says no one
    if (!cell || ctx.lexicon.noneWords.includes(cell)) continue;
    for (const o of splitOwners(cell, role, ctx.lexicon, 'column')) {
      if (!owners.some((x) => x.name === o.name && x.role === o.role)) owners.push(o);
    }
  }
  return owners;
}

/**
 * The title is the task's first sentence. When that opens with a
 * circumstance (`在迎接国家实地测评之前，提前开展…`) rather than naming work,
 * and the row has a category of its own, the category names the task, as
 * its heading would in the text.
 */
function titleOf(text: string, category: string | null, categoryIsOwn: boolean, lex: Lexicon): string {
  const sentence = firstSentence(text.replace(/\n/g, ''));
  if (category && categoryIsOwn && circumstance(lex).test(sentence)) return category;
  return sentence;
}
const circumstance = memoByLexicon((lex) => new RegExp(`^(?:${alternation(lex.circumstanceOpeners)})[^，,。]*[，,]`));

function isHeaderRepeat(cells: string[], header: string[]): boolean {
  return cells.every((c, i) => c === header[i]);
}

/** `生 态 环 境`: characters spaced out to fill a wide cell are one word. */
function unspace(text: string): string {
  return /^(?:\p{Script=Han}[ \u3000]+)+\p{Script=Han}$/u.test(text) ? text.replace(/[ \u3000]+/g, '') : text;
}

/** A table's layout, for a later part of it that does not repeat the header. */
export type TableLayout = Layout;

export interface TableResult {
  tasks: TableTask[];
  layout: Layout;
}

/**
 * Tasks of one table. `carried`: the layout of the table part before it
 * (a table a group line or a page cut split), used when this part has no
 * header of its own.
 */
export function readTaskTable(parts: Block[], ctx: TableTaskContext, carried?: Layout): TableResult | null {
  const words = ctx.lexicon.tableColumns;
  const rows = joinBrokenRows(parts, ctx.lexicon);
  const all = rows.map((r) => (r.cells ?? []).map(unpipe));
  const headerIndex = findHeader(rows, words, ctx.lexicon);
  const header = headerIndex === null ? null : twoRowHeader(all, headerIndex, words);
  const read = header ? layoutOf(header.cells, header.last, all.slice(header.last + 1), words, ctx.lexicon) : carried ? carriedLayout(carried, all, ctx.lexicon) : null;
  if (!read) return null;
  const { layout, grid } = read;
  const body = rows.slice(layout.header + 1);
  const tasks: TableTask[] = [];
  let group: string | null = null;
  let merged: string | null = null;
  let position = 0;
  body.forEach((row, i) => {
    const cells = grid[i]!.map(unspace);
    if (isHeaderRepeat(cells, layout.headerCells) || cells.every((c) => /^[-:|\s]*$/.test(c))) return;
    const groupRow = groupName(cells, layout);
    if (groupRow) {
      group = groupRow;
      merged = null;
      return;
    }
    let text = cells[layout.task] ?? '';
    // a schedule's empty row leaves only its date or number where the work would be (`9.14`)
    if (!text || ['date', 'number'].includes(cellType(text, ctx.lexicon))) return;
    position++;
    let number = layout.number !== undefined && cells[layout.number] ? cells[layout.number]! : null;
    const item = layout.numberedCells ? CELL_ITEM.exec(text) : null;
    if (item) {
      number = item[1]!;
      text = text.slice(item[0].length);
    }
    const previous = tasks.at(-1);
    // the row below a task whose task cell it shares (merged, or repeated as Word repeats a merged cell) and that has
    // no number of its own: more owners of that task (`2021.8 | 城投集团` under `…改造； | 11月 | 建设局`), its date a second one
    if (previous && previous.text === text && (number === null || previous.number[0] === number)) {
      position--;
      addRowOwners(previous, ownersOf(cells, layout, ctx));
      return;
    }
    const category = layout.category === undefined ? null : cells[layout.category] || null;
    // an empty category cell under a filled one: the category merged over both (a text copy keeps it once)
    if (category) merged = category;
    const neighbours = [grid[i - 1], grid[i + 1]].map((r) => (layout.category === undefined || !r ? undefined : unspace(r[layout.category] ?? '')));
    const deadlineText = layout.deadline === undefined ? null : cells[layout.deadline] || null;
    const name = layout.name === undefined ? '' : cells[layout.name] ?? '';
    tasks.push({
      number: [number ?? String(position)],
      title: name ? firstSentence(name) : titleOf(text, category, !neighbours.includes(category ?? undefined), ctx.lexicon),
      text,
      parent: category ?? merged ?? group,
      owners: ownersOf(cells, layout, ctx),
      ...(layout.steps !== undefined && !deadlineText ? stepDeadline(cells[layout.steps] ?? '', row, ctx) : withForecast(rowDeadline(deadlineText, text, row, ctx), cells, layout, ctx)),
      deadlineText,
      location: { ...row.location, cell: layout.task + 1 },
    });
  });
  return { tasks, layout };
}

/** Owners of a row under a task's merged cell join the task's; the task keeps its own deadline (the first, as the contract gives). */
function addRowOwners(task: TableTask, owners: Owner[]): void {
  for (const o of owners) if (!task.owners.some((x) => x.name === o.name && x.role === o.role)) task.owners.push(o);
}

/**
 * A line break inside a cell of a separated text row (`1 | 完成老旧小区改造。 | 县住建局`
 * / `县财政局 | 10月底前`): the row stops short, and the next line, which opens
 * with no row number, holds just the cells it lacks, its first cell of the
 * kind the row's last one is (names of units, or a sentence not yet ended).
 * Such a line continues the row; a line under a full row is a row of its own
 * under merged cells.
 */
function joinBrokenRows(rows: Block[], lex: Lexicon): Block[] {
  const width = largest(rows, (r) => withoutTrailingEmpty(r.cells ?? []).length, 0);
  const out: Block[] = [];
  for (const row of rows) {
    const previous = out.at(-1);
    const joined = previous ? joinedCells(previous, row, width, lex) : null;
    if (joined) out[out.length - 1] = { ...previous!, text: joined.filter(Boolean).join(' '), cells: joined };
    else out.push(row);
  }
  return out;
}

function joinedCells(previous: Block, next: Block, width: number, lex: Lexicon): string[] | null {
  const a = withoutTrailingEmpty((previous.cells ?? []).map(unpipe));
  const b = withoutTrailingEmpty((next.cells ?? []).map(unpipe));
  if (a.length < 2 || b.length < 2 || a.length >= width || a.length + b.length - 1 !== width) return null;
  const last = a.at(-1)!;
  const kind = cellType(last, lex);
  if (cellType(b[0]!, lex) !== kind || CELL_ITEM_ANY.test(b[0]!)) return null;
  if (kind === 'owners') return [...a.slice(0, -1), `${last}、${b[0]}`, ...b.slice(1)];
  if (kind === 'text' && !/[。；;]$/u.test(last)) return [...a.slice(0, -1), last + b[0], ...b.slice(1)];
  return null;
}

/** A part without a header, read by the layout of the part before: all its rows are body. */
function carriedLayout(carried: Layout, rows: string[][], lex: Lexicon): { layout: Layout; grid: string[][] } {
  return { layout: { ...carried, header: -1 }, grid: fillGrid(rows, columnProfile(rows, carried.width, lex), lex) };
}

/** A label cell (`牵头单位：`, `重点工作`) and the kind of field it names; null when it names none. */
function recordLabel(cells: string[], words: Columns): { kind: TableColumnKind; value: string } | null {
  const filled = withoutTrailingEmpty(cells);
  if (filled.length !== 2 || !filled[1]) return null;
  const kind = classify(filled[0]!.replace(/[：:]$/u, ''), words);
  return kind && kind !== 'number' ? { kind, value: filled[1] } : null;
}

/**
 * A label | value table (`重点工作： | 135.统筹…` / `牵头单位： | 市城管局` /
 * `年度阶段性工作目标： | 第一季度：…`): each record is one task with fields,
 * opened by its task label; the labels are never tasks. Null unless every
 * row is a label and value and a record names owners or a deadline.
 */
export function readRecordTable(rows: Block[], ctx: TableTaskContext): TableTask[] | null {
  const words = ctx.lexicon.tableColumns;
  const fields = rows.map((r) => recordLabel((r.cells ?? []).map(unpipe), words));
  if (!fields.length || fields.some((f) => !f) || !TASK_KINDS.has(fields[0]!.kind)) return null;
  const tasks: TableTask[] = [];
  let open: { row: Block; text: string; number: string | null; owners: Owner[]; deadlines: string[] } | null = null;
  const close = () => {
    if (!open || (!open.owners.length && !open.deadlines.length)) return;
    const deadlineText = open.deadlines.join('；') || null;
    tasks.push({
      number: [open.number ?? String(tasks.length + 1)],
      title: titleOf(open.text, null, false, ctx.lexicon),
      text: open.text,
      parent: null,
      owners: open.owners,
      ...rowDeadline(deadlineText, open.text, open.row, ctx),
      deadlineText,
      location: { ...open.row.location, cell: 2 },
    });
  };
  fields.forEach((field, i) => {
    const { kind, value } = field!;
    if (TASK_KINDS.has(kind)) {
      close();
      const item = CELL_ITEM_ANY.exec(value);
      open = { row: rows[i]!, text: item ? value.slice(item[0].length) : value, number: item?.[1] ?? null, owners: [], deadlines: [] };
    } else if (open && ROLE[kind]) {
      open.owners.push(...splitOwners(value, ROLE[kind]!, ctx.lexicon, 'label'));
    } else if (open && kind === 'deadline') {
      open.deadlines.push(value);
    }
  });
  close();
  return tasks.length ? tasks : null;
}

/** An item number opening a value, of any size (`135.统筹…`). */
const CELL_ITEM_ANY = /^(\d{1,4})[、.．]\s*(?=\S)/u;

/** Tasks of a table on its own; null when it is no task table. */
export function extractTableTasks(rows: Block[], ctx: TableTaskContext): TableTask[] | null {
  return readTaskTable(rows, ctx)?.tasks ?? null;
}
