/** The no-tasks rule: a document without tasks must not look clean; one with a task is not reported. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { doc, file, task } from '../helpers/plan-model.js';

describe('no-tasks', () => {
  it('fires once per document without tasks, at its start, with its kind', () => {
    const empty = doc({ tasks: [] });
    const findings = run('no-tasks', file(empty, doc({ tasks: [task('清理楼道杂物')] }), { ...empty, kind: 'summary' }));
    expect(findings.map((f) => [f.document, f.location.line, f.data?.kind])).toEqual([[0, 1, 'plan'], [2, 1, 'summary']]);
  });
  it('passes a document with a task', () => {
    expect(run('no-tasks', doc({ tasks: [task('整治小广告')] }))).toEqual([]);
  });
});

describeExamples('no-tasks');
