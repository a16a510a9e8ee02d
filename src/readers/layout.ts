/**
 * Positioned text → blocks, for the fixed-layout formats (PDF, OFD): text
 * items become lines by their baseline, lines become paragraphs by indentation,
 * line ends and spacing, page headers, footers and page numbers are dropped, a
 * paragraph cut by a page break is joined, and ruled tables become rows of
 * cells in the same table model as Word's (a vertically merged cell repeats its
 * text in every row it spans, a horizontally merged one fills its columns);
 * outside them, lines aligned in ≥ 3 column bands under a header of short
 * labels are an unruled table, a cell wrapped inside its band one cell.
 *
 * Coordinates are the page's, y growing downwards; `y` of a text item is its
 * baseline, `size` its font size, all in one unit per page (points, mm).
 */
import type { Block, BlockHint } from '../model/block.js';
import { normalizeLine } from '../text/normalize.js';
import { hasTypedMarker } from './docx/markers.js';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of the whole string. */
  w: number;
  size: number;
}

/** A ruling line (a table border), from a stroked path or a thin filled rectangle. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LayoutPage {
  width: number;
  height: number;
  items: TextItem[];
  rules: Rule[];
}

interface Line {
  text: string;
  x1: number;
  x2: number;
  y: number;
  size: number;
  page: number;
}

interface TableRows {
  kind: 'table';
  page: number;
  top: number;
  bottom: number;
  /** x of the table's column borders, for telling a continued table from a new one. */
  columns: number[];
  rows: string[][];
}

type Element = { kind: 'line'; line: Line } | TableRows;

const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…·]/;

const isCjk = (c: string | undefined) => c !== undefined && CJK_CHAR.test(c);

/** Join two pieces of one line or of a wrapped paragraph: a space only between two Latin/digit words. */
function joinText(a: string, b: string, space: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a.at(-1)!;
  const first = b[0]!;
  if (space && /\S/.test(last) && /\S/.test(first) && !isCjk(last) && !isCjk(first)) return `${a} ${b}`;
  return a + b;
}

/** Spaces next to Chinese text are layout, not words (`12 月底前`, `2016 年`); a space between two Chinese words is kept only in cells. */
function tidy(text: string, keepCjkSpaces: boolean): string {
  let s = text.replace(/[ \t\u00a0]+/g, ' ');
  s = s.replace(/(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’])[ ]+(?=[0-9A-Za-z（(])/g, '');
  s = s.replace(/(?<=[0-9A-Za-z)）%])[ ]+(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’])/g, '');
  s = s.replace(/(?<=[\u3000-\u303f\uff00-\uffef“”‘’])[ ]+|[ ]+(?=[\u3000-\u303f\uff00-\uffef“”‘’])/g, '');
  if (!keepCjkSpaces) s = s.replace(/(?<=[\u2e80-\u9fff\uf900-\ufaff])[ ]+(?=[\u2e80-\u9fff\uf900-\ufaff])/g, '');
  return s.trim();
}

/** Items on one baseline (within half a font size), top to bottom, each group left to right. */
function baselineGroups(items: TextItem[]): TextItem[][] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs(item.y - g[0]!.y) <= Math.max(1, 0.5 * Math.max(item.size, g[0]!.size))) g.push(item);
    else groups.push([item]);
  }
  for (const group of groups) group.sort((a, b) => a.x - b.x);
  return groups;
}

/** Items → lines: same baseline, then left to right. */
function buildLines(items: TextItem[], page: number, keepCjkSpaces: boolean): Line[] {
  const lines: Line[] = [];
  for (const group of baselineGroups(items)) {
    let text = '';
    let end = -Infinity;
    let pendingSpace = false;
    let x1 = Infinity;
    let x2 = -Infinity;
    let size = 0;
    for (const item of group) {
      if (!item.str.trim()) {
        pendingSpace = true;
        continue;
      }
      const gap = item.x - end;
      text = joinText(text, item.str, pendingSpace || gap > 0.25 * item.size);
      if (pendingSpace && isCjk(text.at(-item.str.length - 1)) && isCjk(item.str[0]) && keepCjkSpaces) {
        text = `${text.slice(0, -item.str.length)} ${item.str}`;
      }
      pendingSpace = /\s$/.test(item.str);
      end = Math.max(end, item.x + item.w);
      x1 = Math.min(x1, item.x);
      x2 = Math.max(x2, item.x + item.w);
      size = Math.max(size, item.size);
    }
    const clean = tidy(text, keepCjkSpaces);
    if (clean) lines.push({ text: clean, x1, x2, y: group[0]!.y, size, page });
  }
  return lines;
}

