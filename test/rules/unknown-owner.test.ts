/** The unknown-owner rule: hand-built plans that make it fire and that do not, the edges it documents, and its examples. */
import { describe, expect, it } from 'vitest';
import { run, describeExamples } from '../helpers/rules.js';
import { collective, doc, person, task, unit } from '../helpers/plan-model.js';

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

describeExamples('unknown-owner');
