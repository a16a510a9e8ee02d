/**
 * mammoth's HTML back into paragraphs and tables. mammoth writes a small,
 * regular HTML (p, h1-6, ol/ul/li, table/tr/td with rowspan/colspan, inline
 * tags, br), so a tag scan is enough; the sentinels written into the XML tell
 * which Word paragraph each run of text belongs to.
 */
import { decodeXmlEntities } from './xml.js';
import { largest } from '../../text/lists.js';

export interface HtmlParagraph {
  /** The Word paragraph number from its sentinel; null for text mammoth made up itself. */
  index: number | null;
  /** The paragraph's text, split at soft line breaks (`<br />`). */
  lines: string[];
}

export interface HtmlCell {
  paragraphs: HtmlParagraph[];
  colspan: number;
  rowspan: number;
}

export type HtmlItem =
  | { kind: 'paragraph'; paragraph: HtmlParagraph }
  | { kind: 'table'; rows: HtmlCell[][] };

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ol', 'ul', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'div', 'blockquote', 'pre']);
const SENTINEL = /\uE000(\d+)\uE001/g;

function spanAttr(attrs: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
  return m ? clampSpan(Number(m[1])) : 1;
}

class HtmlReader {
  readonly items: HtmlItem[] = [];
  private current: HtmlParagraph | null = null;
  private tableDepth = 0;
  private rows: HtmlCell[][] = [];
  private cell: HtmlCell | null = null;

  read(html: string): HtmlItem[] {
    const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
    let m: RegExpExecArray | null;
    while ((m = token.exec(html))) {
      if (m[4] !== undefined) this.text(decodeXmlEntities(m[4]));
      else this.tag(m[2]!.toLowerCase(), m[1] === '/', m[3] ?? '');
    }
    this.finishParagraph();
    return this.items;
  }

  private tag(name: string, closing: boolean, attrs: string): void {
    if (name === 'br') {
      (this.current ??= { index: null, lines: [''] }).lines.push('');
      return;
    }
    if (!BLOCK_TAGS.has(name)) return;
    this.finishParagraph();
    if (name === 'table') this.tableTag(closing);
    else if (this.tableDepth === 1 && !closing && name === 'tr') this.rows.push([]);
    else if (this.tableDepth === 1 && !closing && (name === 'td' || name === 'th')) {
      this.cell = { paragraphs: [], colspan: spanAttr(attrs, 'colspan'), rowspan: spanAttr(attrs, 'rowspan') };
      if (this.rows.length === 0) this.rows.push([]);
      this.rows[this.rows.length - 1]!.push(this.cell);
    }
  }

  /** Nested tables are flattened into the cell that holds them. */
  private tableTag(closing: boolean): void {
    if (!closing) {
      if (this.tableDepth++ === 0) {
        this.rows = [];
        this.cell = null;
      }
      return;
    }
    if (this.tableDepth === 0) return;
    if (--this.tableDepth === 0) {
      this.items.push({ kind: 'table', rows: this.rows });
      this.cell = null;
    }
  }

  private text(s: string): void {
    let last = 0;
    for (const m of s.matchAll(SENTINEL)) {
      this.append(s.slice(last, m.index));
      this.finishParagraph();
      this.current = { index: Number(m[1]), lines: [''] };
      last = m.index + m[0].length;
    }
    this.append(s.slice(last));
  }

  private append(s: string): void {
    if (!s) return;
    const p = (this.current ??= { index: null, lines: [''] });
    p.lines[p.lines.length - 1] += s;
  }

  private finishParagraph(): void {
    const p = this.current;
    this.current = null;
    if (!p) return;
    if (this.tableDepth > 0) this.cell?.paragraphs.push(p);
    else this.items.push({ kind: 'paragraph', paragraph: p });
  }
}

export function readMammothHtml(html: string): HtmlItem[] {
  return new HtmlReader().read(html);
}

/** Real tables are a few dozen columns wide: a span beyond this is damage, and would multiply the grid. */
export const MAX_SPAN = 200;
/** The expanded grid holds at most this many slots, or this many per cell of the table when more. */
export const MAX_GRID_SLOTS = 200_000;
const GRID_GROWTH = 8;

/** A colspan/rowspan as a count of 1…MAX_SPAN. */
export function clampSpan(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.trunc(n), MAX_SPAN) : 1;
}

type SpanCell<T> = { value: T; colspan: number; rowspan: number };

/**
 * Expand a table to a full grid: a cell spanning rows or columns repeats in
 * every slot it covers, so each row reads on its own (a merged category
 * column gives every task row its category). The work is bounded by the
 * table's size: a grid that would outgrow its budget is laid out without its
 * spans, and one still too big (a row of 100,000 cells over 100,000 rows of
 * one) keeps its rows as they are, unpadded. No cell is ever dropped.
 */
export function expandGrid<T>(rows: SpanCell<T>[][], empty: T): T[][] {
  const cells = rows.reduce((n, row) => n + row.length, 0);
  const budget = Math.max(MAX_GRID_SLOTS, cells * GRID_GROWTH);
  return layoutGrid(rows, empty, budget, true) ?? layoutGrid(rows, empty, budget, false) ?? rows.map((row) => row.map((c) => c.value));
}

function layoutGrid<T>(rows: SpanCell<T>[][], empty: T, budget: number, spans: boolean): T[][] | null {
  const grid: (T | undefined)[][] = rows.map(() => []);
  let slots = 0;
  for (let r = 0; r < rows.length; r++) {
    let col = 0;
    for (const cell of rows[r]!) {
      const colspan = spans ? clampSpan(cell.colspan) : 1;
      const rowspan = spans ? Math.min(clampSpan(cell.rowspan), rows.length - r) : 1;
      // skipping covered slots costs at most the slots filled so far
      while (grid[r]![col] !== undefined) col++;
      slots += rowspan * colspan;
      if (slots > budget) return null;
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![col + dc] = cell.value;
      }
      col += colspan;
    }
  }
  const width = largest(grid, (row) => row.length, 0);
  if (width * rows.length > budget) return null;
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? empty));
}
