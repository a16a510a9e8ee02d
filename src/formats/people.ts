/** The formats for people that `parse` writes: one workbook or one HTML page for all the files given. */
import type { ParsedFile } from '../model/plan.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { checkParsed } from '../check/engine.js';
import type { Lang } from '../i18n/index.js';
import type { PlanInput } from './plan-rows.js';
import { workbookBytes } from './xlsx.js';
import { htmlString } from './html.js';

export type PeopleFormat = 'xlsx' | 'html';

/** Each file with the findings of its own configuration (the nearest .planparserc), as `check` would give. */
export function planInputs(files: ParsedFile[], configs: ResolvedConfig[]): PlanInput[] {
  return files.map((file, i) => ({ file, findings: checkParsed(file, { config: configs[i] }).findings }));
}

export async function renderForPeople(format: PeopleFormat, plans: PlanInput[], lang: Lang, version: string): Promise<Uint8Array | string> {
  return format === 'xlsx' ? workbookBytes(() => plans, lang) : htmlString(() => plans, { lang, version });
}
