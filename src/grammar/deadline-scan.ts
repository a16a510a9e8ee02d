/**
 * Finding deadline expressions in text: every matcher proposes candidates
 * (start, end, deadline), and the leftmost-longest ones that do not overlap
 * win. `loose` is for a text that is one deadline (a table cell, a
 * `完成时限` line): it also accepts a bare year, `6.30`, and `、`/spaces
 * between the two halves of a range.
 */
import type { Deadline, Recurrence } from '../model/plan.js';
import { holdsAny, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { codeTest } from '../text/chars.js';
import { addDays, endOfMonths, fromIso, toIso, ymd, type Ymd } from './dates.js';
import { CJK_NUMBER_CHARS, holidayLeads, matchAt, NUMBER_CHARS, NUMBER_LEADS, patterns, pointLeads, type DeadlinePatterns } from './deadline-patterns.js';
import { num, parsePoint, parseRange, pointsOf, startsBefore, startsWithin, type Point } from './deadline-points.js';

export interface ScanOptions {
  year: number | null;
  lexicon: Lexicon;
  loose: boolean;
  /** The start the plan states for its durations (`2012年起5年内`): a later bare `5年内` counts from it. */
  durationStart?: DurationStart;
}

export interface DurationStart {
  /** ISO day the durations count from. */
  from: string;
  /** The unit the plan counts in (`year`); durations in other units stay relative. */
  unit: string;
}

export interface Candidate {
  start: number;
  end: number;
  /** The deadline without its `text` (filled in from the span). */
  deadline: Omit<Deadline, 'text'>;
}

/** Punctuation that ends a clause; an ongoing word or an owner phrase must touch one. */
const BOUNDARY = /[，。；：、！？,.;:!?（）()「」『』“”"《》\s]/;
/** Marks that open a quoted name or title: what follows them is an object. */
const OBJECT_OPENERS = ['“', '《', '「', '『'];

/**
 * A one-character regex test of s[i], remembered per UTF-16 code unit (0: not
 * yet asked, 1: no, 2: yes): the scan asks it at nearly every index, where
 * making a one-character string, let alone hashing it, costs more than the test.
 */
function charTest(re: RegExp, outside: boolean): (s: string, i: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (s, i) => {
    const code = s.charCodeAt(i);
    if (Number.isNaN(code)) return outside; // before the start or past the end
    if (known[code] === 0) known[code] = re.test(String.fromCharCode(code)) ? 2 : 1;
    return known[code] === 2;
  };
}
/** s[i] ends a clause; so do the text's ends. */
const isBoundaryAt = charTest(BOUNDARY, true);
/** s[i] is a Chinese character. */
const isHanAt = charTest(/\p{Script=Han}/u, false);

/** One scan of one text: its options, the lexicon's tables, and the points parsed so far. */
interface Scan extends ScanOptions {
  p: DeadlinePatterns;
  tables: Dispatches;
  /** The point at an index in the scan's year, parsed once: pointAt, rangeAt and anchoredDurationAt all start with it. */
  point: (i: number) => Point | null;
  /** The text holds an after word and an event word: else no clause start needs eventAfterAt's 14 tries. */
  eventAfter: boolean;
}

type DeadlineBody = Omit<Deadline, 'text'>;

function dated(kind: Deadline['kind'], from: Ymd | undefined, to: Ymd | undefined, exact: boolean): DeadlineBody {
  const d: DeadlineBody = { kind, precision: exact ? 'exact' : 'fuzzy' };
  if (from) d.start = toIso(from);
  if (to) d.end = toIso(to);
  return d;
}

/** One point as a deadline: a day or a period (`date`), or by then (`before`: end only). */
function pointDeadline(pt: Point, before: boolean): DeadlineBody {
  const exact = pt.level === 'day';
  return before ? dated('before', undefined, pt.to, exact) : dated('date', pt.from, pt.to, exact);
}

/** A point followed by `前`/`内`/`止`: the index after the suffix, or 0. */
function suffixAfter(s: string, i: number, o: ScanOptions, p: DeadlinePatterns): number {
  const before = startsBefore(s, i, o.lexicon, p);
  if (before) return before;
  const within = startsWithin(s, i, o.lexicon, p);
  if (within) return within;
  return matchAt(p.until, s, i)?.[0].length ?? 0;
}

/** Where a match may start: not inside a number (`2024` from `12024`, `二十` from `一二十`). By code unit: it runs at most indices of every text. */
function canStartAt(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  if (Number.isNaN(prev)) return true;
  const c = s.charCodeAt(i);
  // a month right after `2023年` belongs to that year: when the whole failed (`2023年2月29日`), its tail is no date either
  if (prev === YEAR && i >= 2 && (isNumberChar(s.charCodeAt(i - 2)) || isCjkNumberChar(s.charCodeAt(i - 2)))) return false;
  if (isDigit(c)) return !isNumberChar(prev) && !isLatin(prev);
  if (isCjkNumberChar(c)) return !isCjkNumberChar(prev) && !isDigit(prev);
  if (c === YEAR) return !isNumberChar(prev) && !isCjkNumberChar(prev) && !isLatin(prev);
  return true;
}
const YEAR = 0x5e74; // 年
const isNumberChar = codeTest(NUMBER_CHARS);
const isCjkNumberChar = codeTest(CJK_NUMBER_CHARS);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isLatin = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** A point, with `前`/`内`/`止` after it or `截至` before it (`before`), else a day or a period (`date`). */
function pointAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const prefix = matchAt(p.beforePrefix, s, i)?.[0].length ?? untilPrefixAt(s, i, p);
  const pt = o.point(i + prefix);
  if (!pt) return null;
  const suffix = suffixAfter(s, pt.end, o, p);
  const before = prefix > 0 || suffix > 0;
  if (!o.loose && !before && (pt.level === 'year' || pt.dotted)) return null;
  // `从2022年3月起，每月25日前…`: when the work starts, not when it is due (a duration from it is another matcher's)
  if (!before && matchAt(p.from, s, pt.end)) return null;
  return { start: i, end: pt.end + suffix, deadline: pointDeadline(pt, before) };
}

/** `到2025年`, `至6月底`: only at the start of a clause, so `达到`, `来到` are no deadline. */
function untilPrefixAt(s: string, i: number, p: DeadlinePatterns): number {
  if (isHanAt(s, i - 1)) return 0; // the cheaper test first
  return matchAt(p.untilPrefix, s, i)?.[0].length ?? 0;
}

/**
 * `在2024年`, `于2024年`, or a year that opens a clause before a comma
 * (`2022年，全市新建5G基站2600个`): the time the work is done in. A plain
 * `2024年` inside a clause only names something.
 */
function inYearAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const prefix = matchAt(p.anchorPrefix, s, i)?.[0].length ?? 0;
  if (!prefix && !(isClauseStart(s, i) && /\d/.test(s[i] ?? ''))) return null;
  if (prefix && s[i] === '于' && o.lexicon.comparativeBeforeYu.includes(s[i - 1] ?? '')) return null;
  const pt = o.point(i + prefix);
  if (!pt || pt.level !== 'year' || o.lexicon.attributiveMarkers.includes(s[pt.end] ?? '')) return null;
  if (!prefix && !/[，,]/.test(s[pt.end] ?? '')) return null;
  return { start: i, end: pt.end, deadline: pointDeadline(pt, false) };
}

