/**
 * `plan-parse explain` as a person reads it: one line per block — line,
 * role, the task's number, the reason — under a heading per document.
 */
import type { Explanation } from '../model/explain.js';
import { padEnd } from '../text/width.js';

const ROLE_WIDTH = 12;

export function renderExplanation(explanations: Explanation[]): string {
  return explanations.map(renderOne).join('\n\n');
}

function renderOne(explanation: Explanation): string {
  const width = String(Math.max(1, ...explanation.notes.map((n) => n.line))).length;
  const lines = [explanation.path];
  let document: number | null | undefined;
  for (const note of explanation.notes) {
    if (note.document !== null && note.document !== document) {
      lines.push(`  document ${note.document}`);
      document = note.document;
    }
    const number = note.number?.length ? `${note.number.join('/')} ` : '';
    lines.push(`  ${String(note.line).padStart(width)}  ${padEnd(note.role, ROLE_WIDTH)} ${number}${note.reason}  «${note.excerpt}»`);
  }
  return lines.join('\n');
}
