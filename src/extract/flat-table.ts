/**
 * Task tables flattened to plain words: a page (or a PDF/Excel copy) that lost
 * its table keeps only the cells' words with spaces between them, a header's
 * words split by its padding (`牵头  领导 牵头         责任单位 …`), and a cell
 * over several lines on lines of their own:
 *
 *     序号 重点工作任务 牵头  领导 牵头 责任单位 主体 责任单位 配合 责任单位 工作评价 进展情况 备注
 *     81 科学精准落实疫情防控优化措施，…。 汪  峰   吴蓓蓓 县卫健委 各乡镇
 *     县开发区
 *     县直有关单位 达到时序进度 加强基层医疗卫生机构传染病物资配备…
 *
 * Nothing separates the cells but a space, so the row is read by what its
 * words are: its number, the task's running text up to the first owner name,
 * the run of owner names (units and persons, by the owner morphology), then
 * one word per remaining column. The names go to the owner columns the header
 * names: persons to a leader column, units to the unit columns — the first to
 * the first, the last to the last, the ones between to the columns between
 * (a lead unit, the units of a cell over two lines, a supporting unit). The
 * result is ordinary table rows, read by the one task-table reader.
 */
import type { Block } from '../model/block.js';
import type { Lexicon } from '../lexicon/index.js';
import type { TableColumnKind } from '../lexicon/tables.js';
import { columnKind, columnWordAcross, isOwnerKind, isTaskKind, namesAssignment } from './task-table.js';
import { classifyOwner, isPlausibleOwner, looksLikePersonName, splitOwners } from './owners.js';
import { ROW_NUMBER_DIGITS, cellType, isGroupNumber, namesPersons, type CellType } from './table-grid.js';
import { append, largest } from '../text/lists.js';
import { lexMarker } from '../outline/marker.js';

interface HeaderColumn {
  label: string;
  kind: TableColumnKind | null;
}

interface FlatLayout {
  columns: HeaderColumn[];
  task: number;
  /** The owner columns, in order, after the task column. */
  owners: number[];
  /** The header opens with 序号: rows open with their numbers. */
  numbered: boolean;
  /** Numbered, with the owner columns together after the task: a row's words are placed column by column, over several lines. */
  placed: boolean;
}

const MIN_COLUMNS = 3;
/** A header word is a label; a period in it (`2023年10-12月份进展情况`) makes it longer, never a sentence. */
const HEADER_WORD_MAX = 20;
/** A header word split by padding is short (`牵头`, `主体`, `配合`); the whole label is a column word. */
const SPLIT_PART_MAX = 2;
/** A row opens with its number and the task's text. */
const ROW_START = /^\d{1,4}\s+\S/u;
/** A heading, a note or an annex line ends the table. */
// `十二.九抗日运动纪念日` (December 9th) is a cell: a heading's number is followed by its text, not by another numeral
const NOT_A_ROW_PART = /^(?:[一二三四五六七八九十]{1,3}[、．.](?![一二三四五六七八九十])|[（(][一二三四五六七八九十\d]{1,3}[)）]|注[：:]|附件|附表)/u;
/** A leader column (`牵头领导`, `分管领导`, `责任人`) holds persons. */
const PERSON_COLUMN = /(?:领导|人)$/u;
const SENTENCE_MARK = /[。，,；;：:！？]/u;

export interface RestoredTables {
  blocks: Block[];
  /** Lines that continue a row above them (a cell over several lines), now part of that row. */
  continued: Block[];
}

export function restoreFlatTables(blocks: Block[], lex: Lexicon): RestoredTables {
  let table = largest(blocks, (b) => b.table ?? 0, 0);
  const out: Block[] = [];
  const continued: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const found = block.cells ? null : (wordTable(blocks, i, lex) ?? cellLineTable(blocks, i, lex));
    if (!found) {
      out.push(block);
      continue;
    }
    table++;
    out.push({ ...block, text: found.header.join(' '), cells: found.header, table });
    for (const row of found.rows) out.push(row.cells ? { text: row.cells.filter(Boolean).join(' '), location: row.location, cells: row.cells, table } : row.block);
    const used = new Set([block, ...found.rows.map((r) => r.block)]);
    append(continued, blocks.slice(i + 1, found.end).filter((b) => !used.has(b)));
    i = found.end - 1;
  }
  return { blocks: out, continued };
}

interface FoundTable {
  header: string[];
  rows: RowCells[];
  /** The index after the table's last block. */
  end: number;
}

/** A header line of column words with its rows of words under it. */
function wordTable(blocks: Block[], i: number, lex: Lexicon): FoundTable | null {
  const layout = flatHeader(blocks[i]!.text, lex);
  const rows = layout ? rowGroups(blocks, i + 1, layout, lex) : null;
  return layout && rows ? { header: layout.columns.map((c) => c.label), rows: rows.cells, end: rows.end } : null;
}

/** A header cell of a table copied one cell per line is a short label. */
const LEADING_LABEL_MAX = 8;
const CELL_LINE_HEADER_MAX = 24;