/** The text's start or right after a clause's end. */
const isClauseStart = (s: string, i: number) => i === 0 || /[。；;！!？?\n]/.test(s[i - 1]!);

function rangeAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const prefix = matchAt(p.rangePrefix, s, i)?.[0].length ?? 0;
  const r = parseRange(s, i + prefix, o.year, o.lexicon, o.loose, o.point);
  if (!r) return null;
  let end = r.end;
  // `1.5-2.5万元` is no range of days: in running text a dotted range must end its phrase
  if (r.from.dotted && !o.loose && !isBoundaryAt(s, end) && !startsBefore(s, end, o.lexicon, p) && s[end] !== '日') return null;
  const suffix = matchAt(p.rangeSuffix, s, end);
  if (suffix && !(suffix[0].trim() === '前' && !startsBefore(s, end, o.lexicon, p))) end += suffix[0].length;
  const exact = r.from.level === 'day' && r.to.level === 'day';
  return { start: i, end, deadline: dated('range', r.from.from, r.to.to, exact) };
}

/** `完成时限5月31日`, `完成时限：6月底` (by then), `完成时限：6月1日—6月9日` (a range stays a range). */
function labeledAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const label = matchAt(p.label, s, i);
  if (!label) return null;
  const at = i + label[0].length;
  const inner = bestIn(s, at, { ...o, loose: true }, false);
  if (!inner) return null;
  const d = inner.deadline;
  if (d.kind !== 'date') return { start: i, end: inner.end, deadline: d };
  const { start: _start, ...rest } = d;
  return { start: i, end: inner.end, deadline: { ...rest, kind: 'before' } };
}

