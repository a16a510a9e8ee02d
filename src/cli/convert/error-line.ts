/** The one line an index row gives for a failure. */
import { PlanParseError } from '../../errors.js';

/** A PlanParseError's cause (the row already names the file), or the first line of anything else. */
export function errorLine(error: unknown, prefix = 'internal error'): string {
  if (error instanceof PlanParseError) return error.message;
  return `${prefix}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
}
