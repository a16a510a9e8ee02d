/** The vague-deadline rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { beforeEvent, doc, task, vague, weekly } from '../helpers/plan-model.js';

describe('vague-deadline', () => {
  it('fires on words-only deadlines, undated events, and vague milestones', () => {
    const milestone = { name: '整改阶段', text: '尽快整改', deadline: vague, location: { line: 900 } };
    const tasks = [task('a', { deadline: vague }), task('b', { deadline: beforeEvent }), task('c', { milestones: [milestone] })];
    const findings = run('vague-deadline', doc({ tasks }));
    expect(findings.map((f) => [f.taskId, f.location.line === 900 ? 'milestone' : 'task'])).toEqual([
      ['t1', 'task'],
      ['t2', 'task'],
      ['t3', 'milestone'],
    ]);
    expect(findings[1]!.message).toBe('deadline “在迎接国家实地测评之前” hangs on an event with no date');
  });
  it('passes for dates and for relative deadlines that resolved to a date', () => {
    const resolved = { text: '方案印发后一个月内', kind: 'relative' as const, end: '2024-05-31', precision: 'fuzzy' as const };
    expect(run('vague-deadline', doc({ tasks: [task('a'), task('b', { deadline: resolved }), task('c', { deadline: weekly })] }))).toEqual([]);
  });
});

describeExamples('vague-deadline');