// ---- recurring -------------------------------------------------------------

/** Weekdays after `每周`: `四`, `二、四`, `一至周五`. */
function weekdaysAt(s: string, i: number, lex: Lexicon, p: DeadlinePatterns): { at: string; end: number } | null {
  const first = matchAt(p.weekday, s, i);
  if (!first) return null;
  const a = lex.weekdays[first.groups!.w!]!;
  let end = i + 1;
  if (lex.recurrenceCountFollowers.includes(s[end] ?? '')) return null;
  const through = matchAt(p.weekdayThrough, s, end);
  if (through) return { at: `${a}-${lex.weekdays[through.groups!.w!]}`, end: end + through[0].length };
  const more: number[] = [a];
  while (s[end] === '、' && s[end + 1] && lex.weekdays[s[end + 1]!] && !lex.recurrenceCountFollowers.includes(s[end + 2] ?? '')) {
    more.push(lex.weekdays[s[end + 1]!]!);
    end += 2;
  }
  return { at: more.join(','), end };
}

/** What follows the unit: a weekday, a day of the month, a part (`底`), a month of the year. */
function recurrenceDetail(s: string, i: number, unit: Recurrence['unit'], lex: Lexicon, p: DeadlinePatterns): { at?: string; end: number } {
  if (unit === 'week') return weekdaysAt(s, i, lex, p) ?? { end: i };
  if (unit === 'month') {
    const day = matchAt(p.monthDay, s, i);
    const d = num(day?.groups?.d);
    if (day && d !== null && d >= 1 && d <= 31) return { at: String(d), end: i + day[0].length };
  }
  if (unit === 'year') {
    const pt = parsePoint(s, i, 2000, lex);
    if (pt && pt.month && (pt.level === 'day' || pt.level === 'month')) {
      const mm = String(pt.month).padStart(2, '0');
      return { at: pt.level === 'day' ? `${mm}-${String(pt.from.d).padStart(2, '0')}` : mm, end: pt.end };
    }
  }
  if (unit === 'quarter') {
    const day = quarterDayAt(s, i, lex, p);
    if (day) return day;
  }
  if (unit === 'month' || unit === 'quarter' || unit === 'year') {
    const part = matchAt(p.recurrencePeriod, s, i);
    if (part && !(part.groups!.p === '中' && isHanAt(s, i + 1) && s[i + 1] !== '旬')) return { at: part.groups!.p, end: i + part[0].length };
  }
  return { end: i };
}

/** `末月20日`, `第1个月20日` after `每季度`: the quarter's month and day (`3-20`). */
function quarterDayAt(s: string, i: number, lex: Lexicon, p: DeadlinePatterns): { at: string; end: number } | null {
  const word = Object.keys(lex.quarterMonths).find((w) => s.startsWith(w, i));
  if (!word) return null;
  const day = matchAt(p.monthDay, s, i + word.length);
  const d = num(day?.groups?.d);
  if (!day || d === null || d < 1 || d > 31) return null;
  return { at: `${lex.quarterMonths[word]}-${d}`, end: i + word.length + day[0].length };
}

/** `下午4点` → 16:00. */
function timeAt(s: string, i: number, lex: Lexicon, p: DeadlinePatterns): { time?: string; end: number } {
  const m = matchAt(p.timeOfDay, s, i);
  if (!m?.groups) return { end: i };
  const g = m.groups;
  let hour = g.hh !== undefined ? Number(g.hh) : num(g.h);
  const minute = g.mm !== undefined ? Number(g.mm) : g.half ? 30 : g.min !== undefined ? Number(g.min) : 0;
  if (hour === null || hour > 24 || minute > 59) return { end: i + m[0].length };
  if (g.part && hour < 12) hour += lex.dayParts[g.part] ?? 0;
  return { time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, end: i + m[0].length };
}

