/** unknown-owner: an owner the office does not have (a typo, someone who left, another office's unit). */
import type { Owner, Task } from '../model/plan.js';
import { defineRule, type RawFinding, type RuleSettings } from './types.js';
import { taskFinding } from './helpers.js';

function known(owner: Owner, roster: RuleSettings['roster']): boolean {
  const list = owner.kind === 'person' ? roster.people : owner.kind === 'unit' ? roster.units : [];
  // an unconfigured list (or a group, a placeholder) is not this rule's business
  if (list.length === 0) return true;
  return list.includes(owner.name) || list.includes(owner.raw);
}

type Id = 'unknownPeople' | 'unknownUnits' | 'unknownBoth';

function taskFindings(task: Task, roster: RuleSettings['roster']): RawFinding<Id>[] {
  const unknown = task.owners.filter((o) => !known(o, roster));
  if (!unknown.length) return [];
  const people = unknown.filter((o) => o.kind === 'person').map((o) => o.name).join('、');
  const units = unknown.filter((o) => o.kind !== 'person').map((o) => o.name).join('、');
  const messageId: Id = people && units ? 'unknownBoth' : people ? 'unknownPeople' : 'unknownUnits';
  return [taskFinding(task, messageId, { people, units })];
}

export const unknownOwner = defineRule({
  id: 'unknown-owner',
  defaultSeverity: 'warning',
  description:
    'An owner who is not in the roster of the configuration (roster.people for persons, roster.units for units): a typo in a name, someone who has left, a unit that does not exist. Only checked when a roster is configured; people are checked only against roster.people and units only against roster.units.',
  messages: ['unknownPeople', 'unknownUnits', 'unknownBoth'],
  examples: {
    bad: '三、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王单',
    good: '三、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹',
    config: 'roster:\n  people: [王丹, 杨婷, 齐妍爽]',
    output: ['2:1 owner not in the configured roster: 王单 (person)'],
  },
  check: ({ document, settings }) => document.tasks.flatMap((task) => taskFindings(task, settings.roster)),
});
