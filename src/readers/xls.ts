/**
 * Legacy binary workbooks (Excel 97–2003 .xls, Excel 5/95, and WPS
 * Spreadsheets' OLE .et, which keep the same BIFF records) → sheets of cell
 * texts, through SheetJS (the only maintained BIFF reader for Node; see the
 * README's dependency table for why this republish). Loaded only when an OLE
 * file holds a `Workbook`/`Book` stream; sheet.ts makes the blocks.
 */
import type { ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';
import { cellText, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, sheetsToResult, type SheetRows } from './sheet.js';

type SheetJS = typeof import('@e965/xlsx');
type WorkSheet = import('@e965/xlsx').WorkSheet;
type CellObject = import('@e965/xlsx').CellObject;

async function loadSheetJS(): Promise<SheetJS> {
  const XLSX = await import('@e965/xlsx');
  // Excel 5/95 files store text in the workbook's code page (936 for Chinese)
  XLSX.set_cptable(await import('@e965/xlsx/dist/cpexcel.full.mjs'));
  return XLSX;
}

/**
 * A cell's text; a number formatted as a date is written as a plan writes it
 * (`2023年12月31日`), from the serial's calendar fields so that no time zone
 * shifts the day.
 */
function cellOf(XLSX: SheetJS, cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
    const { y, m, d } = XLSX.SSF.parse_date_code(cell.v) as { y: number; m: number; d: number };
    return `${y}年${m}月${d}日`;
  }
  return cellText(cell.v, cell.w ?? String(cell.v));
}

/** A sheet's rows, a merged range's first cell filling the whole range. */
function sheetRows(XLSX: SheetJS, sheet: WorkSheet): SheetRows {
  if (!sheet['!ref']) return [];
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const height = Math.min(range.e.r + 1, MAX_SHEET_ROWS);
  const width = Math.min(range.e.c + 1, MAX_SHEET_COLUMNS);
  const rows: SheetRows = [];
  for (let r = 0; r < height; r++) {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) cells.push(cellOf(XLSX, sheet[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined));
    rows.push(cells);
  }
  for (const merge of sheet['!merges'] ?? []) {
    const text = rows[merge.s.r]?.[merge.s.c] ?? '';
    for (let r = merge.s.r; r <= Math.min(merge.e.r, height - 1); r++) {
      for (let c = merge.s.c; c <= Math.min(merge.e.c, width - 1); c++) rows[r]![c] = text;
    }
  }
  return rows;
}

export async function readXls(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const XLSX = await loadSheetJS();
  let workbook: import('@e965/xlsx').WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellHTML: false, cellFormula: false, sheetRows: MAX_SHEET_ROWS });
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
    if (/password/i.test(why)) throw inputError(file, 'the workbook is password-protected (encrypted)');
    throw inputError(file, `the Excel workbook is damaged: ${why}`);
  }
  const sheets = workbook.SheetNames.map((name) => sheetRows(XLSX, workbook.Sheets[name]!));
  return sheetsToResult(sheets, file, 'xls');
}
