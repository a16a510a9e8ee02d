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
    future: new RegExp(`^(?:(?:19|20)\\d{2}年度?|${alternation(lex.futureTimeWords)})的?(?:${alternation(lex.futurePlanWords)})$`),
    /** headings seen before: the same heading is classified many times per document */
    cache: new Map<string, SectionKind>(),
  };
});

/**
 * The kind of a section heading: the earliest lexicon word in it, the longest
 * at that position (`主要工作任务` → tasks, `指导思想和工作目标` → guidance).
 */
export function sectionKind(heading: string, lex: Lexicon): SectionKind {
  const { cache } = sectionWords(lex);
  let kind = cache.get(heading);
  if (kind === undefined) {
    kind = classifyHeading(heading, lex);
    if (cache.size > 10_000) cache.clear();
    cache.set(heading, kind);
  }
  return kind;
}

function classifyHeading(heading: string, lex: Lexicon): SectionKind {
  const { any, kindOf, future } = sectionWords(lex);
  const text = heading.replace(/[：:。，,；;\s]+$/, '');
  if (future.test(text)) return 'next-steps';
  // a long heading is an item's first sentence, not a section title
  if (text.length > 20) return 'other';
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    // a section title starts with its word (二、主要工作任务) or ends with it
    // (二、中心创建文明城市工作的主要目标); an action item that merely
    // mentions one (（二）制订创建工作计划) is not that section
    const atStart = m.index <= 2;
    const atEnd = m.index + m[0].length === text.length;
    if (atStart || atEnd) return kindOf.get(m[0]) ?? 'other';
  }
  return 'other';
}

/** A section word at the very start of a text (`指导思想以培育…` → `指导思想`). */
export function leadingSectionWord(text: string, lex: Lexicon): string | null {
  return sectionWords(lex).leading.exec(text)?.[0] ?? null;
}
