/**
 * `--format html`: one self-contained page per plan or per archive — no
 * network, no external fonts or scripts (a Content-Security-Policy forbids
 * them). Per document: the task table with gaps marked and a linkable id per
 * row, a timeline of the phases and dated tasks on a month axis, the load
 * per owner, the phases, the findings with their rule ids, and where in the
 * source each row comes from. An archive report starts with its files and
 * the load per owner over all of them.
 */
import { writeChunk, writeStreamAtomic } from '../fs/atomic.js';
import type { PlanDocument } from '../model/plan.js';
import { catalog, formatMessage, peopleDate, type Lang, type MessageData } from '../i18n/index.js';
import { findingRows, phaseRows, taskRows, type FindingRow, type PhaseRow, type PlanInput, type TaskRow } from './plan-rows.js';
import { timelineSvg } from './timeline.js';
import { escapeHtml as esc } from './html-escape.js';
import { filePrefix, type PlanSource } from './xlsx.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';

export interface HtmlOptions {
  lang: Lang;
  version: string;
  /** An archive report (convert): the file overview and the archive-wide load come first. */
  archive?: boolean;
  /** Inputs that could not be read (convert's failed rows). */
  failures?: { path: string; message: string }[];
}

type Write = (chunk: string) => Promise<void> | void;

interface Page {
  lang: Lang;
  say: (template: string, data?: MessageData) => string;
  words: ReturnType<typeof catalog>;
}

