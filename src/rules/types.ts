/**
 * The contract of a gap rule (like an ESLint rule): metadata for docs and
 * SARIF, an optional zod schema for its options, and a pure check over one
 * parsed document. A rule never decides its final severity: the engine
 * applies the configured one (default: `defaultSeverity`).
 */
import type * as z from 'zod';
import type { Location, ParsedFile, PlanDocument, SectionKind } from '../model/plan.js';
import type { Severity } from '../model/finding.js';
import type { Lexicon } from '../lexicon/index.js';

/** A line of the document's source text (a reader block), for rules that read the text itself. */
export interface SourceLine {
  text: string;
  location: Location;
}

/** Settings from the configuration that several rules share. */
export interface RuleSettings {
  /** Configured people and units; empty lists mean no roster. */
  roster: { people: string[]; units: string[] };
  /** Section kinds a document must have, by document kind. */
  requiredSections: { plan: SectionKind[]; summary: SectionKind[] };
}

export interface RuleContext<Options = unknown> {
  file: ParsedFile;
  document: PlanDocument;
  options: Options;
  settings: RuleSettings;
  lexicon: Lexicon;
  /**
   * The document's source lines, when the caller read the file (the CLI does);
   * without them, text rules fall back to the texts in the model.
   */
  lines?: SourceLine[];
}

/** Values a message template fills in (src/i18n/catalog): names, dates as ISO text, counts. */
export type MessageData = Record<string, string | number>;

/**
 * What a check returns: the engine adds the rule id, severity and document.
 * The words are not the rule's: `messageId` names a template of the
 * language catalogues (src/i18n/catalog/*.ts, under the rule's id) and
 * `data` fills it, as ESLint rules report a messageId with data.
 */
export interface RawFinding<Id extends string = string> {
  messageId: Id;
  data?: MessageData;
  location: Location;
  taskId?: string;
  /**
   * Only for rules whose options grade their findings (phase-order's gaps):
   * the severity the options chose, capped by nothing else.
   */
  severity?: Severity;
}

/** Where the rules are documented: each has a section of the README, anchored by its id. */
export const RULE_DOCS = 'https://github.com/your-org/plan-parse/blob/main/README.md';

export interface Rule<Options = unknown, Id extends string = string> {
  id: string;
  /** Its documentation (SARIF `helpUri`, `plan-parse rules`); defineRule sets it from the id. */
  docs?: string;
  defaultSeverity: Severity;
  /** One paragraph, shown by `plan-parse rules`, in the README and as SARIF help. */
  description: string;
  /**
   * Short Chinese snippets: `bad` makes the rule fire, `good` does not (a test
   * parses both). `config` is the .planparserc.yaml they need, when the
   * defaults do not show the rule (a roster, a lower limit).
   */
  examples: {
    bad: string;
    good: string;
    config?: string;
    /** What the rule reports on `bad`, as `line:column message` (ESLint's example output); a test checks it. */
    output: readonly string[];
  };
  /** The message ids the rule reports; each has a template in every language's catalogue (a test checks). */
  messages: readonly Id[];
  /** Options with defaults; the engine parses the configured ones through it. */
  options?: z.ZodType<Options>;
  check(context: RuleContext<Options>): RawFinding<Id>[];
}

/** Identity helper that keeps a rule's options type tied to its schema, and its findings to its message ids. */
export function defineRule<Options, Id extends string>(rule: Rule<Options, Id>): Rule<Options, Id> {
  return { docs: `${RULE_DOCS}#${rule.id}`, ...rule };
}

/** The first sentence of a rule's description: what it finds, for tooltips and SARIF's short description. */
export function ruleSummary(rule: Rule<unknown>): string {
  const first = /^.*?[.:](?=\s|$)/.exec(rule.description)?.[0] ?? rule.description;
  return first.replace(/[.:]$/, '.');
}