function recurring(unit: Recurrence['unit'], every: number, at: string | undefined, time: string | undefined): DeadlineBody {
  const recurrence: Recurrence = { unit, every };
  if (at !== undefined) recurrence.at = at;
  if (time !== undefined) recurrence.time = time;
  return { kind: 'recurring', precision: at !== undefined || time !== undefined ? 'exact' : 'fuzzy', recurrence };
}

/** An attributive clause (`每个季度出台的考核细则`): the recurrence describes a noun, not when the work is done. */
function describesNoun(s: string, end: number, lex: Lexicon): boolean {
  for (let k = end; k < Math.min(s.length, end + 5); k++) {
    if (lex.attributiveMarkers.includes(s[k]!)) return true;
    if (isBoundaryAt(s, k)) return false;
  }
  return false;
}

interface Every {
  unit: Recurrence['unit'];
  every: number;
  end: number;
  /** `一周一次` says only how often: no weekday, day or time follows. */
  bare: boolean;
}

/** `每半月`, `隔周`: a frequency written as one word. */
function fixedEvery(s: string, i: number, lex: Lexicon, p: DeadlinePatterns): Every | null {
  const m = matchAt(p.recurrenceFixed, s, i);
  return m ? { ...lex.recurrenceFixed[m[0]]!, end: i + m[0].length, bare: false } : null;
}

/** `每周`, `每两周`, `每个月`, `每半年`, `每隔一天` (every other day: every 2). */
function markedEvery(s: string, i: number, lex: Lexicon, p: DeadlinePatterns): Every | null {
  const m = matchAt(p.recurrence, s, i);
  if (!m?.groups) return null;
  let unit = lex.recurrenceUnits[m.groups.u!]!;
  const half = m.groups.n === '半';
  const n = half ? null : num(m.groups.n);
  if (half && unit === 'year') unit = 'halfyear';
  if (m.groups.gap && n === null) return null;
  const every = m.groups.gap ? n! + 1 : n ?? 1;
  return every >= 1 ? { unit, every, end: i + m[0].length, bare: false } : null;
}

/** `一周一次`, `两周一次`, `一周一会`, `一年一度`. */
function frequencyEvery(s: string, i: number, lex: Lexicon, p: DeadlinePatterns): Every | null {
  const m = matchAt(p.frequency, s, i);
  if (!m?.groups) return null;
  let unit = lex.recurrenceUnits[m.groups.u!]!;
  const half = m.groups.n === '半';
  if (half && unit === 'year') unit = 'halfyear';
  const every = half ? 1 : num(m.groups.n) ?? 1;
  return every >= 1 ? { unit, every, end: i + m[0].length, bare: true } : null;
}

/** `每周四`, `每月15日前`, `每日下午4点前`, `每两周`, `每季度末`, `每半年`, `每半月`, `一周一次`. */
function recurringAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const lex = o.lexicon;
  const found = fixedEvery(s, i, lex, p) ?? markedEvery(s, i, lex, p) ?? frequencyEvery(s, i, lex, p);
  if (!found) return null;
  if (found.bare) return { start: i, end: found.end, deadline: recurring(found.unit, found.every, undefined, undefined) };
  const detail = recurrenceDetail(s, found.end, found.unit, lex, p);
  const time = timeAt(s, detail.end, lex, p);
  const end = time.end + startsBefore(s, time.end, lex, p);
  if (describesNoun(s, end, lex)) return null;
  return { start: i, end, deadline: recurring(found.unit, found.every, detail.at, time.time) };
}

// ---- relative, ongoing, vague ---------------------------------------------

/** Add a duration to a start day, ending on the last day inside it (`2012年起5年内` → 2016-12-31). */
function durationEnd(from: Ymd, n: number, unit: string): Ymd {
  switch (unit) {
    case 'hour':
      return from;
    case 'day':
      return addDays(from, n - 1);
    case 'week':
      return addDays(from, n * 7 - 1);
    case 'month':
      return monthsEnd(from, n);
    case 'quarter':
      return monthsEnd(from, n * 3);
    default:
      return monthsEnd(from, n * 12);
  }
}

