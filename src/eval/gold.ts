/**
 * Gold files: hand-made expected results for one document of a source file
 * (the format of fixtures/gold/*.json).
 */
import { z } from 'zod';

const GoldMilestone = z.object({
  name: z.string(),
  deadline_text: z.string().nullable().optional(),
  deadline: z.string().nullable(),
});

export const GoldTask = z.object({
  number: z.string().describe('numbering path joined with /, e.g. 三/（一）/1'),
  title: z.string(),
  owners: z.array(z.string()),
  deadline_text: z.string().nullable(),
  deadline: z.string().nullable().describe('YYYY-MM-DD, start/end, recurring, ongoing, or null'),
  milestones: z.array(GoldMilestone).optional(),
  note: z.string().optional(),
});
export type GoldTask = z.infer<typeof GoldTask>;

export const GoldPhase = z.object({
  name: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  note: z.string().optional(),
});
export type GoldPhase = z.infer<typeof GoldPhase>;

export const GoldDocument = z.object({
  doc: z.string().describe('source path relative to the docs folder'),
  document_index: z.number().int().min(0),
  kind: z.enum(['plan', 'summary', 'other']).optional(),
  title: z.string().optional(),
  year: z.number().int().nullable().optional(),
  sections: z.array(z.string()),
  tasks: z.array(GoldTask),
  phases: z.array(GoldPhase),
  problems: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type GoldDocument = z.infer<typeof GoldDocument>;