/**
 * A table copied one cell per line without a separator (a web page's cells,
 * a paragraph each): short label lines — a task column (its word, or the one
 * label that names nothing: `民生实事`, `专项整治行业名称`) and an owner or
 * deadline column among them — then the rows. With 序号 first, each row opens
 * with its number on a line of its own, the numbers rising, and its cells are
 * the lines up to the next number (a row with fewer, an empty cell that left
 * no line, is aligned on the columns by what its cells hold, as any short
 * row). Without 序号 a row is as many lines as the header has labels, kept
 * while each group reads as a row: its task cell a text, its owner cells
 * names, its deadline cells dates.
 */
function cellLineTable(blocks: Block[], i: number, lex: Lexicon): FoundTable | null {
  const found = cellLineHeader(blocks, i, lex);
  if (!found) return null;
  const start = i + found.lines;
  const header = found.numbered || !opensNumberedRows(blocks, start, lex) ? found : withNumberColumn(found);
  const rows = header.numbered ? numberedCellRows(blocks, start, header, lex) : (itemCellRows(blocks, start, header, lex) ?? unnumberedCellRows(blocks, start, header, lex));
  const count = rows ? rows.cells.filter((r) => r.cells).length : 0;
  return rows && count >= (header.numbered ? 1 : MIN_LINE_ROWS) ? { header: header.labels, rows: rows.cells, end: rows.end } : null;
}

interface CellLineHeader {
  labels: string[];
  kinds: (TableColumnKind | null)[];
  numbered: boolean;
  /** How many lines the labels took. */
  lines: number;
}

/** The columns left of 序号 (`考核项目`, `工程名称`: a category merged over its rows); 0 when 序号 is first or absent. */
const leadingColumns = (header: CellLineHeader): number => Math.max(0, header.kinds.indexOf('number'));

/** The label lines from `i`: column words, and at most one label that names nothing (the task column without a task word). */
function cellLineHeader(blocks: Block[], i: number, lex: Lexicon): CellLineHeader | null {
  const labels: string[] = [];
  const kinds: (TableColumnKind | null)[] = [];
  let j = i;
  for (; j < blocks.length && (isHeaderLine(blocks[j]!) || (labels.length > 0 && isLabelNote(blocks[j]!))); j++) {
    const label = blocks[j]!.text.trim();
    // a note in brackets on a line of its own (`责任股室` / `（单位）`, `完成目标` / `（%）`) closes the label above
    if (isLabelNote(blocks[j]!)) {
      labels[labels.length - 1] += label;
      continue;
    }
    // a header word split over two lines (`工程` / `名称`, `市级牵头` / `责任单位`)
    const next = blocks[j + 1];
    if (next && isHeaderLine(next) && columnWordAcross(label, next.text.trim(), lex)) {
      const joined = label + next.text.trim();
      labels.push(joined);
      kinds.push(columnKind(joined, lex));
      j++;
      continue;
    }
    const kind = columnKind(label, lex);
    // one label may name nothing (`民生实事`, `2022年预期目标`): a short one, not the table's title above it
    if (!kind && (kinds.includes(null) || label.length > NAMELESS_LABEL_MAX)) break;
    // nor the category cell of the first row, right above its item `1.`
    if (!kind && next && !next.cells && cellItemNumber(next.text.trim()) === 1) break;
    labels.push(label);
    kinds.push(kind);
  }
  const named = kinds.filter((k) => k && k !== 'number').length;
  const hasTask = kinds.some(isTaskKind) || kinds.includes(null);
  const numbered = kinds.includes('number');
  // a column left of 序号 is a category's (`考核项目`): a short word, not the table's title above its header
  if (labels.slice(0, Math.max(0, kinds.indexOf('number'))).some((l) => l.length > LEADING_LABEL_MAX || /\d/u.test(l))) return null;
  // 序号 says "table" as much as a second column word (`序号` / `2022年预期目标` / `责任单位`)
  if (labels.length < MIN_COLUMNS || named < (numbered ? 1 : 2) || !hasTask || !namesAssignment(kinds)) return null;
  return { labels, kinds, numbered, lines: j - i };
}

const LABEL_NOTE = /^[（(][^（）()]{1,8}[)）]$/u;
/** A bracketed note on its own line, not a group's number (`（一）`). */
const isLabelNote = (block: Block): boolean => !block.cells && LABEL_NOTE.test(block.text.trim()) && !isGroupNumber(block.text);
const NAMELESS_LABEL_MAX = 12;

/** The first row opens with its number, after group headings or not: the rows are numbered though the header names no 序号 (it sits over a merged or empty cell). */
function opensNumberedRows(blocks: Block[], start: number, lex: Lexicon): boolean {
  const opens = (k: number) => opensRow(blocks, k, -Infinity, lex);
  return opens(start) || linesBeforeRow(blocks, start, opens) > 0;
}

/**
 * A row opens at line `k`: a number above the last row's. Row numbers may
 * jump (a department's rows of a county's table: `6`, `52`, `53`), but a
 * number that does not follow the last row's and is followed by a name, a
 * date or another figure is a figure in a cell (`42` 万吨 before `县农业农村局`,
 * `4934` before `123.4`).
 */
function opensRow(blocks: Block[], k: number, previous: number, lex: Lexicon): boolean {
  const block = blocks[k];
  if (!isRowNumberLine(block) && !isSerialLine(block, previous)) return false;
  const n = rowNumber(block!);
  if (n <= previous) return false;
  const next = blocks[k + 1];
  if (previous === -Infinity || n === previous + 1 || !next || next.cells) return true;
  if (isRowNumberLine(next) || FIGURE.test(next.text.trim())) return false;
  const type = cellType(next.text.trim(), lex);
  if (type === 'owners' || type === 'date') return false;
  // a jump opens a row when a task's text follows it, or when the numbers go on from it (`52`, `53`); `100` before `已完成` is a figure
  return next.text.trim().length >= JUMP_TASK_MIN || countsOn(blocks, k, n);
}

