/**
 * The notes `plan-parse explain` prints for one document: each block's role
 * and the reason the stages gave it — the outline's headings and items, the
 * extractors' task decisions, fields, tables and phases. Pure: it only
 * reads what extraction decided.
 */
import type { Block } from '../model/block.js';
import type { BlockNote, BlockRole } from '../model/explain.js';
import type { Phase, Task } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';
import type { OutlineNode } from '../outline/tree.js';
import { sectionKind } from '../outline/classify.js';
import { readFieldLine, type FieldLine } from '../outline/fields.js';
import type { ItemDecision } from './tasks.js';
import type { TableReading } from './tables.js';

export interface DocumentTrace {
  index: number;
  body: Block[];
  signature: Block[];
  root: OutlineNode;
  decisions: ItemDecision[];
  tables: TableReading[];
  tasks: Task[];
  phases: Phase[];
}

const EXCERPT = 40;

export function explainDocument(trace: DocumentTrace, lex: Lexicon): BlockNote[] {
  const notes = new Map<number, BlockNote>();
  const note = (block: Block, role: BlockRole, reason: string, number?: string[]) => {
    const line = block.location.line;
    notes.set(line, { line, document: trace.index, role, reason, ...(number ? { number } : {}), excerpt: excerptOf(block) });
  };
  const taskAt = new Map(trace.tasks.map((t) => [t.location.line, t]));
  const decided = new Map(trace.decisions.map((d) => [d.line, d]));
  walkOutline(trace.root, lex, note, decided, taskAt);
  for (const table of trace.tables) explainTable(table, trace.body, taskAt, note);
  for (const phase of trace.phases) {
    const block = trace.body.find((b) => b.location.line === phase.location.line);
    if (block) note(block, 'phase', `a stage of the schedule${phase.start || phase.end ? `: ${phase.start ?? '…'} – ${phase.end ?? '…'}` : ''}`);
  }
  for (const block of trace.signature) note(block, 'signature', 'the closing: office, date, contacts — no part of the last item');
  for (const block of trace.body) if (!notes.has(block.location.line)) note(block, 'text', 'running text of the item above');
  return [...notes.values()];
}

type Note = (block: Block, role: BlockRole, reason: string, number?: string[]) => void;

function walkOutline(node: OutlineNode, lex: Lexicon, note: Note, decided: Map<number, ItemDecision>, taskAt: Map<number, Task>): void {
  if (node.head) {
    const line = node.head.location.line;
    const task = taskAt.get(line);
    const decision = decided.get(line);
    if (node.field) note(node.head, 'field', fieldReason(node.field, 'a numbered field'));
    else if (task) note(node.head, 'task', decision?.decision.reason ?? 'a task', task.number);
    else if (node.children.some((c) => !c.field)) note(node.head, 'heading', `a heading (${sectionKind(node.heading, lex)}) over ${node.children.filter((c) => !c.field).length} item(s)`);
    else note(node.head, 'item', decision ? `no task: ${decision.decision.reason}` : 'no task: not weighed as one (a group or a piece of a list)');
  }
  for (const block of node.body) {
    const field = readFieldLine(block.text, lex);
    if (field) note(block, 'field', fieldReason(field, 'a field line'));
    else if (taskAt.has(block.location.line)) note(block, 'task', decided.get(block.location.line)?.decision.reason ?? 'a task', taskAt.get(block.location.line)!.number);
    else if (!node.head && !block.cells) note(block, 'text', 'opening text, before the first numbered item');
  }
  for (const child of node.children) walkOutline(child, lex, note, decided, taskAt);
}

function fieldReason(field: FieldLine, what: string): string {
  return `${what} (${field.fields.map((f) => `${f.label} → ${f.kind}`).join(', ')}) of the item above`;
}

function explainTable(table: TableReading, body: Block[], taskAt: Map<number, Task>, note: Note): void {
  const rows = body.filter((b) => table.lines.includes(b.location.line));
  for (const row of rows) {
    const line = row.location.line;
    const task = taskAt.get(line);
    if (line === table.header) note(row, 'table-header', 'the header row: its words name the task, owner and deadline columns');
    else if (task) note(row, 'task', table.read === 'records' ? 'a record of a label | value table' : 'a row of a task table', task.number);
    else if (table.read === null) note(row, 'table', 'a table without a task header (no column names owners or a deadline): content');
    else note(row, 'table-row', 'a row with no task cell (a group, a title or a repeated header)');
  }
}

function excerptOf(block: Block): string {
  const text = block.cells ? block.cells.filter(Boolean).join(' | ') : block.text;
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
