/**
 * `--format xlsx`: the 任务分解表 a clerk would otherwise type — one row per
 * task with the columns of the form (序号 … 原文位置), gaps filled in colour
 * with the rule ids in 问题, a frozen header and an autofilter (filter by
 * 牵头单位); a second sheet 实施步骤 with the phases, a third 问题清单 with the
 * findings. Written with exceljs's streaming writer, sheet after sheet, so a
 * whole archive's workbook never sits in memory: `plans` is called once per
 * sheet and may read the plans again each time.
 */
import { writeStreamAtomic } from '../fs/atomic.js';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { Severity } from '../model/finding.js';
import { catalog, type Catalog, type Lang } from '../i18n/index.js';
import { findingRows, phaseRows, taskRows, type Gap, type PlanInput, type TaskRow } from './plan-rows.js';

export type PlanSource = () => AsyncIterable<PlanInput> | Iterable<PlanInput>;

type Sheet = ExcelJS.Worksheet;
type Table = Catalog['table'];

export interface Column<Row> {
  header: (t: Table) => string;
  width: number;
  value: (row: Row) => ExcelJS.CellValue;
  /** Long text: wrapped in its cell. */
  wrap?: boolean;
  /** Which gap paints this cell. */
  gap?: (row: Row) => Gap;
  numFmt?: string;
}

/** Excel's own "Bad" / "Neutral" / a light blue: fills a clerk recognises. */
const FILL: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warning: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  info: { fill: 'FFDDEBF7', font: 'FF1F4E78' },
};

/** A full ISO date as an Excel date (filterable by month and year); a month-day stays text. */
function excelDate(iso: string): ExcelJS.CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

/** Excel refuses a cell over 32,767 characters; a plan's paragraph rarely gets near, a pasted annex can. */
const CELL_LIMIT = 32_000;
function excelText(text: string): string {
  return text.length > CELL_LIMIT ? text.slice(0, CELL_LIMIT) + '…' : text;
}

const worstOf = (gaps: Gap[]): Gap => (['error', 'warning', 'info'] as const).find((s) => gaps.includes(s)) ?? null;
const ownerGap = (r: TaskRow) => r.ownerGap;
const deadlineGap = (r: TaskRow) => r.deadlineGap;

export const TASK_COLUMNS: Column<TaskRow>[] = [
  { header: (t) => t.number, width: 6, value: (r) => r.number },
  { header: (t) => t.task, width: 32, value: (r) => r.title, wrap: true },
  { header: (t) => t.content, width: 60, value: (r) => excelText(r.content), wrap: true },
  { header: (t) => t.lead, width: 18, value: (r) => r.lead, wrap: true, gap: ownerGap },
  { header: (t) => t.responsibleUnits, width: 18, value: (r) => r.responsibleUnits, wrap: true, gap: ownerGap },
  { header: (t) => t.support, width: 18, value: (r) => r.support, wrap: true, gap: ownerGap },
  { header: (t) => t.responsiblePeople, width: 14, value: (r) => r.responsiblePeople, wrap: true, gap: ownerGap },
  { header: (t) => t.supervisors, width: 14, value: (r) => r.supervisors, wrap: true },
  { header: (t) => t.deadlineText, width: 20, value: (r) => r.deadlineText, wrap: true, gap: deadlineGap },
  { header: (t) => t.deadlineDate, width: 12, value: (r) => excelDate(r.deadlineDate), gap: deadlineGap, numFmt: 'yyyy-mm-dd' },
  { header: (t) => t.phase, width: 14, value: (r) => r.phase, wrap: true },
  { header: (t) => t.section, width: 24, value: (r) => r.section, wrap: true },
  { header: (t) => t.location, width: 18, value: (r) => r.location, wrap: true },
  { header: (t) => t.problems, width: 22, value: (r) => r.ruleIds.join('\n'), wrap: true, gap: (r) => worstOf([r.ownerGap, r.deadlineGap, r.ruleIds.length ? 'info' : null]) },
  { header: (t) => t.document, width: 30, value: (r) => r.document, wrap: true },
  { header: (t) => t.file, width: 30, value: (r) => r.file, wrap: true },
];

