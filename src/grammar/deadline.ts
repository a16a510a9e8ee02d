/**
 * Deadline grammar: Chinese deadline expressions → `Deadline`.
 *
 * Kinds: `date` (one day or one period, `6月30日`, `9月份`), `before` (by a
 * date: end only, `6月底前`, `完成时限5月31日`), `range` (`4月中旬—5月底`),
 * `recurring` (`每周四`), `ongoing` (`长期坚持`), `relative` (`方案印发后一个月内`,
 * `在迎接国家实地测评之前`, and the vague `尽快`, `规定时限内`).
 * A period ends on its last day; a date without a year takes the context's
 * year; an unknown year (`20xx年`, or no year at all) stays `--MM-DD`.
 */
import type { Deadline, IsoDate } from '../model/plan.js';
import { alternation, defaultLexicon, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { parseChineseNumber } from '../text/numerals.js';
import { toIso } from './dates.js';
import { parsePoint } from './deadline-points.js';
import { scan, type Candidate, type DurationStart } from './deadline-scan.js';

export interface DeadlineContext {
  /** The year a date without one belongs to; null leaves it month-day only (--06-30). */
  year: number | null;
  lexicon: Lexicon;
  /** The start the plan states for its durations (`2012年起5年内`), for its later bare `5年内`. */
  durationStart?: DurationStart;
  /** The Monday of the week a weekly plan is for (see findWeek): its bare weekdays (`周四`, `本周五前`) are days of it. */
  week?: { month: number; day: number };
}

/**
 * The first duration the text counts from a stated start (`2012年起5年内`):
 * a plan that says so once means it for each `5年内` of its items.
 */
export function findDurationStart(texts: string[], ctx: DeadlineContext): DurationStart | null {
  const units = ctx.lexicon.durationUnits;
  const { unitAtEnd, unitAnywhere } = durationPatterns(ctx.lexicon);
  for (const text of texts) {
    // the span ends in a unit and `内` of the text itself: a text without one is not scanned (most of a plan; the scan was a fifth of parseText)
    if (!unitAnywhere.test(text)) continue;
    for (const d of findDeadlines(text, ctx)) {
      const unit = d.kind === 'relative' && d.start && d.anchor ? unitAtEnd.exec(d.text)?.[1] : undefined;
      if (unit) return { from: d.start!, unit: units[unit]! };
    }
  }
  return null;
}

const durationCache = new WeakMap<Lexicon, { unitAtEnd: RegExp; unitAnywhere: RegExp }>();

/** Built once per lexicon (a document's configuration may add words). */
function durationPatterns(lexicon: Lexicon): { unitAtEnd: RegExp; unitAnywhere: RegExp } {
  let found = durationCache.get(lexicon);
  if (!found) {
    const body = `(${alternation(Object.keys(lexicon.durationUnits))})(?:${alternation(lexicon.withinSuffixes)})`;
    found = { unitAtEnd: new RegExp(`${body}$`), unitAnywhere: new RegExp(body) };
    durationCache.set(lexicon, found);
  }
  return found;
}

/**
 * Fold full-width digits, Latin letters and `．／` to half-width, one
 * character for one, so that match offsets are offsets in the original text.
 */
export function foldForDates(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ．／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function toDeadline(original: string, c: Candidate): Deadline {
  return { text: original.slice(c.start, c.end).trim(), ...c.deadline };
}

/**
 * Parse a text that is (mostly) one deadline expression: `4月中旬—5月底`,
 * `完成时限5月31日`, a table cell `6.30`, `2024年`. Filler around it (`（…）`,
 * `前完成`) is allowed; the result's `text` is the whole trimmed input. When
 * the text holds several expressions, the first one that is not vague wins.
 */
export function parseDeadline(text: string, ctx: DeadlineContext): Deadline | null {
  const found = scan(foldForDates(text), { ...ctx, loose: true });
  const chosen = found.find((c) => !c.deadline.vague) ?? found[0];
  return chosen ? { text: text.trim(), ...chosen.deadline } : null;
}

/**
 * Every deadline expression inside running text, in order of appearance,
 * each with `text` = the matched span. Vague ones (`及时`, `规定时限内`) are
 * included and marked `vague`, so that a caller can prefer a precise one.
 */
export function findDeadlines(text: string, ctx: DeadlineContext): Deadline[] {
  const found = scan(foldForDates(text), { ...ctx, loose: false });
  return (ctx.week ? withWeekdays(text, found, ctx) : found).map((c) => toDeadline(text, c));
}

/**
 * The week a weekly plan is for: the Monday of the first day it dates with
 * its weekday (`3月12日（周一）`, `周五（10月29日）`). Null when it dates none.
 */
export function findWeek(texts: string[], ctx: DeadlineContext): { month: number; day: number } | null {
  const week = ctx.lexicon.weekWords;
  for (const text of texts) {
    // most lines name no weekday: the plain test first
    if (!week.some((w) => text.includes(w))) continue;
    const [first] = weekdayDays(foldForDates(text), ctx.lexicon);
    if (!first) continue;
    // a year without a leap day when the plan gives none: the week of 3月12日 is the same in most years
    const monday = new Date(Date.UTC(ctx.year ?? 2001, first.month - 1, first.day - (first.weekday - 1)));
    return { month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
  }
  return null;
}

/**
 * Bare weekdays of a weekly plan (`周四上交…`, `本周二起…`, `…于本周五前上传`) as
 * days of its week; `每周二` recurs and `下周`/`上周` are other weeks, so they
 * stay as the scan found them, as does a weekday with its date beside it.
 */
function withWeekdays(text: string, found: Candidate[], ctx: DeadlineContext): Candidate[] {
  const week = ctx.week!;
  const lex = ctx.lexicon;
  const extra: Candidate[] = [];
  for (const m of foldForDates(text).matchAll(bareWeekday(lex))) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((c) => c.start < end && c.end > start)) continue;
    const offset = lex.weekdays[m.groups!.w!]! - 1;
    const day = new Date(Date.UTC(ctx.year ?? 2001, week.month - 1, week.day + offset));
    const iso = toIso({ y: ctx.year, m: day.getUTCMonth() + 1, d: day.getUTCDate() });
    const before = Boolean(m.groups!.before);
    extra.push({ start, end, deadline: before ? { kind: 'before', precision: 'exact', end: iso } : { kind: 'date', precision: 'exact', start: iso, end: iso } });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

const bareWeekday = memoByLexicon((lex) => {
  const week = alternation(lex.weekWords);
  const day = alternation(Object.keys(lex.weekdays).filter((k) => !/\d/u.test(k)));
  const days = Object.keys(lex.weekdays).join('');
  const sep = '[至到—\\-~～]';
  // not `每周二`, `下周三`, `上周五`, nor either end of a span of weekdays (`周一至周五`: office hours, no day); a date bracket after it is the scan's
  return new RegExp(
    `(?<![每下上隔])(?<!(?:${week})[${days}]\\s*${sep}\\s*)(?:本)?(?:${week})(?<w>${day})(?!\\s*[（(]\\s*\\d)(?!\\s*${sep}\\s*(?:${week}))(?<before>之?前)?`,
    'gu',
  );
});

/**
 * A text that is mostly one date expression (`12月底前`, `2024年6月底前完成`,
 * `3月1日-3月7日`): a date cell or a time clause, not work that names a year
 * (`2020年党支部组织生活会`). `accept` says which expressions count.
 */
export function mostlyDate(text: string, ctx: DeadlineContext, accept: (d: Deadline) => boolean = () => true): Deadline | null {
  const trimmed = text.trim();
  return findDeadlines(trimmed, ctx).find((d) => accept(d) && d.text.length * 2 >= trimmed.length) ?? null;
}

/**
 * A schedule: clauses that each open with a date (`2021年2月公布预算信息，2021年8月公布上年度决算信息`),
 * as a deadline cell states the dates of a task's stages; at least two
 * clauses, else null. Each clause with the date it opens with.
 */
export function scheduleClauses(text: string, ctx: DeadlineContext): { clause: string; deadline: Deadline }[] | null {
  const clauses = text.trim().replace(/[。；;，,]$/u, '').split(/[，,；;]/u).map((c) => c.trim());
  if (clauses.length < 2) return null;
  const stages = clauses.map((clause) => ({ clause, deadline: findDeadlines(clause, ctx).find((d) => !d.vague && clause.startsWith(d.text)) }));
  return stages.every((s) => s.clause && s.deadline) ? (stages as { clause: string; deadline: Deadline }[]) : null;
}

/** Years alone (`2022`, `2022-2023`: a 建设起止年限 cell), without 年. */
export const isBareYears = (text: string): boolean => BARE_YEARS.test(text.trim());
const BARE_YEARS = /^(?:19|20)\d{2}(?:\s*[-—–~～至]\s*(?:19|20)\d{2})?$/u;

/**
 * The year a text's weekday-dated days name (`周一（10月25日）`, `10月29日（星期五）`):
 * of the years the text writes and the one found, the only one in which every
 * such day falls on its weekday; null when none or several do, or no day is
 * written so. A school's weekly plan gives no year but its weekdays.
 */
export function yearOfWeekdays(text: string, found: number | null, lex: Lexicon = defaultLexicon): number | null {
  const days = weekdayDays(foldForDates(text), lex);
  if (!days.length) return null;
  const written = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1]));
  const candidates = [...new Set([...(found === null ? [] : [found - 1, found, found + 1]), ...written])];
  const fits = candidates.filter((y) => days.every((d) => new Date(Date.UTC(y, d.month - 1, d.day)).getUTCDay() === d.weekday % 7));
  return fits.length === 1 ? fits[0]! : null;
}

