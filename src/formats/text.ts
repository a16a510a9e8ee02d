/**
 * The terminal view for a person: per document its title, sections, a task
 * table (number, title, owners, deadline) with gaps highlighted, and phases,
 * in the reader's language. The table fits the terminal by wrapping its
 * columns, not by cutting them. It only walks the parsed model.
 */
import type { ChalkInstance } from 'chalk';
import type { ParsedFile, PlanDocument, Task } from '../model/plan.js';
import { describeDeadline } from './deadline.js';
import { cellText, displayWidth, padEnd, truncate, widest, wrap } from '../text/width.js';
import type { TaskMark } from '../check/marks.js';
import { bySeverity } from '../check/report.js';
import { catalog, formatMessage, peopleSpan, messageText, ruleMessage, type Lang, type MessageData } from '../i18n/index.js';

export interface TextOptions {
  chalk: ChalkInstance;
  /** Terminal width (default 100); the title column takes what the others leave. */
  columns?: number;
  /** The gap rules' findings about tasks (check/marks.ts). */
  marks: TaskMark[];
  lang?: Lang;
  /** Whole owner lists (wrapped) instead of the first owners and a count. */
  wide?: boolean;
}

interface View extends TextOptions {
  lang: Lang;
  say: (template: string, data?: MessageData) => string;
}

export function renderText(files: ParsedFile[], options: TextOptions): string {
  const lang = options.lang ?? 'en';
  const view: View = { ...options, lang, say: (template, data = {}) => formatMessage(template, data, lang) };
  return files.map((file) => renderFile(file, view)).join('\n');
}

function renderFile(file: ParsedFile, view: View): string {
  const { chalk, say } = view;
  const words = catalog(view.lang).view;
  const path = file.source.path;
  const out: string[] = [];
  // the view shows what needs a person's eye; notes (a split, mammoth's style notes) are in the JSON and in explain
  for (const m of file.messages) if (m.severity !== 'info') out.push(chalk.yellow(say(words.fileWarning, { path, warning: messageText(m, view.lang) })));
  if (file.documents.length === 0) out.push(chalk.dim(say(words.noDocument, { path })));
  for (const doc of file.documents) out.push(renderDocument(file, doc, view), '');
  return out.join('\n');
}

function renderDocument(file: ParsedFile, doc: PlanDocument, view: View): string {
  const { chalk, say } = view;
  const c = catalog(view.lang);
  const marks = view.marks.filter((m) => m.document === doc.index);
  const year = doc.year === null ? c.view.yearUnknown : say(c.view.year, { year: doc.year });
  const meta = say(c.view.meta, { kind: c.kinds[doc.kind], year, path: file.source.path, index: doc.index, number: doc.index + 1 });
  let lines = [chalk.bold(cellText(doc.title) || c.view.untitled) + '  ' + chalk.dim(meta)];
  if (doc.sections.length) lines.push(chalk.dim('  ' + c.view.sections) + doc.sections.map((s) => cellText(s.heading)).join(c.view.sectionJoiner));
  // concat, not push(...rows): a spread of 200k rows overflows the stack
  if (doc.tasks.length) lines = lines.concat('', taskTable(doc.tasks, marks, view));
  // an unparsed plan must not look clean
  else lines.push('', '  ' + chalk.yellow(c.view.noTasks));
  if (doc.phases.length) {
    lines.push('', chalk.dim('  ' + c.view.phases));
    const nameWidth = widest(doc.phases, (p) => displayWidth(cellText(p.name)), 16);
    for (const p of doc.phases) lines.push(`    ${padEnd(cellText(p.name), nameWidth)} ${peopleSpan(p.start, p.end, view.lang)}`);
  }
  if (doc.problems.length) lines.push('', chalk.dim('  ' + say(c.view.problems, { count: doc.problems.length })));
  lines.push('', '  ' + summaryLine(doc, marks, view));
  return lines.join('\n');
}

interface Widths {
  number: number;
  title: number;
  owners: number;
  deadline: number;
}

const GAP = '  ';
const INDENT = '  ';
const MIN_TITLE = 16;

/** Column widths for the terminal: number, owners and deadline at most their caps, the title the rest. */
function widths(numbers: string[], owners: string[], deadlines: string[], view: View): Widths {
  const words = catalog(view.lang).view;
  const natural = (cells: string[], header: string) => widest(cells, displayWidth, displayWidth(header));
  const columns = view.columns && view.columns > 0 ? view.columns : 100;
  const available = columns - INDENT.length - 3 * GAP.length;
  const number = Math.min(16, natural(numbers, words.number));
  let deadline = Math.min(26, natural(deadlines, words.deadline));
  const ownerCap = view.wide ? Math.max(24, available - number - deadline - MIN_TITLE) : 24;
  let owner = Math.min(ownerCap, natural(owners, words.owners));
  // a narrow terminal: owners and deadlines give up columns before the title drops below its minimum
  const short = () => number + owner + deadline + MIN_TITLE - available;
  if (short() > 0) owner = Math.max(10, owner - short());
  if (short() > 0) deadline = Math.max(12, deadline - short());
  return { number, owners: owner, deadline, title: Math.max(MIN_TITLE, available - number - owner - deadline) };
}

