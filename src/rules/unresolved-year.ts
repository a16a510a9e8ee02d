/** unresolved-year: `20xx年`, `20__年` left over from a template. */
import type { Location, PlanDocument, Section } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { defineRule, type RawFinding, type SourceLine } from './types.js';

/**
 * Two patterns: letter-like stand-ins (`20xx`, `20__`, `20××`) count wherever
 * they stand; dashes and asterisks (`20--`) only before 年, since `20-25` and
 * `20*30` are numbers.
 */
const yearPattern = memoByLexicon((lex: Lexicon) => {
  const weak = (p: string) => /^[-－*＊]+$/.test(p);
  const strong = alternation(lex.yearPlaceholders.filter((p) => !weak(p)));
  const any = alternation(lex.yearPlaceholders);
  return new RegExp(`(?<![0-9A-Za-z])20(?:(?:${strong})(?![0-9A-Za-z_＿])|(?:${any})(?=年))`, 'g');
});

interface Text {
  text: string;
  location: Location;
  /** Whether a match's offset in `text` is a column of `location.line`. */
  exact: boolean;
}

function sectionTexts(sections: Section[]): Text[] {
  return sections.flatMap((s) => [{ text: s.heading, location: s.location, exact: false }, ...sectionTexts(s.children)]);
}

/** Without the source lines: every text the model keeps, at the location of its item. */
function modelTexts(document: PlanDocument): Text[] {
  const at = (text: string, location: Location): Text => ({ text, location, exact: false });
  return [
    at(document.title, document.location.start),
    ...sectionTexts(document.sections),
    ...document.tasks.flatMap((t) => [at(t.text, t.location), ...t.milestones.map((m) => at(m.text, m.location))]),
    ...document.phases.map((p) => at(p.text, p.location)),
    ...document.problems.map((p) => at(p.text, p.location)),
  ];
}

function lineTexts(lines: SourceLine[]): Text[] {
  return lines.map((line) => ({ text: line.text, location: line.location, exact: true }));
}

function findings(texts: Text[], lex: Lexicon): RawFinding<'unresolved'>[] {
  const pattern = yearPattern(lex);
  const seen = new Set<string>();
  const out: RawFinding<'unresolved'>[] = [];
  for (const { text, location, exact } of texts) {
    for (const match of text.matchAll(pattern)) {
      const key = exact ? `${location.line}:${match.index}` : `${location.line}:${match[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const column = exact ? (location.column ?? 1) + match.index : location.column;
      out.push({ messageId: 'unresolved', data: { text: match[0] }, location: { ...location, ...(column ? { column } : {}) } });
    }
  }
  return out;
}

export const unresolvedYear = defineRule({
  id: 'unresolved-year',
  defaultSeverity: 'warning',
  description:
    'A year left as a template stand-in — 20xx年, 20XX年, 20__年, 20××年 — in the title or the text. The plan was copied from a template and never finished; dates in it cannot be resolved to a year either. Write the year. The stand-ins are listed in the lexicon (yearPlaceholders).',
  messages: ['unresolved'],
  examples: {
    bad: '20xx年社区环境整治工作方案\n一、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹',
    good: '2024年社区环境整治工作方案\n一、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹',
    output: ['1:1 unresolved year “20xx” left in the text'],
  },
  check: ({ document, lines, lexicon }) => findings(lines ? lineTexts(lines) : modelTexts(document), lexicon),
});
