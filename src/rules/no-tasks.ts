/**
 * no-tasks: a document from which no task could be read. An unparsed plan
 * must not look clean: without this finding `check` would print nothing and
 * exit 0 for a plan whose layout plan-parse does not understand.
 */
import { defineRule } from './types.js';

export const noTasks = defineRule({
  id: 'no-tasks',
  defaultSeverity: 'warning',
  description:
    'A document in which no task was found: no numbered item, table row or field block carried the evidence of a task (an owner, a deadline, a task section). Either the document states no work to do (a notice, a report on work done), or its layout was not understood; `plan-parse FILE --format json` shows the sections and phases that were read.',
  messages: ['none'],
  examples: {
    bad: '社区环境整治工作方案\n一、指导思想\n以改善人居环境为目标。\n二、保障措施\n加强组织领导。',
    good: '社区环境整治工作方案\n一、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹',
    output: ['1:1 no task found in this document: it states no work, or its layout was not understood'],
  },
  check: ({ document }) =>
    document.tasks.length === 0 ? [{ messageId: 'none', data: { kind: document.kind }, location: document.location.start }] : [],
});
