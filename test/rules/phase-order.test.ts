/** The phase-order rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { doc, phase } from '../helpers/plan-model.js';

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

describeExamples('phase-order');
