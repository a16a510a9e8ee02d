/**
 * The one table model: rows of cells on a grid of columns, whatever the
 * reader. Word and HTML tables state their merges (the readers expand a
 * merged cell into every slot it covers); the tables of text files are
 * flattened — a row under a vertically merged cell simply has fewer cells
 * (`开工建设老年大学。 | 12月底前`), and a header cell over two columns makes
 * the body one cell wider than the header. This module infers those merges
 * from what the cells hold (a number, a date, names of units, running text),
 * so that every later step reads a full grid.
 */
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { isBareYears, mostlyDate, scheduleClauses } from '../grammar/deadline.js';
import { classifyOwner, endsInACount, isPlausibleOwner, namesATarget, readsAsNames, splitOwners } from './owners.js';
import { largest, smallest } from '../text/lists.js';

/** What a cell holds, judged from its text alone: a `label` is a short name (`生 态 环 境`, `烟花爆竹`), `text` a sentence. */
export type CellType = 'empty' | 'number' | 'date' | 'owners' | 'label' | 'text';

/** A row's number in digits alone (`80`, `1*`: a task the city leads, a corpus convention). */
export const ROW_NUMBER_DIGITS = /^\d{1,4}\*?$/u;
const ROW_NUMBER = /^(?:\d{1,3}\*?|[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[)）])[、.．]?$/u;

export function cellType(cell: string, lex: Lexicon): CellType {
  const text = cell.trim();
  if (!text) return 'empty';
  if (ROW_NUMBER.test(text)) return 'number';
  // a year or a span of years alone (`2022`, `2022-2023`: a 建设起止年限 cell) is a date, not a figure
  if (isBareYears(text)) return 'date';
  if (text.length <= 24 && !/[。；]/.test(text.slice(0, -1))) {
    if (mostlyDate(text, { lexicon: lex, year: null }, (d) => !d.vague || d.kind === 'ongoing')) return 'date';
    const owners = splitOwners(text, 'responsible', lex);
    if (owners.length && readsAsNames(owners.map((o) => o.name), lex)) return 'owners';
  }
  if (text.length <= 60 && scheduleClauses(text, { lexicon: lex, year: null })) return 'date';
  if (text.length <= 60 && !/[。；]/.test(text)) {
    const owners = splitOwners(text, 'responsible', lex);
    if (owners.length > 1 && readsAsNames(owners.map((o) => o.name), lex)) return 'owners';
  }
  return text.length <= 16 && !/[，,。；;：:]/.test(text) ? 'label' : 'text';
}


/** How well a cell of one type sits in a column whose cells mostly have another. */
function fit(cell: CellType, column: CellType): number {
  if (cell === column) return 3;
  if (cell === 'empty') return 0;
  if ((column === 'text' && cell === 'label') || (column === 'label' && cell === 'text')) return 1;
  if ((column === 'text' || column === 'label') && cell === 'owners') return 1;
  if (column === 'owners' && cell === 'text') return 0.5;
  return -2;
}

const PROSE: ReadonlySet<CellType> = new Set(['label', 'text']);

/**
 * Between names and sentences the type alone cannot tell a category column
 * (`第一周`, `生态环境`) from a task column of short tasks (`初二全体教师会`):
 * the cell's length can. A prose cell fits a prose column fully when its
 * length lies in the column's range, and as loosely as label-in-text when
 * it is three times longer or shorter than the range's nearer end.
 */
function fitByLength(cell: CellType, column: CellType, length: number, range: LengthRange): number {
  if (!PROSE.has(cell) || !PROSE.has(column)) return fit(cell, column);
  const nearest = Math.min(Math.max(length, range.min), range.max);
  const ratio = Math.abs(Math.log((length + 1) / (nearest + 1))) / Math.log(3);
  return 3 - 2 * Math.min(1, ratio);
}

/** The shortest and longest cell of a column, over the rows that fill the table's width. */
export interface LengthRange {
  min: number;
  max: number;
}