const JUMP_TASK_MIN = 6;
const COUNT_ON_REACH = 40;

/** The number after `n` opens a line within reach below `k`. */
function countsOn(blocks: Block[], k: number, n: number): boolean {
  const next = String(n + 1);
  return blocks.slice(k + 1, k + 1 + COUNT_ON_REACH).some((b) => !b.cells && b.text.trim().replace(/\*$/u, '') === next);
}

/** The header with the number column its rows have and it does not name. */
function withNumberColumn(header: CellLineHeader): CellLineHeader {
  return { labels: [IMPLICIT_NUMBER_LABEL, ...header.labels], kinds: ['number', ...header.kinds], numbered: true, lines: header.lines };
}

/** The label given to the number column a header leaves out. */
const IMPLICIT_NUMBER_LABEL = '序号';

function numberedCellRows(blocks: Block[], start: number, header: CellLineHeader, lex: Lexicon): { cells: RowCells[]; end: number } | null {
  const width = header.labels.length;
  const leading = leadingColumns(header);
  const rows: RowCells[] = [];
  let j = start;
  let previous = -Infinity;
  // the category cells written before a row's number (`农业高质高效` / `1`): the first row of their group
  let before: string[] = [];
  while (j < blocks.length) {
    const first = blocks[j]!;
    const numbered = opensRow(blocks, j, previous, lex);
    if (!numbered) {
      // a group heading (`（一）王宏副市长牵头重点工作`) or a note under a row (`省牵头单位：省农业农村厅`), then the next row
      const kept = linesBeforeRow(blocks, j, (k) => opensRow(blocks, k, previous, lex));
      if (kept > 0 && kept <= leading && blocks.slice(j, j + kept).every(isCellLine)) {
        before = blocks.slice(j, j + kept).map((b) => b.text.trim());
        j += kept;
        continue;
      }
      if (kept > 0) {
        for (const block of blocks.slice(j, j + kept)) rows.push({ cells: null, location: block.location, block });
        j += kept;
        continue;
      }
    }
    // under a complete row, lines without a number are a row under merged cells (its 序号 and owners merged with the row above)
    if (!numbered && (rows.at(-1)?.cells?.length ?? 0) < width - leading) break;
    const { cells, end: k } = cellRow(blocks, numbered ? j + 1 : j, width - 1 - leading, numbered ? rowNumber(first) : previous, header, lex);
    if (numbered) cells.unshift(...before, first.text.trim());
    before = [];
    if (cells.length < 2) {
      if (numbered) return null;
      break;
    }
    if (!numbered && (k < blocks.length && isCellLine(blocks[k]!) || !cells.some((c) => ASSIGNED.has(cellType(c, lex))))) break;
    if (numbered) previous = rowNumber(first);
    rows.push({ cells, location: first.location, block: first });
    j = k;
  }
  return rows.some((r) => r.cells) ? { cells: rows, end: j } : null;
}

/**
 * The cells of one row from line `k`, up to `limit` cells or the next row:
 * a number that does not rise above the row's own (`6` … `2` … `52`) sits where
 * no column holds a number — a stray of the copy, dropped; a name on the line
 * after a name (`农业股` / `乡村产业发展股`) is the same owner cell over two lines
 * when no column of names follows the owner column.
 */
function cellRow(blocks: Block[], k: number, limit: number, rowNo: number, header: CellLineHeader, lex: Lexicon): { cells: string[]; end: number } {
  const cells: string[] = [];
  const pairedOwners = header.kinds.some((kind, c) => isOwnerKind(kind) && holdsNames(header.kinds[c + 1] ?? null));
  // with name columns side by side, a run of names at the row's end may be longer than the row has room for: read it all, then share it out
  const more = (block: Block) => pairedOwners && cellType(block.text.trim(), lex) === 'owners' && cellType(cells.at(-1) ?? '', lex) === 'owners';
  for (; k < blocks.length && (cells.length < limit || (isCellLine(blocks[k]!) && more(blocks[k]!))); k++) {
    const block = blocks[k]!;
    const text = block.text.trim();
    if (isSerialLine(block, rowNo)) break;
    if (isRowNumberLine(block) && !block.cells) {
      if (rowNumber(block) <= rowNo) continue;
      // a figure (`42`), not the next row's number
      if (opensRow(blocks, k, rowNo, lex)) break;
      cells.push(text);
      continue;
    }
    if (!isCellLine(block)) break;
    const wrapped = nameWrappedOver(text, blocks[k + 1], lex);
    if (wrapped) {
      cells.push(wrapped);
      k++;
      continue;
    }
    const last = cells.at(-1);
    if (last !== undefined && !pairedOwners && cells.length > 1 && cellType(last, lex) === 'owners' && cellType(text, lex) === 'owners') cells[cells.length - 1] = `${last}\n${text}`;
    else cells.push(text);
  }
  return { cells: pairedOwners ? shareTrailingNames(cells, header, lex) : cells, end: k };
}

