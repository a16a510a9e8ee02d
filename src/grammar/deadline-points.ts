/**
 * Points and ranges of the deadline grammar: one day or one calendar period
 * (`6月30日`, `6月上旬`, `2024年底`, `三季度末`), and two of them joined by a
 * separator (`4月中旬—5月底`, `6月18日—20日`, `12月至次年3月`).
 */
import type { Lexicon } from '../lexicon/index.js';
import { parseChineseNumber } from '../text/numerals.js';
import { compareYmd, daysInMonth, isValidDay, isWrittenDay, ymd, type Ymd } from './dates.js';
import { matchAt, patterns, type DeadlinePatterns } from './deadline-patterns.js';

/** How much of the calendar a point covers. */
export type PointLevel = 'day' | 'period' | 'month' | 'year';

export interface Point {
  /** Index just after the point in the scanned text. */
  end: number;
  from: Ymd;
  to: Ymd;
  level: PointLevel;
  /** The year in effect after this point (for `次年` in a range's second half). */
  year: number | null;
  month: number | null;
  /** The text named the year (`2024年`, `次年`, `20xx年`), so a range's second half does not roll it. */
  yearWritten: boolean;
  /** A bare `M.D` (`6.30`): a date only where the context says so. */
  dotted: boolean;
}

/** What a range's second half takes from its first: the year, and the month for `18日—20日`. */
export interface Inherit {
  year: number | null;
  month: number | null;
}

interface YearToken {
  end: number;
  year: number | null;
}

export function num(text: string | undefined): number | null {
  return text === undefined ? null : parseChineseNumber(text);
}

/** `2024年`, `二〇二四年`, `20xx年` (unknown: null), `20年` (before a month or 年底), `次年`. */
function parseYear(s: string, i: number, lex: Lexicon, p: DeadlinePatterns, base: number | null): YearToken | null {
  const m = matchAt(p.year, s, i);
  if (!m?.groups) return null;
  const g = m.groups;
  let year: number | null;
  if (g.y4) year = Number(g.y4);
  else if (g.ycn) year = num(g.ycn);
  else if (g.yph) year = null;
  else if (g.y2) year = Number(g.y2) < 50 ? 2000 + Number(g.y2) : 1900 + Number(g.y2);
  else year = base === null ? null : base + (lex.relativeYears[g.rel!] ?? 0);
  let end = i + m[0].length;
  if (matchAt(p.yearSuffix, s, end)) end++;
  return { end, year };
}

function point(end: number, from: Ymd, to: Ymd, level: PointLevel, year: number | null, month: number | null, yearWritten: boolean): Point {
  return { end, from, to, level, year, month, yearWritten, dotted: false };
}

/** After `M月`: a day (`30日`), a part (`上旬`, `底`, `份`), or nothing (the whole month). */
function monthTail(s: string, i: number, y: number | null, m: number, yearWritten: boolean, lex: Lexicon, p: DeadlinePatterns): Point | null {
  const day = matchAt(p.day, s, i);
  const d = num(day?.groups?.d);
  if (day && d !== null) {
    if (!isWrittenDay(y, m, d)) return null;
    return point(i + day[0].length, ymd(y, m, d), ymd(y, m, d), 'day', y, m, yearWritten);
  }
  const part = matchAt(p.monthPeriod, s, i);
  const word = part?.groups?.p;
  if (word && !(word === '中' && lex.midMonthFalseFollowers.includes(s[i + 1] ?? ''))) {
    const [a, b] = lex.monthPeriods[word]!;
    return point(i + word.length, ymd(y, m, a), ymd(y, m, b), 'period', y, m, yearWritten);
  }
  return point(i, ymd(y, m, 1), ymd(y, m, 31), 'month', y, m, yearWritten);
}

/** `M月…` at i, in year y: undefined when there is no month, null when it is no valid date (`2月30日`). */
function parseMonth(s: string, i: number, y: number | null, yearWritten: boolean, lex: Lexicon, p: DeadlinePatterns): Point | null | undefined {
  const m = matchAt(p.month, s, i);
  if (!m) return undefined;
  const month = num(m.groups?.m);
  if (month === null || month < 1 || month > 12) return null;
  return monthTail(s, i + m[0].length, y, month, yearWritten, lex, p);
}