type PhaseRowOf = ReturnType<typeof phaseRows>[number] & { number: number };
const PHASE_COLUMNS: Column<PhaseRowOf>[] = [
  { header: (t) => t.number, width: 6, value: (r) => r.number },
  { header: (t) => t.phaseName, width: 20, value: (r) => r.name, wrap: true },
  { header: (t) => t.phaseStart, width: 12, value: (r) => excelDate(r.start), numFmt: 'yyyy-mm-dd' },
  { header: (t) => t.phaseEnd, width: 12, value: (r) => excelDate(r.end), numFmt: 'yyyy-mm-dd' },
  { header: (t) => t.phaseSpan, width: 24, value: (r) => r.span },
  { header: (t) => t.phaseText, width: 60, value: (r) => excelText(r.text), wrap: true },
  { header: (t) => t.location, width: 18, value: (r) => r.location, wrap: true },
  { header: (t) => t.document, width: 30, value: (r) => r.document, wrap: true },
  { header: (t) => t.file, width: 30, value: (r) => r.file, wrap: true },
];

type FindingRowOf = ReturnType<typeof findingRows>[number] & { number: number };
const FINDING_COLUMNS: Column<FindingRowOf>[] = [
  { header: (t) => t.number, width: 6, value: (r) => r.number },
  { header: (t) => t.severity, width: 8, value: (r) => r.severityText, gap: (r) => r.severity },
  { header: (t) => t.rule, width: 22, value: (r) => r.ruleId },
  { header: (t) => t.message, width: 60, value: (r) => r.message, wrap: true },
  { header: (t) => t.task, width: 32, value: (r) => r.task, wrap: true },
  { header: (t) => t.location, width: 18, value: (r) => r.location, wrap: true },
  { header: (t) => t.document, width: 30, value: (r) => r.document, wrap: true },
  { header: (t) => t.file, width: 30, value: (r) => r.file, wrap: true },
];

function openSheet<Row>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column<Row>[], t: Table): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, activeCell: 'A2' }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width }));
  const header = sheet.addRow(columns.map((c) => c.header(t)));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  return sheet;
}

function addRow<Row>(sheet: Sheet, columns: Column<Row>[], row: Row): void {
  const added = sheet.addRow(columns.map((c) => c.value(row)));
  columns.forEach((column, i) => {
    const cell = added.getCell(i + 1);
    cell.alignment = { vertical: 'top', wrapText: column.wrap === true };
    if (column.numFmt) cell.numFmt = column.numFmt;
    const gap = column.gap?.(row);
    if (gap) {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[gap].fill } };
      cell.font = { color: { argb: FILL[gap].font } };
    }
  });
  added.commit();
}

/** The filter covers the header and every row: Excel then offers it on each column. */
function closeSheet(sheet: Sheet, columns: number, rows: number): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows + 1), column: columns } };
  sheet.commit();
}

async function fill<Row>(sheet: Sheet, columns: Column<Row>[], rows: AsyncIterable<Row[]>): Promise<void> {
  let count = 0;
  for await (const batch of rows) {
    for (const row of batch) addRow(sheet, columns, row);
    count += batch.length;
  }
  closeSheet(sheet, columns.length, count);
}

async function* each<T>(plans: PlanSource, map: (plan: PlanInput, index: number) => T[]): AsyncGenerator<T[]> {
  let index = 0;
  for await (const plan of plans()) yield map(plan, index++);
}

/** Anchor prefix of the n-th file (`f3-`), so tasks of different files never share an id. */
export const filePrefix = (index: number) => `f${index + 1}-`;

export async function writeWorkbook(out: Writable, plans: PlanSource, lang: Lang): Promise<void> {
  const t = catalog(lang).table;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'plan-parse';
  const counter = { next: 1 };
  await fill(openSheet(workbook, t.tasksSheet, TASK_COLUMNS, t), TASK_COLUMNS, each(plans, (p, i) => taskRows(p, lang, counter, filePrefix(i))));
  let phaseNumber = 1;
  const phases = each(plans, (p, i) => phaseRows(p, lang, filePrefix(i)).map((r) => ({ ...r, number: phaseNumber++ })));
  await fill(openSheet(workbook, t.phasesSheet, PHASE_COLUMNS, t), PHASE_COLUMNS, phases);
  let findingNumber = 1;
  const findings = each(plans, (p, i) => findingRows(p, lang, filePrefix(i)).map((r) => ({ ...r, number: findingNumber++ })));
  await fill(openSheet(workbook, t.findingsSheet, FINDING_COLUMNS, t), FINDING_COLUMNS, findings);
  await workbook.commit();
}

/** The workbook in memory, for one command-line run (-o or stdout). */
export async function workbookBytes(plans: PlanSource, lang: Lang): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeWorkbook(sink, plans, lang);
  await finished(sink);
  return Buffer.concat(chunks);
}

/** Straight to a file, through a temporary file beside it: nobody opens half a workbook. */
export async function writeWorkbookFile(path: string, plans: PlanSource, lang: Lang): Promise<void> {
  await writeStreamAtomic(path, (out) => writeWorkbook(out, plans, lang));
}
