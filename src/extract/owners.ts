/**
 * Owner grammar. STUB — being implemented (issue 4). Signatures are the contract.
 */
import type { Owner, OwnerKind, OwnerRole, RosterEntry } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';

/** person | unit | collective | placeholder for one owner name. */
export function classifyOwner(_name: string, _lex: Lexicon): OwnerKind {
  return 'unit';
}

/** Split an owner list (`王丹、齐妍爽`, `市文明办牵头，各区配合`) into owners with the given default role. */
export function splitOwners(_text: string, _role: OwnerRole, _lex: Lexicon): Owner[] {
  return [];
}

/**
 * A line that is an owner line: `责任人：王丹`, `责任人：：王丹`, `（责任单位：市文明办）`,
 * `(牵头单位:…;配合单位:…)`. Returns its owners, or null when the line is something else.
 * `role` is the role of the last label, for continuation lines that follow.
 */
export function parseOwnerLine(_line: string, _lex: Lexicon): { owners: Owner[]; role: OwnerRole } | null {
  return null;
}

/** A line after an owner line that holds only more names (`齐妍爽`, `王丹　杨婷`); null when it is not. */
export function parseContinuationOwners(_line: string, _role: OwnerRole, _lex: Lexicon): Owner[] | null {
  return null;
}

/** Owners written inside a task's text: bracketed labels, `由城管办负责`, `XX牵头，YY配合`, … */
export function findInlineOwners(_text: string, _lex: Lexicon): Owner[] {
  return [];
}

/** A leadership roster line (`组长：xx。副组长：xx。`, `领导小组组长：负责…`); null when it is not one. */
export function parseRosterLine(_line: string, _lex: Lexicon): Omit<RosterEntry, 'location'>[] | null {
  return null;
}
