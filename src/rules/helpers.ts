/** Small pieces several rules share: task findings, owner lists, date arithmetic. */
import type { Deadline, Owner, Task } from '../model/plan.js';
import { parseIso, type Ymd } from '../grammar/dates.js';
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

/** The dates a deadline pins down (recurring, ongoing and date-less relative ones have none). */
export function deadlineDates(deadline: Deadline | null): { start: Ymd | null; end: Ymd | null } {
  if (!deadline || deadline.kind === 'recurring' || deadline.kind === 'ongoing') return { start: null, end: null };
  const start = parseIso(deadline.start);
  const end = parseIso(deadline.end);
  return { start: start ?? end, end: end ?? start };
}

