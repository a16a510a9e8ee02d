/**
 * One message type from the reader to the output (as mammoth's
 * `{value, messages}` and vfile's messages): what a stage wants a user to
 * know about a file — a reader's warning (tracked changes accepted, numbers
 * lost), the splitter's and extractors' decisions (split at line N, a table
 * without a task header), a rule's finding — each with where it applies.
 */
import * as z from 'zod';

export const MessageSource = z.enum(['reader', 'split', 'outline', 'extract', 'rule']);
export type MessageSource = z.infer<typeof MessageSource>;

export const MessageSeverity = z.enum(['error', 'warning', 'info']);
export type MessageSeverity = z.infer<typeof MessageSeverity>;

export const Place = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1).optional(),
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
  paragraph: z.number().int().min(1).optional().describe('Word: 1-based body paragraph number'),
  table: z.number().int().min(1).optional().describe('Word/HTML: 1-based table number'),
});
export type Place = z.infer<typeof Place>;

export const Message = z.object({
  severity: MessageSeverity,
  /** English; a view re-words it in its language from messageId (see i18n's reader messages). */
  reason: z.string(),
  source: MessageSource,
  ruleId: z.string().optional().describe('source rule: the gap rule that reported it'),
  messageId: z.string().optional().describe('a stable id of the kind of message (`tracked-insertions`, `split`, …)'),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('the values the reason is worded from'),
  document: z.number().int().min(0).optional().describe('the document it is about, when it is about one'),
  place: Place.optional(),
  fatal: z.boolean().optional().describe('the file could not be read: nothing else came of it'),
});
export type Message = z.infer<typeof Message>;

/** A message of a stage, `warning` unless said otherwise. */
export function message(source: MessageSource, messageId: string, reason: string, extra: Partial<Omit<Message, 'source' | 'messageId' | 'reason'>> = {}): Message {
  return { severity: 'warning', reason, source, messageId, ...extra };
}