/**
 * A unit's name wrapped over two lines of its cell (`市人力资源` / `社会保障局`):
 * the first line opens with a place word and names no one alone, the two
 * together are one plausible unit. The joined name, or null.
 */
function nameWrappedOver(text: string, next: Block | undefined, lex: Lexicon): string | null {
  if (!next || !isCellLine(next) || text.length > WRAPPED_PART_MAX || SENTENCE_MARK.test(text)) return null;
  if (!lex.placeWords.some((w) => text.startsWith(w)) || isPlausibleOwner(text, lex)) return null;
  const joined = text + next.text.trim();
  return joined.length <= WRAPPED_NAME_MAX && isPlausibleOwner(joined, lex) && cellType(joined, lex) === 'owners' ? joined : null;
}
const WRAPPED_PART_MAX = 10;
const WRAPPED_NAME_MAX = 20;

/**
 * A run of name lines closing a row fills the row's name columns (the last
 * run of them in the header; notes such as 备注 may follow, empty): a leader
 * column first takes the persons the run opens with (`夏俊贵` before
 * `文化宣传股` / `文化馆` / `图书馆`: one leader, one cell of three units; none
 * when the row left its merged leader out); of the other columns each after
 * the first takes one line, the first takes the rest (`县海洋与渔业局` /
 * `县农业农村局` / `市海洋渔业局市农业农村局` under 责任部门 | 评分部门: two
 * units responsible, one assessing).
 */
function shareTrailingNames(cells: string[], header: CellLineHeader, lex: Lexicon): string[] {
  const { kinds, labels } = header;
  const last = kinds.length - 1 - [...kinds].reverse().findIndex((k) => holdsNames(k));
  if (last >= kinds.length) return cells;
  let first = last;
  while (first > 0 && holdsNames(kinds[first - 1]!)) first--;
  let run = 0;
  while (run < cells.length - 1 && cellType(cells[cells.length - 1 - run]!, lex) === 'owners') run++;
  const names = cells.slice(cells.length - run);
  const head = cells.slice(0, cells.length - run);
  let columns = last - first + 1;
  const out: string[] = [];
  if (PERSON_COLUMN.test(labels[first] ?? '') && columns > 1) {
    let persons = 0;
    while (persons < names.length - 1 && namesPersons(names[persons]!, lex)) persons++;
    if (persons > 0) out.push(names.splice(0, persons).join('\n'));
    columns--;
  }
  if (names.length <= columns) return [...head, ...out, ...names];
  const surplus = names.length - columns + 1;
  return [...head, ...out, names.slice(0, surplus).join('\n'), ...names.slice(surplus)];
}

/** A column of names: owners, or the units that assess them. */
const holdsNames = (kind: TableColumnKind | null): boolean => isOwnerKind(kind) || kind === 'assessor';

/** Short lines between rows: at most two, no sentence, and the start of a row right after them. */
const BETWEEN_ROWS_MAX = 2;
const GROUP_HEADINGS_MAX = 8;
const BETWEEN_LINE_MAX = 40;

/** How many lines from `j` are a group heading or a note between rows (`（一）王宏副市长牵头重点工作`, `省牵头单位：省农业农村厅`), kept as they are. */
function linesBeforeRow(blocks: Block[], j: number, isRowStart: (index: number) => boolean): number {
  let headings = true;
  for (let n = 1; n <= GROUP_HEADINGS_MAX && j + n <= blocks.length; n++) {
    const line = blocks[j + n - 1]!;
    // group headings with no rows of this table under them (`二、…` … `六、…` before row 68) may follow each other
    headings &&= NOT_A_ROW_PART.test(line.text);
    if (n > BETWEEN_ROWS_MAX && !headings) return 0;
    if (line.cells || line.text.length > BETWEEN_LINE_MAX || /[。！？]/u.test(line.text) || isRowStart(j + n - 1)) return 0;
    if (j + n < blocks.length && isRowStart(j + n)) return n;
  }
  return 0;
}

/** A cell of an owner or deadline column, by its text. */
const ASSIGNED: ReadonlySet<CellType> = new Set(['owners', 'date']);

/** A line that can be a cell of the row being read: not a table's row, not a number, not a heading or note. */
const isCellLine = (block: Block): boolean => !block.cells && !isRowNumberLine(block) && !NOT_A_ROW_PART.test(block.text);

function unnumberedCellRows(blocks: Block[], start: number, header: CellLineHeader, lex: Lexicon): { cells: RowCells[]; end: number } {
  const width = header.labels.length;
  const rows: RowCells[] = [];
  // the first cell of the last full row: a category merged over the rows under it, which then have one line fewer
  let merged: string | null = null;
  let j = start;
  while (j < blocks.length) {
    const line = blocks[j]!;
    // a group's number alone on its line (`（一）`) before the group's rows: a line of its own
    if (!line.cells && isGroupNumber(line.text) && j + 1 < blocks.length) {
      rows.push({ cells: null, location: line.location, block: line });
      merged = null;
      j++;
      continue;
    }
    const full = rowFrom(blocks, j, width, [], header, lex);
    const short = full || merged === null || !isTaskKind(header.kinds[0] ?? null) ? null : rowFrom(blocks, j, width - 1, [merged], header, lex);
    const row = full ?? short;
    if (!row) break;
    if (full) merged = full[0]!;
    rows.push({ cells: row, location: line.location, block: line });
    j += full ? width : width - 1;
  }
  return { cells: rows, end: j };
}

