/** The formats for people that `parse` writes: one workbook or one HTML page for all the files given. */
import type { Lang } from '../i18n/index.js';
import type { PlanInput } from './plan-rows.js';
import { workbookBytes } from './xlsx.js';
import { htmlString } from './html.js';

export type PeopleFormat = 'xlsx' | 'html';

export async function renderForPeople(format: PeopleFormat, plans: PlanInput[], lang: Lang, version: string): Promise<Uint8Array | string> {
  return format === 'xlsx' ? workbookBytes(() => plans, lang) : htmlString(() => plans, { lang, version });
}
