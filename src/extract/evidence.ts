/**
 * Is an item a task? Decided from evidence, not from one section word:
 *
 * - for: a labelled owner (`责任单位：…`, `（X牵头，Y配合）`, a table column), a
 *   dated or recurring deadline, a task-like section (主要任务、重点工作、下一步…),
 *   an unclassified section of a plan (its items are its work), an owner in
 *   running text (`由X负责`);
 * - against: a stage of the schedule (a phase), a definition line
 *   (`重教育：崇德尚教；`), a report's account of work done or problems, a
 *   background section.
 *
 * Goals, 保障措施, requirements, guidance and organization items are tasks
 * only with a deadline or a labelled owner (the real corpus' convention).
 */
import type { Deadline, DocumentKind, Owner, SectionKind } from '../model/plan.js';
import { isDated } from './task-deadline.js';

/** Where an item sits: the kind of the nearest classified section above it, or `none` (no section: a top-level item). */
export type Scope = SectionKind | 'none';

export interface Evidence {
  owners: Owner[];
  deadline: Deadline | null;
  /** The item names a stage of the schedule (`第一阶段`, `排查阶段（6月15日-7月15日）`). */
  stage: boolean;
  /** A one-line definition (`重教育：崇德尚教，尊师重教`), not work. */
  definition: boolean;
  /** The heading is phrased as work: a couplet of verb phrases (`深入宣传，强力造势`). */
  actionHeading: boolean;
  /** A top-level item that is one of the document's sections (not an orphan of a page cut). */
  section: boolean;
  /** The item is a step under a stage of the schedule (`（一）第一阶段…` / `1、…`). */
  underStage?: boolean;
  /** The deadline is written in the item itself, not given by a heading or a field above it. */
  ownDeadline?: boolean;
}

/** Owners the text names by a label, a column, a role word or a closing bracket of names: evidence of an assignment. */
export const hasLabelledOwner = (owners: Owner[]) => owners.some((o) => o.via === 'label' || o.via === 'column' || o.via === 'role-word' || o.via === 'bracket');

/** A deadline that dates the work: a day, a period, a recurrence or `持续推进`. */
export function datesWork(d: Deadline | null): boolean {
  return !!d && !d.vague && (isDated(d) || d.kind === 'recurring' || d.kind === 'ongoing');
}

/** A deadline that sets a due point: a date, a period, or a recurrence with its day (`每月26日前`, not `每天`). */
function dueBy(d: Deadline | null): boolean {
  if (!d || d.vague) return false;
  if (d.kind === 'recurring') return !!d.recurrence?.at || d.precision === 'exact';
  return isDated(d);
}

/** A due point (`于3月15日前报…`), not a period: a section giving a period (`活动时间：6月1日至30日`) says when the whole plan runs. */
const duePoint = (d: Deadline | null) => dueBy(d) && d!.kind !== 'range';

const ASSIGNED_ONLY: Scope[] = ['goals', 'safeguards', 'guidance', 'organization'];

/** The decision on an item and its reason, in words a user reads in `plan-parse explain`. */
export interface TaskDecision {
  task: boolean;
  reason: string;
}

export function isTask(e: Evidence, scope: Scope, documentKind: DocumentKind): boolean {
  return decideTask(e, scope, documentKind).task;
}

const yes = (reason: string): TaskDecision => ({ task: true, reason });
const no = (reason: string): TaskDecision => ({ task: false, reason });

export function decideTask(e: Evidence, scope: Scope, documentKind: DocumentKind): TaskDecision {
  if (e.stage) return no('a stage of the schedule (read as a phase)');
  const labelled = hasLabelledOwner(e.owners);
  // a labelled lead names who answers for the item even in an account of progress (`1、农村道路畅通工程，牵头部门：市交通局。`)
  if (scope === 'background' && labelled) return yes('an item of a background section with a labelled owner');
  if (scope === 'problems' || scope === 'background') return no(`in a ${scope} section`);
  // a report's past work is no task; its next steps are
  if (documentKind === 'summary') return scope === 'next-steps' ? yes('a next step of a report') : no("a report's account of work done");
  // a line shaped `X：Y` with a labelled owner under it (`二、督察意见：…` / `责任单位：省住建厅。`) is assigned work, not a definition
  if (scope === 'tasks' || scope === 'next-steps') return e.definition && !labelled ? no('a one-line definition, not work') : yes(`an item of a ${scope} section`);
  // `每天`/`常态化` in a 保障措施 paragraph describes a way of working, not a deadline of the item;
  // a goal phrased as work (`深入宣传，强力造势`) is work
  if (ASSIGNED_ONLY.includes(scope)) {
    if (labelled) return yes(`a ${scope} item with a labelled owner`);
    // a duty split (`三、职责分工` / `（三）市委宣传部负责协调…`): each item assigns its work to the unit it opens with
    if (scope === 'organization' && !e.section && e.owners.length > 0 && e.owners.every((o) => o.via === 'inline' || o.via === 'role-word' || o.via === 'bracket')) return yes('a duty of a duty split, assigned to its unit');
    if (dueBy(e.deadline)) return yes(`a ${scope} item due by a date`);
    if (scope === 'goals' && e.actionHeading) return yes('a goal phrased as work');
    return no(`a ${scope} item without a labelled owner or a due date`);
  }
  if (scope === 'schedule') {
    if (labelled) return yes('a schedule item with a labelled owner');
    // an activity a timetable dates (`（一）高中阶段学校。期末考试时间…为2018年2月1日至3日…`): not a stage, not a stage's step, not a section
    if (!e.section && !e.underStage && dueBy(e.deadline)) return yes('a dated activity of a timetable');
    // a stage's step due by a day of its own (`（二）8月31日前，市城管局完成…`), not one the stage gives all its steps
    if (e.underStage && e.ownDeadline && duePoint(e.deadline)) return yes("a stage's step due by a date of its own");
    // `（四）期末考试具体日程和内容由教育研究中心确定。`: an item of a timetable given to its owner
    if (!e.section && !e.underStage && e.owners.some((o) => o.via === 'inline' || o.via === 'bracket')) return yes('a schedule item assigned to its owner');
    return no('a schedule item without a labelled owner');
  }
  if (scope === 'other') return e.definition ? no('a one-line definition, not work') : yes('an item of an unclassified section of a plan');
  // no section above: a top-level section is a task only when it is assigned or due by a date (a notice's `二、细化工作方案。…于3月15日前报…`); an orphan item of a page cut when anything says so
  if (e.section) {
    if (labelled) return yes('a top-level section with a labelled owner');
    return duePoint(e.deadline) ? yes('a top-level section due by a date') : no('a top-level section without a labelled owner or a due date');
  }
  if (labelled || datesWork(e.deadline) || e.owners.length > 0) return yes('an item outside any section, with an owner or a date');
  return no('an item outside any section, without an owner or a date');
}