/** `一季度`, `第三季度末`. */
function parseQuarter(s: string, i: number, y: number | null, yearWritten: boolean, lex: Lexicon, p: DeadlinePatterns): Point | null {
  if (!yearWritten && lex.quarterFalsePrecedes.includes(s[i - 1] ?? '')) return null;
  const m = matchAt(p.quarter, s, i);
  const q = num(m?.groups?.q);
  if (!m || q === null) return null;
  const part = m.groups!.p ? lex.quarterPeriods[m.groups!.p] : undefined;
  const first = q * 3 - 2;
  const fromMonth = part === 'last' ? q * 3 : first;
  const toMonth = part === 'first' ? first : q * 3;
  return point(i + m[0].length, ymd(y, fromMonth, 1), ymd(y, toMonth, 31), 'period', y, null, yearWritten);
}

/** A year part after a year: `底`, `上半年`, … */
function yearPart(s: string, i: number, word: string, y: number | null, yearWritten: boolean, lex: Lexicon): Point | null {
  if (word === '中' && lex.midYearFalseFollowers.includes(s[i + 1] ?? '')) return null;
  const [m1, d1, m2, d2] = lex.yearPeriods[word]!;
  return point(i + word.length, ymd(y, m1, d1), ymd(y, m2, d2), 'period', y, null, yearWritten);
}

/** After a year token: a month, a quarter, a year part, or nothing (the whole year). */
function afterYear(s: string, i: number, y: number | null, lex: Lexicon, p: DeadlinePatterns): Point | null {
  const month = parseMonth(s, i, y, true, lex, p);
  if (month !== undefined) return month;
  const quarter = parseQuarter(s, i, y, true, lex, p);
  if (quarter) return quarter;
  // `今年年底`, `明年年初`: the year word, then the part with its own 年
  const at = s[i] === '年' && matchAt(p.yearPeriod, s, i + 1) ? i + 1 : i;
  const part = matchAt(p.yearPeriod, s, at)?.groups?.p;
  const partPoint = part ? yearPart(s, at, part, y, true, lex) : null;
  if (partPoint) return partPoint;
  return point(i, ymd(y, 1, 1), ymd(y, 12, 31), 'year', y, null, true);
}

/** `年底`, `年末`, `上半年`, … with no year written: the year in effect. */
function parseBareYearPart(s: string, i: number, y: number | null, lex: Lexicon, p: DeadlinePatterns): Point | null {
  const m = matchAt(p.bareYearPeriod, s, i);
  if (m?.groups?.p) return yearPart(s, i + 1, m.groups.p, y, false, lex);
  if (m?.groups?.half) return yearPart(s, i, m.groups.half, y, false, lex);
  // a bare 年 before 内/前 (`年内`, `年底前` is handled above): the whole year in effect
  if (matchAt(p.bareYear, s, i) && (startsWithin(s, i + 1, lex, p) || startsBefore(s, i + 1, lex, p))) {
    return point(i + 1, ymd(y, 1, 1), ymd(y, 12, 31), 'year', y, null, false);
  }
  return null;
}

/** `2024-03-01`, `2024/3/1`, `2024.3.1`. */
function parseIso(s: string, i: number, p: DeadlinePatterns): Point | null {
  const m = matchAt(p.iso, s, i);
  if (!m?.groups) return null;
  const [y, mo, d] = [Number(m.groups.y), Number(m.groups.m), Number(m.groups.d)];
  if (!isValidDay(y, mo, d)) return null;
  return point(i + m[0].length, ymd(y, mo, d), ymd(y, mo, d), 'day', y, mo, true);
}

/** `2021.8`: year.month, the whole month. */
function parseYearMonthDot(s: string, i: number, p: DeadlinePatterns): Point | null {
  const m = matchAt(p.yearMonthDot, s, i);
  if (!m?.groups) return null;
  const [y, mo] = [Number(m.groups.y), Number(m.groups.m)];
  return point(i + m[0].length, ymd(y, mo, 1), ymd(y, mo, daysInMonth(y, mo)), 'month', y, mo, true);
}

