/**
 * Excel task sheets (任务分解表.xlsx, and WPS's .et saved as xlsx) → sheets of
 * cell texts, through exceljs (already the writer of plan-parse's own
 * workbook); sheet.ts picks the sheet and makes the blocks. A merged cell's
 * value fills every cell of its range (the sheet's merge list), like a merged
 * Word cell.
 */
import type { ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';
import { checkExpansion, openZip } from '../fs/zip.js';
import { cellText, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, sheetsToResult, type SheetRows } from './sheet.js';

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
  const sheets = workbook.worksheets.map((sheet): SheetRows => {
    const rows: SheetRows = [];
    const last = Math.min(sheet.rowCount, MAX_SHEET_ROWS);
    const width = Math.min(sheet.columnCount, MAX_SHEET_COLUMNS);
    for (let r = 1; r <= last; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const source = cell.isMerged ? cell.master : cell;
        cells.push(cellText(source.value, source.text ?? ''));
      }
      rows.push(cells);
    }
    return rows;
  });
  return sheetsToResult(sheets, file, 'xlsx');
}
