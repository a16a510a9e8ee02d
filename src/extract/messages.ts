/**
 * The extractors' decisions a user should be told of, as messages (source
 * `extract`): a table read as plain content because no header names its
 * columns. (A plan in which no task was found is the `no-tasks` rule's.) Pure.
 */
import type { Block } from '../model/block.js';
import { message, type Message, type Place } from '../model/message.js';
import type { TableReading } from './tables.js';

/** A block's place: its line and, for Word, its paragraph and table. */
export function placeOf(block: Block): Place {
  const { line, column, paragraph, table } = block.location;
  return { line, ...(column ? { column } : {}), ...(paragraph ? { paragraph } : {}), ...(table ? { table } : {}) };
}

export function extractMessages(document: number, body: Block[], tables: TableReading[]): Message[] {
  const out: Message[] = [];
  const byLine = new Map(body.map((b) => [b.location.line, b]));
  for (const table of tables) {
    // one stray row is no table a user thinks of
    if (table.read !== null || table.lines.length < 2) continue;
    const first = byLine.get(table.lines[0]!);
    if (!first) continue;
    const reason = `a table of ${table.lines.length} rows was read as content: no header row names a task, owner or deadline column`;
    out.push(message('extract', 'table-not-read', reason, { severity: 'info', document, place: { ...placeOf(first), endLine: table.lines.at(-1)! }, data: { rows: table.lines.length } }));
  }
  return out;
}
