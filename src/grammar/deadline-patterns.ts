/**
 * The regular expressions of the deadline grammar, built once per lexicon
 * from its word lists. All are sticky (`y`): they match at a given index of
 * the text being scanned, never search.
 */
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';

/** Spaces that PDF copies put inside dates (`12 月底前`). */
export const SP = '[ \\t\\u00a0]*';
/** A month number: `6`, `12`, `十二`, `三`. */
const MONTH = '\\d{1,2}|十[一二]?|[一二三四五六七八九]';
/** A day number: `9`, `30`, `三十一`, `二十`, `十五`, `一`. */
const DAY = '\\d{1,2}|[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]';
/** A count: `15`, `一`, `两`, `十五`, `半`. */
export const COUNT = '\\d{1,3}|[一二两三四五六七八九十百]{1,3}|半';
/** An hour: `4`, `16`, `四`, `十一`. */
const HOUR = '\\d{1,2}|二十[一二三四]?|十[一二三四五六七八九]?|[一二两三四五六七八九十]';
/** Characters that can only continue a number, so a match may not start right after them. */
export const NUMBER_CHARS = /[\d〇零一二两三四五六七八九十百千xX×_＿.．]/;
export const CJK_NUMBER_CHARS = /[〇零一二两三四五六七八九十百千第]/;
/** Quotes a holiday may stand in (`“六一”期间`). */
const HOLIDAY_QUOTES = '“"';

/**
 * Every character the fixed number fragments of this file can start with:
 * MONTH, COUNT, HOUR, the year forms (`2024`, `二〇二四`, `[xX×_＿]{4}`), a
 * quarter's `第`, a count's `半`. A superset is harmless: it only tells the
 * scan where a number-led matcher is worth trying.
 */
export const NUMBER_LEADS: readonly string[] = [...'0123456789〇零一二两三四五六七八九十百第半xX×_＿'];

/**
 * Words a point (`parsePoint`) can start with: a number, a relative year
 * (`今年`), a bare year part (`年底`, `年内`: `年` and a word; `上半年`: a
 * yearPeriods key with its own 年). Kept next to the `year`, `bareYear` and
 * `bareYearPeriod` patterns, which they mirror.
 */
export function pointLeads(lex: Lexicon): string[] {
  const halves = Object.keys(lex.yearPeriods).filter((k) => k.includes('年'));
  return [...NUMBER_LEADS, ...Object.keys(lex.relativeYears), '年', ...halves];
}

/** Words a holiday phrase can start with: a holiday, or a quote around it. */
export function holidayLeads(lex: Lexicon): string[] {
  return [...HOLIDAY_QUOTES, ...lex.holidays];
}

const sticky = (source: string) => new RegExp(source, 'uy');
const keys = (record: Record<string, unknown>) => alternation(Object.keys(record));

export interface DeadlinePatterns {
  iso: RegExp;
  yearMonthDot: RegExp;
  year: RegExp;
  yearSuffix: RegExp;
  month: RegExp;
  day: RegExp;
  monthPeriod: RegExp;
  yearPeriod: RegExp;
  bareYearPeriod: RegExp;
  bareYear: RegExp;
  quarter: RegExp;
  monthDot: RegExp;
  yearSpan: RegExp;
  dayNumberRange: RegExp;
  monthNumberRange: RegExp;
  timeOfDay: RegExp;
  weekdayNote: RegExp;
  before: RegExp;
  within: RegExp;
  until: RegExp;
  beforePrefix: RegExp;
  untilPrefix: RegExp;
  separator: RegExp;
  looseSeparator: RegExp;
  rangePrefix: RegExp;
  rangeSuffix: RegExp;
  from: RegExp;
  duration: RegExp;
  label: RegExp;
  vague: RegExp;
  vagueAdverb: RegExp;
  holiday: RegExp;
  /** `国庆节前`, `春节之前`: before a holiday. */
  holidayBefore: RegExp;
  after: RegExp;
  ongoing: RegExp;
  ongoingVerb: RegExp;
  recurrence: RegExp;
  recurrenceFixed: RegExp;
  frequency: RegExp;
  weekday: RegExp;
  weekdayThrough: RegExp;
  eventLink: RegExp;
  monthDay: RegExp;
  recurrencePeriod: RegExp;
  anchorBefore: RegExp;
  anchorPrefix: RegExp;
}

