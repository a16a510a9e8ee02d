/**
 * Spreadsheets (xlsx, and the legacy binary .xls/.et) → blocks, once for both
 * readers: each reader turns its workbook into sheets of cell texts (a merged
 * cell's text already filling its whole range), and this module picks the
 * sheet and makes its rows table blocks. The sheet read is the first one with
 * a task header (a row naming the task and its owner or deadline columns),
 * else the first with cells; rows above the header that hold one text (the
 * sheet's title) are paragraphs.
 */
import type { Block, ReadResult } from '../model/block.js';
import type { SourceFormat } from '../model/plan.js';
import { inputError } from '../errors.js';
import { normalizeLine } from '../text/normalize.js';
import { tableLexicon } from '../lexicon/tables.js';

/** The column words that make a row a task table's header: it names owners or a deadline (as the table model's header). */
const { lead, responsible, support, deadline } = tableLexicon.tableColumns;
const ASSIGNMENT_WORDS = [...lead, ...responsible, ...support, ...deadline];
const HEADER_CELL_MAX = 12;

/** Rows and columns read from one sheet at most (a sheet of a million rows is no task list). */
export const MAX_SHEET_ROWS = 20_000;
export const MAX_SHEET_COLUMNS = 64;

/** One sheet: rows of cell texts, every row as wide as the sheet. */
export type SheetRows = string[][];

/** A cell's value as a plan writes it: dates `2024年5月31日`, lines normalised, empty lines dropped. */
export function cellText(value: unknown, text: string): string {
  const written = value instanceof Date ? `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日` : text;
  return written.split(/\r?\n/).map(normalizeLine).filter(Boolean).join('\n');
}

function namesAssignment(cell: string): boolean {
  const label = cell.replace(/\s/g, '');
  return label.length <= HEADER_CELL_MAX && ASSIGNMENT_WORDS.some((w) => label.includes(w));
}

/** The header: one of the first 20 rows, of two or more labels, one naming owners or a deadline. */
function headerRow(rows: SheetRows): number {
  return rows.findIndex((cells, i) => i < 20 && new Set(cells.filter(Boolean)).size >= 2 && cells.some(namesAssignment));
}

export function sheetsToResult(sheets: SheetRows[], file: string, format: SourceFormat): ReadResult {
  const read = sheets.map((rows) => ({ rows, header: headerRow(rows) }));
  const sheet = read.find((s) => s.header >= 0) ?? read.find((s) => s.rows.some((r) => r.some(Boolean)));
  if (!sheet) throw inputError(file, 'the Excel workbook has no cells');
  const blocks: Block[] = [];
  let line = 1;
  const start = Math.max(0, sheet.header);
  sheet.rows.forEach((cells, i) => {
    const filled = cells.filter(Boolean);
    if (filled.length === 0) return;
    // the title above the header, and a last row of one merged text (a 备注 or signature line)
    if (i < start || (i > start && new Set(filled).size === 1 && filled.length === cells.length && i === sheet.rows.length - 1)) {
      blocks.push({ text: normalizeLine([...new Set(filled)].join(' ')), location: { line: line++ } });
      return;
    }
    const row = blocks.filter((b) => b.cells).length + 1;
    blocks.push({ text: filled.join(' '), cells, table: 1, location: { line: line++, table: 1, row } });
  });
  if (blocks.length === 0) throw inputError(file, 'the Excel workbook has no cells');
  return { format, encoding: 'utf-8', blocks, signals: ['tables', 'sheet'], messages: [] };
}