// ---------------------------------------------------------------- tables

interface Seg {
  /** Horizontal: y fixed, from a to b in x; vertical: x fixed, a to b in y. */
  at: number;
  a: number;
  b: number;
}

const TOL = 2;

function splitRules(rules: Rule[]): { h: Seg[]; v: Seg[] } {
  const h: Seg[] = [];
  const v: Seg[] = [];
  for (const r of rules) {
    const dx = Math.abs(r.x2 - r.x1);
    const dy = Math.abs(r.y2 - r.y1);
    if (dy <= 1 && dx > 3) h.push({ at: (r.y1 + r.y2) / 2, a: Math.min(r.x1, r.x2), b: Math.max(r.x1, r.x2) });
    else if (dx <= 1 && dy > 3) v.push({ at: (r.x1 + r.x2) / 2, a: Math.min(r.y1, r.y2), b: Math.max(r.y1, r.y2) });
  }
  return { h, v };
}

/** Cluster close coordinates into one value each. */
function clusterValues(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out.at(-1)! > TOL) out.push(v);
  return out;
}

/** Whether some segment at `at` (±TOL) covers the point `p` along it. */
function covered(segs: Seg[], at: number, p: number): boolean {
  return segs.some((s) => Math.abs(s.at - at) <= TOL && s.a - TOL <= p && p <= s.b + TOL);
}

interface Grid {
  left: number;
  right: number;
  top: number;
  bottom: number;
  h: Seg[];
  v: Seg[];
}

