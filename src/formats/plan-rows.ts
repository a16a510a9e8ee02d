/**
 * A parsed plan as the rows people read: one per task with the columns of a
 * 任务分解表 (owners split by role, the deadline as written and as a date, the
 * phase and section, where in the source), one per phase, one per finding.
 * The xlsx workbook, tasks.csv and the HTML report are all made from these.
 */
import type { Finding, Severity } from '../model/finding.js';
import type { Owner, ParsedFile, Phase, PlanDocument, Task } from '../model/plan.js';
import { catalog, formatMessage, peopleSpan, ruleMessage, sourcePosition, type Lang } from '../i18n/index.js';
import { cellText } from '../text/width.js';

/** One parsed file and the gap rules' findings about it (messages in English; rows word them). */
export interface PlanInput {
  file: ParsedFile;
  findings: Finding[];
}

export type Gap = Severity | null;

export interface TaskRow {
  /** Running number over the whole workbook (序号). */
  number: number;
  /** Anchor id for links: `d0-t3` (document 0, task t3), prefixed by the file's number in an archive. */
  anchor: string;
  outline: string;
  title: string;
  content: string;
  lead: string;
  responsibleUnits: string;
  support: string;
  responsiblePeople: string;
  /** 分管领导/联系领导: leaders who oversee the task. */
  supervisors: string;
  deadlineText: string;
  /** The due date: `YYYY-MM-DD`, `--MM-DD` when the year is unknown, empty when none. */
  deadlineDate: string;
  /** For the timeline: the task's dated span (ISO), when it has one. */
  span: { start: string | null; end: string } | null;
  phase: string;
  section: string;
  location: string;
  ruleIds: string[];
  ownerGap: Gap;
  deadlineGap: Gap;
  document: string;
  file: string;
}

export interface PhaseRow {
  anchor: string;
  name: string;
  start: string;
  end: string;
  span: string;
  text: string;
  location: string;
  document: string;
  file: string;
}

export interface FindingRow {
  severity: Severity;
  severityText: string;
  ruleId: string;
  message: string;
  task: string;
  taskAnchor: string | null;
  location: string;
  document: string;
  file: string;
}

const OWNER_RULES = new Set(['missing-owner', 'placeholder-owner', 'collective-owner', 'unknown-owner', 'owner-overload']);
const DEADLINE_RULES = new Set(['missing-deadline', 'vague-deadline', 'deadline-outside-plan']);
const ORDER: Severity[] = ['error', 'warning', 'info'];

function worst(findings: Finding[], rules: Set<string>): Gap {
  return ORDER.find((s) => findings.some((f) => f.severity === s && rules.has(f.ruleId))) ?? null;
}

function names(owners: Owner[], keep: (o: Owner) => boolean, joiner: string): string {
  return [...new Set(owners.filter(keep).map((o) => cellText(o.name)))].join(joiner);
}

/** The text after the title: what a clerk puts under 具体内容. */
function content(task: Task): string {
  const text = cellText(task.text);
  const title = cellText(task.title);
  const rest = text.startsWith(title) ? text.slice(title.length).replace(/^[。．.；;：:，,\s]+/, '') : text;
  return rest === title ? '' : rest;
}

/** A comparable day key: ISO with the document's year (or a neutral one) filled in. */
function dayKey(iso: string | null | undefined, year: number | null): string | null {
  if (!iso) return null;
  return iso.startsWith('--') ? `${year ?? 2000}${iso.slice(1)}` : iso;
}

/**
 * The phase a task belongs to: the one it is listed under (from the phase's
 * line to the next phase or the next top-level section), else the one whose
 * dates hold its deadline.
 */
export function phaseOf(task: Task, doc: PlanDocument): Phase | null {
  const phases = [...doc.phases].sort((a, b) => a.location.line - b.location.line);
  const sectionLines = doc.sections.map((s) => s.location.line);
  const line = task.location.line;
  for (let i = 0; i < phases.length; i++) {
    const from = phases[i]!.location.line;
    const sectionEnd = sectionLines.find((l) => l > from) ?? Infinity;
    const to = Math.min(phases[i + 1]?.location.line ?? Infinity, sectionEnd);
    if (line >= from && line < to) return phases[i]!;
  }
  const due = dayKey(task.deadline?.end ?? task.deadline?.start, doc.year);
  if (!due) return null;
  return phases.find((p) => {
    const start = dayKey(p.start, doc.year);
    const end = dayKey(p.end, doc.year);
    return start !== null && end !== null && start <= due && due <= end;
  }) ?? null;
}

