/**
 * What `plan-parse check` reports: findings of the gap rules, grouped per
 * file. This is the `--format json` output; `schemas/report.schema.json` is
 * generated from it. Fields are only ever added, never renamed (the report
 * carries `schemaVersion`).
 */
import * as z from 'zod';
import { Message } from './message.js';
import { Location, SourceFormat } from './plan.js';

export const REPORT_VERSION = '1.0';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** What a configuration may set a rule to. */
export const SeveritySetting = z.enum(['off', 'info', 'warning', 'error'], { error: 'expected off|info|warning|error' });
export type SeveritySetting = z.infer<typeof SeveritySetting>;

export const Finding = z.object({
  ruleId: z.string().describe('the rule that found the gap, e.g. missing-owner'),
  severity: Severity.describe('as configured for the rule (never off: disabled rules report nothing)'),
  message: z.string().describe('in English; the same finding in another language comes from messageId and data'),
  messageId: z.string().optional().describe('the message template of the rule (src/i18n/catalog), stable across wordings and languages; always set by plan-parse'),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('the values the message template fills in (dates as ISO text)'),
  document: z.number().int().min(0).describe('index of the document in its file (a file may hold several)'),
  taskId: z.string().optional().describe('the task (t1, t2, … in reading order) for task findings; absent for document findings'),
  taskTitle: z.string().optional().describe('the task\'s title, for people reading the report'),
  location: Location.describe('where to look: line (and column) of the text; for Word files also the paragraph or table row/cell'),
});
export type Finding = z.infer<typeof Finding>;

/** A finding an `ignore` entry of the configuration silenced, with that entry's reason. */
export const SuppressedFinding = Finding.extend({
  reason: z.string().describe('the reason given by the ignore entry'),
});
export type SuppressedFinding = z.infer<typeof SuppressedFinding>;

export const TaskSummary = z.object({
  id: z.string(),
  title: z.string(),
  line: z.number().int().min(1),
});

export const DocumentSummary = z.object({
  index: z.number().int().min(0),
  title: z.string(),
  kind: z.enum(['plan', 'summary', 'other']),
  tasks: z.array(TaskSummary).describe('every task checked, with or without findings'),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const FileReport = z.object({
  path: z.string().describe('the file as given on the command line (or found in a folder/glob)'),
  format: SourceFormat,
  config: z.string().nullable().describe('the configuration file used for this file, if any'),
  documents: z.array(DocumentSummary),
  findings: z.array(Finding).describe('sorted by document, line, column, rule'),
  suppressed: z.array(SuppressedFinding),
  messages: z.array(Message).describe("what the reader, the splitter, the outline and the extractors said about the file (the rules' messages are the findings)"),
  errorCount: z.number().int().min(0),
  warningCount: z.number().int().min(0),
  infoCount: z.number().int().min(0),
});
export type FileReport = z.infer<typeof FileReport>;

/** A file that could not be checked (unreadable, undecodable, …). */
export const FileFailure = z.object({
  path: z.string(),
  message: z.string(),
});
export type FileFailure = z.infer<typeof FileFailure>;

export const CheckReport = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  tool: z.object({ name: z.literal('plan-parse'), version: z.string() }),
  files: z.array(FileReport),
  failures: z.array(FileFailure).describe('files that could not be read; any failure makes the exit code 2'),
  errorCount: z.number().int().min(0),
  warningCount: z.number().int().min(0),
  infoCount: z.number().int().min(0),
});
export type CheckReport = z.infer<typeof CheckReport>;