/**
 * Rows without 序号 whose task cells carry their item numbers (`1、4月22日…`,
 * `2、围绕…`, numbering again from 1 under each category): an item line opens
 * a row, a short label right before a `1、` line is the category merged over
 * the rows under it, and the lines after the item are the row's other cells,
 * names to the owner column, the rest in order — an empty cell left no line,
 * so a row may be short. Null unless the first row opens so and two rows do.
 */
function itemCellRows(blocks: Block[], start: number, header: CellLineHeader, lex: Lexicon): { cells: RowCells[]; end: number } | null {
  const task = itemColumn(header.kinds);
  if (task < 0 || task > 1) return null;
  const rows: RowCells[] = [];
  let category = '';
  let last = 0;
  let j = start;
  while (j < blocks.length && isCellLine(blocks[j]!)) {
    const line = blocks[j]!.text.trim();
    if (task === 1 && isCategoryLine(blocks, j, last, lex)) {
      category = unspaced(line);
      j++;
      continue;
    }
    const item = cellItemNumber(line);
    if (item === null || (rows.length === 0 && item !== 1)) break;
    last = item;
    const cells = header.labels.map(() => '');
    if (task === 1) cells[0] = category;
    cells[task] = line;
    let k = j + 1;
    // a line that fits no column left ends the row: the loop above then reads it as a category over items that run on
    for (; k < blocks.length && isCellLine(blocks[k]!) && !opensItemRow(blocks, k, lex, task); k++) {
      if (!placeCell(cells, blocks[k]!.text.trim(), task, header, lex)) break;
    }
    rows.push({ cells, location: blocks[j]!.location, block: blocks[j]! });
    j = k;
  }
  if (task === 1) shareGroupOwners(rows, header);
  return rows.length >= MIN_LINE_ROWS ? { cells: rows, end: j } : null;
}

/** The items' column: a detail column right of a task column holds them (the task column is then their category); else the first task column. */
function itemColumn(kinds: (TableColumnKind | null)[]): number {
  const detail = kinds.indexOf('taskDetail');
  return detail > 0 && isTaskKind(kinds[detail - 1]!) ? detail : kinds.findIndex(isTaskKind);
}

/**
 * An owner cell merged over a category's rows comes once, after the
 * category's last item: when only that row of the category has owners, the
 * rows above it in the category share them.
 */
function shareGroupOwners(rows: RowCells[], header: CellLineHeader): void {
  const owners = header.kinds.flatMap((kind, c) => (isOwnerKind(kind) ? [c] : []));
  const hasOwner = (row: RowCells) => owners.some((c) => row.cells![c]);
  for (let a = 0; a < rows.length; ) {
    let b = a;
    while (b + 1 < rows.length && rows[b + 1]!.cells![0] === rows[a]!.cells![0]) b++;
    const group = rows.slice(a, b + 1);
    if (group.length > 1 && hasOwner(group.at(-1)!) && !group.slice(0, -1).some(hasOwner)) {
      for (const row of group.slice(0, -1)) for (const c of owners) row.cells![c] = group.at(-1)!.cells![c]!;
    }
    a = b + 1;
  }
}

/** The item number a cell line opens with (`1、4月22日…`, `2、围绕…`), by the outline's one lexer; null when none. */
function cellItemNumber(line: string): number | null {
  const marker = lexMarker(line);
  return marker?.style === 'ar-dun' && marker.rest ? marker.value : null;
}
/** Letter-spaced labels (`思 想 教 育`) are one word. */
const unspaced = (text: string): string => text.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/gu, '');

/** Line `k` opens the next row: an item, or a category right above a first item. */
const opensItemRow = (blocks: Block[], k: number, lex: Lexicon, task: number): boolean =>
  cellItemNumber(blocks[k]!.text.trim()) !== null || (task === 1 && isCategoryLine(blocks, k, 0, lex));

const CATEGORY_MAX = 30;

/**
 * A short label right above the next item (`1、` again, or — once the row
 * above has no column left for it — the number after `last`, when the items
 * run on across categories): the category merged over the rows under it
 * (`思 想 教 育`, `做好财政信息公开`), never an owner cell.
 */
function isCategoryLine(blocks: Block[], k: number, last: number, lex: Lexicon): boolean {
  const line = blocks[k]!.text.trim();
  const next = blocks[k + 1];
  const item = next && isCellLine(next) ? cellItemNumber(next.text.trim()) : null;
  if (cellItemNumber(line) !== null || (item !== 1 && (last === 0 || item !== last + 1))) return false;
  const text = unspaced(line);
  const type = cellType(text, lex);
  // a category names work in a phrase (`做好市场规则标准和监管执法信息公开`): longer than a label, never a sentence
  const phrase = type === 'label' || (type === 'text' && text.length <= CATEGORY_MAX && !SENTENCE_MARK.test(text));
  return phrase && !isPlausibleOwner(text, lex);
}

/** A cell after the task's: names to the first empty owner column, anything else to the first empty other column after the task. */
function placeCell(cells: string[], text: string, task: number, header: CellLineHeader, lex: Lexicon): boolean {
  const type = cellType(text, lex);
  const names = type === 'owners' || (type === 'label' && isPlausibleOwner(text, lex));
  const column = header.kinds.findIndex((kind, c) => c > task && !cells[c] && (names ? isOwnerKind(kind) : !isOwnerKind(kind)));
  if (column < 0) return false;
  cells[column] = text;
  return true;
}

