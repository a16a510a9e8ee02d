/**
 * Tables of plain text that are drawn rather than separated: box-drawing
 * grids (`┌─┬─┐ │ ├─┼─┤`, or ASCII `+---+` and `|`), whose cells may run
 * over several lines and whose merges show as a border that does not cross
 * a column; and columns aligned with runs of spaces under a header of short
 * cells. Both become the rows of the one table model (cells per row, the
 * row's first source line), like a Word table.
 */
import { normalizeLine } from '../text/normalize.js';
import { columnWidth } from '../text/columns.js';

export interface GridRow {
  /** 0-based index of the row's first line in the text. */
  at: number;
  cells: string[];
}

export interface Grid {
  rows: GridRow[];
  /** 0-based index of the first line after the grid. */
  end: number;
}

/** A border line: `┌──┬──┐`, `├──┼──┤`, `└──┴──┘`, `+----+----+`, or a border with merged columns (`│    ├────┤`). */
const BORDER = /^\s*[┌├└╔╠╚╟+│┃║|][─━═\-┼┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩╬╟╢+│┃║| ]*$/;
const HAS_RULE = /[─━═]|-{3,}/;
const BAR_ROW = /^\s*[│┃║|]/;
const BARS = /[│┃║|]/;
const JUNCTIONS = /[┼├┤┬┴│┃║+╬╦╩╠╣╟╢|┌┐└┘╔╗╚╝]/;

const isBorder = (line: string) => BORDER.test(line) && HAS_RULE.test(line);
/** Markdown's `| --- | :--: |` under a header row: one line per row, not a drawn box. */
const MARKDOWN_RULE = /^\s*\|[\s:|-]+$/;

/** The cells between the bars of one line of a box row. */
function barCells(line: string): string[] {
  const inner = line.trim().replace(/^[│┃║|]/, '').replace(/[│┃║|]$/, '');
  return inner.split(BARS).map((c) => c.trim());
}

/** Which columns a border crosses: a column it does not cross is merged with the row above. */
function crossed(border: string): boolean[] {
  const inner = border.trim().replace(/^[┌├└╔╠╚╟+│┃║|]/, '').replace(/[┐┤┘╗╣╝╢+│┃║|]$/, '');
  return inner.split(JUNCTIONS).map((segment) => HAS_RULE.test(segment));
}

/**
 * Two pieces of one cell written on two lines keep their line break, as a
 * Word cell's paragraphs do: the reader cannot tell a wrapped sentence
 * (`完成老旧小区改造12个，` / `同步实施管网改造。`) from two names
 * (`县住建局` / `县财政局`) or a date over two lines (`2024年` / `10月底前`);
 * the table reader joins or splits by what the column holds.
 */
function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return `${a}\n${b}`;
}

/** A box-drawing or ASCII grid starting at line `start` (its top border); null when there is none. */
export function boxGrid(lines: string[], start: number): Grid | null {
  if (!isBorder(lines[start]!) || !BAR_ROW.test(lines[start + 1] ?? '')) return null;
  const headerLine = lines[start - 1] ?? '';
  if (MARKDOWN_RULE.test(lines[start]!) && BAR_ROW.test(headerLine) && !isBorder(headerLine)) return null;
  const rows: GridRow[] = [];
  let i = start;
  let above = crossed(lines[i]!);
  i++;
  while (i < lines.length && BAR_ROW.test(lines[i]!) && !isBorder(lines[i]!)) {
    const at = i;
    let cells: string[] = [];
    for (; i < lines.length && BAR_ROW.test(lines[i]!) && !isBorder(lines[i]!); i++) {
      const pieces = barCells(lines[i]!);
      cells = Array.from({ length: Math.max(cells.length, pieces.length) }, (_, c) => joinPieces(cells[c] ?? '', pieces[c] ?? ''));
    }
    const previous = rows.at(-1);
    // an empty cell under a border that leaves its column open is the merged cell above, repeated as Word's vMerge is
    const filled = cells.map((cell, c) => (!cell && previous && above[c] === false ? previous.cells[c] ?? '' : cell));
    rows.push({ at, cells: filled.map(normalizeLine) });
    if (i < lines.length && isBorder(lines[i]!)) {
      above = crossed(lines[i]!);
      i++;
    }
  }
  return rows.length ? { rows, end: i } : null;
}

