/** The missing-owner rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { collective, doc, task } from '../helpers/plan-model.js';

describe('missing-owner', () => {
  it('fires on a task with no owner, at the task, as an error', () => {
    const [f, ...rest] = run('missing-owner', doc({ tasks: [task('清理楼道杂物', { owners: [] }), task('整治小广告')] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'missing-owner', severity: 'error', document: 0, taskId: 't1', taskTitle: '清理楼道杂物' });
    expect(f!.location.line).toBeGreaterThan(0);
  });
  it('passes when every task has an owner, whatever its kind', () => {
    expect(run('missing-owner', doc({ tasks: [task('a'), task('b', { owners: [collective('各社区')] })] }))).toEqual([]);
  });
});

describeExamples('missing-owner');