/** The day before the same day `n` months later (from the 1st: the end of the n-th month). */
function monthsEnd(from: Ymd, n: number): Ymd {
  if (from.d === 1) return endOfMonths(from, n);
  const later = endOfMonths(from, n + 1);
  return addDays({ ...later, d: Math.min(from.d, later.d) }, -1);
}

interface Duration {
  n: number;
  unit: string;
  length: number;
}

function durationAtIndex(s: string, i: number, o: ScanOptions, p: DeadlinePatterns): Duration | null {
  const m = matchAt(p.duration, s, i);
  if (!m?.groups) return null;
  // after a count (`5年内在…领域`, `年内部署`) 内 closes the duration; only 内容/内涵 are other words there
  if (m.groups.w === '内' && o.lexicon.durationFalseFollowers.includes(s[i + m[0].length] ?? '')) return null;
  const n = m.groups.n === '半' ? 0.5 : num(m.groups.n);
  if (n === null || n <= 0) return null;
  return { n, unit: o.lexicon.durationUnits[m.groups.u!]!, length: m[0].length };
}

/** `15个工作日内`, `5年内`, `一个月内`: relative to something the text does not date. */
function durationAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const d = durationAtIndex(s, i, o, p);
  if (!d) return null;
  const since = o.durationStart;
  if (since && since.unit === d.unit && Number.isInteger(d.n)) {
    const from = fromIso(since.from);
    return { start: i, end: i + d.length, deadline: { ...dated('relative', from, durationEnd(from, d.n, d.unit), false), anchor: since.from } };
  }
  return { start: i, end: i + d.length, deadline: { kind: 'relative', precision: 'fuzzy' } };
}

/** `2012年起5年内`, `自6月1日起30日内`: a duration from a date, so it has dates. */
function anchoredDurationAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const prefix = matchAt(p.rangePrefix, s, i)?.[0].length ?? 0;
  const pt = o.point(i + prefix);
  if (!pt) return null;
  const from = matchAt(p.from, s, pt.end);
  if (!from) return null;
  const d = durationAtIndex(s, pt.end + from[0].length, o, p);
  if (!d || !Number.isInteger(d.n)) return null;
  const end = durationEnd(pt.from, d.n, d.unit);
  const anchor = s.slice(i + prefix, pt.end).trim();
  return { start: i, end: pt.end + from[0].length + d.length, deadline: { ...dated('relative', pt.from, end, false), anchor } };
}

/** The event before `后` in `方案印发后一个月内`: back to the clause start or to 在/于/自/从. */
function eventBefore(s: string, at: number, lex: Lexicon): { start: number; anchor: string } | null {
  let k = at;
  while (k > 0 && k > at - 15 && isHanAt(s, k - 1) && !lex.anchorStops.includes(s[k - 1]!)) k--;
  const anchorStart = k;
  if (k > 0 && lex.anchorLeads.includes(s[k - 1]!)) k--;
  const anchor = s.slice(anchorStart, at);
  return anchor.length >= 2 ? { start: k, anchor } : null;
}

/** `方案印发后一个月内`, `收到通知之日起15个工作日内`. */
function eventDurationAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  if (!isHanAt(s, i - 1)) return null; // the cheaper test first
  const after = matchAt(p.eventLink, s, i);
  if (!after) return null;
  const d = durationAtIndex(s, i + after[0].length, o, p);
  if (!d) return null;
  const event = eventBefore(s, i, o.lexicon);
  if (!event) return null;
  return { start: event.start, end: i + after[0].length + d.length, deadline: { kind: 'relative', precision: 'fuzzy', anchor: event.anchor } };
}

/** `在迎接国家实地测评之前`: before an event the text does not date. */
function eventBeforeAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const prefix = matchAt(p.anchorPrefix, s, i);
  if (!prefix) return null;
  const from = i + prefix[0].length;
  for (let k = from + 2; k <= Math.min(s.length, from + 20); k++) {
    if (isBoundaryAt(s, k - 1) || /[\d]/.test(s[k - 1]!)) return null;
    const word = matchAt(p.anchorBefore, s, k);
    if (!word) continue;
    const anchor = s.slice(from, k);
    if (word.groups!.w === '前' && (!o.lexicon.anchorEvents.some((e) => anchor.endsWith(e)) || !startsBefore(s, k, o.lexicon, p))) continue;
    if (o.point(from)) return null;
    return { start: i, end: k + word[0].length, deadline: { kind: 'relative', precision: 'fuzzy', anchor } };
  }
  return null;
}