/**
 * What the alignment may weigh beyond cell types: cell lengths against the
 * columns' ranges, and which cells open with an item number (`15.推进…`)
 * against the columns whose cells do (a row that lost its category cell
 * still numbers its task cell as the rows above do).
 */
export interface Lengths {
  cells: number[];
  /** Undefined when too few rows fill the width to say. */
  columns?: LengthRange[];
  items?: boolean[];
  itemColumns?: boolean[];
  /** Which cells name persons only (`夏俊贵`), and which columns' names do: a leader column beside a unit column. */
  persons?: boolean[];
  personColumns?: boolean[];
  /** Which cells end a clause (`新建城市口袋公园2处；`): a task's sentence, not a label. */
  clauseEnds?: boolean[];
}

const CLAUSE_END = /[。；;]$/u;
const ITEM_OPENING = /^\d{1,3}[、.．](?!\d)/u;

/** The score of cell i on column j: its type's fit, weighed by length, by persons against units, by a clause's end against labels, and by its item number against the column's. */
function cellScore(types: CellType[], profile: CellType[], lengths: Lengths | undefined, i: number, j: number): number {
  const base = (lengths?.columns ? fitByLength(types[i]!, profile[j]!, lengths.cells[i]!, lengths.columns[j]!) : fit(types[i]!, profile[j]!)) + specificBonus(types[i]!, profile, lengths?.columns, j);
  if (!lengths) return base;
  const adjusted = base - personMismatch(types, profile, lengths, i, j) - (lengths.clauseEnds?.[i] && profile[j] === 'label' ? SENTENCE_IN_LABELS : 0);
  if (!lengths.items || !lengths.itemColumns || !lengths.items[i]) return adjusted;
  return adjusted + (lengths.itemColumns[j] ? ITEM_WEIGHT : -ITEM_WEIGHT);
}
const ITEM_WEIGHT = 2;

/**
 * Names of persons in a column of units, or units in a column of persons:
 * a row that left out its merged leader (`文化宣传股文化馆` under 责任领导 |
 * 责任股室) puts its unit under the units.
 */
function personMismatch(types: CellType[], profile: CellType[], lengths: Lengths, i: number, j: number): number {
  if (types[i] !== 'owners' || profile[j] !== 'owners' || !lengths.persons || !lengths.personColumns) return 0;
  return lengths.persons[i] === lengths.personColumns[j] ? 0 : PERSON_WEIGHT;
}
const PERSON_WEIGHT = 1;
/** A cell that ends a clause, in a column of labels (a merged category's): a task's sentence sits under the tasks. */
const SENTENCE_IN_LABELS = 1;

/**
 * Between two prose columns a row's prose cell more likely belongs to the
 * one of the longest cells, the task's own text: the columns a flattened row
 * leaves out are the merged ones, and merged prose is a category (`工作任务`
 * over its `细化分工` rows). A tie-break, not a fit; only where the rows that
 * fill the width say which column that is.
 */
function specificBonus(cell: CellType, profile: CellType[], columns: LengthRange[] | undefined, j: number): number {
  if (!columns || !PROSE.has(cell) || !PROSE.has(profile[j]!)) return 0;
  const prose = profile.flatMap((t, c) => (PROSE.has(t) ? [c] : []));
  const longest = largest(prose, (c) => columns[c]!.max);
  return prose.length > 1 && columns[j]!.max === longest ? SPECIFIC_BONUS : 0;
}
const SPECIFIC_BONUS = 0.25;

