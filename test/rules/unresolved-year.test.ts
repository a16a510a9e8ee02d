/** The unresolved-year rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { doc } from '../helpers/plan-model.js';

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

describeExamples('unresolved-year');