/** As many owners as fit, then `+3 more`, on one line. */
function fitOwners(names: string[], width: number, view: View): string {
  const words = catalog(view.lang).view;
  const all = names.join(words.ownerJoiner);
  if (displayWidth(all) <= width) return all;
  for (let shown = names.length - 1; shown >= 1; shown--) {
    const text = names.slice(0, shown).join(words.ownerJoiner) + ' ' + view.say(words.moreOwners, { count: names.length - shown });
    if (displayWidth(text) <= width) return text;
  }
  return truncate(names[0] ?? '', width);
}

function taskTable(tasks: Task[], marks: TaskMark[], view: View): string[] {
  const { chalk } = view;
  const words = catalog(view.lang).view;
  const numbers = tasks.map((t) => cellText(t.number.join('/')) || '·');
  const ownerNames = tasks.map((t) => t.owners.map((o) => cellText(o.name)));
  const deadlines = tasks.map((t) => (t.deadline ? cellText(describeDeadline(t.deadline, view.lang)) : words.none));
  const w = widths(numbers, ownerNames.map((n) => n.join(words.ownerJoiner) || words.none), deadlines, view);
  const header = [padEnd(words.number, w.number), padEnd(words.task, w.title), padEnd(words.owners, w.owners), words.deadline].join(GAP);
  const byTask = marksByTask(marks);
  const rows = tasks.map((task, i) => {
    const taskMarks = byTask.get(task.id) ?? [];
    const names = ownerNames[i]!;
    const owners = names.length === 0 ? [words.none] : view.wide ? wrap(names.join(words.ownerJoiner), w.owners) : [fitOwners(names, w.owners, view)];
    const cells = [wrap(numbers[i]!, w.number), wrap(cellText(task.title), w.title), owners, wrap(deadlines[i]!, w.deadline)];
    const ownerSeverity = worst(taskMarks, OWNER_RULES);
    const deadlineSeverity = worst(taskMarks, DEADLINE_RULES);
    const height = widest(cells, (c) => c.length);
    const lines = Array.from({ length: height }, (_, line) => {
      const [number, title, owner, deadline] = cells.map((c) => c[line] ?? '');
      return INDENT + [
        padEnd(number!, w.number),
        padEnd(title!, w.title),
        paint(padEnd(owner!, w.owners), ownerSeverity, chalk),
        paint(deadline!, deadlineSeverity, chalk),
      ].join(GAP).trimEnd();
    });
    const notes = taskMarks.filter((m) => !OWNER_RULES.includes(m.ruleId) && !DEADLINE_RULES.includes(m.ruleId));
    const noteLines = notes.map((m) => paint(`      ${view.say(words.note, { message: markMessage(m, view.lang), ruleId: m.ruleId })}`, m.severity, chalk));
    return [...lines, ...noteLines].join('\n');
  });
  return [chalk.dim(INDENT + header), ...rows];
}

/** Marks grouped by task once: a filter per row is quadratic on a plan of 200k tasks. */
function marksByTask(marks: TaskMark[]): Map<string, TaskMark[]> {
  const byTask = new Map<string, TaskMark[]>();
  for (const m of marks) {
    const list = byTask.get(m.taskId);
    if (list) list.push(m);
    else byTask.set(m.taskId, [m]);
  }
  return byTask;
}

function markMessage(mark: TaskMark, lang: Lang): string {
  return mark.messageId ? ruleMessage(lang, mark.ruleId, mark.messageId, mark.data) : mark.message;
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

function summaryLine(doc: PlanDocument, marks: TaskMark[], view: View): string {
  const { chalk, say } = view;
  const words = catalog(view.lang).view;
  const noOwner = doc.tasks.filter((t) => t.owners.length === 0).length;
  const noDeadline = doc.tasks.filter((t) => !t.deadline).length;
  const parts = [
    say(words.tasks, { count: doc.tasks.length }),
    paint(say(words.withoutOwner, { count: noOwner }), noOwner ? 'error' : null, chalk),
    paint(say(words.withoutDeadline, { count: noDeadline }), noDeadline ? 'warning' : null, chalk),
  ];
  const { error: errors, warning: warnings } = bySeverity(marks);
  if (marks.length) parts.push(say(words.findings, { errors, warnings }));
  return parts.join(words.partJoiner);
}