/** The usual type of each column, from the rows that fill the whole width (trailing empty cells aside). */
export function columnProfile(rows: string[][], width: number, lex: Lexicon): CellType[] {
  const full = rows.map(withoutTrailingEmpty).filter((r) => r.length === width);
  return Array.from({ length: width }, (_, c) => {
    const counts = new Map<CellType, number>();
    for (const row of full) {
      const t = cellType(row[c] ?? '', lex);
      if (t !== 'empty') counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    return best ? best[0] : 'empty';
  });
}

/**
 * Place the cells of a short row in order on the columns they fit best
 * (a monotone alignment); the columns left over are covered by a merged
 * cell above. Returns, per column, the index of the cell placed there or -1.
 */
export function alignRow(types: CellType[], profile: CellType[], lengths?: Lengths): number[] {
  const n = types.length;
  const w = profile.length;
  const score = (i: number, j: number) => cellScore(types, profile, lengths, i, j);
  // best[i][j]: the best score placing cells i.. on columns j..
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(w + 1).fill(-Infinity));
  for (let j = 0; j <= w; j++) best[n]![j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = w - 1; j >= 0; j--) {
      const place = score(i, j) + best[i + 1]![j + 1]!;
      const skip = w - j > n - i ? best[i]![j + 1]! : -Infinity;
      best[i]![j] = Math.max(place, skip);
    }
  }
  const placed = new Array<number>(w).fill(-1);
  let i = 0;
  for (let j = 0; j < w && i < n; j++) {
    const place = score(i, j) + best[i + 1]![j + 1]!;
    if (place >= best[i]![j]!) placed[j] = i++;
  }
  return placed;
}

/** How well cells placed by alignRow sit in their columns, summed. */
export function alignmentFit(types: CellType[], profile: CellType[], placed: number[]): number {
  let total = 0;
  placed.forEach((k, j) => {
    if (k >= 0) total += fit(types[k]!, profile[j]!);
  });
  return total;
}

/** Does a row, cell by cell, contradict the columns it would sit in? */
function misfits(types: CellType[], profile: CellType[]): boolean {
  return types.some((t, c) => c >= profile.length || fit(t, profile[c]!) < 0);
}

/**
 * Rows on a full grid. A row that fits its columns as it stands is kept (a
 * Word or HTML row already states its merges). A row that is short, or whose
 * cells contradict their columns (a flattened row under a merged cell, or a
 * copy padded with empty cells at its end), is aligned by cell type, and the
 * slots it leaves out repeat the cell above, as a vertical merge shows it.
 */
export function fillGrid(rows: string[][], profile: CellType[], lex: Lexicon): string[][] {
  const width = profile.length;
  const columns = columnLengths(rows, width);
  const itemColumns = columnItems(rows, width);
  const personColumns = columnPersons(rows, width, lex);
  const lengths = (cells: string[]): Lengths => ({
    cells: cells.map((c) => c.trim().length),
    columns,
    items: cells.map((c) => ITEM_OPENING.test(c.trim())),
    itemColumns,
    persons: cells.map((c) => namesPersons(c, lex)),
    personColumns,
    clauseEnds: cells.map((c) => CLAUSE_END.test(c.trim())),
  });
  const cells: string[][] = [];
  for (const row of rows) {
    const trimmed = withoutTrailingEmpty(row);
    const types = trimmed.map((c) => cellType(c, lex));
    if (trimmed.length > width) {
      cells.push(trimmed.slice(0, width - 1).concat(trimmed.slice(width - 1).filter(Boolean).join(' ')));
    } else {
      const lone = trimmed.filter(Boolean).length <= 1;
      const stands = lone ? !(cells.length && isLoneTarget(trimmed, types, profile, lex)) : !misfits(types, profile) && (trimmed.length === width || !cells.length);
      const placed = stands ? null : shiftedRow(types, profile, lengths(trimmed), row.length >= width);
      // a row of one cell is a group or title row (`一、公益宣传`): it says where it stands — unless it is a target under merged cells
      if (!placed) {
        cells.push(Array.from({ length: width }, (_, c) => trimmed[c] ?? ''));
        continue;
      }
      const above = cells.at(-1);
      cells.push(placed.map((k, c) => (k >= 0 ? trimmed[k]! : above?.[c] ?? '')));
    }
  }
  return cells;
}

/**
 * A row of one cell that is a target (`固定资产投资增长20%`: a number with a
 * target's unit), not a group's name, standing in a column of names, dates
 * or numbers: a task row whose other cells are merged with the row above
 * (the lead and the responsible units of the targets above it).
 */
