/** The duplicate-task rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { doc, task } from '../helpers/plan-model.js';

describe('duplicate-task', () => {
  it('fires on a repeated title and on near-identical texts, at the later task', () => {
    const text = '综合治理小区基础设施，加强和改进物业服务，开展文明示范小区创建活动，保持庭院和楼道整洁。';
    const tasks = [
      task('整治小区环境卫生'),
      task('整治小区环境卫生'),
      task('开展环境整治', { text }),
      task('环境卫生专项行动', { text: text.replace('开展', '组织开展') }),
    ];
    const findings = run('duplicate-task', doc({ tasks }));
    expect(findings.map((f) => [f.taskId, f.severity])).toEqual([
      ['t2', 'warning'],
      ['t4', 'warning'],
    ]);
    expect(findings[0]!.message).toMatch(/^same task as t1 “整治小区环境卫生” \(line \d+\)$/);
  });
  it('passes for different tasks, and does not compare short texts', () => {
    const tasks = [task('整治小区环境卫生'), task('整治非法小广告'), task('召开会议', { text: '召开会议。' }), task('召开例会', { text: '召开会议。' })];
    expect(run('duplicate-task', doc({ tasks }))).toEqual([]);
  });
});

describeExamples('duplicate-task');