/** Groups of horizontal and vertical rules that touch each other: one group per table. */
function findGrids(rules: Rule[]): Grid[] {
  const { h, v } = splitRules(rules);
  const all = [...h.map((s) => ({ s, horizontal: true })), ...v.map((s) => ({ s, horizontal: false }))];
  if (all.length > 20000) return [];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touches = (p: Seg, q: Seg) => q.a - TOL <= p.at && p.at <= q.b + TOL && p.a - TOL <= q.at && q.at <= p.b + TOL;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[i]!.horizontal === all[j]!.horizontal) continue;
      const [hh, vv] = all[i]!.horizontal ? [all[i]!.s, all[j]!.s] : [all[j]!.s, all[i]!.s];
      if (touches(hh, vv)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, { h: Seg[]; v: Seg[] }>();
  all.forEach((e, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (e.horizontal ? g.h : g.v).push(e.s);
    groups.set(find(i), g);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const ys = clusterValues(g.h.map((s) => s.at));
    const xs = clusterValues(g.v.map((s) => s.at));
    if (ys.length < 2 || xs.length < 2) continue;
    grids.push({ left: xs[0]!, right: xs.at(-1)!, top: ys[0]!, bottom: ys.at(-1)!, h: g.h, v: g.v });
  }
  return grids;
}

function inside(grid: Grid, item: TextItem): boolean {
  const cx = item.x + item.w / 2;
  const cy = item.y - item.size * 0.35;
  return cx > grid.left && cx < grid.right && cy > grid.top && cy < grid.bottom;
}

const UNIT_END = /[局委办院会部心府司所队站厅处室组校馆团社行场]$/;

/** A cell's lines as its text: wrapped lines joined, a short line (or a list of units) ends a paragraph. */
function cellText(lines: Line[], right: number): string {
  let text = '';
  let prev: Line | undefined;
  for (const line of lines) {
    if (!prev) text = line.text;
    else {
      const short = prev.x2 + line.size * 1.1 < right - 2;
      const unitList = / /.test(text) && UNIT_END.test(prev.text);
      if (unitList) text = `${text} ${line.text}`;
      else if (short && (/[。；;：:！？]$/.test(prev.text) || hasTypedMarker(line.text))) text = `${text}\n${line.text}`;
      else text = joinText(text, line.text, true);
    }
    prev = line;
  }
  return text;
}

/** A ruled table's rows: bands between horizontal rules, cells between the vertical rules that cross each band. */
function readGrid(grid: Grid, items: TextItem[], page: number): TableRows {
  const ys = clusterValues(grid.h.map((s) => s.at));
  const columns = clusterValues(grid.v.map((s) => s.at));
  interface Region {
    x1: number;
    x2: number;
    top: number;
    bottom: number;
    text?: string;
  }
  // the regions of each band, merged upwards where the rule between two bands is missing
  const bands: Region[][] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const top = ys[r]!;
    const bottom = ys[r + 1]!;
    if (bottom - top < 1) continue;
    const mid = (top + bottom) / 2;
    const xs = columns.filter((x) => covered(grid.v, x, mid));
    const regions: Region[] = [];
    for (let c = 0; c + 1 < xs.length; c++) {
      const x1 = xs[c]!;
      const x2 = xs[c + 1]!;
      const above = bands.at(-1)?.find((g) => Math.abs(g.x1 - x1) <= TOL && Math.abs(g.x2 - x2) <= TOL);
      if (above && !covered(grid.h, top, (x1 + x2) / 2)) {
        above.bottom = bottom;
        regions.push(above);
      } else regions.push({ x1, x2, top, bottom });
    }
    bands.push(regions);
  }
  const unique = [...new Set(bands.flat())];
  for (const region of unique) {
    const own = items.filter((i) => {
      const cx = i.x + i.w / 2;
      const cy = i.y - i.size * 0.35;
      return cx > region.x1 && cx < region.x2 && cy > region.top && cy < region.bottom;
    });
    region.text = cellText(buildLines(own, page, true), region.x2);
  }
  // the header band's columns are the table's: a band on those columns fills them (a span repeats), another keeps its own cells
  const header = bands[0] ?? [];
  const width = Math.max(...bands.map((b) => b.length), 1);
  const rows = bands.map((regions) => {
    const onColumns = regions.every((g) => header.some((h) => Math.abs(h.x1 - g.x1) <= TOL) || Math.abs(g.x1 - grid.left) <= TOL);
    if (onColumns && header.length >= regions.length) {
      return header.map((h) => regions.find((g) => g.x1 - TOL <= h.x1 && h.x2 <= g.x2 + TOL)?.text ?? '');
    }
    const cells = regions.map((g) => g.text ?? '');
    while (cells.length < width) cells.push('');
    return cells;
  });
  return { kind: 'table', page, top: grid.top, bottom: grid.bottom, columns, rows };
}

// ---------------------------------------------------------------- unruled tables

/** A run of a line's text with no gap wider than GAP_CHARS characters in it. */
interface Segment {
  x1: number;
  x2: number;
  items: TextItem[];
}

/** Wider than this many characters (justified prose spreads its words by less than half a character), a gap between two pieces of a line separates columns, not words. */
const GAP_CHARS = 1.5;
/** A header label is a short name, not a sentence. */
const HEADER_LABEL = /^[^。；;，,：:]{1,10}$/;

/** Estimated advance of a piece of an item: Chinese and full-width characters one em, others half. */
const units = (s: string) => [...s].reduce((n, c) => n + (isCjk(c) ? 1 : 0.5), 0);

/** An item cut where it holds spaces wider than a column gap (a table typed with spaces is one text run). */
function splitAtSpaces(item: TextItem): TextItem[] {
  if (!item.str.trim()) return [];
  if (!/\s/.test(item.str.trim())) return [item];
  const total = units(item.str);
  const scale = item.w > 0 && total > 0 ? item.w / total : item.size;
  const out: TextItem[] = [];
  let piece: TextItem | null = null;
  let offset = 0;
  for (const part of item.str.split(/(\s+)/)) {
    const width = units(part) * scale;
    if (!part.trim() && (!piece || width > GAP_CHARS * item.size)) piece = null;
    else if (piece) {
      piece.str += part;
      piece.w = item.x + offset + width - piece.x;
    } else out.push((piece = { ...item, str: part, x: item.x + offset, w: width }));
    offset += width;
  }
  return out;
}