/** `6.30`: month.day. */
function parseDotted(s: string, i: number, y: number | null, p: DeadlinePatterns): Point | null {
  const m = matchAt(p.monthDot, s, i);
  if (!m?.groups) return null;
  const [mo, d] = [Number(m.groups.m), Number(m.groups.d)];
  if (!isValidDay(y, mo, d)) return null;
  return { ...point(i + m[0].length, ymd(y, mo, d), ymd(y, mo, d), 'day', y, mo, false), dotted: true };
}

/** Skip a time of day (`下午4点`, `16:00`) and a weekday note (`（周四）`): they never change the date. */
export function skipTimeOfDay(s: string, i: number, p: DeadlinePatterns): number {
  let end = i;
  const note = matchAt(p.weekdayNote, s, end);
  if (note) end += note[0].length;
  const time = matchAt(p.timeOfDay, s, end);
  if (time) end += time[0].length;
  return end;
}

/**
 * One point at index i. `base` is the year in effect (the document's, or a
 * range's first half); `inherit` allows a range's shortened second half (`20日`).
 */
export function parsePoint(s: string, i: number, base: number | null, lex: Lexicon, inherit?: Inherit): Point | null {
  const p = patterns(lex);
  const found = parsePointCore(s, i, base, lex, p, inherit);
  if (!found) return null;
  return { ...found, end: skipTimeOfDay(s, found.end, p) };
}

function parsePointCore(s: string, i: number, base: number | null, lex: Lexicon, p: DeadlinePatterns, inherit?: Inherit): Point | null {
  const iso = parseIso(s, i, p) ?? parseYearMonthDot(s, i, p);
  if (iso) return iso;
  const y = parseYear(s, i, lex, p, base);
  if (y) return afterYear(s, y.end, y.year, lex, p);
  const month = parseMonth(s, i, base, false, lex, p);
  if (month !== undefined) return month;
  if (inherit?.month) {
    const day = matchAt(p.monthDay, s, i);
    const d = num(day?.groups?.d);
    if (day && d !== null && isWrittenDay(base, inherit.month, d)) {
      return point(i + day[0].length, ymd(base, inherit.month, d), ymd(base, inherit.month, d), 'day', base, inherit.month, false);
    }
  }
  return parseQuarter(s, i, base, false, lex, p) ?? parseBareYearPart(s, i, base, lex, p) ?? parseDotted(s, i, base, p);
}

/**
 * parsePoint in one text and year, remembered by index: several matchers of
 * a scan start by parsing the same point at the same index. The points are
 * shared, so callers must not change them.
 */
export function pointsOf(s: string, base: number | null, lex: Lexicon): (i: number) => Point | null {
  const known = new Map<number, Point | null>();
  return (i) => {
    let pt = known.get(i);
    if (pt === undefined) known.set(i, (pt = parsePoint(s, i, base, lex)));
    return pt;
  };
}

/** `前`/`之前`/`以前` at i, unless `前` starts another word (`前期`, `前10天`). */
export function startsBefore(s: string, i: number, lex: Lexicon, p = patterns(lex)): number {
  const m = matchAt(p.before, s, i);
  if (!m) return 0;
  const next = s[i + m[0].length] ?? '';
  if (m.groups!.w === '前' && (lex.beforeFalseFollowers.includes(next) || /\d/.test(next))) return 0;
  return m[0].length;
}

/** `内`/`之内`/`以内` at i, unless `内` starts another word (`内容`). */
export function startsWithin(s: string, i: number, lex: Lexicon, p = patterns(lex)): number {
  const m = matchAt(p.within, s, i);
  if (!m) return 0;
  if (m.groups!.w === '内' && lex.withinFalseFollowers.includes(s[i + m[0].length] ?? '')) return 0;
  return m[0].length;
}

export interface Range {
  end: number;
  from: Point;
  to: Point;
}

