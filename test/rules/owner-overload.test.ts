/** The owner-overload rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { collective, doc, task } from '../helpers/plan-model.js';

describe('owner-overload', () => {
  const nine = Array.from({ length: 9 }, (_, i) => task(`任务${i + 1}`));
  it('fires (info) at the task past the limit of 8', () => {
    const findings = run('owner-overload', doc({ tasks: nine }));
    expect(findings.map((f) => [f.severity, f.taskId, f.message])).toEqual([
      ['info', 't9', '王丹 owns 9 tasks (more than 8): t1, t2, t3, t4, t5, t6, t7, t8, t9'],
    ]);
  });
  it('follows the max option and ignores groups', () => {
    const tasks = [task('a'), task('b'), task('c', { owners: [collective('各社区')] }), task('d', { owners: [collective('各社区')] })];
    expect(run('owner-overload', doc({ tasks }), { rules: { 'owner-overload': ['info', { max: 1 }] } }).map((f) => f.taskId)).toEqual(['t2']);
  });
  it('passes at the limit', () => {
    expect(run('owner-overload', doc({ tasks: nine.slice(0, 8) }))).toEqual([]);
  });
});

describeExamples('owner-overload');
