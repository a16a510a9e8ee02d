/**
 * Deadline grammar. STUB — being implemented (issue 4). Signatures are the contract.
 */
import type { Deadline } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';

export interface DeadlineContext {
  /** The year a date without one belongs to; null leaves it month-day only (--06-30). */
  year: number | null;
  lexicon: Lexicon;
}

/** Parse a text that is (mostly) one deadline expression: `4月中旬—5月底`, `完成时限5月31日`. */
export function parseDeadline(_text: string, _ctx: DeadlineContext): Deadline | null {
  return null;
}

/** Every deadline expression inside running text, in order of appearance. */
export function findDeadlines(_text: string, _ctx: DeadlineContext): Deadline[] {
  return [];
}

/** The value used to compare deadlines: `YYYY-MM-DD`, `start/end` for ranges, the kind for recurring/ongoing, null when there is no date. */
export function deadlineValue(d: Deadline | null): string | null {
  if (!d) return null;
  if (d.kind === 'recurring' || d.kind === 'ongoing') return d.kind;
  if (d.kind === 'range' && d.start && d.end) return `${d.start}/${d.end}`;
  return d.end ?? d.start ?? null;
}