/** A line's segments: its pieces, joined where the gap between them is at most GAP_CHARS characters. */
function segmentsOf(row: TextItem[]): Segment[] {
  const segments: Segment[] = [];
  for (const item of row.flatMap(splitAtSpaces)) {
    const last = segments.at(-1);
    if (last && item.x - last.x2 <= GAP_CHARS * item.size) {
      last.items.push(item);
      last.x2 = Math.max(last.x2, item.x + item.w);
    } else segments.push({ x1: item.x, x2: item.x + item.w, items: [item] });
  }
  return segments;
}

interface Band {
  x1: number;
  x2: number;
  /** Start and centre of the band's first body segment: later ones line up with one of them. */
  start?: number;
  centre?: number;
}

const segText = (s: Segment) => s.items.map((i) => i.str).join('').replace(/\s+/g, '');

/**
 * The band of each segment of a line, or null when the line does not fit the bands: a segment goes to
 * the band its centre falls in (bands split halfway between their ink), must not cover another band's
 * ink and must line up (start or centre, within a character) with the band's earlier body text.
 */
function placeRow(segments: Segment[], bands: Band[]): number[] | null {
  const slots: number[] = [];
  for (const s of segments) {
    const size = s.items[0]!.size;
    const centre = (s.x1 + s.x2) / 2;
    let slot = 0;
    while (slot + 1 < bands.length && centre > (bands[slot]!.x2 + bands[slot + 1]!.x1) / 2) slot++;
    const band = bands[slot]!;
    if (slots.length && slot <= slots.at(-1)!) return null;
    if (bands.some((b, i) => i !== slot && s.x1 < b.x2 - 0.5 * size && s.x2 > b.x1 + 0.5 * size)) return null;
    if (band.start !== undefined && Math.abs(s.x1 - band.start) > size && Math.abs(centre - band.centre!) > size) return null;
    slots.push(slot);
  }
  return slots;
}

/**
 * An unruled table starting at `rows[start]`: a header of ≥ 3 short labels, then lines whose segments
 * fit its bands. A line with text in the first band starts a row; one without continues the row above
 * (a cell wrapped inside its band). Null unless ≥ 2 body rows follow.
 */
function readAligned(rows: TextItem[][], start: number, page: number): { table: TableRows; end: number } | null {
  const header = segmentsOf(rows[start]!);
  if (header.length < 3 || !header.every((s) => HEADER_LABEL.test(segText(s)))) return null;
  const bands: Band[] = header.map((s) => ({ x1: s.x1, x2: s.x2 }));
  const records: TextItem[][][] = [header.map((s) => s.items)];
  let end = start + 1;
  for (let j = start + 1; j < rows.length; j++) {
    const row = rows[j]!;
    const above = rows[j - 1]![0]!;
    if (row[0]!.y - above.y > 3 * Math.max(above.size, row[0]!.size)) break;
    const segments = segmentsOf(row);
    const slots = placeRow(segments, bands);
    if (!slots) break;
    if (slots[0] === 0) {
      if (segments.length < 2) break; // a lone short line in the first column is text after the table
      records.push(bands.map(() => []));
    }
    segments.forEach((s, k) => {
      const band = bands[slots[k]!]!;
      if (records.length > 1 && band.start === undefined) [band.start, band.centre] = [s.x1, (s.x1 + s.x2) / 2];
      band.x1 = Math.min(band.x1, s.x1);
      band.x2 = Math.max(band.x2, s.x2);
      records.at(-1)![slots[k]!]!.push(...s.items);
    });
    end = j + 1;
  }
  if (records.length < 3) return null;
  const first = rows[start]![0]!;
  const last = rows[end - 1]![0]!;
  return { table: { kind: 'table', page, top: first.y - first.size, bottom: last.y, columns: bands.map((b) => b.x1), rows: cellsOf(records, bands, page) }, end };
}

