/**
 * Dates for people. The model keeps ISO (`2024-05-31`, `--05-31` when the
 * year is unknown); views write them as people of the language do:
 * `2024年5月31日`, `5月31日` — or in English `2024-05-31`, `May 31`.
 */
import type { Lang } from './lang.js';
import { catalog } from './catalog/index.js';
import { formatTemplate } from './fill.js';

interface Parts {
  year: number | null;
  month: number;
  day: number;
}

export function dateParts(iso: string): Parts | null {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: m[1] === '-' ? null : Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function fill(parts: Parts, lang: Lang, withYear: boolean): string {
  const dates = catalog(lang).dates;
  const values = {
    year: parts.year ?? '',
    month: parts.month,
    day: parts.day,
    mm: String(parts.month).padStart(2, '0'),
    dd: String(parts.day).padStart(2, '0'),
    monthName: dates.months[parts.month - 1] ?? String(parts.month),
  };
  return formatTemplate(withYear && parts.year !== null ? dates.full : dates.monthDay, values);
}

/** One date; `…` for none, the text itself when it is not an ISO date. */
export function peopleDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return catalog(lang).dates.unknown;
  const parts = dateParts(iso);
  return parts ? fill(parts, lang, true) : iso;
}

/** A span: the end drops the year when it is the start's (`2024年4月11日—5月31日`). */
export function peopleSpan(start: string | null | undefined, end: string | null | undefined, lang: Lang): string {
  const dates = catalog(lang).dates;
  const from = start ? dateParts(start) : null;
  const to = end ? dateParts(end) : null;
  const sameYear = from !== null && to !== null && from.year !== null && from.year === to.year && dates.dropSameYear === 'yes';
  const endText = to ? fill(to, lang, !sameYear) : peopleDate(end, lang);
  return formatTemplate(dates.range, { start: peopleDate(start, lang), end: endText });
}
