/** Source locations for model objects. */
import type { Block } from '../model/block.js';
import type { Location } from '../model/plan.js';

const EXCERPT_LENGTH = 40;

export function toLocation(block: Block): Location {
  const excerpt = block.text.length > EXCERPT_LENGTH ? block.text.slice(0, EXCERPT_LENGTH) + '…' : block.text;
  return { ...block.location, excerpt };
}

/** Blocks in source order: by line, then by column (the paragraphs of a page saved as one line share its line). */
export const sourceOrder = (block: Block): number => (block.location.line ?? 0) * LINE_WIDTH_MAX + (block.location.column ?? 0);
const LINE_WIDTH_MAX = 1_000_000;