interface FileSummary {
  prefix: string;
  path: string;
  documents: { index: number; title: string }[];
  tasks: number;
  withoutOwner: number;
  withoutDeadline: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Tasks per owner: lead and responsible owners, each task counted once per name. */
function addLoad(load: Map<string, number>, doc: PlanDocument): void {
  for (const task of doc.tasks) {
    const names = new Set(task.owners.filter((o) => o.role === 'lead' || o.role === 'responsible').map((o) => o.name));
    for (const name of names) load.set(name, (load.get(name) ?? 0) + 1);
  }
}

function summarize(plan: PlanInput, index: number, page: Page): FileSummary {
  const tasks = plan.file.documents.flatMap((d) => d.tasks);
  const count = (s: string) => plan.findings.filter((f) => f.severity === s).length;
  return {
    prefix: filePrefix(index),
    path: plan.file.source.path,
    documents: plan.file.documents.map((d) => ({ index: d.index, title: d.title || page.words.view.untitled })),
    tasks: tasks.length,
    withoutOwner: tasks.filter((t) => t.owners.length === 0).length,
    withoutDeadline: tasks.filter((t) => t.deadline === null).length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}

function head(title: string, page: Page): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
  return [
    '<!DOCTYPE html>',
    `<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
  ].join('\n');
}

function loadTable(load: Map<string, number>, page: Page, limit = 40): string {
  const { html } = page.words;
  if (load.size === 0) return `<p class="none">${esc(html.loadNone)}</p>`;
  const sorted = [...load].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const max = sorted[0]![1];
  const rows = sorted.slice(0, limit).map(([name, n]) => {
    const width = ((n / max) * 100).toFixed(1);
    return `<tr class="owner"><th scope="row">${esc(name)}</th><td class="count">${n}</td><td class="meter"><span style="width:${width}%"></span></td></tr>`;
  });
  const more = sorted.length > limit ? `<p class="none">${esc(page.say(html.moreOwners, { count: sorted.length - limit }))}</p>` : '';
  return `<p class="note">${esc(html.loadNote)}</p><table class="load"><tbody>${rows.join('')}</tbody></table>${more}`;
}

function overview(files: FileSummary[], page: Page): string {
  const { table, html } = page.words;
  const header = [table.file, table.document, html.taskCount, html.gapOwner, html.gapDeadline, table.problems].map((h) => `<th>${esc(h)}</th>`).join('');
  const rows = files.map((f) => {
    const docs = f.documents.map((d) => `<a href="#${f.prefix}d${d.index}">${esc(d.title)}</a>`).join('<br>');
    const problems = page.say(html.findingCounts, { errors: f.errors, warnings: f.warnings, infos: f.infos });
    return `<tr><td>${esc(f.path)}</td><td>${docs}</td><td class="num">${f.tasks}</td><td class="num">${f.withoutOwner}</td><td class="num">${f.withoutDeadline}</td><td>${esc(problems)}</td></tr>`;
  });
  return `<section class="overview"><h2>${esc(html.overview)}</h2><table class="files"><thead><tr>${header}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

const cell = (text: string, classes = '') => `<td${classes ? ` class="${classes}"` : ''}>${esc(text)}</td>`;

function badge(text: string, severity: string | null): string {
  return `<span class="badge ${severity ?? ''}">${esc(text)}</span>`;
}

type OwnerKey = 'lead' | 'responsibleUnits' | 'support' | 'responsiblePeople' | 'supervisors';
const OWNER_KEYS: OwnerKey[] = ['lead', 'responsibleUnits', 'support', 'responsiblePeople', 'supervisors'];

/** The owner columns a document uses (a plan with only 责任人 gets no empty 牵头单位 column); at least 责任单位. */
function ownerColumns(rows: TaskRow[]): OwnerKey[] {
  const used = OWNER_KEYS.filter((key) => rows.some((r) => r[key] !== ''));
  return used.length ? used : ['responsibleUnits'];
}

function taskRowHtml(row: TaskRow, owners: OwnerKey[], page: Page): string {
  const { html } = page.words;
  const ownerGap = row.ownerGap ? `gap gap-${row.ownerGap}` : '';
  const deadlineGap = row.deadlineGap ? `gap gap-${row.deadlineGap}` : '';
  const noOwner = OWNER_KEYS.every((key) => row[key] === '');
  const deadline = row.deadlineText ? esc(row.deadlineText) : badge(html.gapDeadline, row.deadlineGap);
  const rules = row.ruleIds.map((id) => `<code>${esc(id)}</code>`).join(' ');
  const ownerCells = owners.map((key, i) => (noOwner && i === 0 ? `<td class="owner ${ownerGap}">${badge(html.gapOwner, row.ownerGap)}</td>` : cell(row[key], `owner ${ownerGap}`)));
  return [
    `<tr class="task${row.ruleIds.length ? ' has-gap' : ''}" id="${esc(row.anchor)}">`,
    `<td class="num"><a href="#${esc(row.anchor)}">${esc(row.outline || row.number)}</a></td>`,
    `<td class="title"><strong>${esc(row.title)}</strong>${row.content ? `<div class="content">${esc(row.content)}</div>` : ''}</td>`,
    ...ownerCells,
    `<td class="deadline ${deadlineGap}">${deadline}</td>`,
    cell(row.deadlineDate ? peopleDate(row.deadlineDate, page.lang) : '', `date ${deadlineGap}`),
    cell(row.phase, 'phase'),
    cell(row.section, 'section'),
    cell(row.location, 'where'),
    `<td class="rules">${rules}</td>`,
    '</tr>',
  ].join('');
}

function taskTable(rows: TaskRow[], id: string, page: Page): string {
  const t = page.words.table;
  const owners = ownerColumns(rows);
  const headers = [t.number, t.task, ...owners.map((key) => t[key]), t.deadlineText, t.deadlineDate, t.phase, t.section, t.location, t.problems];
  return [
    `<input class="filter" type="search" data-table="${esc(id)}" placeholder="${esc(page.words.html.filter)}" aria-label="${esc(page.words.html.filter)}">`,
    `<table class="tasks" id="${esc(id)}"><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => taskRowHtml(r, owners, page)).join('\n')}</tbody></table>`,
  ].join('\n');
}

function phaseTable(rows: PhaseRow[], page: Page): string {
  const t = page.words.table;
  const headers = [t.phaseName, t.phaseSpan, t.phaseText, t.location].map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((p) => `<tr class="phase" id="${esc(p.anchor)}">${cell(p.name)}${cell(p.span)}${cell(p.text, 'content')}${cell(p.location, 'where')}</tr>`);
  return `<table class="phases"><thead><tr>${headers}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function findingTable(rows: FindingRow[], page: Page): string {
  const { table: t, html } = page.words;
  if (rows.length === 0) return `<p class="none">${esc(html.findingsNone)}</p>`;
  const headers = [t.severity, t.rule, t.message, t.task, t.location].map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((f) => {
    const task = f.taskAnchor ? `<a href="#${esc(f.taskAnchor)}">${esc(f.task)}</a>` : esc(f.task);
    return `<tr class="finding ${f.severity}"><td>${badge(f.severityText, f.severity)}</td><td><code>${esc(f.ruleId)}</code></td>${cell(f.message)}<td>${task}</td>${cell(f.location, 'where')}</tr>`;
  });
  return `<table class="findings"><thead><tr>${headers}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function documentSection(plan: PlanInput, doc: PlanDocument, prefix: string, page: Page): string {
  const { html, view, kinds } = page.words;
  const one: PlanInput = { file: { ...plan.file, documents: [doc] }, findings: plan.findings.filter((f) => f.document === doc.index) };
  const tasks = taskRows(one, page.lang, { next: 1 }, prefix);
  const phases = phaseRows(one, page.lang, prefix);
  const findings = findingRows(one, page.lang, prefix);
  const load = new Map<string, number>();
  addLoad(load, doc);
  const id = `${prefix}d${doc.index}`;
  const year = doc.year === null ? view.yearUnknown : page.say(view.year, { year: doc.year });
  const counts = [
    page.say(html.tasksCount, { count: doc.tasks.length }),
    page.say(html.withoutOwner, { count: doc.tasks.filter((t) => t.owners.length === 0).length }),
    page.say(html.withoutDeadline, { count: doc.tasks.filter((t) => t.deadline === null).length }),
  ].join(' · ');
  const svg = timelineSvg(doc, tasks, phases, page.lang);
  return [
    `<section class="document" id="${esc(id)}">`,
    `<h2>${esc(doc.title || view.untitled)}</h2>`,
    `<p class="meta">${esc([kinds[doc.kind], year, `${plan.file.source.path}`].join(' · '))}</p>`,
    `<p class="counts">${esc(counts)}</p>`,
    `<h3>${esc(html.timeline)}</h3>`,
    svg ? `<div class="timeline-wrap">${svg}</div><p class="legend"><span class="key phase"></span>${esc(html.timelineLegendPhase)} <span class="key task"></span>${esc(html.timelineLegendTask)}</p>` : `<p class="none">${esc(html.timelineNone)}</p>`,
    `<h3>${esc(html.tasks)}</h3>`,
    taskTable(tasks, `${id}-tasks`, page),
    ...(phases.length ? [`<h3>${esc(html.phases)}</h3>`, phaseTable(phases, page)] : []),
    `<h3>${esc(html.load)}</h3>`,
    loadTable(load, page),
    `<h3>${esc(html.findings)}</h3>`,
    findingTable(findings, page),
    '</section>',
  ].join('\n');
}

function failureList(failures: NonNullable<HtmlOptions['failures']>, page: Page): string {
  if (failures.length === 0) return '';
  const items = failures.map((f) => `<li><code>${esc(f.path)}</code> — ${esc(f.message)}</li>`).join('');
  return `<section class="failures"><h2>${esc(page.words.html.failures)}</h2><ul>${items}</ul></section>`;
}

/**
 * Writes the page in pieces: a first pass over the plans for the overview and
 * the load per owner, a second for the documents (an archive is read twice
 * rather than held in memory).
 */
export async function writeHtml(write: Write, plans: PlanSource, options: HtmlOptions): Promise<void> {
  const words = catalog(options.lang);
  const page: Page = { lang: options.lang, words, say: (template, data = {}) => formatMessage(template, data, options.lang) };
  const files: FileSummary[] = [];
  const load = new Map<string, number>();
  for await (const plan of plans()) {
    files.push(summarize(plan, files.length, page));
    for (const doc of plan.file.documents) addLoad(load, doc);
  }
  const single = files.length === 1 && !options.archive;
  const title = single ? files[0]!.documents[0]?.title ?? words.html.title : page.say(words.html.archiveTitle, { count: files.length });
  await write(head(title, page));
  await write(`<header><h1>${esc(title)}</h1><p class="generated">${esc(page.say(words.html.generated, { version: options.version }))}</p></header>\n<main>\n`);
  if (!single) await write(overview(files, page));
  if (options.archive) await write(`<section class="archive-load"><h2>${esc(words.html.load)}</h2>${loadTable(load, page)}</section>`);
  await write(failureList(options.failures ?? [], page));
  let index = 0;
  for await (const plan of plans()) {
    const prefix = filePrefix(index++);
    for (const doc of plan.file.documents) await write(documentSection(plan, doc, prefix, page) + '\n');
  }
  await write(`</main>\n<script>${HTML_SCRIPT}</script>\n</body>\n</html>\n`);
}

export async function htmlString(plans: PlanSource, options: HtmlOptions): Promise<string> {
  const parts: string[] = [];
  await writeHtml((chunk) => void parts.push(chunk), plans, options);
  return parts.join('');
}

/** Through a temporary file beside the target, renamed when complete. */
export async function writeHtmlFile(path: string, plans: PlanSource, options: HtmlOptions): Promise<void> {
  await writeStreamAtomic(path, (out) => writeHtml((chunk) => writeChunk(out, chunk), plans, options));
}
