/**
 * An item's body, sorted: owner lines (`责任人：王丹` and the bare names on the
 * lines after it), leadership roster lines, and the rest — the item's text.
 */
import type { Block } from '../model/block.js';
import type { Owner, OwnerRole, RosterEntry } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';
import { parseContinuationOwners, parseOwnerLine, parseRosterLine } from './owners.js';
import { toLocation } from './location.js';

export interface ItemBody {
  /** Blocks that are the item's own text (tables excluded). */
  text: Block[];
  owners: Owner[];
  /** The owner line was a bracketed line of its own (`（责任单位：…）`): it may cover the items before it too. */
  groupOwnerLine: boolean;
  roster: RosterEntry[];
}

const BRACKETED = /^[（〔【[].*[）〕】\]]$/;

export function readBody(blocks: Block[], lex: Lexicon): ItemBody {
  const body: ItemBody = { text: [], owners: [], groupOwnerLine: false, roster: [] };
  let ownerRole: OwnerRole | null = null;
  for (const block of blocks) {
    if (block.cells) continue;
    const ownerLine = parseOwnerLine(block.text, lex);
    if (ownerLine) {
      body.owners.push(...ownerLine.owners);
      body.groupOwnerLine = BRACKETED.test(block.text);
      ownerRole = ownerLine.role;
      continue;
    }
    if (ownerRole) {
      const more = parseContinuationOwners(block.text, ownerRole, lex);
      if (more) {
        body.owners.push(...more);
        continue;
      }
      ownerRole = null;
    }
    const roster = parseRosterLine(block.text, lex);
    if (roster) {
      body.roster.push(...roster.map((entry) => ({ ...entry, location: toLocation(block) })));
    }
    body.text.push(block);
  }
  return body;
}
