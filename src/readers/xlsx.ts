/**
 * Excel task sheets (任务分解表.xlsx, and WPS's .et saved as xlsx) → table
 * rows, through exceljs (already the writer of plan-parse's own workbook).
 * The sheet read is the first one with a task header (a row naming the task
 * and its owner or deadline columns), else the first with cells; a merged
 * cell's value fills every cell of its range (the sheet's merge list), like a
 * merged Word cell; rows above the header that hold one text (the sheet's
 * title) are paragraphs.
 */
import type { Block, ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';
import { normalizeLine } from '../text/normalize.js';
import { checkExpansion, openZip } from '../fs/zip.js';

const TASK_WORD = /任务|事项|工作|内容|项目|措施|目标/;
const COLUMN_WORD = /责任|牵头|配合|单位|部门|时限|时间|期限|完成/;

/** Rows and columns read from one sheet at most (a sheet of a million rows is no task list). */
export const MAX_SHEET_ROWS = 20_000;
export const MAX_SHEET_COLUMNS = 64;

function cellText(value: unknown, text: string): string {
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return text;
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<ReadResult> {
  try {
    const refused = checkExpansion((await openZip(bytes)).entries, bytes.byteLength);
    if (refused) throw inputError(file, `refused to unpack the workbook: ${refused}`);
  } catch (err) {
    if ((err as Error).name === 'PlanParseError') throw err;
    throw inputError(file, `corrupt zip archive (${(err as Error).message})`);
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw inputError(file, `the Excel workbook is damaged: ${((err as Error).message || String(err)).split('\n')[0]}`);
  }
  const sheets = workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    const last = Math.min(sheet.rowCount, MAX_SHEET_ROWS);
    const width = Math.min(sheet.columnCount, MAX_SHEET_COLUMNS);
    for (let r = 1; r <= last; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const source = cell.isMerged ? cell.master : cell;
        cells.push(cellText(source.value, source.text ?? '').split(/\r?\n/).map(normalizeLine).filter(Boolean).join('\n'));
      }
      rows.push(cells);
    }
    const header = rows.findIndex((cells, i) => i < 20 && cells.some((c) => TASK_WORD.test(c) && c.length <= 12) && cells.some((c) => COLUMN_WORD.test(c) && c.length <= 12));
    return { rows, header };
  });
  const sheet = sheets.find((s) => s.header >= 0) ?? sheets.find((s) => s.rows.some((r) => r.some(Boolean)));
  if (!sheet) throw inputError(file, 'the Excel workbook has no cells');
  const blocks: Block[] = [];
  let line = 1;
  const start = Math.max(0, sheet.header);
  sheet.rows.forEach((cells, i) => {
    const filled = cells.filter(Boolean);
    if (filled.length === 0) return;
    if (i < start || (i > start && new Set(filled).size === 1 && filled.length === cells.length && i === sheet.rows.length - 1)) {
      blocks.push({ text: normalizeLine([...new Set(filled)].join(' ')), location: { line: line++ } });
      return;
    }
    const row = blocks.filter((b) => b.cells).length + 1;
    blocks.push({ text: filled.join(' '), cells, table: 1, location: { line: line++, table: 1, row } });
  });
  if (blocks.length === 0) throw inputError(file, 'the Excel workbook has no cells');
  return { format: 'xlsx', encoding: 'utf-8', blocks, signals: ['tables', 'sheet'], messages: [] };
}
