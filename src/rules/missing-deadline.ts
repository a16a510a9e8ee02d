/** missing-deadline: a task without a date cannot be late, so it is never checked. */
import type { Task } from '../model/plan.js';
import { defineRule } from './types.js';
import { taskFinding } from './helpers.js';

/** Dated sub-steps (milestones) schedule a task even when the task itself names no deadline. */
function hasSchedule(task: Task): boolean {
  return task.deadline !== null || task.milestones.some((m) => m.deadline !== null);
}

export const missingDeadline = defineRule({
  id: 'missing-deadline',
  defaultSeverity: 'warning',
  description:
    'A task with no deadline: no 完成时限, no date or period in its text (6月底前, 4月中旬—5月底, 年底前), no dated sub-steps, and no recurring or ongoing marker (每周四, 常态化, 长期坚持). Without a date a task cannot be late, so nobody checks it; give it a 完成时限.',
  messages: ['noDeadline'],
  examples: {
    bad: '三、主要任务\n1、整治小区环境卫生。清理楼道杂物。\n责任人：王丹',
    good: '三、主要任务\n1、整治小区环境卫生。清理楼道杂物，6月30日前完成。\n责任人：王丹',
    output: ['2:1 task has no deadline (完成时限)'],
  },
  check: ({ document }) =>
    document.tasks.filter((task) => !hasSchedule(task)).map((task) => taskFinding(task, 'noDeadline')),
});