/** `n` lines from `j` as a row's cells after `before`, when they read as a row; null otherwise. */
function rowFrom(blocks: Block[], j: number, n: number, before: string[], header: CellLineHeader, lex: Lexicon): string[] | null {
  if (j + n > blocks.length) return null;
  const group = blocks.slice(j, j + n);
  if (group.some((b) => b.cells || NOT_A_ROW_PART.test(b.text))) return null;
  const cells = [...before, ...group.map((b) => b.text.trim())];
  return readsAsRow(cells, header.kinds, lex) ? cells : null;
}

/** Each cell holds what its column names: owners in an owner column, a date in a deadline column, a text in the task column. */
function readsAsRow(cells: string[], kinds: (TableColumnKind | null)[], lex: Lexicon): boolean {
  return cells.every((cell, k) => {
    const kind = kinds[k]!;
    const type = cellType(cell, lex);
    if (kind === 'deadline') return type === 'date';
    // a short name the morphology half knows may sit under the owners; a state (`正常进行中`) may not
    if (isOwnerKind(kind)) return type === 'owners' || (type === 'label' && isPlausibleOwner(cell, lex));
    if (isTaskKind(kind) || kind === null) return type !== 'empty' && type !== 'date' && type !== 'number';
    return true;
  });
}

function isHeaderLine(block: Block): boolean {
  const text = block.text.trim();
  // a bracketed note after the label (`重点工作任务（杭州市2项牵头工作、19项配合工作）`) is no part of its length
  const label = text.replace(/[（(][^（()）]*[）)]$/u, '');
  return !block.cells && label.length > 0 && label.length <= CELL_LINE_HEADER_MAX && !SENTENCE_MARK.test(text) && !FIGURE.test(text) && !isRowNumberLine(block) && !NOT_A_ROW_PART.test(text);
}
/** A figure in a cell: a number, a decimal, a percentage (`123.4`, `95%`). */
const FIGURE = /^[\d.,%％]+$/u;

const isRowNumberLine = (block: Block | undefined): boolean => block !== undefined && ROW_NUMBER_DIGITS.test(block.text.trim());
/**
 * A long serial number (`20181215`, a 计划编号 shaped like a date): a row's
 * number only where the rows count up by one from it, as serials do — a
 * figure in a cell (`26000`) does not follow the row above.
 */
const SERIAL_LINE = /^\d{5,10}$/u;
const isSerialLine = (block: Block | undefined, previous: number): boolean =>
  block !== undefined && !block.cells && SERIAL_LINE.test(block.text.trim()) && (previous === -Infinity || rowNumber(block) === previous + 1);
const rowNumber = (block: Block): number => parseInt(block.text.trim(), 10);

/** A line of column words only (split words joined back), naming the task and its owners or deadline. */
function flatHeader(text: string, lex: Lexicon): FlatLayout | null {
  if (SENTENCE_MARK.test(text)) return null;
  const words = text.split(/[\s\u3000]+/u).filter(Boolean);
  if (words.length < MIN_COLUMNS || words.some((w) => w.length > HEADER_WORD_MAX)) return null;
  const columns: HeaderColumn[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const joined = words[k + 1] !== undefined ? word + words[k + 1] : null;
    // a piece names nothing alone (`牵头`, `完成`); `序号` does, and stays itself
    const kind = joined && word.length <= SPLIT_PART_MAX && !columnKind(word, lex) ? columnKind(joined, lex) : null;
    if (kind) {
      columns.push({ label: joined!, kind });
      k++;
    } else columns.push({ label: word, kind: columnKind(word, lex) });
  }
  const numbered = columns[0]!.kind === 'number';
  const named = columns.findIndex((c) => isTaskKind(c.kind));
  // no task word (`民生实事`, `专项整治行业名称`): the first column that names nothing else
  const task = named >= 0 ? named : columns.findIndex((c, k) => !c.kind && (k > 0 || !numbered));
  const owners = columns.flatMap((c, k) => (k > task && isOwnerKind(c.kind) ? [k] : []));
  const classified = columns.filter((c) => c.kind && c.kind !== 'number').length;
  if (columns.length < MIN_COLUMNS || task < 0 || !namesAssignment(columns.map((c) => c.kind)) || classified < 2) return null;
  const placed = numbered && owners.length > 0 && owners.every((k, n) => k === owners[0]! + n);
  return { columns, task, owners, numbered, placed };
}

interface RowCells {
  /** null: a line kept as it is between rows (a group heading, a note under a row). */
  cells: string[] | null;
  location: Block['location'];
  /** The block the row starts on. */
  block: Block;
}

