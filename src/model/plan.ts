/**
 * The task model: the single source of truth for plan-parse's output types.
 * `schemas/plan.schema.json` is generated from these schemas (npm run schemas)
 * and a test fails when the committed file drifts from them.
 */
import * as z from 'zod';
import { Message } from './message.js';

export const SCHEMA_VERSION = '1.1';

/** `YYYY-MM-DD`, or `--MM-DD` (ISO 8601 month-day) when the year is unknown. */
export const IsoDate = z
  .string()
  .regex(/^(\d{4}|-)-\d{2}-\d{2}$/)
  .describe('ISO date YYYY-MM-DD, or --MM-DD when the year is unknown');
export type IsoDate = z.infer<typeof IsoDate>;

/** Where something sits in the source: a line of the (extracted) text, plus Word coordinates when the source is a Word file. */
export const Location = z.object({
  line: z.number().int().min(1).describe('1-based line in the source text (for Word/HTML: in the extracted text)'),
  column: z.number().int().min(1).optional(),
  paragraph: z.number().int().min(1).optional().describe('Word: 1-based body paragraph number'),
  table: z.number().int().min(1).optional().describe('Word/HTML: 1-based table number'),
  row: z.number().int().min(1).optional(),
  cell: z.number().int().min(1).optional(),
  excerpt: z.string().optional().describe('a short excerpt of the source text'),
});
export type Location = z.infer<typeof Location>;

/**
 * `lead` 牵头, `responsible` 责任/负责, `support` 配合/协办, and `supervisor`:
 * a leader in charge (分管领导, 联系领导) who oversees the work but is
 * labelled neither as leading it nor as answering for it.
 */
export const OwnerRole = z.enum(['lead', 'responsible', 'support', 'supervisor']);
export type OwnerRole = z.infer<typeof OwnerRole>;
export const OwnerKind = z.enum(['person', 'unit', 'collective', 'placeholder']);
export type OwnerKind = z.infer<typeof OwnerKind>;

/**
 * How the text names an owner: a label (`责任单位：`), a table column, a role
 * word after the name (`X牵头`, `Y配合`, `按职责分工负责`), running text
 * (`由X负责`), the subject of a requirement (`各责任单位要…`), a roster, or a
 * bracket of names alone closing the item (`…增长12%。（市发改委）`, as task splits write them).
 */
export const OwnerEvidence = z.enum(['label', 'column', 'role-word', 'inline', 'subject', 'roster', 'bracket']);
export type OwnerEvidence = z.infer<typeof OwnerEvidence>;

export const Owner = z.object({
  name: z.string().min(1),
  role: OwnerRole,
  kind: OwnerKind,
  raw: z.string().describe('the owner text as written, before suffixes were stripped'),
  via: OwnerEvidence.optional().describe('how the text names this owner'),
});
export type Owner = z.infer<typeof Owner>;

export const DeadlineKind = z.enum(['date', 'range', 'before', 'recurring', 'ongoing', 'relative']);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const Recurrence = z.object({
  unit: z.enum(['day', 'week', 'month', 'quarter', 'halfyear', 'year']),
  every: z.number().int().min(1).default(1).describe('every N units (每半月 = 2 per month is expressed as unit month, every 1, times 2)'),
  at: z.string().optional().describe('weekday 1-7 (Mon-Sun), day of month, or time of day as written'),
  time: z.string().optional().describe('time of day HH:MM when given'),
});
export type Recurrence = z.infer<typeof Recurrence>;

export const Deadline = z.object({
  text: z.string().describe('the deadline expression as written'),
  kind: DeadlineKind,
  start: IsoDate.optional(),
  end: IsoDate.optional(),
  precision: z.enum(['exact', 'fuzzy']),
  recurrence: Recurrence.optional(),
  anchor: z.string().optional().describe('relative deadlines: the event or date they hang on'),
  vague: z.boolean().optional().describe('尽快/及时/适时/规定时限内: a deadline in words only'),
});
export type Deadline = z.infer<typeof Deadline>;

export const Milestone = z.object({
  name: z.string(),
  text: z.string(),
  deadline: Deadline.nullable(),
  location: Location,
});
export type Milestone = z.infer<typeof Milestone>;

export const SectionKind = z.enum([
  'guidance',
  'goals',
  'tasks',
  'schedule',
  'safeguards',
  'organization',
  'problems',
  'next-steps',
  'background',
  'other',
]);
export type SectionKind = z.infer<typeof SectionKind>;

export interface Section {
  number: string | null;
  heading: string;
  kind: SectionKind;
  location: Location;
  children: Section[];
}
export const Section: z.ZodType<Section> = z.object({
  number: z.string().nullable().describe('the numbering marker as written, e.g. 三 or （一）'),
  heading: z.string(),
  kind: SectionKind,
  location: Location,
  get children() {
    return z.array(Section);
  },
});

export const Task = z.object({
  id: z.string().describe('stable within a document: t1, t2, … in reading order'),
  number: z.array(z.string()).describe('numbering path, e.g. ["三","（一）","1"]'),
  title: z.string(),
  text: z.string(),
  section: z.string().nullable().describe('heading of the top-level section the task belongs to'),
  parent: z.string().nullable().describe('heading of the item the task sits under (a table category for table tasks)'),
  owners: z.array(Owner),
  deadline: Deadline.nullable(),
  milestones: z.array(Milestone),
  location: Location,
});
export type Task = z.infer<typeof Task>;

export const Phase = z.object({
  name: z.string(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  text: z.string(),
  location: Location,
});
export type Phase = z.infer<typeof Phase>;

export const RosterEntry = z.object({
  role: z.string().describe('组长, 副组长, 成员, 主任, …'),
  members: z.array(Owner),
  duty: z.string().optional(),
  location: Location,
});
export type RosterEntry = z.infer<typeof RosterEntry>;

export const Problem = z.object({ text: z.string(), location: Location });
export type Problem = z.infer<typeof Problem>;

export const DocumentKind = z.enum(['plan', 'summary', 'other']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const PlanDocument = z.object({
  index: z.number().int().min(0),
  title: z.string(),
  kind: DocumentKind,
  year: z.number().int().nullable(),
  date: IsoDate.nullable().describe('成文日期: the date the document was signed, when it gives one'),
  location: z.object({ start: Location, end: Location }),
  sections: z.array(Section),
  tasks: z.array(Task),
  phases: z.array(Phase),
  problems: z.array(Problem),
  organization: z.array(RosterEntry),
});
export type PlanDocument = z.infer<typeof PlanDocument>;

export const SourceFormat = z.enum(['txt', 'md', 'docx', 'doc', 'html', 'pdf', 'ofd', 'xlsx', 'xls']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Source = z.object({
  path: z.string(),
  format: SourceFormat,
  encoding: z.string(),
  sha256: z.string(),
});
export type Source = z.infer<typeof Source>;

export const ParsedFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  signals: z.array(z.string()).describe('which structural signals the reader used (typed numbers, automatic numbering, heading styles, …)'),
  messages: z.array(Message).describe("what the reader, the splitter and the extractors want a user to know (schema 1.0's `warnings`)"),
  documents: z.array(PlanDocument),
});
export type ParsedFile = z.infer<typeof ParsedFile>;
