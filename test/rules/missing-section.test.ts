/** The missing-section rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { doc } from '../helpers/plan-model.js';

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

describeExamples('missing-section');
