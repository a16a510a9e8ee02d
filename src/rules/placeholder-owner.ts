/**
 * placeholder-owner: a template stand-in (xx, ×××, 某某, __) where a name
 * should be, in a task's owners or in the leadership roster.
 */
import type { Owner, PlanDocument, RosterEntry } from '../model/plan.js';
import { defineRule, type RawFinding } from './types.js';
import { taskFinding } from './helpers.js';

const placeholders = (owners: Owner[]) => owners.filter((o) => o.kind === 'placeholder');
const quoted = (owners: Owner[]) => owners.map((o) => `“${o.raw || o.name}”`).join('、');

type Id = 'taskPlaceholder' | 'rosterPlaceholder';

function rosterFindings(roster: RosterEntry[]): RawFinding<Id>[] {
  return roster.flatMap((entry) => {
    const found = placeholders(entry.members);
    if (!found.length) return [];
    return [{ messageId: 'rosterPlaceholder' as const, data: { role: entry.role, owners: quoted(found) }, location: entry.location }];
  });
}

function taskFindings(document: PlanDocument): RawFinding<Id>[] {
  return document.tasks.flatMap((task) => {
    const found = placeholders(task.owners);
    return found.length ? [taskFinding(task, 'taskPlaceholder' as const, { owners: quoted(found) })] : [];
  });
}

export const placeholderOwner = defineRule({
  id: 'placeholder-owner',
  defaultSeverity: 'error',
  description:
    'An owner that is a template stand-in — xx, XX, ×××, 某某, __ — in a task\'s owners or in the leadership roster (组长：xxx). The plan was copied from a template and the names were never filled in; put in the real person or unit. Extra stand-ins can be added with lexicon.placeholders.',
  messages: ['taskPlaceholder', 'rosterPlaceholder'],
  examples: {
    bad: '三、主要任务\n1、整治小区环境卫生。6月30日前完成。\n责任人：×××',
    good: '三、主要任务\n1、整治小区环境卫生。6月30日前完成。\n责任人：王丹',
    output: ['2:1 owner is a placeholder: “×××”'],
  },
  check: ({ document }) => [...taskFindings(document), ...rosterFindings(document.organization)],
});