/** The rows under a flat header: each opens with its number; the lines after it continue it until its cells are filled. */
function rowGroups(blocks: Block[], start: number, layout: FlatLayout, lex: Lexicon): { cells: RowCells[]; end: number } | null {
  if (!layout.placed) return lineRows(blocks, start, layout, lex);
  const rows: RowCells[] = [];
  let lines: string[] = [];
  let first: Block | null = null;
  const ending = new RowEnding();
  const close = (): boolean => {
    if (!first) return true;
    // a row whose words do not place (an owner the morphology does not know) is still a row, its cells by kind
    const cells = rowCells(lines, layout, lex) ?? shortRow(lines.join(' '), lex);
    if (!cells) return false;
    if (lines.length === 1 && isComplete(cells, layout)) ending.learn(lines[0]!);
    rows.push({ cells, location: first.location, block: first });
    first = null;
    return true;
  };
  let j = start;
  for (; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (block.cells) break;
    if (ROW_START.test(block.text)) {
      if (!close()) return null;
      lines = [block.text];
      first = block;
      continue;
    }
    if (first && !NOT_A_ROW_PART.test(block.text) && (!isComplete(rowCells(lines, layout, lex), layout) || !ending.ends(lines.at(-1)!))) {
      lines.push(block.text);
      continue;
    }
    const kept = linesBeforeRow(blocks, j, (k) => ROW_START.test(blocks[k]!.text));
    if (kept > 0) {
      if (!close()) return null;
      for (const line of blocks.slice(j, j + kept)) rows.push({ cells: null, location: line.location, block: line });
      j += kept - 1;
      continue;
    }
    if (NOT_A_ROW_PART.test(block.text) || !(rows.length || first)) break;
    // under a complete row, a line without a number is a row of its own under merged cells (`开工建设老年大学。 12月底前`)
    if (!close()) return null;
    const cells = shortRow(block.text, lex);
    if (!cells) break;
    rows.push({ cells, location: block.location, block });
  }
  if (!close() || !rows.some((r) => r.cells)) return null;
  return { cells: rows, end: j };
}

/**
 * How the table's rows end, learnt from the rows written on one line: when
 * each ends its last cell with a full stop (`…，魏武国控集团。`), a row broken
 * over lines (`区财政局` / `区税务局` / `区政府有关部门，…。`, one cell's names
 * a line each) goes on to the line that ends so.
 */
class RowEnding {
  private stops = 0;
  private others = 0;
  learn(line: string): void {
    if (/[。；;]$/u.test(line.trim())) this.stops++;
    else this.others++;
  }
  ends(line: string): boolean {
    return this.stops < MIN_LEARNT_ROWS || this.others > 0 || /[。；;]$/u.test(line.trim());
  }
}
const MIN_LEARNT_ROWS = 1;

/**
 * Rows one per line, their words grouped into cells by what they are (a
 * table whose owner columns are not together after the task, or that has no
 * 序号): the table reader aligns a short row on the columns, as any.
 */
function lineRows(blocks: Block[], start: number, layout: FlatLayout, lex: Lexicon): { cells: RowCells[]; end: number } | null {
  const rows: RowCells[] = [];
  let j = start;
  for (; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (block.cells || NOT_A_ROW_PART.test(block.text) || (layout.numbered && !ROW_START.test(block.text))) break;
    const cells = shortRow(block.text, lex);
    if (!cells) break;
    rows.push({ cells, location: block.location, block });
  }
  return rows.length >= MIN_LINE_ROWS ? { cells: rows, end: j } : null;
}

const MIN_LINE_ROWS = 2;

/** A line's words as cells: runs of names one cell, runs of text one cell, each date its own; null unless it names an owner or a date. */
function shortRow(text: string, lex: Lexicon): string[] | null {
  const cells: string[] = [];
  const kinds: CellType[] = [];
  for (const word of ownerWords(text.split(/[\s\u3000]+/u).filter(Boolean), lex)) {
    const kind: CellType = word.owner ? 'owners' : cellType(word.text, lex) === 'date' ? 'date' : cells.length === 0 && ROW_NUMBER_DIGITS.test(word.text) ? 'number' : 'text';
    if (kind === kinds.at(-1) && (kind === 'owners' || kind === 'text')) cells[cells.length - 1] += kind === 'owners' ? `、${word.text}` : ` ${word.text}`;
    else {
      cells.push(word.text);
      kinds.push(kind);
    }
  }
  return cells.length >= 2 && kinds.some((k) => k === 'owners' || k === 'date') ? cells : null;
}

/** Every column after the owners holds a word (the last, a 备注, may be empty); with none after them, the owners are there. */
function isComplete(cells: string[] | null, layout: FlatLayout): boolean {
  if (!cells) return false;
  const tail = cells.slice(layout.owners.at(-1)! + 1);
  // the owners close the row when no column follows them (`序号 重点工作任务 责任单位`)
  if (tail.length === 0) return Boolean(cells[layout.owners.at(-1)!]);
  return tail.slice(0, -1).every(Boolean);
}

/** One row's words on the header's columns; null when the row does not read as number, task, owners. */
function rowCells(lines: string[], layout: FlatLayout, lex: Lexicon): string[] | null {
  const words = ownerWords(lines.flatMap((l) => l.split(/[\s\u3000]+/u)).filter(Boolean), lex);
  if (words.length < 3 || !ROW_NUMBER_DIGITS.test(words[0]!.text)) return null;
  // the owners follow the task's running text: a name-like word before its first clause (`红线`) is the task's
  const clause = words.findIndex((w) => SENTENCE_MARK.test(w.text));
  const after = (from: number) => words.findIndex((w, k) => k >= from && w.owner);
  const firstOwner = clause >= 0 && after(clause + 1) >= 0 ? after(Math.max(2, clause + 1)) : after(2);
  if (firstOwner < 0) return null;
  let afterOwners = firstOwner;
  while (afterOwners < words.length && words[afterOwners]!.owner) afterOwners++;
  const cells = layout.columns.map(() => '');
  cells[0] = words[0]!.text;
  placeTexts(words.slice(1, firstOwner).map((w) => w.text), layout, cells);
  placeOwners(words.slice(firstOwner, afterOwners).map((w) => w.text), layout, cells, lex);
  const tailColumns = layout.columns.map((_, k) => k).filter((k) => k > layout.owners.at(-1)!);
  const tail = words.slice(afterOwners).map((w) => w.text);
  tailColumns.forEach((k, n) => {
    cells[k] = n === tailColumns.length - 1 ? tail.slice(n).join(' ') : (tail[n] ?? '');
  });
  return cells;
}

