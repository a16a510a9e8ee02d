/**
 * `plan-parse explain` as a person reads it: one line per block — line,
 * role, the task's number, the reason — under a heading per document, then
 * the stages' messages (the reader's warnings, the split, the rules' findings).
 */
import type { Explanation } from '../model/explain.js';
import type { Message } from '../model/message.js';
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
  if (explanation.messages.length) lines.push('  messages', ...explanation.messages.map((m) => `  ${messageLine(m, width)}`));
  return lines.join('\n');
}

/** `  12  warning  rule missing-owner  task has no owner`: where, how bad, which stage, what. */
function messageLine(m: Message, width: number): string {
  const where = m.place ? String(m.place.line) : '';
  const stage = m.source === 'rule' && m.ruleId ? `rule ${m.ruleId}` : m.source;
  return `${where.padStart(width)}  ${padEnd(m.severity, 8)} ${padEnd(stage, ROLE_WIDTH)} ${m.reason}`;
}
