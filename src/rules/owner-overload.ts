/** owner-overload: one person or unit holding so many tasks that some will slip. */
import * as z from 'zod';
import type { Task } from '../model/plan.js';
import { defineRule, type RawFinding } from './types.js';
import { isAccountable } from './helpers.js';

const Options = z
  .object({
    max: z.number().int().min(1).default(8).describe('most tasks one owner may hold in a document'),
  })
  .strict();
type Options = z.infer<typeof Options>;

function tasksByOwner(tasks: Task[]): Map<string, Task[]> {
  const byOwner = new Map<string, Task[]>();
  for (const task of tasks) {
    const names = new Set(task.owners.filter(isAccountable).map((o) => o.name));
    for (const name of names) {
      // push, never copy: one owner on 50,000 tasks stays linear
      const held = byOwner.get(name);
      if (held) held.push(task);
      else byOwner.set(name, [task]);
    }
  }
  return byOwner;
}

function check(tasks: Task[], { max }: Options): RawFinding<'overloaded'>[] {
  return [...tasksByOwner(tasks)]
    .filter(([, held]) => held.length > max)
    .map(([name, held]) => {
      // point at the task that went over the limit: that is where to reassign
      const over = held[max]!;
      const ids = held.map((t) => t.id).join(', ');
      return { messageId: 'overloaded' as const, data: { owner: name, count: held.length, max, tasks: ids }, location: over.location, taskId: over.id };
    });
}

export const ownerOverload = defineRule({
  id: 'owner-overload',
  defaultSeverity: 'info',
  description:
    'One person or unit holds more tasks in a document than the max option allows (8 by default). Plans from small offices often put one name on everything; the finding points at the task that went over the limit, where a second owner would help. Groups and placeholders are not counted (see collective-owner and placeholder-owner).',
  messages: ['overloaded'],
  examples: {
    bad: '三、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹\n2、整治小广告。6月底前完成。\n责任人：王丹\n3、规范窗口服务。6月底前完成。\n责任人：王丹',
    good: '三、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹\n2、整治小广告。6月底前完成。\n责任人：杨婷\n3、规范窗口服务。6月底前完成。\n责任人：齐妍爽',
    config: 'rules:\n  owner-overload: [info, { max: 2 }]',
    output: ['6:1 王丹 owns 3 tasks (more than 2): t1, t2, t3'],
  },
  options: Options,
  check: ({ document, options }) => check(document.tasks, options),
});