function isLoneTarget(cells: string[], types: CellType[], profile: CellType[], lex: Lexicon): boolean {
  const at = cells.findIndex(Boolean);
  if (at < 0 || PROSE.has(profile[at]!) || !PROSE.has(types[at]!)) return false;
  const text = cells[at]!.trim();
  return !GROUP_MARKER.test(text) && (namesATarget(text, lex) || endsInACount(text.replace(/[。；;，,]$/u, '')));
}
const GROUP_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]{1,3})/u;

/** A group's number alone on its line (`（一）`, `二、`): the marker and nothing after it. */
export function isGroupNumber(text: string): boolean {
  const m = GROUP_MARKER.exec(text.trim());
  return m !== null && m[0].length === text.trim().length;
}

/**
 * Where a row's cells go when it does not stand as written: aligned by type.
 * A row padded with empty cells at its end (a copy that dropped a merged cell
 * at its start) may still stand where it is — an empty last cell is common —
 * so it moves only when its cells fit the columns clearly better shifted;
 * null when it stays.
 */
function shiftedRow(types: CellType[], profile: CellType[], lengths: Lengths, padded: boolean): number[] | null {
  const placed = alignRow(types, profile, lengths);
  if (!padded || misfits(types, profile)) return placed;
  const score = (i: number, j: number) => cellScore(types, profile, lengths, i, j);
  const asWritten = types.reduce((sum, _, i) => sum + score(i, i), 0);
  const aligned = placed.reduce((sum, k, j) => (k >= 0 ? sum + score(k, j) : sum), 0);
  return aligned >= asWritten + ALIGN_MARGIN ? placed : null;
}
/** How much better (in fit points, 3 a perfect cell) a shifted row must fit to be moved. */
const ALIGN_MARGIN = 3;

/** Which columns' cells open with an item number, over the rows that fill the whole width. */
function columnItems(rows: string[][], width: number): boolean[] {
  const full = rows.map(withoutTrailingEmpty).filter((r) => r.length === width);
  return Array.from({ length: width }, (_, c) => full.length > 0 && full.filter((r) => ITEM_OPENING.test(r[c]!.trim())).length * 2 > full.length);
}

/** A cell of names, all of persons. */
export function namesPersons(cell: string, lex: Lexicon): boolean {
  const owners = cell.trim() ? splitOwners(cell, 'responsible', lex) : [];
  return owners.length > 0 && owners.every((o) => classifyOwner(o.name, lex) === 'person');
}

/** Which columns hold persons, over the rows that fill the whole width: most of their filled cells name persons. */
function columnPersons(rows: string[][], width: number, lex: Lexicon): boolean[] {
  const full = rows.map(withoutTrailingEmpty).filter((r) => r.length === width);
  return Array.from({ length: width }, (_, c) => {
    const filled = full.map((r) => r[c]!).filter((t) => t.trim());
    return filled.length > 0 && filled.filter((t) => namesPersons(t, lex)).length * 2 > filled.length;
  });
}

/** Each column's range of cell lengths over the rows that fill the whole width; undefined when fewer than two do (too few to say). */
function columnLengths(rows: string[][], width: number): LengthRange[] | undefined {
  const full = rows.map(withoutTrailingEmpty).filter((r) => r.length === width);
  if (full.length < 2) return undefined;
  return Array.from({ length: width }, (_, c) => {
    const lengths = full.map((r) => r[c]!.trim().length).filter((n) => n > 0);
    return lengths.length ? { min: smallest(lengths, (n) => n), max: largest(lengths, (n) => n) } : { min: 0, max: 0 };
  });
}

export function withoutTrailingEmpty(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && !row[end - 1]!.trim()) end--;
  return row.slice(0, end);
}

/** The table's width: the length most of its body rows have, at least the header's. */
export function tableWidth(header: string[], body: string[][]): number {
  const counts = new Map<number, number>();
  for (const row of body) {
    const n = withoutTrailingEmpty(row).length;
    if (n >= header.length) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const mode = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return Math.max(header.length, mode?.[0] ?? 0);
}