export const patterns = memoByLexicon((lex: Lexicon): DeadlinePatterns => {
  const placeholders = alternation(lex.yearPlaceholders);
  const relativeYears = keys(lex.relativeYears);
  const recurrenceUnits = keys(lex.recurrenceUnits);
  const durationUnits = keys(lex.durationUnits);
  const seps = alternation(lex.rangeSeparators);
  return {
    // `2021.8`, `2021.12`: a year and its month (a register's 计划完成时间), not an amount (`2021.8万元`)
    yearMonthDot: sticky(`(?<y>(?:19|20)\\d{2})[.．](?<m>1[0-2]|0?[1-9])(?![\\d.．%％万亿千百元个人次项吨亩])`),
    iso: sticky(`(?<y>(?:19|20)\\d{2})(?<sep>[-/.．])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\d.．])`),
    year: sticky(
      `(?:(?<y4>(?:19|20)\\d{2})|(?<ycn>[〇零一二三四五六七八九]{4})|(?<yph>(?:19|20|二〇|二零)(?:${placeholders})|[xX×_＿]{4})` +
        `|(?<y2>\\d{2})(?=${SP}年${SP}(?:(?:${MONTH})${SP}月|[底末初])))${SP}年|(?<rel>${relativeYears})`,
    ),
    yearSuffix: sticky('度'),
    month: sticky(`(?<m>${MONTH})${SP}月(?!${SP}[一二两三四五六七八九十\\d]${SP}次)`),
    day: sticky(`${SP}(?<d>${DAY})${SP}[日号]`),
    monthPeriod: sticky(`(?<p>${keys(lex.monthPeriods)})`),
    yearPeriod: sticky(`(?<p>${keys(lex.yearPeriods)})`),
    bareYearPeriod: sticky(`年(?<p>${alternation(Object.keys(lex.yearPeriods).filter((k) => !k.includes('年')))})|(?<half>${alternation(Object.keys(lex.yearPeriods).filter((k) => k.includes('年')))})`),
    bareYear: sticky('年'),
    quarter: sticky(`第?(?<q>[一二三四1-4])(?:${alternation(lex.quarterWords)})(?<p>${keys(lex.quarterPeriods)})?`),
    monthDot: sticky(`(?<m>\\d{1,2})[./．](?<d>\\d{1,2})(?![\\d.．%])`),
    yearSpan: sticky(`(?<a>(?:19|20)\\d{2})(?:${SP}年)?${SP}(?:${seps})${SP}(?<b>(?:19|20)\\d{2})${SP}年`),
    dayNumberRange: sticky(`(?<a>${DAY})${SP}(?:${seps})${SP}(?<b>${DAY})${SP}[日号]`),
    monthNumberRange: sticky(`(?<a>1[0-2]|0?[1-9])${SP}(?:${seps})${SP}(?<b>1[0-2]|0?[1-9])${SP}月(?:份)?(?![\\d初中下上底末旬])`),
    timeOfDay: sticky(
      `${SP}(?:(?<part>${keys(lex.dayParts)})${SP})?(?:(?<h>${HOUR})${SP}(?:${alternation(lex.hourWords)})(?:${SP}(?<half>半)|${SP}(?<min>\\d{1,2})${SP}分)?|(?<hh>\\d{1,2})[:：](?<mm>\\d{2}))` +
        `|${SP}(?<partOnly>${keys(lex.dayParts)})`,
    ),
    weekdayNote: sticky(`${SP}[（(](?:周|星期|礼拜)[一二三四五六日天][）)]`),
    before: sticky(`${SP}(?<w>${alternation(lex.beforeSuffixes)})`),
    within: sticky(`${SP}(?<w>${alternation(lex.withinSuffixes)})`),
    until: sticky(`${SP}(?<w>${alternation(lex.untilSuffixes)})`),
    beforePrefix: sticky(`(?:${alternation(lex.beforePrefixes)})${SP}`),
    untilPrefix: sticky(`(?:${alternation(lex.untilPrefixes)})${SP}`),
    separator: sticky(`${SP}(?:${seps})${SP}`),
    looseSeparator: sticky(`${SP}(?:${alternation(lex.looseRangeSeparators)})+${SP}`),
    rangePrefix: sticky(`(?:${alternation(lex.rangePrefixes)})${SP}`),
    rangeSuffix: sticky(`${SP}(?:${alternation(lex.rangeSuffixes)})`),
    from: sticky(`${SP}(?:${alternation(lex.fromSuffixes)})${SP}`),
    duration: sticky(`(?<n>${COUNT})${SP}(?<u>${durationUnits})${SP}(?<w>${alternation(lex.withinSuffixes)})`),
    label: sticky(`(?:${alternation(lex.deadlineLabels)})${SP}[：:]*${SP}(?:${alternation(lex.labelFillers)})?${SP}(?:${alternation(lex.anchorPrefixes)})?${SP}`),
    vague: sticky(`(?:${alternation(lex.vagueWords)})`),
    vagueAdverb: sticky(`(?:${alternation(lex.vagueAdverbs)})`),
    holiday: sticky(`[${HOLIDAY_QUOTES}]?(?<h>${alternation(lex.holidays)})[”"]?${SP}(?:${alternation(lex.duringWords)})`),
    holidayBefore: sticky(`[${HOLIDAY_QUOTES}]?(?<h>${alternation(lex.holidays)})[”"]?${SP}(?:${alternation(lex.beforeHolidayWords)})`),
    after: sticky(`(?<w>${alternation(lex.afterWords)})`),
    ongoing: sticky(`(?:${alternation(lex.ongoingWords)})`),
    ongoingVerb: sticky(`(?:${alternation(lex.ongoingVerbs)})`),
    recurrence: sticky(`(?:(?<gap>${alternation(lex.recurrenceGapMarkers)})|(?<mark>${alternation(lex.recurrenceMarkers)}))${SP}(?:(?<n>${COUNT})${SP})?(?<u>${recurrenceUnits})`),
    recurrenceFixed: sticky(`(?:${keys(lex.recurrenceFixed)})`),
    frequency: sticky(`(?<n>一|两|二|三|四|半|\\d{1,2})${SP}(?<u>${recurrenceUnits})${SP}(?:(?<times>[一两二三四五六七八九十\\d]{1,2})${SP}次|一(?:${alternation(lex.recurrenceCountFollowers.concat(['度']))}))`),
    weekday: sticky(`(?<w>${keys(lex.weekdays)})`),
    weekdayThrough: sticky(`${SP}(?:${seps})${SP}(?:${alternation(lex.weekWords)})?(?<w>${keys(lex.weekdays)})`),
    eventLink: sticky(`(?:${alternation(lex.eventDurationLinks)})${SP}`),
    monthDay: sticky(`${SP}(?<d>${DAY})${SP}[日号]`),
    recurrencePeriod: sticky(`(?<p>${alternation(lex.recurrencePeriods)})`),
    anchorBefore: sticky(`(?<w>${alternation(lex.anchorBeforeWords)}|前)`),
    anchorPrefix: sticky(`(?:${alternation(lex.anchorPrefixes)})`),
  };
});

/** Run a sticky pattern at index `i`. */
export function matchAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}
