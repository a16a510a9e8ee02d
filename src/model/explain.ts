/**
 * `plan-parse explain`: the role each block of a file was given and why —
 * the decisions of the splitter, the outline and the extractors, so that a
 * user can see why a line did or did not become a task.
 */
import * as z from 'zod';
import { Message } from './message.js';

export const BlockRole = z.enum([
  'boilerplate',
  'title',
  'notice',
  'signature',
  'heading',
  'item',
  'task',
  'field',
  'table-header',
  'table-row',
  'table',
  'phase',
  'text',
]);
export type BlockRole = z.infer<typeof BlockRole>;

export const BlockNote = z.object({
  line: z.number().int().min(1).describe('1-based line in the source text (for Word/HTML: in the extracted text)'),
  document: z.number().int().min(0).nullable().describe('the document the block belongs to; null before splitting (boilerplate)'),
  role: BlockRole,
  reason: z.string().describe('why the block got its role'),
  number: z.array(z.string()).optional().describe('the numbering path of a task'),
  excerpt: z.string(),
});
export type BlockNote = z.infer<typeof BlockNote>;

export const Explanation = z.object({
  path: z.string(),
  notes: z.array(BlockNote),
  messages: z.array(Message).describe('the reader\'s, the splitter\'s and the extractors\' messages and, from `plan-parse explain`, the rules\' findings'),
});
export type Explanation = z.infer<typeof Explanation>;
