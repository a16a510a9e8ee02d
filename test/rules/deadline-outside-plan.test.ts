/** The deadline-outside-plan rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { dateDeadline, doc, phase, rangeDeadline, task } from '../helpers/plan-model.js';

describe('deadline-outside-plan', () => {
  it('fires on a deadline in another year', () => {
    const findings = run('deadline-outside-plan', doc({ tasks: [task('a', { deadline: dateDeadline('2023-06-30') })] }));
    expect(findings.map((f) => f.message)).toEqual(["deadline 2023-06-30 is outside the plan's year 2024"]);
  });
  it('accepts the years after the plan\'s year that yearsAfter allows, never the years before', () => {
    const tasks = [task('a', { deadline: dateDeadline('2025-01-15') }), task('b', { deadline: dateDeadline('2023-12-31') })];
    const findings = run('deadline-outside-plan', doc({ tasks }), { rules: { 'deadline-outside-plan': ['warning', { yearsAfter: 1 }] } });
    expect(findings.map((f) => [f.taskId, f.message])).toEqual([['t2', "deadline 2023-12-31 is outside the plan's years 2024–2025"]]);
  });
  it('judges a task with dated steps by its steps, at the step that is wrong', () => {
    const step = (name: string, end: string, line: number) => ({ name, text: name, deadline: dateDeadline(end), location: { line } });
    const milestones = [step('申报阶段', '2024-12-25', 60), step('授旗阶段', '2025-01-25', 61)];
    const findings = run('deadline-outside-plan', doc({ tasks: [task('创建无疫小区', { deadline: rangeDeadline('2024-12-25', '2025-01-25'), milestones })] }));
    expect(findings.map((f) => [f.taskId, f.location.line, f.message])).toEqual([
      ['t1', 61, "授旗阶段: deadline 2025-01-25 is outside the plan's year 2024"],
    ]);
  });
  it('fires on a deadline before the plan was written', () => {
    const findings = run('deadline-outside-plan', doc({ date: '2024-05-10', tasks: [task('a', { deadline: dateDeadline('2024-04-30') })] }));
    expect(findings.map((f) => f.message)).toEqual(["deadline 2024-04-30 is before the plan's own date 2024-05-10"]);
  });
  it('fires on a task listed under a phase whose dates it leaves', () => {
    const phases = [phase('宣传发动阶段', '2024-04-11', '2024-05-31', 20), phase('重点推进阶段', '2024-06-01', '2024-07-31', 30)];
    const inFirst = { ...task('召开动员大会', { deadline: dateDeadline('2024-06-15') }), location: { line: 22 } };
    const inSecond = { ...task('集中巡查', { deadline: dateDeadline('2024-07-15') }), location: { line: 32 } };
    const findings = run('deadline-outside-plan', doc({ phases, tasks: [inFirst, inSecond] }));
    expect(findings.map((f) => [f.taskId, f.message])).toEqual([
      ['t1', 'deadline 2024-06-15 is outside its phase 宣传发动阶段 (2024-04-11 → 2024-05-31)'],
    ]);
  });
  it('passes for deadlines in the year, year-less dates, and summaries', () => {
    const tasks = [task('a'), task('b', { deadline: dateDeadline('--09-30') }), task('c', { deadline: rangeDeadline('2024-06-01', '2024-06-09') })];
    expect(run('deadline-outside-plan', doc({ tasks }))).toEqual([]);
    const summary = doc({ kind: 'summary', tasks: [task('明年工作', { deadline: dateDeadline('2025-06-30') })] });
    expect(run('deadline-outside-plan', summary)).toEqual([]);
  });
});

describeExamples('deadline-outside-plan');