const weekdayPatterns = memoByLexicon((lex) => {
  const week = alternation(lex.weekWords);
  const day = alternation(Object.keys(lex.weekdays));
  return [
    new RegExp(`(?:${week})(?<w>${day})\\s*[（(]\\s*(?<m>\\d{1,2})月(?<d>\\d{1,2})日\\s*[)）]`, 'gu'),
    new RegExp(`(?<m>\\d{1,2})月(?<d>\\d{1,2})日\\s*[（(]\\s*(?:${week})(?<w>${day})\\s*[)）]`, 'gu'),
  ];
});

function weekdayDays(text: string, lex: Lexicon): { month: number; day: number; weekday: number }[] {
  return weekdayPatterns(lex).flatMap((re) =>
    [...text.matchAll(re)].map((m) => ({ month: Number(m.groups!.m), day: Number(m.groups!.d), weekday: lex.weekdays[m.groups!.w!]! })),
  );
}

/** The value used to compare deadlines: `YYYY-MM-DD`, `start/end` for ranges, the kind for recurring/ongoing, null when there is no date. */
export function deadlineValue(d: Deadline | null): string | null {
  if (!d) return null;
  if (d.kind === 'recurring' || d.kind === 'ongoing') return d.kind;
  if (d.kind === 'range' && d.start && d.end) return `${d.start}/${d.end}`;
  return d.end ?? d.start ?? null;
}