/** Runs of two or more spaces (or an ideographic space) between aligned columns. */
const COLUMN_GAP = /[ \t]{2,}|\u3000+/;
const COLUMN_SPLIT = new RegExp(`(${COLUMN_GAP.source})`);
const HEADER_CELL_MAX = 12;
const MIN_ROWS = 3;
const MIN_COLUMNS = 3;

function spacedCells(line: string): { cells: string[]; starts: number[] } {
  const cells: string[] = [];
  const starts: number[] = [];
  const trimmed = line.replace(/\s+$/, '');
  let offset = 0;
  for (const part of trimmed.split(COLUMN_SPLIT)) {
    if (part && !COLUMN_GAP.test(part) && part.trim()) {
      cells.push(part.trim());
      starts.push(columnWidth(trimmed.slice(0, offset + part.length - part.trimStart().length)));
    }
    offset += part.length;
  }
  return { cells, starts };
}

/**
 * Columns aligned with spaces: a header of short cells (`序号  工作任务
 * 责任单位  完成时限`), then at least two rows with as many cells whose
 * columns start where the header's do (a shorter row keeps its cells in the
 * columns they start under). Null when the lines are not such a table.
 */
export function spacedGrid(lines: string[], start: number): Grid | null {
  // every line is tried as a header: one without a gap has one cell at most, too few for one
  if (!COLUMN_GAP.test(lines[start]!)) return null;
  const header = spacedCells(lines[start]!);
  const width = header.cells.length;
  if (width < MIN_COLUMNS || header.cells.some((c) => c.length > HEADER_CELL_MAX)) return null;
  const rows: GridRow[] = [{ at: start, cells: header.cells.map(normalizeLine) }];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const row = spacedCells(lines[i]!);
    if (row.cells.length === 0 || row.cells.length > width) break;
    const placed = row.cells.length === width ? row.cells : placeByStart(row, header.starts);
    if (!placed) break;
    const cells = placed.map(normalizeLine);
    const previous = rows.length > 1 ? rows.at(-1)! : null;
    if (previous && continuesRow(previous.cells, cells)) {
      previous.cells = previous.cells.map((c, k) => (cells[k] ? (c ? `${c}\n${cells[k]}` : cells[k]!) : c));
      continue;
    }
    if (row.cells.length < 2) break;
    rows.push({ at: i, cells });
  }
  const full = rows.filter((r) => r.cells.filter(Boolean).length >= MIN_COLUMNS).length;
  return full >= MIN_ROWS ? { rows, end: i } : null;
}

/**
 * A line of a numbered table that is the rest of the row above (a cell
 * wrapped onto the next line, as a PDF or a print copy lays it out): it
 * leaves the number column empty, and the first cell it writes in was left
 * unfinished above (`完成老旧小区改造12个，` / `同步实施管网改造。`). Under a
 * finished cell it is a row of its own under merged cells.
 */
function continuesRow(previous: string[], cells: string[]): boolean {
  if (cells[0] || !ROW_NUMBER_CELL.test(previous[0] ?? '')) return false;
  const first = cells.findIndex(Boolean);
  const above = previous[first] ?? '';
  return first > 0 && above !== '' && !/[。；;！？!?]$/u.test(above);
}

/**
 * A row as wide as the header keeps its order; a shorter one puts each cell
 * in the header column whose start is nearest its own (alignment by eye is
 * rough: CJK text is padded by characters as often as by columns). Null
 * when two cells would land in one column.
 */
function placeByStart(row: { cells: string[]; starts: number[] }, columns: number[]): string[] | null {
  if (row.cells.length === columns.length) return row.cells;
  const cells = new Array<string>(columns.length).fill('');
  let last = -1;
  for (let k = 0; k < row.cells.length; k++) {
    const start = row.starts[k]!;
    let best = 0;
    for (let c = 1; c < columns.length; c++) if (Math.abs(columns[c]! - start) < Math.abs(columns[best]! - start)) best = c;
    if (best <= last) return null;
    cells[best] = row.cells[k]!;
    last = best;
  }
  return cells;
}

/** One cell on a line of its own, closed by a bar (`序号 |`, `县教育局 |`): a table flattened one cell per line. */
const CELL_LINE = /^\s*([^|｜│┃\t]*?)\s*[|｜│┃]\s*$/;
const CELL_LINE_WITH_EMPTIES = /^\s*([^|｜│┃\t]*?)\s*(?:[|｜│┃]\s*)+$/;
const EMPTY_CELLS = /^\s*(?:[|｜│┃]\s*)+$/;
/**
 * Every cell-line pattern needs one of these bars. Every line of a text is
 * tried as a table's start, and most hold no bar: one scan for the class
 * rejects them before the lazy patterns backtrack over the whole line.
 */
