/** `--report`: summary.md — totals, the files with the most gaps, and every failure. */
import { COUNT_FIELDS, zeroCounts, type Counts, type IndexRow } from './rows.js';

export interface Totals extends Counts {
  inputs: number;
  ok: number;
  failed: number;
  skipped: number;
}

export function totalsOf(rows: Iterable<IndexRow>): Totals {
  const t: Totals = { inputs: 0, ok: 0, failed: 0, skipped: 0, ...zeroCounts() };
  for (const row of rows) {
    t.inputs++;
    t[row.status]++;
    for (const field of COUNT_FIELDS) t[field] += row[field];
  }
  return t;
}

const WORST = 20;
const MAX_FAILURES = 200;

/** Markdown table cells: a pipe or a line break would end the cell early. */
const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const gaps = (row: IndexRow) => row.tasksWithoutOwner + row.tasksWithoutDeadline;

function worstSection(rows: IndexRow[]): string[] {
  const worst = rows.filter((r) => r.status === 'ok' && gaps(r) > 0).sort((a, b) => gaps(b) - gaps(a) || (a.path < b.path ? -1 : 1)).slice(0, WORST);
  if (worst.length === 0) return ['No file has a task without an owner or a deadline.'];
  return [
    '| file | tasks | without owner | without deadline |',
    '| --- | ---: | ---: | ---: |',
    ...worst.map((r) => `| ${cell(r.path)} | ${r.tasks} | ${r.tasksWithoutOwner} | ${r.tasksWithoutDeadline} |`),
  ];
}

/** The first files whose documents yield no task: a plan the parser could not read looks clean otherwise. */
function untasked(rows: IndexRow[]): string {
  const files = rows.filter((r) => r.status === 'ok' && r.documentsWithoutTasks > 0).map((r) => r.path);
  return files.slice(0, WORST).join(', ') + (files.length > WORST ? `, …${files.length - WORST} more` : '');
}

function failureSection(rows: IndexRow[]): string[] {
  const failed = rows.filter((r) => r.status === 'failed');
  if (failed.length === 0) return ['None.'];
  const lines = ['| file | error |', '| --- | --- |', ...failed.slice(0, MAX_FAILURES).map((r) => `| ${cell(r.path)} | ${cell(r.message)} |`)];
  if (failed.length > MAX_FAILURES) lines.push('', `…and ${failed.length - MAX_FAILURES} more: see index.csv (status = failed).`);
  return lines;
}

export interface ReportExtras {
  junk: Map<string, number>;
  unchanged: number;
  interrupted: boolean;
}

export function renderReport(rows: IndexRow[], extras: ReportExtras): string {
  const t = totalsOf(rows);
  const skipped = new Map<string, number>();
  for (const r of rows) if (r.status === 'skipped') skipped.set(r.message, (skipped.get(r.message) ?? 0) + 1);
  const ignored = [...extras.junk].map(([reason, n]) => `- ${n} × ${reason} (no row)`);
  return [
    '# plan-parse convert: summary',
    '',
    ...(extras.interrupted ? ['**The run was interrupted**: rerun the same command to finish it.', ''] : []),
    `- inputs: ${t.inputs} — ok ${t.ok} (${extras.unchanged} unchanged since the last run), failed ${t.failed}, skipped ${t.skipped}`,
    `- documents: ${t.documents}, tasks: ${t.tasks}`,
    `- tasks without owner: ${t.tasksWithoutOwner}, without deadline: ${t.tasksWithoutDeadline}`,
    `- documents without a task: ${t.documentsWithoutTasks}${t.documentsWithoutTasks ? ` (${untasked(rows)})` : ''}`,
    `- findings: ${t.errors} errors, ${t.warnings} warnings, ${t.infos} infos`,
    ...[...skipped].map(([reason, n]) => `- skipped: ${n} × ${reason}`),
    ...ignored,
    '',
    `## Files with the most gaps (top ${WORST})`,
    '',
    ...worstSection(rows),
    '',
    '## Failures',
    '',
    ...failureSection(rows),
    '',
  ].join('\n');
}
