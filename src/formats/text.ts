/**
 * The terminal view for a person: per document its title, sections, a task
 * table (number, title, owners, deadline) with gaps highlighted, and phases.
 * It only walks the parsed model (like mammoth's writers).
 */
import type { ChalkInstance } from 'chalk';
import type { ParsedFile, PlanDocument, Task } from '../model/plan.js';
import { describeDeadline } from './deadline.js';
import { displayWidth, padEnd, truncate } from '../text/width.js';

/** A gap to mark on a task row, from the gap rules. */
export interface TaskMark {
  taskId: string;
  document: number;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
}

export interface TextOptions {
  chalk: ChalkInstance;
  /** Terminal width; the title column takes what is left. */
  columns?: number;
  /** The gap rules' findings about tasks (check/marks.ts). */
  marks: TaskMark[];
}

export function renderText(files: ParsedFile[], options: TextOptions): string {
  return files.map((file) => renderFile(file, options)).join('\n');
}

function renderFile(file: ParsedFile, options: TextOptions): string {
  const { chalk } = options;
  const out: string[] = [];
  if (file.warnings.length) out.push(...file.warnings.map((w) => chalk.yellow(`⚠ ${file.source.path}: ${w}`)));
  if (file.documents.length === 0) out.push(chalk.dim(`${file.source.path}: no document found`));
  for (const doc of file.documents) out.push(renderDocument(file, doc, options), '');
  return out.join('\n');
}

function renderDocument(file: ParsedFile, doc: PlanDocument, options: TextOptions): string {
  const { chalk } = options;
  const marks = options.marks.filter((m) => m.document === doc.index);
  const meta = [doc.kind, doc.year ?? 'year unknown', `${file.source.path} #${doc.index}`].join(' · ');
  const lines = [chalk.bold(doc.title || '(untitled)') + '  ' + chalk.dim(meta)];
  if (doc.sections.length) lines.push(chalk.dim('  sections: ') + doc.sections.map((s) => s.heading).join(' · '));
  if (doc.tasks.length) lines.push('', ...taskTable(doc.tasks, marks, options));
  if (doc.phases.length) {
    lines.push('', chalk.dim('  phases:'));
    for (const p of doc.phases) lines.push(`    ${padEnd(p.name, 16)} ${p.start ?? '…'} → ${p.end ?? '…'}`);
  }
  if (doc.problems.length) lines.push('', chalk.dim(`  problems: ${doc.problems.length}`));
  lines.push('', '  ' + summaryLine(doc, marks, chalk));
  return lines.join('\n');
}

function taskTable(tasks: Task[], marks: TaskMark[], options: TextOptions): string[] {
  const { chalk } = options;
  const numbers = tasks.map((t) => t.number.join('/') || '·');
  const owners = tasks.map((t) => t.owners.map((o) => o.name).join('、'));
  const numberWidth = Math.min(16, Math.max(2, ...numbers.map(displayWidth)));
  const ownerWidth = Math.min(24, Math.max(6, ...owners.map(displayWidth)));
  const deadlineWidth = 26;
  const titleWidth = Math.max(20, (options.columns ?? 120) - numberWidth - ownerWidth - deadlineWidth - 10);
  const header = `  ${padEnd('#', numberWidth)}  ${padEnd('task', titleWidth)}  ${padEnd('owners', ownerWidth)}  deadline`;
  const rows = tasks.map((task, i) => {
    const taskMarks = marks.filter((m) => m.taskId === task.id);
    const owner = owners[i] ? truncate(owners[i]!, ownerWidth) : '— none';
    const deadline = task.deadline ? truncate(describeDeadline(task.deadline), deadlineWidth) : '— none';
    const ownerCell = paint(padEnd(owner, ownerWidth), worst(taskMarks, OWNER_RULES), chalk);
    const deadlineCell = paint(deadline, worst(taskMarks, DEADLINE_RULES), chalk);
    const row = `  ${padEnd(truncate(numbers[i]!, numberWidth), numberWidth)}  ${padEnd(truncate(task.title, titleWidth), titleWidth)}  ${ownerCell}  ${deadlineCell}`;
    const notes = taskMarks.filter((m) => !OWNER_RULES.includes(m.ruleId) && !DEADLINE_RULES.includes(m.ruleId));
    return [row, ...notes.map((m) => paint(`      ↳ ${m.message} (${m.ruleId})`, m.severity, chalk))].join('\n');
  });
  return [chalk.dim(header), ...rows];
}

const OWNER_RULES = ['missing-owner', 'placeholder-owner', 'collective-owner', 'unknown-owner', 'owner-overload'];
const DEADLINE_RULES = ['missing-deadline', 'vague-deadline', 'deadline-outside-plan'];

function worst(marks: TaskMark[], rules: string[]): TaskMark['severity'] | null {
  const order = ['error', 'warning', 'info'] as const;
  return order.find((s) => marks.some((m) => m.severity === s && rules.includes(m.ruleId))) ?? null;
}

function paint(text: string, severity: TaskMark['severity'] | null, chalk: ChalkInstance): string {
  if (severity === 'error') return chalk.red.bold(text);
  if (severity === 'warning') return chalk.yellow(text);
  if (severity === 'info') return chalk.cyan(text);
  return text;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summaryLine(doc: PlanDocument, marks: TaskMark[], chalk: ChalkInstance): string {
  const noOwner = doc.tasks.filter((t) => t.owners.length === 0).length;
  const noDeadline = doc.tasks.filter((t) => !t.deadline).length;
  const parts = [
    plural(doc.tasks.length, 'task'),
    paint(`${noOwner} without owner`, noOwner ? 'error' : null, chalk),
    paint(`${noDeadline} without deadline`, noDeadline ? 'warning' : null, chalk),
  ];
  const errors = marks.filter((m) => m.severity === 'error').length;
  const warnings = marks.filter((m) => m.severity === 'warning').length;
  if (marks.length) parts.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return parts.join(' · ');
}
