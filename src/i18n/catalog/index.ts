/** One catalogue per language. */
import type { Lang } from '../lang.js';
import { en, type Catalog } from './en.js';
import { zh } from './zh.js';

const catalogs: Record<Lang, Catalog> = { en, zh };

export function catalog(lang: Lang): Catalog {
  return catalogs[lang];
}

export type { Catalog };