/** `使保洁常态化`, `推动…工作常态化。`: the clause before the ongoing word makes it the state work should reach. */
function isResultState(s: string, i: number, lex: Lexicon): boolean {
  const clause = s.slice(Math.max(0, i - 20), i).split(/[，,。；;：:！？]/).at(-1)!;
  return lex.ongoingResultVerbs.some((w) => clause.includes(w));
}

/**
 * `长期坚持`, `常态化`, `持续推进`: ongoing work. In running text only as the
 * predicate of a clause (`确保创文工作稳步持续推进。`, `常态化开展“…”活动`), not as
 * an attribute (`常态化管理办法`, `长效机制`) or a state to reach (`使…常态化`);
 * before a verb (`推动常态化开展…`) it is how the work is done, whatever precedes.
 */
function ongoingAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const m = matchAt(p.ongoing, s, i);
  if (!m) return null;
  let end = i + m[0].length;
  const verb = matchAt(p.ongoingVerb, s, end);
  if (o.lexicon.ongoingFalsePrecedes.includes(s[i - 1] ?? '') || (!verb && isResultState(s, i, o.lexicon))) return null;
  if (!o.loose) {
    const next = verb ? end + verb[0].length : end;
    // a quote right after the word opens its object (`持续推进“一网通办”`): the word is the verb of the work, not its schedule;
    // after a verb (`常态化开展“…”活动`) the quote is that verb's object
    if (!isBoundaryAt(s, next) || (!verb && OBJECT_OPENERS.includes(s[next] ?? ''))) return null;
  }
  return { start: i, end, deadline: { kind: 'ongoing', precision: 'fuzzy' } };
}

/**
 * `规定时限内`, `限期`: a deadline in words only, unless negated (`处理不及时`) or
 * an attribute (`及时的原则`). Adverbs (`尽快`, `及时`) only where they stand alone.
 */
function vagueAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  let m = matchAt(p.vague, s, i);
  if (!m) {
    m = matchAt(p.vagueAdverb, s, i);
    if (!m || !(o.loose || (isBoundaryAt(s, i - 1) && isBoundaryAt(s, i + m[0].length)))) return null;
  }
  const end = i + m[0].length;
  if (o.lexicon.negations.some((w) => s.slice(Math.max(0, i - w.length), i) === w)) return null;
  if (o.lexicon.vagueFalseFollowers.includes(s[end] ?? '')) return null;
  return { start: i, end, deadline: { kind: 'relative', precision: 'fuzzy', vague: true } };
}

/** `节日期间`, `“六一”期间`: during a holiday the text does not date. */
function holidayAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  // `十一` after a number is no holiday (`二十一期间`)
  if (/[\d〇零一二两三四五六七八九十]/u.test(s[i - 1] ?? '')) return null;
  const during = matchAt(p.holiday, s, i);
  if (during?.groups) return { start: i, end: i + during[0].length, deadline: { kind: 'relative', precision: 'fuzzy', anchor: during.groups.h! } };
  return holidayBeforeAt(s, i, o, p);
}

/**
 * `国庆节前完成`: before a holiday. One on a fixed day of the calendar
 * (lexicon `holidayDates`) is that day, in the plan's year when it has one;
 * a lunar one (`春节前`) is a deadline relative to the holiday.
 */
function holidayBeforeAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  const m = matchAt(p.holidayBefore, s, i);
  if (!m?.groups) return null;
  const holiday = m.groups.h!;
  const end = i + m[0].length;
  const day = o.lexicon.holidayDates[holiday];
  if (!day) return { start: i, end, deadline: { kind: 'relative', precision: 'fuzzy', anchor: holiday } };
  const [month, date] = day.split('-').map(Number) as [number, number];
  // `元旦前` in a plan of 2024 is the coming new year's day, the end of the plan's year
  const year = o.year !== null && month === 1 ? o.year + 1 : o.year;
  return { start: i, end, deadline: { kind: 'before', precision: 'exact', end: toIso(ymd(year, month, date)) } };
}

