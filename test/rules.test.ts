/**
 * Every gap rule against hand-built plans: one input that makes it fire and
 * one that does not, plus the edges each rule documents. The model is built
 * by hand so these tests pin the rules, not the grammar that fills the model.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedFile, PlanDocument } from '../src/model/plan.js';
import type { Config } from '../src/config/schema.js';
import { validateConfig } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';
import { checkParsed } from '../src/check/engine.js';
import type { SourceLine } from '../src/rules/types.js';
import { ROOT } from './helpers/cli.js';
import {
  beforeEvent, collective, dateDeadline, doc, file, ongoing, person, phase, placeholder, rangeDeadline, task, unit, vague, weekly,
} from './helpers/plan-model.js';

function run(ruleId: string, input: PlanDocument | ParsedFile, config: Config = {}, lines?: SourceLine[]) {
  const resolved = resolveConfig({ config: validateConfig(config, 'test.yaml'), path: null, dir: ROOT });
  const parsed = 'schemaVersion' in input ? input : file(input);
  return checkParsed(parsed, { config: resolved, lines }).findings.filter((f) => f.ruleId === ruleId);
}

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

describe('placeholder-owner', () => {
  it('fires on a placeholder owner and on a roster entry with a placeholder', () => {
    const organization = [{ role: '组长', members: [placeholder('xxx')], location: { line: 150 } }];
    const findings = run('placeholder-owner', doc({ tasks: [task('a', { owners: [placeholder('×××')] })], organization }));
    expect(findings.map((f) => [f.taskId, f.severity, f.message])).toEqual([
      ['t1', 'error', 'owner is a placeholder: “×××”'],
      [undefined, 'error', 'roster 组长: placeholder “xxx” instead of a name'],
    ]);
  });
  it('passes for real names', () => {
    const organization = [{ role: '组长', members: [person('王丹')], location: { line: 150 } }];
    expect(run('placeholder-owner', doc({ tasks: [task('a')], organization }))).toEqual([]);
  });
});

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

describe('phase-order', () => {
  const phases = (...spans: [string | null, string | null][]) => spans.map(([s, e], i) => phase(`第${i + 1}阶段`, s, e, 50 + i));
  it('reports overlaps and backwards phases as errors', () => {
    const findings = run('phase-order', doc({ phases: phases(['2024-04-01', '2024-05-31'], ['2024-05-15', '2024-07-31'], ['2024-09-30', '2024-08-01']) }));
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', 'phase 第2阶段 (from 2024-05-15) overlaps 第1阶段 (until 2024-05-31)'],
      ['error', 'phase 第3阶段 ends (2024-08-01) before it starts (2024-09-30)'],
    ]);
  });
  it('reports a phase that starts before the one before it', () => {
    const findings = run('phase-order', doc({ phases: phases(['2024-06-01', '2024-07-31'], ['2024-04-01', '2024-05-31']) }));
    expect(findings.map((f) => f.message)).toEqual(['phase 第2阶段 (from 2024-04-01) starts before the phase before it, 第1阶段 (from 2024-06-01)']);
  });
  it('reports gaps as info, or at the configured gapSeverity, beyond maxGapDays', () => {
    const gap = doc({ phases: phases(['2024-04-01', '2024-05-31'], ['2024-06-10', '2024-07-31']) });
    expect(run('phase-order', gap).map((f) => [f.severity, f.message])).toEqual([
      ['info', '9 days between 第1阶段 (until 2024-05-31) and 第2阶段 (from 2024-06-10) belong to no phase'],
    ]);
    expect(run('phase-order', gap, { rules: { 'phase-order': ['error', { gapSeverity: 'warning' }] } }).map((f) => f.severity)).toEqual(['warning']);
    expect(run('phase-order', gap, { rules: { 'phase-order': ['error', { gapSeverity: 'off' }] } })).toEqual([]);
    expect(run('phase-order', gap, { rules: { 'phase-order': ['error', { maxGapDays: 9 }] } })).toEqual([]);
  });
  it('passes for phases that follow each other, and skips undated ones', () => {
    const ok = phases(['2024-04-11', '2024-05-31'], ['2024-06-01', '2024-07-31'], [null, null], ['2024-08-01', '2024-09-30']);
    expect(run('phase-order', doc({ phases: ok }))).toEqual([]);
  });
});

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

describe('missing-section', () => {
  it('fires for each section kind a plan lacks, at the document start', () => {
    const findings = run('missing-section', doc({ sections: [{ number: '一', heading: '主要任务', kind: 'tasks', location: { line: 3 }, children: [] }] }));
    expect(findings.map((f) => [f.severity, f.message, f.location.line])).toEqual([
      ['warning', 'plan has no 指导思想/总体要求 section (guidance)', 1],
      ['warning', 'plan has no 保障措施 section (safeguards)', 1],
    ]);
  });
  it('fires for a summary without 存在问题, and follows requiredSections', () => {
    const summary = doc({ kind: 'summary', sections: [] });
    expect(run('missing-section', summary).map((f) => f.message)).toEqual(['summary has no 存在问题 section (problems)']);
    expect(run('missing-section', summary, { requiredSections: { summary: ['problems', 'next-steps'] } })).toHaveLength(2);
    expect(run('missing-section', doc({ sections: [] }), { requiredSections: { plan: [] } })).toEqual([]);
  });
  it('passes for a complete plan (nested sections count), and skips documents of unknown kind', () => {
    expect(run('missing-section', doc())).toEqual([]);
    const nested = doc({
      sections: [
        { number: '一', heading: '总体要求', kind: 'guidance', location: { line: 2 }, children: [
          { number: '（一）', heading: '主要任务', kind: 'tasks', location: { line: 3 }, children: [] },
          { number: '（二）', heading: '保障措施', kind: 'safeguards', location: { line: 4 }, children: [] },
        ] },
      ],
    });
    expect(run('missing-section', nested)).toEqual([]);
    expect(run('missing-section', doc({ kind: 'other', sections: [] }))).toEqual([]);
  });
});

describe('unresolved-year', () => {
  it('fires on 20xx in the model texts when there are no source lines', () => {
    const findings = run('unresolved-year', doc({ title: '20xx年社区环境整治工作方案' }));
    expect(findings.map((f) => [f.severity, f.message, f.location.line])).toEqual([['warning', 'unresolved year “20xx” left in the text', 1]]);
  });
  it('fires once per stand-in in the source lines, with its column', () => {
    const lines = [
      { text: '现制订xx镇20xx年创建文明单位工作计划', location: { line: 3 } },
      { text: '（澄创文办发〔20_〕43号）和20××年度、20--年', location: { line: 4 } },
    ];
    const findings = run('unresolved-year', doc(), {}, lines);
    expect(findings.map((f) => [f.location.line, f.location.column, f.message])).toEqual([
      [3, 7, 'unresolved year “20xx” left in the text'],
      [4, 8, 'unresolved year “20_” left in the text'],
      [4, 17, 'unresolved year “20××” left in the text'],
      [4, 24, 'unresolved year “20--” left in the text'],
    ]);
  });
  it('passes for real years and for numbers that merely start with 20', () => {
    const lines = [
      { text: '2024年社区环境整治工作方案', location: { line: 1 } },
      { text: '6月20-25日开展检查，2020-2021年度，面积20*30米，编号20_1', location: { line: 2 } },
    ];
    expect(run('unresolved-year', doc(), {}, lines)).toEqual([]);
  });
});

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

describe('unknown-owner', () => {
  const tasks = [task('a', { owners: [person('王单')] }), task('b', { owners: [unit('城管办')] }), task('c', { owners: [collective('各社区')] })];
  it('fires for owners missing from the configured roster, by kind', () => {
    const findings = run('unknown-owner', doc({ tasks }), { roster: { people: ['王丹'] } });
    expect(findings.map((f) => [f.taskId, f.severity, f.message])).toEqual([['t1', 'warning', 'owner not in the configured roster: 王单 (person)']]);
    const withUnits = run('unknown-owner', doc({ tasks }), { roster: { people: ['王单'], units: ['文明办'] } });
    expect(withUnits.map((f) => f.message)).toEqual(['owner not in the configured roster: 城管办 (unit)']);
  });
  it('passes without a roster, and for owners in it', () => {
    expect(run('unknown-owner', doc({ tasks }))).toEqual([]);
    expect(run('unknown-owner', doc({ tasks }), { roster: { people: ['王单'], units: ['城管办'] } })).toEqual([]);
  });
});