/** Characters that may close a date line (`2024年3月1日。`). */
const DATE_LINE_TRAILER = /[。.\s　]+$/;

/**
 * A line that is only a date (the 成文日期 at the end of a plan):
 * `2024年3月1日`, `二〇二四年三月一日`, `2024-03-01`. The year must be written.
 */
export function parseDateLine(line: string, lexicon?: Lexicon): IsoDate | null {
  const s = foldForDates(line).trim().replace(DATE_LINE_TRAILER, '');
  if (!s) return null;
  const lex = lexicon ?? defaultLexicon;
  const pt = parsePoint(s, 0, null, lex);
  if (!pt || pt.end !== s.length || pt.level !== 'day' || !pt.yearWritten || pt.year === null || pt.dotted) return null;
  return toIso(pt.from);
}

/**
 * Two years joined: a plan period `2022—2024年` starts in its first year; a
 * school year `2020-2021学年` too, but its spring term (`第二学期`,
 * `下学期`) lies in the later one.
 */
// a title over two lines may break between the school year and its term (`…2013-2014学年度` / `第二学期…`)
const YEAR_SPAN = /(?<!\d)((?:19|20)\d{2})[ \t]*[-－—–~～至到][ \t]*((?:19|20)\d{2})[ \t]*(?:年|学年度?\s*(?:第?[ \t]*([一二12上下])[ \t]*学期)?)/u;
const SPRING_TERM = new Set(['二', '2', '下']);

/** First explicit year `(19|20)\d\d年` (or `二〇二四年`, a plan period, a school year) in a text; `20xx年` placeholders are not years. */
export function findYear(text: string): number | null {
  const s = foldForDates(text);
  const span = YEAR_SPAN.exec(s);
  const m = /(?<![\d〇零一二三四五六七八九])(?:((?:19|20)\d{2})|([〇零一二三四五六七八九]{4}))[ \t]*年/u.exec(s);
  if (span && (!m || span.index <= m.index)) return Number(span[SPRING_TERM.has(span[3] ?? '') ? 2 : 1]);
  if (!m) return null;
  const year = m[1] ? Number(m[1]) : parseChineseNumber(m[2]!);
  return year !== null && year >= 1900 && year <= 2099 ? year : null;
}
