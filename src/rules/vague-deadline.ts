/** vague-deadline: a deadline in words only (尽快, 及时) or hung on an undated event. */
import type { Deadline } from '../model/plan.js';
import { defineRule } from './types.js';
import { deadlineFindings, type Problem } from './helpers.js';

function vagueness(deadline: Deadline | null): Problem<'vague' | 'undatedEvent'> | null {
  if (!deadline) return null;
  if (deadline.vague) return { messageId: 'vague', data: { text: deadline.text } };
  if (deadline.kind === 'relative' && !deadline.start && !deadline.end) {
    return { messageId: 'undatedEvent', data: { text: deadline.text } };
  }
  return null;
}

export const vagueDeadline = defineRule({
  id: 'vague-deadline',
  defaultSeverity: 'warning',
  description:
    'A deadline in words only — 规定时限内, 尽快, 及时, 适时 — or a relative one that hangs on an event with no date (在迎接国家实地测评之前, 方案印发后). Nobody can tell when such a task is late; write the date, or the event\'s date next to it. Extra vague words can be added with lexicon.vagueWords.',
  messages: ['vague', 'undatedEvent'],
  examples: {
    bad: '三、主要任务\n1、规范申报材料。在迎接国家实地测评之前完成资料整理。\n责任人：王丹',
    good: '三、主要任务\n1、规范申报材料。8月31日前完成资料整理。\n责任人：王丹',
    output: ['2:1 deadline “在迎接国家实地测评之前” hangs on an event with no date'],
  },
  check: ({ document }) => document.tasks.flatMap((task) => deadlineFindings(task, vagueness)),
});
