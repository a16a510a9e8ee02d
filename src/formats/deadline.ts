/**
 * How a deadline reads for a person, in their language: `2024年5月31日前`,
 * `4月11日—5月31日`, `每周四` (recurring and ongoing ones as written), or
 * in English `by 2024-05-31`, `Apr 11 → May 31`. ISO stays in JSON/YAML.
 */
import type { Deadline } from '../model/plan.js';
import { catalog, formatMessage, peopleDate, peopleSpan, type Lang } from '../i18n/index.js';

export function describeDeadline(d: Deadline | null, lang: Lang = 'en'): string {
  if (!d) return '';
  const words = catalog(lang).deadline;
  if (d.vague) return formatMessage(words.vague, { text: d.text }, lang);
  switch (d.kind) {
    case 'range':
      return peopleSpan(d.start, d.end, lang);
    case 'before':
      return formatMessage(words.before, { date: peopleDate(d.end, lang) }, lang);
    case 'date':
      // a fuzzy date (`9月份`) is a period: show it as one
      return d.start && d.start !== d.end ? peopleSpan(d.start, d.end, lang) : d.end ? peopleDate(d.end, lang) : d.text;
    case 'recurring':
    case 'ongoing':
      return d.text;
    case 'relative':
      return d.end ? formatMessage(words.relative, { date: peopleDate(d.end, lang), text: d.text }, lang) : d.text;
  }
}
