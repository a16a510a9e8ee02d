/** The collective-owner rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { collective, doc, person, task } from '../helpers/plan-model.js';

describe('collective-owner', () => {
  it('fires when every owner is a group', () => {
    const findings = run('collective-owner', doc({ tasks: [task('整治窗口服务缺位', { owners: [collective('全体工作人员')] })] }));
    expect(findings.map((f) => [f.taskTitle, f.severity, f.message])).toEqual([
      ['整治窗口服务缺位', 'warning', 'only collective owners (全体工作人员): nobody is accountable'],
    ]);
  });
  it('passes when someone is named beside the group, or when there is no owner at all (missing-owner)', () => {
    const tasks = [task('a', { owners: [person('王丹', 'lead'), collective('各社区')] }), task('b', { owners: [] })];
    expect(run('collective-owner', doc({ tasks }))).toEqual([]);
  });
});

describeExamples('collective-owner');
