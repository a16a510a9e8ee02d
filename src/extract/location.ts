/** Source locations for model objects. */
import type { Block } from '../model/block.js';
import type { Location } from '../model/plan.js';

const EXCERPT_LENGTH = 40;

export function toLocation(block: Block): Location {
  const excerpt = block.text.length > EXCERPT_LENGTH ? block.text.slice(0, EXCERPT_LENGTH) + '…' : block.text;
  return { ...block.location, excerpt };
}
