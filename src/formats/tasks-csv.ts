/**
 * tasks.csv: the task sheet of the workbook as CSV, for tools and for people
 * without Excel — the same columns, dates as ISO text. UTF-8 with a BOM and
 * CRLF line ends (written by the caller), so Excel opens the Chinese intact.
 */
import type { Lang } from '../i18n/index.js';
import { catalog } from '../i18n/index.js';
import { taskRows } from './plan-rows.js';
import { filePrefix, TASK_COLUMNS, type PlanSource } from './xlsx.js';

/**
 * RFC 4180: quote fields with a comma, a quote, a line break or edge spaces.
 * A text that Excel would run as a formula (`=`, `+`, `@`, or `-` before a
 * non-number) gets a leading apostrophe, which Excel shows as plain text.
 */
function csvField(value: unknown): string {
  const raw = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  const text = typeof value === 'string' && /^(?:[=+@]|-(?![\d.]))/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function* taskCsvLines(plans: PlanSource, lang: Lang): AsyncGenerator<string> {
  const table = catalog(lang).table;
  yield TASK_COLUMNS.map((c) => csvField(c.header(table))).join(',');
  const counter = { next: 1 };
  let index = 0;
  for await (const plan of plans()) {
    for (const row of taskRows(plan, lang, counter, filePrefix(index))) yield TASK_COLUMNS.map((c) => csvField(c.value(row))).join(',');
    index++;
  }
}