/** Whether an index may start one of some words, by its code unit (an empty word starts anywhere). */
function startsOneOf(words: readonly string[]): (s: string, i: number) => boolean {
  if (words.includes('')) return () => true;
  const firsts = new Uint8Array(0x10000);
  for (const w of words) firsts[w.charCodeAt(0)] = 1;
  return (s, i) => firsts[s.charCodeAt(i)] === 1;
}

const startsAfterWord = memoByLexicon((lex) => startsOneOf(lex.afterWords));

/** `本次创建检查后，…`: a clause that is only "after an event" dates what follows by that event. */
function eventAfterAt(s: string, i: number, o: Scan, p: DeadlinePatterns): Candidate | null {
  if (!o.eventAfter || !isBoundaryAt(s, i - 1)) return null;
  const mayStartAfter = startsAfterWord(o.lexicon);
  for (let k = i + 2; k <= Math.min(s.length, i + 16); k++) {
    if (!isHanAt(s, k - 1)) return null;
    // every clause start tries up to 14 ends: the first character rules out most without the regex
    if (!mayStartAfter(s, k)) continue;
    const word = matchAt(p.after, s, k);
    if (!word || !isBoundaryAt(s, k + word[0].length) || s[k + word[0].length] === undefined) continue;
    const anchor = s.slice(i, k);
    if (!o.lexicon.anchorEvents.some((e) => anchor.endsWith(e))) continue;
    return { start: i, end: k + word[0].length, deadline: { kind: 'relative', precision: 'fuzzy', anchor } };
  }
  return null;
}

// ---- selection -------------------------------------------------------------

type Matcher = (s: string, i: number, o: Scan, p: DeadlinePatterns) => Candidate | null;

/**
 * A matcher and the words it can start with, taken from the same lexicon
 * lists as its patterns (so a user's extra words count); only their first
 * character matters. `clauseStart`: any character, but only after a clause
 * boundary.
 */
interface MatcherSpec {
  match: Matcher;
  leads: (lex: Lexicon) => readonly string[] | 'clauseStart';
}

/** In order of preference when two match the same span. */
const MATCHERS: MatcherSpec[] = [
  { match: labeledAt, leads: (lex) => lex.deadlineLabels },
  { match: recurringAt, leads: (lex) => [...Object.keys(lex.recurrenceFixed), ...lex.recurrenceGapMarkers, ...lex.recurrenceMarkers, ...NUMBER_LEADS] },
  { match: anchoredDurationAt, leads: (lex) => [...lex.rangePrefixes, ...pointLeads(lex)] },
  { match: rangeAt, leads: (lex) => [...lex.rangePrefixes, ...pointLeads(lex)] },
  { match: pointAt, leads: (lex) => [...lex.beforePrefixes, ...lex.untilPrefixes, ...pointLeads(lex)] },
  { match: inYearAt, leads: (lex) => [...lex.anchorPrefixes, ...'0123456789'] },
  { match: eventDurationAt, leads: (lex) => lex.eventDurationLinks },
  { match: eventBeforeAt, leads: (lex) => lex.anchorPrefixes },
  { match: durationAt, leads: () => NUMBER_LEADS },
  { match: holidayAt, leads: holidayLeads },
  { match: eventAfterAt, leads: () => 'clauseStart' },
  { match: ongoingAt, leads: (lex) => lex.ongoingWords },
  { match: vagueAt, leads: (lex) => [...lex.vagueWords, ...lex.vagueAdverbs] },
];

/**
 * The matchers worth trying at an index, by the UTF-16 code unit there:
 * `lists[listOf[code]]`. A flat array because the scan looks at every index;
 * list 0 is for the characters no lead starts with.
 */
interface Dispatch {
  listOf: Uint16Array;
  lists: Matcher[][];
}

/** Whether a matcher may start with character c (undefined: a character no lead starts with). */
function mayStartWith(leads: readonly string[] | 'clauseStart', c: string | undefined, clauseStart: boolean): boolean {
  if (leads === 'clauseStart') return clauseStart;
  // an empty word (a user's '') matches anywhere
  return leads.some((w) => w === '' || w[0] === c);
}