const CELL_BAR = /[|｜│┃]/;
const cellLine = (line: string): RegExpExecArray | null => (CELL_BAR.test(line) ? CELL_LINE.exec(line) : null);
/** Header cells may carry a note (`重点工作任务(杭州市2项配合工作)`): nothing else on their lines says they are labels. */
const CELL_LINE_HEADER_MAX = 24;
/** A row number cell (`80`, `12`). */
const ROW_NUMBER_CELL = /^\d{1,4}$/;

/**
 * A table whose cells were written one per line, each closed by a bar (HTML
 * tables copied as text keep a paragraph per cell). The row width is the
 * number of cells before the first row number (the header's), and it must
 * be the period of the row numbers: every row opens with its number. Null
 * when the lines are not such a table.
 */
export function cellLineGrid(lines: string[], start: number): Grid | null {
  const cells: string[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const m = cellLine(lines[i]!);
    if (!m) break;
    cells.push(normalizeLine(m[1]!));
  }
  const width = cells.findIndex((c) => ROW_NUMBER_CELL.test(c));
  if (width < MIN_COLUMNS || cells.length < 2 * width || cells.slice(0, width).some((c) => !c || c.length > CELL_LINE_HEADER_MAX)) return null;
  let previous = -Infinity;
  for (let k = width; k < cells.length; k += width) {
    const n = ROW_NUMBER_CELL.test(cells[k]!) ? Number(cells[k]) : NaN;
    if (!(n > previous)) return null;
    previous = n;
  }
  const rows: GridRow[] = [];
  for (let k = 0; k < cells.length; k += width) rows.push({ at: start + k, cells: cells.slice(k, k + width) });
  return { rows, end: i };
}

/**
 * A table whose bars were copied onto lines of their own: each cell's text
 * on a line, a lone bar between cells, and two bars in a row where one row
 * closes and the next opens (`|` / `工作任务` / `|` / `具体内容` / `|` / `|` /
 * `推进政策公开` / …). A row under a merged cell has fewer cells; the table
 * reader aligns it. The first row (the header) has at least three cells and
 * the run at least two rows; null otherwise.
 */
export function loneBarGrid(lines: string[], start: number): Grid | null {
  if (!ROW_CLOSE.test(lines[start] ?? '')) return null;
  const rows: GridRow[] = [];
  let cells: string[] = [];
  let at = start;
  let i = start + 1;
  const close = () => {
    if (cells.length) rows.push({ at, cells });
    cells = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (ROW_CLOSE.test(line)) {
      // a second bar: the row is closed, the next opens
      if (ROW_CLOSE.test(lines[i - 1]!)) close();
      continue;
    }
    // a cell stands between bars: text without a bar, and a bar after it
    if (BARS.test(line) || !ROW_CLOSE.test(lines[i + 1] ?? '') || !ROW_CLOSE.test(lines[i - 1]!)) break;
    if (!cells.length) at = i;
    cells.push(normalizeLine(line));
  }
  close();
  const end = ROW_CLOSE.test(lines[i - 1] ?? '') ? i : i - 1;
  return rows.length >= 2 && rows[0]!.cells.length >= MIN_COLUMNS ? { rows, end } : null;
}

/** A run of cells one per line shorter than this is no table's. */
const CELL_RUN_MIN = 6;

/**
 * Cells one per line, each closed by a bar, that do not make a grid of
 * their own (rows under merged cells, group rows, bare bars for the empty
 * cells a copy left): the cells' texts as lines, in order, bars and empty
 * cells dropped, for the task-table reader to read as a table copied one
 * cell per line. Null when fewer than CELL_RUN_MIN lines are such cells.
 */
export function cellLineRun(lines: string[], start: number): { cells: { text: string; at: number }[]; end: number } | null {
  const cells: { text: string; at: number }[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    // a cell may carry the empty cells after it on its line (`通知另发或见江宁教育信息网 | |`)
    const line = lines[i]!;
    const m = CELL_BAR.test(line) ? (CELL_LINE_WITH_EMPTIES.exec(line) ?? EMPTY_CELLS.exec(line)) : null;
    if (!m) break;
    const text = normalizeLine(m[1] ?? '');
    if (text) cells.push({ text, at: i });
  }
  return i - start >= CELL_RUN_MIN && cells.length >= MIN_COLUMNS ? { cells, end: i } : null;
}