/** The rows' cells: each cell's lines joined as a ruled cell's are. */
function cellsOf(records: TextItem[][][], bands: Band[], page: number): string[][] {
  const cells = records.map((record) => record.map((items, c) => cellText(buildLines(items, page, true), bands[c]!.x2)));
  // a body cell left empty is most often a merged cell printed once, in its first row: the row is short, as a
  // text table's is, and table-grid infers which columns its cells are in
  return cells.map((r, i) => (i === 0 ? r : r.filter(Boolean)));
}

/** The page's unruled tables, and the items left for paragraphs. */
function alignedTables(items: TextItem[], page: number): { tables: TableRows[]; rest: TextItem[] } {
  const rows = baselineGroups(items);
  const tables: TableRows[] = [];
  const rest: TextItem[] = [];
  for (let i = 0; i < rows.length; ) {
    const found = readAligned(rows, i, page);
    if (found) {
      tables.push(found.table);
      i = found.end;
    } else rest.push(...rows[i++]!);
  }
  return { tables, rest };
}

// ---------------------------------------------------------------- pages

const PAGE_NUMBER = [
  /^[-－—–~～\s]*\d{1,4}[-－—–~～\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d+(\s*of\s*\d+)?$/i,
];

export const isPageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** Lines in the top or bottom tenth of a page that are page numbers, or repeat (digits aside) on most pages. */
function dropFurniture(pages: { height: number; lines: Line[] }[]): void {
  const key = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, '');
  const band = (p: { height: number }, l: Line) => l.y < p.height * 0.1 || l.y > p.height * 0.9;
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const k of new Set(p.lines.filter((l) => band(p, l)).map((l) => key(l.text)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k: string) => pages.length >= 2 && (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.5));
  for (const p of pages) {
    const first = p.lines[0];
    const last = p.lines.at(-1);
    p.lines = p.lines.filter((l) => {
      const edge = l === first || l === last || band(p, l);
      if (!edge) return true;
      if (isPageNumber(l.text) && (l === last || l === first || band(p, l))) return false;
      return !(band(p, l) && repeated(key(l.text)));
    });
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Infinity;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** The left margin: the leftmost start that many lines share (the mode would be the first-line indent of a text of short paragraphs). */
function leftMargin(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  const enough = Math.max(2, values.length * 0.1);
  const shared = [...counts].filter(([, c]) => c >= enough).map(([v]) => v);
  return shared.length ? Math.min(...shared) : mode(values);
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

export interface LayoutResult {
  blocks: Block[];
  tables: number;
}

/** Pages → blocks: the reading order of lines and tables, top to bottom on each page. */
export function layoutToBlocks(pages: LayoutPage[]): LayoutResult {
  const perPage = pages.map((p, index) => {
    const grids = findGrids(p.rules).filter((g) => p.items.some((i) => inside(g, i)));
    const tables = grids.map((g) => readGrid(g, p.items.filter((i) => inside(g, i)), index));
    // unruled tables only outside the ruled grids: a ruled table's text is read once
    const aligned = alignedTables(p.items.filter((i) => !grids.some((g) => inside(g, i))), index);
    const all = [...tables, ...aligned.tables];
    return { height: p.height, width: p.width, lines: buildLines(aligned.rest, index, false), tables: all };
  });
  dropFurniture(perPage);
  const body = perPage.flatMap((p) => p.lines);
  const left = leftMargin(body.map((l) => l.x1));
  const sizes = mode(body.map((l) => l.size * 10)) / 10;
  // the right margin: the median end of the long lines (hanging punctuation overshoots it)
  const far = percentile(body.map((l) => l.x2), 0.95);
  const right = percentile(body.filter((l) => l.x2 > left + 0.75 * (far - left)).map((l) => l.x2), 0.5);
  const elements: Element[] = perPage.flatMap((p) =>
    [...p.lines.map((line): Element => ({ kind: 'line', line })), ...p.tables].sort((a, b) => top(a) - top(b)),
  );

  const blocks: Block[] = [];
  let lineNo = 1;
  let paragraph = 0;
  let tables = 0;
  let open: { lines: Line[] } | null = null;
  let lastTable: { number: number; header: string[]; columns: number[]; rows: string[][] } | null = null;
  let titled = false;
  const flush = () => {
    if (!open) return;
    // a line break inside a paragraph is a space only between two Latin words (numbers wrap without one)
    const text = normalizeLine(open.lines.reduce((t, l) => joinText(t, l.text, /[A-Za-z]$/.test(t) && /^[A-Za-z]/.test(l.text)), ''));
    const first = open.lines[0]!;
    open = null;
    if (!text) return;
    const hint: BlockHint = {};
    if (!titled && first.page === 0 && first.size > sizes + 1.5) hint.title = titled = true;
    if (hasTypedMarker(text)) hint.marker = 'typed';
    const location = { line: lineNo, paragraph: ++paragraph };
    blocks.push(Object.keys(hint).length ? { text, location, hint } : { text, location });
    lineNo++;
  };
  let prev: Element | null = null;
  for (const el of elements) {
    if (el.kind === 'line') {
      const line = el.line;
      const last: Line | undefined = open?.lines.at(-1);
      if (open && last && continues(last, line, left, right)) open.lines.push(line);
      else {
        flush();
        open = { lines: [line] };
      }
      lastTable = null;
    } else {
      flush();
      const continued = lastTable && prev?.kind === 'table' && prev.page === el.page - 1 && sameColumns(lastTable.columns, el.columns);
      let rows = el.rows.filter((r) => r.some(Boolean));
      if (continued && lastTable) {
        if (rows[0] && rows[0].join('|') === lastTable.header.join('|')) rows = rows.slice(1);
        const before = lastTable.rows.at(-1);
        const next = rows[0];
        if (before && next && !next[0] && before[0] && next.every((c, i) => !c || (before[i] && !/[。]$/.test(before[i]!)))) {
          const joined = before.map((c, i) => normalizeLine(joinText(c, next[i] ?? '', true)));
          const lastBlock = blocks.at(-1)!;
          lastBlock.cells = joined;
          lastBlock.text = joined.filter(Boolean).join(' ');
          lastTable.rows[lastTable.rows.length - 1] = joined;
          rows = rows.slice(1);
        }
      } else {
        lastTable = { number: ++tables, header: rows[0] ?? [], columns: el.columns, rows: [] };
      }
      for (const row of rows) {
        const cells = row.map((c) => c.split('\n').map(normalizeLine).filter(Boolean).join('\n'));
        blocks.push({ text: cells.filter(Boolean).join(' '), cells, table: lastTable!.number, location: { line: lineNo++, table: lastTable!.number, row: lastTable!.rows.length + 1 } });
        lastTable!.rows.push(cells);
      }
    }
    prev = el;
  }
  flush();
  return { blocks, tables };
}

function top(e: Element): number {
  return e.kind === 'line' ? e.line.y - e.line.size : e.top;
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3 * TOL);
}

/** Whether `line` goes on the paragraph that `last` ends: `last` is full, `line` starts at the margin, close below it (or atop the next page). */
function continues(last: Line, line: Line, left: number, right: number): boolean {
  if (Math.abs(last.size - line.size) > 1) return false;
  const centred = (l: Line) => l.x1 - left > 0.25 * l.size && Math.abs(l.x1 - left - (right - l.x2)) < l.size;
  if (line.page === last.page) {
    const gap = line.y - last.y;
    // a centred title that wraps: both lines centred on the body, the first one wide
    if (centred(last) && centred(line)) return gap > 0 && gap <= last.size * 3 && last.x2 - last.x1 > 0.7 * (right - left);
    if (gap <= 0 || gap > last.size * 2.2) return false;
  } else if (line.page !== last.page + 1) return false;
  const full = last.x2 + line.size * 0.9 >= right;
  const atMargin = Math.abs(line.x1 - left) <= line.size * 0.5;
  const lastAtMargin = last.x1 <= left + line.size * 2.5;
  return full && atMargin && lastAtMargin;
}
