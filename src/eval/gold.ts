/**
 * Gold files: hand-made expected results for one document of a source file.
 * Two dialects are read: the dev gold of fixtures/gold (with `document_index`,
 * `kind`, milestones) and the real corpus' gold of fixtures/real (with `lead`,
 * a nullable `title`, no `document_index`); see fixtures/real/README.md.
 */
import * as z from 'zod';

const GoldMilestone = z.object({
  name: z.string(),
  deadline_text: z.string().nullable().optional(),
  deadline: z.string().nullable(),
});

export const GoldTask = z.object({
  number: z.string().describe('numbering path joined with /, e.g. 三/（一）/1'),
  title: z.string(),
  owners: z.array(z.string()),
  /** Owners labelled 牵头/牵头单位/责任单位/责任人 (the real corpus' convention); absent in the dev gold. */
  lead: z.array(z.string()).optional(),
  deadline_text: z.string().nullable(),
  deadline: z.string().nullable().describe('YYYY-MM-DD, start/end, --MM-DD, recurring, ongoing, or null'),
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
  /** Which document of a multi-document file; optional when the file holds one. */
  document_index: z.number().int().min(0).optional(),
  kind: z.enum(['plan', 'summary', 'other']).optional(),
  title: z.string().nullable().optional(),
  year: z.number().int().nullable().optional(),
  sections: z.array(z.string()),
  tasks: z.array(GoldTask),
  phases: z.array(GoldPhase),
  problems: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type GoldDocument = z.infer<typeof GoldDocument>;
