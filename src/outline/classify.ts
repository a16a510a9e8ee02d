/** Section kinds from the section lexicon. */
import type { SectionKind } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';

const sectionWords = memoByLexicon((lex) => {
  const entries = (Object.entries(lex.sectionKinds) as [SectionKind, string[]][]).flatMap(([kind, words]) =>
    words.map((word) => ({ word, kind })),
  );
  return {
    kindOf: new Map(entries.map((e) => [e.word, e.kind])),
    any: new RegExp(alternation(entries.map((e) => e.word)), 'g'),
    leading: new RegExp(`^(?:${alternation(entries.map((e) => e.word))})`),
  };
});

/**
 * The kind of a section heading: the earliest lexicon word in it, the longest
 * at that position (`主要工作任务` → tasks, `指导思想和工作目标` → guidance).
 */
export function sectionKind(heading: string, lex: Lexicon): SectionKind {
  const { any, kindOf } = sectionWords(lex);
  any.lastIndex = 0;
  const m = any.exec(heading);
  // a long sentence that merely mentions a word (…工作任务和工作实际…) is not that section
  if (!m || m.index > 12) return 'other';
  return kindOf.get(m[0]) ?? 'other';
}

/** A section word at the very start of a text (`指导思想以培育…` → `指导思想`). */
export function leadingSectionWord(text: string, lex: Lexicon): string | null {
  return sectionWords(lex).leading.exec(text)?.[0] ?? null;
}
