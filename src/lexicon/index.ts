/**
 * All of plan-parse's Chinese vocabulary in one place. Every word list is
 * data: `mergeLexicon` adds a user's words (from .planparserc) to them.
 */
import type { LexiconExtension as LexiconExtensionWords } from '../model/lexicon-extension.js';
import { sectionLexicon } from './sections.js';
import { ownerLexicon } from './owners.js';
import { deadlineLexicon } from './deadlines.js';
import { boilerplateLexicon } from './boilerplate.js';
import { tableLexicon } from './tables.js';
import { fieldLexicon } from './fields.js';
import type { SectionKind } from '../model/plan.js';

export const defaultLexicon = {
  ...sectionLexicon,
  ...ownerLexicon,
  ...deadlineLexicon,
  ...boilerplateLexicon,
  ...tableLexicon,
  ...fieldLexicon,
};

export type Lexicon = typeof defaultLexicon;

/** Words a user adds; every list is optional and is appended to the default one. */
export { LexiconExtension } from '../model/lexicon-extension.js';

export function mergeLexicon(base: Lexicon, extra: LexiconExtensionWords | undefined): Lexicon {
  if (!extra) return base;
  const sectionKinds = { ...base.sectionKinds };
  for (const [kind, words] of Object.entries(extra.sectionKinds ?? {}) as [SectionKind, string[]][]) {
    sectionKinds[kind] = [...sectionKinds[kind], ...words];
  }
  const add = (a: string[], b: string[] | undefined) => (b?.length ? [...a, ...b] : a);
  return {
    ...base,
    sectionKinds,
    unitSuffixes: add(base.unitSuffixes, extra.unitSuffixes),
    collectiveWords: add(base.collectiveWords, extra.collectiveWords),
    placeholders: add(base.placeholders, extra.placeholders),
    personTitles: add(base.personTitles, extra.personTitles),
    surnames: base.surnames + [extra.surnames ?? []].flat().join(''),
    compoundSurnames: add(base.compoundSurnames, extra.compoundSurnames),
    deadlineLabels: add(base.deadlineLabels, extra.deadlineLabels),
    vagueWords: add(base.vagueWords, extra.vagueWords),
    vagueAdverbs: add(base.vagueAdverbs, extra.vagueAdverbs),
    ongoingWords: add(base.ongoingWords, extra.ongoingWords),
  };
}

/** Build a derived value (usually a RegExp) once per lexicon object. */
export function memoByLexicon<T>(build: (lex: Lexicon) => T): (lex: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lex) => {
    let value = cache.get(lex);
    if (value === undefined) {
      value = build(lex);
      cache.set(lex, value);
    }
    return value;
  };
}

/** Escape a word for use inside a RegExp alternation; longest words first so they win. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * A plain test that a text holds one of some words: the cheap check before a
 * regex that cannot match without one of them. A word that holds a shorter
 * word of the list is left out (the shorter is found wherever it is). An
 * empty list, or an empty word, makes the regex's alternation match
 * anywhere: then every text passes.
 */
export function holdsAny(words: readonly string[]): (text: string) => boolean {
  if (words.length === 0 || words.includes('')) return () => true;
  const unique = [...new Set(words)];
  const core = unique.filter((w) => !unique.some((o) => o !== w && w.includes(o)));
  return (text) => core.some((w) => text.includes(w));
}
