/**
 * The neutral document model every reader produces (like mammoth's document
 * model): a flat list of blocks. Outline, extraction and output only ever see
 * blocks, never the file format they came from.
 */
import type { Location, SourceFormat } from './plan.js';
import type { Message } from './message.js';

/** How the numbering marker at the start of a block's text got there. */
export type MarkerOrigin = 'typed' | 'automatic';

export interface BlockHint {
  /** Heading level from a heading style, `w:outlineLvl`, `<h1>`… (1 = top). */
  headingLevel?: number;
  /** Word list level (0-based `w:ilvl`) of an automatically numbered paragraph. */
  listLevel?: number;
  /** Word number format of that level (chineseCounting, decimal, …). */
  numFormat?: string;
  /** Whether the block's leading marker was typed or rendered from automatic numbering. */
  marker?: MarkerOrigin;
  /** Paragraph style name, when the format has styles. */
  style?: string;
  /** The block is the document title (Word `Title` style, `<h1>` of a page, a text box title). */
  title?: boolean;
}

export interface Block {
  /** Normalized text, numbering marker included exactly as displayed. */
  text: string;
  /** Where it came from; `line` is always set (for Word/HTML: the line of the extracted text). */
  location: Location;
  hint?: BlockHint;
  /**
   * A table row: its cells after merged cells were expanded to a full grid
   * (a vertically merged cell repeats its text in every row it spans).
   */
  cells?: string[];
  /** 1-based number of the table a row belongs to (rows of one table share it). */
  table?: number;
}

export interface ReadResult {
  format: SourceFormat;
  encoding: string;
  blocks: Block[];
  /** Structural signals the reader relied on, for the output's `signals`. */
  signals: string[];
  /** Things a user should know (tracked changes accepted, numbers lost in a .doc, …), source `reader`. */
  messages: Message[];
  /** Text formats: the decoded text, so that rules count columns in the lines as written (the blocks are trimmed). */
  text?: string;
}