/** The second half of a range, in the first half's year; a month before the first one's rolls into the next year (`12月至3月`). */
function secondHalf(s: string, i: number, first: Point, lex: Lexicon): Point | null {
  const inherit: Inherit = { year: first.year, month: first.level === 'day' ? first.month : null };
  const second = parsePoint(s, i, first.year, lex, inherit);
  if (!second || second.dotted !== first.dotted) return null;
  if (first.level === 'year' && second.level !== 'year') return null;
  if (compareYmd(second.to, first.from) >= 0 || second.yearWritten || first.year === null) return second;
  const next = first.year + 1;
  const rolled = parsePoint(s, i, next, lex, { year: next, month: inherit.month });
  return rolled && compareYmd(rolled.to, first.from) >= 0 ? rolled : null;
}

/**
 * A range at i: `6月1日—6月9日`, `6月18日—20日`, `4月中旬—5月底`, `2023年—2025年`,
 * `6月18-20日`. `loose` also accepts `、` and spaces between the halves.
 * `pointAt` parses the first half (a scan passes its remembered points).
 */
export function parseRange(
  s: string,
  i: number,
  base: number | null,
  lex: Lexicon,
  loose: boolean,
  pointAt: (at: number) => Point | null = (at) => parsePoint(s, at, base, lex),
): Range | null {
  const p = patterns(lex);
  const years = matchAt(p.yearSpan, s, i);
  if (years?.groups) {
    const [a, b] = [Number(years.groups.a), Number(years.groups.b)];
    if (b >= a) {
      const from = point(i, ymd(a, 1, 1), ymd(a, 12, 31), 'year', a, null, true);
      const to = point(i + years[0].length, ymd(b, 1, 1), ymd(b, 12, 31), 'year', b, null, true);
      return { end: to.end, from, to };
    }
  }
  const compact = dayNumberRange(s, i, base, lex, p) ?? monthNumberRange(s, i, base, lex, p);
  if (compact) return compact;
  const first = pointAt(i);
  if (!first) return null;
  const sep = matchAt(p.separator, s, first.end) ?? (loose ? matchAt(p.looseSeparator, s, first.end) : null);
  if (!sep) return null;
  const second = secondHalf(s, first.end + sep[0].length, first, lex);
  if (!second) return null;
  return { end: second.end, from: first, to: second };
}

/** `2007年4-5月`: a first month without 月, a separator and the last month. */
function monthNumberRange(s: string, i: number, base: number | null, lex: Lexicon, p: DeadlinePatterns): Range | null {
  const y = parseYear(s, i, lex, p, base);
  const at = y ? y.end : i;
  const year = y ? y.year : base;
  const m = matchAt(p.monthNumberRange, s, at);
  const [a, b] = [num(m?.groups?.a), num(m?.groups?.b)];
  if (!m || a === null || b === null || b <= a) return null;
  const end = at + m[0].length;
  const from = point(end, ymd(year, a, 1), ymd(year, a, daysInMonth(year, a)), 'month', year, a, !!y);
  const to = point(end, ymd(year, b, 1), ymd(year, b, daysInMonth(year, b)), 'month', year, b, !!y);
  return { end, from, to };
}

/** `6月18-20日`: a month, a first day without 日, a separator and the last day. */
function dayNumberRange(s: string, i: number, base: number | null, lex: Lexicon, p: DeadlinePatterns): Range | null {
  const y = parseYear(s, i, lex, p, base);
  const at = y ? y.end : i;
  const year = y ? y.year : base;
  const m = matchAt(p.month, s, at);
  const month = num(m?.groups?.m);
  if (!m || month === null) return null;
  const days = matchAt(p.dayNumberRange, s, at + m[0].length);
  const [a, b] = [num(days?.groups?.a), num(days?.groups?.b)];
  if (!days || a === null || b === null || b < a || !isWrittenDay(year, month, a) || !isWrittenDay(year, month, b)) return null;
  const end = skipTimeOfDay(s, at + m[0].length + days[0].length, p);
  const from = point(end, ymd(year, month, a), ymd(year, month, a), 'day', year, month, !!y);
  const to = point(end, ymd(year, month, b), ymd(year, month, b), 'day', year, month, !!y);
  return { end, from, to };
}
