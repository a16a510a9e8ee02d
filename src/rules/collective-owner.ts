/** collective-owner: "everyone" owns it, so nobody does. */
import { defineRule } from './types.js';
import { ownerNames, taskFinding } from './helpers.js';

export const collectiveOwner = defineRule({
  id: 'collective-owner',
  defaultSeverity: 'warning',
  description:
    'A task whose only owners are groups — 全体工作人员, 各社区, 相关部门, 各有关单位. When everyone is responsible nobody is accountable; name the person or unit who leads it and keep the group as support (配合). A task with at least one named person or unit passes. Extra group words can be added with lexicon.collectiveWords.',
  messages: ['onlyCollective'],
  examples: {
    bad: '三、主要任务\n1、整治窗口服务缺位。规范服务流程，6月底前完成。\n责任人：全体工作人员',
    good: '三、主要任务\n1、整治窗口服务缺位。规范服务流程，6月底前完成。\n责任人：王丹',
    output: ['2:1 only collective owners (全体工作人员): nobody is accountable'],
  },
  check: ({ document }) =>
    document.tasks
      .filter((task) => task.owners.length > 0 && task.owners.every((o) => o.kind === 'collective'))
      .map((task) => taskFinding(task, 'onlyCollective', { owners: ownerNames(task.owners) })),
});
