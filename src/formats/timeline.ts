/**
 * The timeline of one document as SVG: the phases of 实施步骤 as bands and
 * every dated task as a bar (a range) or a short mark (a day), on a month
 * axis. Each task bar links to its row in the task table.
 */
import type { PlanDocument } from '../model/plan.js';
import { catalog, formatMessage, type Lang } from '../i18n/index.js';
import type { PhaseRow, TaskRow } from './plan-rows.js';
import { escapeHtml as esc } from './html-escape.js';
import { largest, smallest } from '../text/lists.js';

const LABEL_WIDTH = 230;
const CHART_WIDTH = 700;
const ROW = 22;
const AXIS = 34;
const MARK_DAYS = 4;

interface Item {
  kind: 'phase' | 'task';
  label: string;
  start: number;
  end: number;
  href: string;
  tip: string;
  gap: string | null;
}

/** Days since 1970 of an ISO date, a year-less one in `year` (a leap year when unknown, so 02-29 exists). */
function day(iso: string | null | undefined, year: number | null): number | null {
  const m = iso ? /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const y = m[1] === '-' ? year ?? 2000 : Number(m[1]);
  return Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

function items(doc: PlanDocument, tasks: TaskRow[], phases: PhaseRow[]): Item[] {
  const year = doc.year;
  const out: Item[] = [];
  for (const p of phases) {
    const start = day(p.start, year);
    const end = day(p.end, year);
    if (start !== null && end !== null) out.push({ kind: 'phase', label: p.name, start, end: Math.max(start, end), href: `#${p.anchor}`, tip: `${p.name} ${p.span}`, gap: null });
  }
  for (const t of tasks) {
    if (!t.span) continue;
    const end = day(t.span.end, year);
    if (end === null) continue;
    const start = day(t.span.start, year) ?? end;
    out.push({ kind: 'task', label: t.title, start: Math.min(start, end), end, href: `#${t.anchor}`, tip: `${t.title} · ${t.deadlineText}`, gap: t.deadlineGap });
  }
  return out;
}

interface Axis {
  from: number;
  to: number;
  x: (d: number) => number;
}

/** From the first day of the first month to the last day of the last one. */
function axis(all: Item[]): Axis {
  const min = new Date(smallest(all, (i) => i.start) * 86_400_000);
  const max = new Date(largest(all, (i) => i.end) * 86_400_000);
  const from = Date.UTC(min.getUTCFullYear(), min.getUTCMonth(), 1) / 86_400_000;
  const to = Date.UTC(max.getUTCFullYear(), max.getUTCMonth() + 1, 1) / 86_400_000;
  return { from, to, x: (d) => LABEL_WIDTH + ((d - from) / (to - from)) * CHART_WIDTH };
}

function monthTicks(a: Axis, yearKnown: boolean, height: number, lang: Lang): string[] {
  const dates = catalog(lang).dates;
  const out: string[] = [];
  const first = new Date(a.from * 86_400_000);
  for (let m = 0; ; m++) {
    const at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1) / 86_400_000;
    if (at >= a.to) break;
    const date = new Date(at * 86_400_000);
    const month = date.getUTCMonth() + 1;
    const withYear = yearKnown && (m === 0 || month === 1);
    const label = formatMessage(withYear ? dates.monthAxisYear : dates.monthAxis, { year: date.getUTCFullYear(), month, monthName: dates.months[month - 1]! }, lang);
    const x = a.x(at).toFixed(1);
    out.push(`<line class="tick" x1="${x}" y1="${AXIS - 6}" x2="${x}" y2="${height}"/>`, `<text class="month" x="${(Number(x) + 3).toFixed(1)}" y="${AXIS - 12}">${esc(label)}</text>`);
  }
  return out;
}

/** SVG text does not wrap: long titles are cut, the full title is in the tooltip. */
function shortLabel(text: string): string {
  return [...text].length > 15 ? [...text].slice(0, 14).join('') + '…' : text;
}

function bar(item: Item, row: number, a: Axis): string {
  const y = AXIS + row * ROW;
  const x = a.x(item.start);
  const width = Math.max(a.x(item.end + 1) - x, (MARK_DAYS / (a.to - a.from)) * CHART_WIDTH, 4);
  // a one-day deadline is a mark centred on its day
  const left = item.start === item.end ? x - width / 2 + (a.x(item.end + 1) - x) / 2 : x;
  const classes = ['bar', item.kind, ...(item.gap ? [`gap-${item.gap}`] : [])].join(' ');
  return [
    `<a href="${esc(item.href)}"><g class="row">`,
    `<title>${esc(item.tip)}</title>`,
    `<text class="label ${item.kind}" x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${esc(shortLabel(item.label))}</text>`,
    `<rect class="${classes}" x="${left.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW - 8}" rx="3"/>`,
    '</g></a>',
  ].join('');
}

export function timelineSvg(doc: PlanDocument, tasks: TaskRow[], phases: PhaseRow[], lang: Lang): string | null {
  const all = items(doc, tasks, phases);
  if (all.length === 0) return null;
  const a = axis(all);
  const height = AXIS + all.length * ROW + 6;
  const yearKnown = doc.year !== null || [...tasks.map((t) => t.span?.end ?? ''), ...phases.map((p) => p.end)].some((d) => /^\d{4}/.test(d));
  const width = LABEL_WIDTH + CHART_WIDTH + 10;
  const words = catalog(lang).html;
  return [
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(words.timeline)}">`,
    ...monthTicks(a, yearKnown, height, lang),
    ...all.map((item, i) => bar(item, i, a)),
    '</svg>',
  ].join('\n');
}
