/** Small pieces several rules share: task findings, owner lists, date arithmetic. */
import type { Deadline, IsoDate, Owner, Task } from '../model/plan.js';
import type { MessageData, RawFinding } from './types.js';

export function taskFinding<Id extends string>(task: Task, messageId: Id, data?: MessageData): RawFinding<Id> {
  return { messageId, ...(data ? { data } : {}), location: task.location, taskId: task.id };
}

/** A deadline's problem: the message id and its data. */
export interface Problem<Id extends string> {
  messageId: Id;
  data?: MessageData;
}

/**
 * Findings about a task's deadline, from `problem` (a message, or null when
 * the deadline is fine). A task with dated milestones is judged by them
 * instead: its own deadline is derived from theirs, and each finding then
 * points at the step that has the problem and names it.
 */
export function deadlineFindings<Id extends string>(task: Task, problem: (deadline: Deadline | null) => Problem<Id> | null): RawFinding<Id>[] {
  const steps = task.milestones.filter((m) => m.deadline !== null);
  if (steps.length === 0) {
    const own = problem(task.deadline);
    return own ? [taskFinding(task, own.messageId, own.data)] : [];
  }
  return steps.flatMap((step) => {
    const found = problem(step.deadline);
    // `step` in the data: the message names the step first (src/i18n ruleMessage)
    return found ? [{ messageId: found.messageId, data: { ...found.data, step: step.name }, location: step.location, taskId: task.id }] : [];
  });
}

export function ownerNames(owners: Owner[]): string {
  return owners.map((o) => o.name).join('、');
}

/** Owners that can be held to account: not a group, not a stand-in. */
export function isAccountable(owner: Owner): boolean {
  return owner.kind === 'person' || owner.kind === 'unit';
}

export interface DayDate {
  year: number | null;
  month: number;
  day: number;
}

/** `2024-06-30` or `--06-30` → its parts; null for anything else. */
export function parseIsoDate(date: IsoDate | null | undefined): DayDate | null {
  const m = date ? /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return null;
  return { year: m[1] === '-' ? null : Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Days since 1970 for comparing dates. A date without a year takes
 * `fallbackYear`, else 2000: a leap year, so `--02-29` stays valid, and two
 * year-less dates still compare by month and day.
 */
export function dayNumber(date: DayDate, fallbackYear: number | null): number {
  const year = date.year ?? fallbackYear ?? 2000;
  return Date.UTC(year, date.month - 1, date.day) / 86_400_000;
}

/** The dates a deadline pins down (recurring, ongoing and date-less relative ones have none). */
export function deadlineDates(deadline: Deadline | null): { start: DayDate | null; end: DayDate | null } {
  if (!deadline || deadline.kind === 'recurring' || deadline.kind === 'ongoing') return { start: null, end: null };
  const start = parseIsoDate(deadline.start);
  const end = parseIsoDate(deadline.end);
  return { start: start ?? end, end: end ?? start };
}

/** A date as ISO text for messages (`--06-30` when the year is unknown). */
export function showDate(date: DayDate): string {
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year === null ? `--${md}` : `${date.year}-${md}`;
}
