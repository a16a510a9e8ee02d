/**
 * Words a configuration (or a library caller) adds to the built-in lexicon:
 * one zod schema for both, so `mergeLexicon`'s argument and the `lexicon:`
 * of .planparserc.yaml cannot drift apart.
 */
import * as z from 'zod';
import { SectionKind } from './plan.js';

const Words = z.array(z.string().min(1));

export const LexiconExtension = z
  .object({
    sectionKinds: z
      .object(Object.fromEntries(SectionKind.options.map((kind) => [kind, Words.optional()])) as Record<SectionKind, z.ZodOptional<typeof Words>>)
      .strict()
      .optional()
      .describe('extra heading words by section kind, e.g. tasks: [攻坚行动]'),
    unitSuffixes: Words.optional().describe('endings that make an owner a unit (…中心, …专班)'),
    collectiveWords: Words.optional().describe('owners that name a group (各片区, 全体网格员)'),
    placeholders: Words.optional().describe('template stand-ins for a name (○○○)'),
    personTitles: Words.optional().describe('titles after a name that keep it a person (网格长)'),
    surnames: z.union([z.string().min(1), Words]).optional().describe('single-character surnames, as one string (赪) or a list'),
    compoundSurnames: Words.optional().describe('two-character surnames (欧阳, 司马)'),
    deadlineLabels: Words.optional().describe('labels that introduce a deadline (办结时间)'),
    vagueWords: Words.optional().describe('deadlines in words only (择机)'),
    vagueAdverbs: Words.optional().describe('adverbs that make a deadline vague (尽快)'),
    ongoingWords: Words.optional().describe('markers of work that never ends (常态长效)'),
  })
  .strict()
  .describe('words added to the built-in lexicon');
export type LexiconExtension = z.infer<typeof LexiconExtension>;
