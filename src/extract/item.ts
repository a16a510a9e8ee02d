/**
 * What an outline item says about itself: its text, its fields (labelled
 * lines, numbered fields, label-only lines with the value below), its owners
 * and its roster lines. Fields come in every form real plans use:
 * `责任单位：…` lines, `（二）责任单位：…` numbered fields, `责任单位` alone with
 * the value on the next line, several on one line, `（责任单位：…）` on a line
 * of its own, and bare names continuing an owner line (`责任人：王丹` / `齐妍爽`).
 */
import type { Block } from '../model/block.js';
import type { Owner, OwnerRole, RosterEntry } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';
import { headText, type OutlineNode } from '../outline/tree.js';
import { OWNER_FIELDS, readFieldLine, startsLabelBlock, type Field } from '../outline/fields.js';
import { ownersOfField, parseContinuationOwners, parseOwnerLine, parseRosterLine } from './owners.js';
import { toLocation } from './location.js';

export interface ItemField extends Field {
  block: Block;
}

export interface ItemFacts {
  /** Blocks of the item's own text: its head line (after the marker) and body lines that are not fields, owner lines or rosters. */
  text: Block[];
  fields: ItemField[];
  owners: Owner[];
  /** The last owner line was a line of its own in brackets (`（责任单位：…）`): it may cover the items before it. */
  groupOwnerLine: boolean;
  roster: RosterEntry[];
}

/** The facts of an item: head line, body lines and numbered field children. */
export function readItem(node: OutlineNode, lex: Lexicon): ItemFacts {
  const facts = readLines(node.body, lex);
  if (node.head) facts.text.unshift({ ...node.head, text: headText(node) });
  for (const child of node.children) {
    if (!child.field) continue;
    const value = readLines(child.body, lex);
    const fields = child.field.fields.map((f, k, all) => ({
      ...f,
      // a numbered field's value may run on in the lines below it
      value: k === all.length - 1 ? [f.value, ...value.text.map((b) => b.text)].filter(Boolean).join('\n') : f.value,
      block: child.head!,
    }));
    addFields(facts, fields, lex);
  }
  return facts;
}

/** Read a run of body lines into text, fields, owners and roster entries. */
export function readLines(blocks: Block[], lex: Lexicon): ItemFacts {
  const facts: ItemFacts = { text: [], fields: [], owners: [], groupOwnerLine: false, roster: [] };
  let open: ItemField | null = null;
  let ownerRole: OwnerRole | null = null;
  const lines = blocks.map((b) => (b.cells ? null : readFieldLine(b.text, lex)));
  blocks.forEach((block, i) => {
    if (block.cells) return;
    const line = lines[i];
    if (line && (line.fields[0]!.strong || line.bracketed || (line.labelOnly && startsLabelBlock(lines, i)))) {
      const fields = line.fields.map((f) => ({ ...f, block }));
      open = line.labelOnly ? fields[0]! : null;
      if (!line.labelOnly) addFields(facts, fields, lex, line.bracketed);
      ownerRole = lastOwnerRole(fields);
      if (open) facts.fields.push(open);
      return;
    }
    if (open) {
      // the value of a label alone on its line, up to the next label
      open.value = [open.value, block.text].filter(Boolean).join('\n');
      if (OWNER_FIELDS.includes(open.kind)) facts.owners.push(...ownersOfField(block.text, open.kind as OwnerRole, lex));
      return;
    }
    const ownerLine = parseOwnerLine(block.text, lex);
    if (ownerLine) {
      facts.owners.push(...ownerLine.owners);
      facts.groupOwnerLine = /^[（〔【[].*[）〕】\]]$/.test(block.text);
      ownerRole = ownerLine.role;
      return;
    }
    if (ownerRole) {
      const more = parseContinuationOwners(block.text, ownerRole, lex);
      if (more) {
        facts.owners.push(...more);
        return;
      }
      ownerRole = null;
    }
    const roster = parseRosterLine(block.text, lex);
    if (roster) facts.roster.push(...roster.map((entry) => ({ ...entry, location: toLocation(block) })));
    facts.text.push(block);
  });
  return facts;
}


function lastOwnerRole(fields: Field[]): OwnerRole | null {
  const last = fields.at(-1);
  return last && OWNER_FIELDS.includes(last.kind) ? (last.kind as OwnerRole) : null;
}

function addFields(facts: ItemFacts, fields: ItemField[], lex: Lexicon, bracketed = false): void {
  for (const field of fields) {
    facts.fields.push(field);
    if (OWNER_FIELDS.includes(field.kind) && field.value) facts.owners.push(...ownersOfField(field.value, field.kind as OwnerRole, lex));
  }
  if (fields.some((f) => OWNER_FIELDS.includes(f.kind))) facts.groupOwnerLine = bracketed;
}

/** The value of the first field of these kinds. */
export function fieldValue(facts: ItemFacts, kinds: readonly string[]): ItemField | null {
  return facts.fields.find((f) => kinds.includes(f.kind) && f.value) ?? null;
}
