/**
 * Calendar arithmetic for deadlines: days in a month, ISO output with an
 * unknown year (`--06-30`), adding days/months/years.
 */
import type { IsoDate } from '../model/plan.js';

/** A calendar day; `y` is null when the year is unknown (a template's `20xx年`, or no year anywhere). */
export interface Ymd {
  y: number | null;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month; February of an unknown year has 29, so that `2月底` of a template still ends on its last possible day. */
export function daysInMonth(y: number | null, m: number): number {
  if (m === 2) return y === null || isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValidDay(y: number | null, m: number, d: number): boolean {
  return Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * A day as a writer may put it with 月 and 日: the 31st of a 30-day month
 * (`8月1日至9月31日`, a slip of the pen for its last day) is that last day.
 * February stays strict (`2023年2月29日` names no day), and so do digits
 * alone (`2024-09-31`, a cell `9.31`): there they may be no date at all.
 */
export function isWrittenDay(y: number | null, m: number, d: number): boolean {
  return isValidDay(y, m, d) || (d === 31 && m !== 2 && isValidDay(y, m, 30));
}

/** A day, clamping the day to the month's length (`31` in a lexicon period = the last day). */
export function ymd(y: number | null, m: number, d: number): Ymd {
  return { y, m, d: Math.min(d, daysInMonth(y, m)) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
export function toIso(day: Ymd): IsoDate {
  return `${day.y === null ? '-' : pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** -1, 0, 1; days of an unknown year compare by month and day. */
export function compareYmd(a: Ymd, b: Ymd): number {
  const key = (x: Ymd) => (x.y ?? 0) * 10000 + x.m * 100 + x.d;
  return Math.sign(key(a) - key(b));
}

/** The day `n` days after `day` (a known year is needed to cross a year end correctly). */
export function addDays(day: Ymd, n: number): Ymd {
  if (day.y === null) {
    // month-day arithmetic in a leap year keeps --02-29 reachable; the year stays unknown
    const moved = addDays({ ...day, y: 2000 }, n);
    return { ...moved, y: null };
  }
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The last day of the `n`-month period starting on the first of `day`'s month. */
export function endOfMonths(day: Ymd, n: number): Ymd {
  const index = day.m - 1 + n - 1;
  const y = day.y === null ? null : day.y + Math.floor(index / 12);
  const m = (index % 12) + 1;
  return ymd(y, m, 31);
}

/** `2012-01-01` → its day. */
export function fromIso(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/** `2024-06-30` or `--06-30` → its day; null for anything else (a range, a recurrence). */
export function parseIso(date: string | null | undefined): Ymd | null {
  const m = date ? /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return null;
  return { y: m[1] === '-' ? null : Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/**
 * Days since 1970 for comparing dates. A day without a year takes
 * `fallbackYear`, else 2000: a leap year, so `--02-29` stays valid, and two
 * year-less days still compare by month and day.
 */
export function dayNumber(day: Ymd, fallbackYear: number | null): number {
  return Date.UTC(day.y ?? fallbackYear ?? 2000, day.m - 1, day.d) / 86_400_000;
}