/**
 * The words before the owners on the text columns before them. With one, it
 * takes them all. With several (`类别 | 主要任务 | 细化措施`), the last takes
 * the running text from its first clause on; the words before it are cells
 * wrapped in their widths — a cell's lines are as long as its column is wide
 * but the last (`加强水资源保` / `护`, `严守用水` / `效率控制` / `红线`) — placed
 * from the right, so a row under a merged category leaves that cell empty.
 */
function placeTexts(words: string[], layout: FlatLayout, cells: string[]): void {
  const columns = layout.columns.map((_, k) => k).filter((k) => k > 0 && k < (layout.owners[0] ?? layout.columns.length));
  const detailAt = words.findIndex((w) => SENTENCE_MARK.test(w) || w.length > WRAPPED_CELL_MAX);
  if (columns.length < 2 || detailAt <= 0) {
    cells[layout.task] = words.join(' ');
    return;
  }
  cells[columns.at(-1)!] = words.slice(detailAt).join(' ');
  const wrapped = wrappedCells(words.slice(0, detailAt));
  const before = columns.slice(0, -1);
  // more cells than columns: the first columns' text ran together
  while (wrapped.length > before.length) wrapped.splice(0, 2, `${wrapped[0]} ${wrapped[1]}`);
  wrapped.forEach((cell, k) => (cells[before[before.length - wrapped.length + k]!] = cell));
}
const WRAPPED_CELL_MAX = 20;

/** Words grouped into the cells they were wrapped from: lines of one width, then a shorter last. */
function wrappedCells(words: string[]): string[] {
  const cells: string[][] = [];
  for (const word of words) {
    const cell = cells.at(-1);
    const width = cell?.[0]!.length ?? 0;
    // the cell goes on while its lines are as long as its first; a shorter line is its last
    if (cell && cell.length > 0 && cell.every((w) => w.length === width) && word.length <= width) cell.push(word);
    else cells.push([word]);
  }
  return cells.map((c) => c.join(' '));
}

/** Words with their owner-ness; a name padded to three columns (`汪  峰`) is one person again. */
function ownerWords(words: string[], lex: Lexicon): { text: string; owner: boolean }[] {
  const out: { text: string; owner: boolean }[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const padded = word.length === 1 && words[k + 1]?.length === 1 ? word + words[k + 1] : null;
    if (padded && looksLikePersonName(padded, lex)) {
      out.push({ text: padded, owner: true });
      k++;
    } else out.push({ text: word, owner: (word.length <= 20 && !SENTENCE_MARK.test(word) && isPlausibleOwner(word, lex)) || isNameList(word, lex) });
  }
  return out;
}

/** Names joined by 、 or ， in one word (`市农业农村局、市规划和自然资源局、市商务局（市粮食和物资储备局）`): every one a plausible owner. */
function isNameList(word: string, lex: Lexicon): boolean {
  // a cell that ends its list with a full stop (`区发改委、区市场监管局。`) is still a list
  const list = word.replace(/[。；;]$/u, '');
  if (!/[、，,]/u.test(list) || /[。；;！？：:]/u.test(list)) return false;
  const names = splitOwners(list, 'responsible', lex);
  return names.length > 1 && names.every((o) => isPlausibleOwner(o.name, lex));
}

/** Persons to the leader columns, units to the unit columns: the first to the first, the last to the last, the rest between. */
function placeOwners(names: string[], layout: FlatLayout, cells: string[], lex: Lexicon): void {
  const personColumns = layout.owners.filter((k) => PERSON_COLUMN.test(layout.columns[k]!.label));
  const unitColumns = layout.owners.filter((k) => !personColumns.includes(k));
  const persons = personColumns.length ? names.filter((n) => classifyOwner(n, lex) === 'person') : [];
  const units = names.filter((n) => !persons.includes(n));
  spread(persons, personColumns, cells);
  spread(units, unitColumns.length ? unitColumns : personColumns, cells);
}

function spread(names: string[], columns: number[], cells: string[]): void {
  if (!names.length || !columns.length) return;
  if (names.length <= columns.length) {
    names.forEach((n, k) => (cells[columns[k]!] = n));
    return;
  }
  if (columns.length === 1) {
    cells[columns[0]!] = names.join('、');
    return;
  }
  cells[columns[0]!] = names[0]!;
  cells[columns.at(-1)!] = names.at(-1)!;
  const middle = names.slice(1, -1);
  const between = columns.slice(1, -1);
  if (!between.length) cells[columns[0]!] = [names[0]!, ...middle].join('、');
  else between.forEach((k, n) => (cells[k] = n === between.length - 1 ? middle.slice(n).join('、') : (middle[n] ?? '')));
}
