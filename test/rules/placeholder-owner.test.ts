/** The placeholder-owner rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { doc, person, placeholder, task } from '../helpers/plan-model.js';

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

describeExamples('placeholder-owner');
