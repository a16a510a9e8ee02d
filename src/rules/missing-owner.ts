/** missing-owner: a task nobody is named for will not get done. */
import { defineRule } from './types.js';
import { taskFinding } from './helpers.js';

export const missingOwner = defineRule({
  id: 'missing-owner',
  defaultSeverity: 'error',
  description:
    'A task with no owner: no 责任人, 责任单位 or 牵头单位 line after it, no owner in its text (由城管办负责, 市文明办牵头) and none inherited from the heading it sits under. Nobody will be asked about a task nobody owns; name a person or a unit for it.',
  messages: ['noOwner'],
  examples: {
    bad: '三、主要任务\n1、整治小区环境卫生。清理楼道杂物，保持庭院整洁。',
    good: '三、主要任务\n1、整治小区环境卫生。清理楼道杂物，保持庭院整洁。\n责任人：王丹',
    output: ['2:1 task has no owner (责任人/责任单位)'],
  },
  check: ({ document }) =>
    document.tasks.filter((task) => task.owners.length === 0).map((task) => taskFinding(task, 'noOwner')),
});