function buildDispatch(lex: Lexicon, clauseStart: boolean): Dispatch {
  const leads = MATCHERS.map((m) => m.leads(lex));
  const lists: Matcher[][] = [];
  const listByKey = new Map<string, number>();
  // the index of the list of matchers that may start with c; characters that start the same matchers share one
  const indexOf = (c: string | undefined) => {
    const ks = MATCHERS.flatMap((_, k) => (mayStartWith(leads[k]!, c, clauseStart) ? [k] : []));
    const key = ks.join();
    if (!listByKey.has(key)) listByKey.set(key, lists.push(ks.map((k) => MATCHERS[k]!.match)) - 1);
    return listByKey.get(key)!;
  };
  indexOf(undefined); // list 0
  const listOf = new Uint16Array(0x10000);
  // one indexOf per first character, not per word: the lexicon's words share a few hundred first characters
  const seen = new Set<number>();
  for (const l of leads) {
    if (l === 'clauseStart') continue;
    for (const w of l) {
      const code = w.charCodeAt(0);
      if (!w || seen.has(code)) continue;
      seen.add(code);
      listOf[code] = indexOf(w[0]);
    }
  }
  return { listOf, lists };
}

/** Two tables per lexicon: inside a clause, and at its start (where `eventAfterAt` may begin). */
interface Dispatches {
  inClause: Dispatch;
  atClauseStart: Dispatch;
}

const dispatches = memoByLexicon((lex): Dispatches => ({ inClause: buildDispatch(lex, false), atClauseStart: buildDispatch(lex, true) }));

/** What a scan of s shares between indices and matchers, built once per text rather than at every index. */
function startScan(s: string, o: ScanOptions): Scan {
  const { year, lexicon, loose, durationStart } = o;
  return { year, lexicon, loose, durationStart, p: patterns(lexicon), tables: dispatches(lexicon), point: pointsOf(s, year, lexicon), eventAfter: eventAfterWords(lexicon)(s) };
}

/** eventAfterAt needs an after word (`后`) and, before it, an event word (`检查`): one plain test per text. */
const eventAfterWords = memoByLexicon((lex) => {
  const after = holdsAny(lex.afterWords);
  const event = holdsAny(lex.anchorEvents);
  return (s: string) => after(s) && event(s);
});

/** The matchers that can start at i, in preference order; most indices of running text have none. */
function matchersAt(s: string, i: number, tables: Dispatches): readonly Matcher[] {
  const table = isBoundaryAt(s, i - 1) ? tables.atClauseStart : tables.inClause;
  // past the end (a label at the end of the text) there is no code unit: list 0
  return table.lists[table.listOf[s.charCodeAt(i)] ?? 0]!;
}

/** The longest candidate starting exactly at i (the first matcher wins ties). */
export function bestAt(s: string, i: number, o: ScanOptions, labels = true): Candidate | null {
  return bestIn(s, i, startScan(s, o), labels);
}

function bestIn(s: string, i: number, o: Scan, labels: boolean): Candidate | null {
  const matchers = matchersAt(s, i, o.tables);
  if (matchers.length === 0 || !canStartAt(s, i)) return null;
  let best: Candidate | null = null;
  for (const matcher of matchers) {
    if (!labels && matcher === labeledAt) continue;
    const c = matcher(s, i, o, o.p);
    if (c && c.end > c.start && (!best || c.end > best.end || (c.start < best.start && c.end >= best.end))) best = c;
  }
  return best;
}

/** Every deadline in order: at each index the best candidate, then on after it. Spans that start earlier (an event before `后`) are kept when they do not overlap what was taken. */
export function scan(s: string, o: ScanOptions): Candidate[] {
  const state = startScan(s, o);
  const found: Candidate[] = [];
  let i = 0;
  while (i < s.length) {
    const c = bestIn(s, i, state, true);
    // an event phrase may reach back before i: it is kept unless it overlaps what was taken
    if (c && c.start >= (found.at(-1)?.end ?? 0)) {
      found.push(c);
      i = c.end;
    } else i++;
  }
  return found;
}