/**
 * A table whose cells are followed by a bar on a line of its own
 * (`周次` / `|` / `日 期` / `|` / … / `1` / `|` / `2.17` / `|`), or mixed
 * with cells closed on their own line (`9.1` / `|` / `1 |` / `|` / `开学典礼 |`),
 * no bar marking where a row ends: the cells as lines closed by their bars
 * (`周次 |`), for cellLineGrid and cellLineRun, with the line each came from.
 * A bar after a closed cell is an empty cell. Null unless the run holds a
 * cell whose bar is on the next line, and CELL_RUN_MIN cells.
 */
export function barAfterCells(lines: string[], start: number): { lines: string[]; at: number[]; end: number } | null {
  if (ROW_CLOSE.test(lines[start] ?? '')) return null;
  const cells: string[] = [];
  const at: number[] = [];
  let split = false;
  let k = start;
  while (k < lines.length) {
    const line = lines[k]!;
    if (!BARS.test(line) && line.trim() && ROW_CLOSE.test(lines[k + 1] ?? '')) {
      cells.push(`${line.trim()} |`);
      split = true;
      at.push(k);
      k += 2;
    } else if (cellLine(line)) {
      cells.push(line.trim());
      at.push(k);
      k++;
    } else break;
  }
  return split && cells.length >= CELL_RUN_MIN ? { lines: cells, at, end: k } : null;
}

/** A line that opens a cell with a bar (`| 目 标 任 务`), and the bare bar that closes a row. */
const BAR_OPENED_CELL = /^\s*[|｜│┃]\s*(.*?)\s*$/;
const ROW_CLOSE = /^\s*[|｜│┃]\s*$/;
/** A line that is a bare bar: a row's close in barLineGrid, nothing inside a ` | ` table. */
export const isLoneBar = (line: string): boolean => ROW_CLOSE.test(line);
/** A row over more lines than this is no row of such a table. */
const BAR_ROW_LINES_MAX = 16;

/**
 * A table copied with a line break before every separator: a row's first
 * cell, then each further cell on a line opening with a bar (`| 责 任 单 位`),
 * and a bare bar closing the row; a line without a bar continues the cell
 * above it (a name wrapped in a narrow cell: `市政` / `府办` / `公厅`), kept
 * with its line break as a Word cell keeps its paragraphs. Rows under merged
 * cells have fewer cells (`推进国家安全工作发展` / `| 市直各单位、各区县市` / `|`).
 * The header row (the first) has at least three cells. Null when the lines
 * are not such a table.
 */
export function barLineGrid(lines: string[], start: number): Grid | null {
  const closes = rowCloses(lines);
  const rows: GridRow[] = [];
  let i = start;
  while (i < lines.length) {
    const row = barLineRow(lines, i, closes[i]!);
    if (!row || (rows.length === 0 && row.cells.length < MIN_COLUMNS)) break;
    rows.push({ at: i, cells: row.cells });
    i = row.end;
  }
  return rows.length >= 2 ? { rows, end: i } : null;
}

/** Per line, the index of the first bare-bar line at or after it (lines.length when none): found once per text, as every line is tried as a table's start. */
const closesOf = new WeakMap<string[], Int32Array>();
function rowCloses(lines: string[]): Int32Array {
  let closes = closesOf.get(lines);
  if (!closes) {
    closes = new Int32Array(lines.length + 1).fill(lines.length);
    for (let i = lines.length - 1; i >= 0; i--) closes[i] = ROW_CLOSE.test(lines[i]!) ? i : closes[i + 1]!;
    closesOf.set(lines, closes);
  }
  return closes;
}

function barLineRow(lines: string[], start: number, close: number): { cells: string[]; end: number } | null {
  if (close === start || close >= lines.length || close - start >= BAR_ROW_LINES_MAX) return null;
  const raw = lines.slice(start, close);
  // a line with bars inside is a row of another table
  if (raw.some((line) => /[|｜│┃\t]/.test(line.trim().replace(/^[|｜│┃]/, '')))) return null;
  const cells: string[] = [];
  for (const line of raw) {
    const opened = BAR_OPENED_CELL.exec(line);
    const text = normalizeLine(opened ? opened[1]! : line.trim());
    if (opened || cells.length === 0) cells.push(text);
    else cells[cells.length - 1] = joinPieces(cells.at(-1)!, text);
  }
  return cells.some(Boolean) ? { cells, end: close + 1 } : null;
}
