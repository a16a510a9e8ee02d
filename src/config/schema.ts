/**
 * The configuration file (.planparserc.yaml, …): zod schema, and from it
 * `schemas/config.schema.json` so editors autocomplete it. The `rules` part is
 * built from the rule modules, so each rule's options are checked by the
 * rule's own schema.
 */
import * as z from 'zod';
import { SectionKind } from '../model/plan.js';
import { LexiconExtension } from '../model/lexicon-extension.js';
import { SeveritySetting } from '../model/finding.js';
import { rules } from '../rules/index.js';
import { ruleSummary, type Rule } from '../rules/types.js';

/** A severity; for rules with options also `[severity, {options}]`. */
function ruleEntry(rule: Rule<unknown>) {
  const doc = `${ruleSummary(rule)} Default: ${rule.defaultSeverity}.`;
  if (!rule.options) return SeveritySetting.optional().describe(doc);
  return z
    .union([SeveritySetting, z.tuple([SeveritySetting, rule.options as z.ZodType])])
    .optional()
    .describe(`${doc} Either a severity or [severity, {options}].`);
}

export const RulesConfig = z
  .object(Object.fromEntries(rules.map((rule) => [rule.id, ruleEntry(rule)])))
  .strict()
  .describe('severity of each rule by id: off|info|warning|error, or [severity, {options}]');

const Words = z.array(z.string().min(1));

/** The `lexicon:` of a configuration: the words mergeLexicon adds (one schema for both). */
export const LexiconConfig = LexiconExtension;

export const RosterConfig = z
  .object({
    people: Words.default([]).describe('everyone who may own a task'),
    units: Words.default([]).describe('every unit that may own a task'),
  })
  .strict()
  .describe('who exists: enables unknown-owner');

export const RequiredSectionsConfig = z
  .object({
    plan: z.array(SectionKind).optional().describe('default: [guidance, tasks, safeguards]'),
    summary: z.array(SectionKind).optional().describe('default: [problems]'),
  })
  .strict()
  .describe('section kinds missing-section requires, by document kind');

/** `/regex/flags` is a regular expression; anything else is text the title contains. */
export function isRegexPattern(pattern: string): boolean {
  return /^\/.+\/[a-z]*$/.test(pattern);
}

function validPattern(pattern: string): boolean {
  if (!isRegexPattern(pattern)) return true;
  try {
    new RegExp(pattern.slice(1, pattern.lastIndexOf('/')), pattern.slice(pattern.lastIndexOf('/') + 1));
    return true;
  } catch {
    return false;
  }
}

const RuleId = z.enum(rules.map((rule) => rule.id) as [string, ...string[]], { error: 'unknown rule id (plan-parse rules lists them)' });

export const IgnoreEntry = z
  .object({
    task: z.string().regex(/^t\d+$/, 'expected a task id such as t3').optional().describe('a task id (t1, t2, … in reading order)'),
    title: z.string().min(1).refine(validPattern, 'invalid regular expression').optional().describe('text the task title contains, or /regex/'),
    rules: z.array(RuleId).optional().describe('only these rules (default: all)'),
    document: z.number().int().min(0).optional().describe('only this document of a file (0-based)'),
    files: z.string().min(1).optional().describe('only files matching this glob, relative to the configuration file'),
    reason: z.string().trim().min(1, 'an ignore entry needs a reason').describe('why these findings are accepted (required)'),
  })
  .strict()
  .refine((e) => e.task !== undefined || e.title !== undefined || e.rules !== undefined || e.files !== undefined || e.document !== undefined, {
    message: 'an ignore entry needs at least one of task, title, rules, files, document',
  });
export type IgnoreEntry = z.infer<typeof IgnoreEntry>;

export const Config = z
  .object({
    $schema: z.string().optional(),
    rules: RulesConfig.optional(),
    roster: RosterConfig.optional(),
    lexicon: LexiconConfig.optional(),
    year: z.number().int().min(1900).max(2200).optional().describe('year for dates without one when a document gives none (--year wins)'),
    requiredSections: RequiredSectionsConfig.optional(),
    ignore: z.array(IgnoreEntry).optional().describe('findings to accept, each with a reason'),
  })
  .strict();
export type Config = z.infer<typeof Config>;