function taskSpan(task: Task): TaskRow['span'] {
  const d = task.deadline;
  if (!d || d.kind === 'recurring' || d.kind === 'ongoing') return null;
  const end = d.end ?? d.start;
  if (!end) return null;
  return { start: d.start && d.start !== end ? d.start : null, end };
}

export function documentName(file: ParsedFile, doc: PlanDocument, lang: Lang): string {
  return cellText(doc.title) || catalog(lang).view.untitled;
}

interface Counter {
  next: number;
}

function taskRow(input: PlanInput, doc: PlanDocument, task: Task, prefix: string, counter: Counter, lang: Lang): TaskRow {
  const t = catalog(lang).table;
  const findings = input.findings.filter((f) => f.document === doc.index && f.taskId === task.id);
  const owners = task.owners;
  const parent = task.parent && task.parent !== task.section ? cellText(task.parent) : '';
  const section = task.section ? cellText(task.section) : '';
  const deadline = task.deadline;
  return {
    number: counter.next++,
    anchor: `${prefix}d${doc.index}-${task.id}`,
    outline: cellText(task.number.join('/')),
    title: cellText(task.title),
    content: content(task),
    lead: names(owners, (o) => o.role === 'lead', t.joiner),
    responsibleUnits: names(owners, (o) => o.role === 'responsible' && o.kind !== 'person', t.joiner),
    support: names(owners, (o) => o.role === 'support', t.joiner),
    responsiblePeople: names(owners, (o) => o.role === 'responsible' && o.kind === 'person', t.joiner),
    supervisors: names(owners, (o) => o.role === 'supervisor', t.joiner),
    deadlineText: deadline ? cellText(deadline.text) : '',
    deadlineDate: deadline && deadline.kind !== 'recurring' && deadline.kind !== 'ongoing' ? deadline.end ?? deadline.start ?? '' : '',
    span: taskSpan(task),
    phase: phaseOf(task, doc)?.name ?? '',
    section: section && parent ? formatMessage(t.sectionPath, { section, parent }, lang) : section || parent,
    location: sourcePosition(task.location, lang),
    ruleIds: [...new Set(findings.map((f) => f.ruleId))],
    ownerGap: worst(findings, OWNER_RULES),
    deadlineGap: worst(findings, DEADLINE_RULES),
    document: documentName(input.file, doc, lang),
    file: input.file.source.path,
  };
}

/** Task rows of one file; `counter` numbers them across files, `prefix` keeps anchors apart across files. */
export function taskRows(input: PlanInput, lang: Lang, counter: Counter = { next: 1 }, prefix = ''): TaskRow[] {
  return input.file.documents.flatMap((doc) => doc.tasks.map((task) => taskRow(input, doc, task, prefix, counter, lang)));
}

export function phaseRows(input: PlanInput, lang: Lang, prefix = ''): PhaseRow[] {
  return input.file.documents.flatMap((doc) =>
    doc.phases.map((p, i) => ({
      anchor: `${prefix}d${doc.index}-p${i + 1}`,
      name: cellText(p.name),
      start: p.start ?? '',
      end: p.end ?? '',
      span: peopleSpan(p.start, p.end, lang),
      text: cellText(p.text),
      location: sourcePosition(p.location, lang),
      document: documentName(input.file, doc, lang),
      file: input.file.source.path,
    })),
  );
}

/** Findings in the language: the message from its id and data (src/i18n), the task by title. */
export function findingRows(input: PlanInput, lang: Lang, prefix = ''): FindingRow[] {
  const c = catalog(lang);
  return input.findings.map((f) => {
    const doc = input.file.documents.find((d) => d.index === f.document);
    return {
      severity: f.severity,
      severityText: c.severity[f.severity],
      ruleId: f.ruleId,
      message: f.messageId ? ruleMessage(lang, f.ruleId, f.messageId, f.data) : f.message,
      task: f.taskTitle ? cellText(f.taskTitle) : '',
      taskAnchor: f.taskId ? `${prefix}d${f.document}-${f.taskId}` : null,
      location: sourcePosition(f.location, lang),
      document: doc ? documentName(input.file, doc, lang) : '',
      file: input.file.source.path,
    };
  });
}
