/** The missing-deadline rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { dateDeadline, doc, ongoing, task, weekly } from '../helpers/plan-model.js';

describe('missing-deadline', () => {
  it('fires on a task with no deadline and no dated sub-step', () => {
    const findings = run('missing-deadline', doc({ tasks: [task('清理楼道杂物', { deadline: null })] }));
    expect(findings.map((f) => [f.taskId, f.severity])).toEqual([['t1', 'warning']]);
  });
  it('passes for dates, recurring and ongoing markers, and dated milestones', () => {
    const milestone = { name: '集中移除阶段', text: '完成时限6月9日', deadline: dateDeadline('2024-06-09'), location: { line: 40 } };
    const tasks = [
      task('a'),
      task('b', { deadline: weekly }),
      task('c', { deadline: ongoing }),
      task('d', { deadline: null, milestones: [milestone] }),
    ];
    expect(run('missing-deadline', doc({ tasks }))).toEqual([]);
  });
});

describeExamples('missing-deadline');
