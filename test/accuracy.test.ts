/**
 * Accuracy on real plans written and annotated by others (fixtures/real, a
 * copy of the shared real corpus; its README.md is the annotation contract)
 * and on the project's own gold. The floors sit just under the figures of
 * the README: a change that loses accuracy on real plans fails here.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/run.js';
import { fixture } from './helpers/corpus.js';

describe.each([
  ['the 24 real plans as text', 'real/gold', undefined],
  ['the same plans as Word files', 'real/gold-docx', undefined],
] as const)('%s', (_, gold, docs) => {
  it('finds the tasks the annotators found, with their owners, deadlines, phases and sections', async () => {
    const { total } = await evaluate(fixture(gold), docs);
    const f = total.figures;
    expect(f.taskF1).toBeGreaterThanOrEqual(98);
    expect(f.taskPrecision).toBeGreaterThanOrEqual(97);
    expect(f.taskRecall).toBeGreaterThanOrEqual(97);
    expect(f.ownerExact).toBeGreaterThanOrEqual(94);
    expect(f.deadlineValue).toBeGreaterThanOrEqual(95);
    expect(f.phases).toBeGreaterThanOrEqual(95);
    expect(f.sections).toBeGreaterThanOrEqual(98);
  });
});

describe('27 further real plans (fixtures/real-more: gold by the same contract, written after the rules)', () => {
  it('holds the figures measured when they were added, tables the weakest part', async () => {
    const { total } = await evaluate(fixture('real-more/gold'), fixture('real-more/docs'));
    const f = total.figures;
    expect(f.taskPrecision).toBeGreaterThanOrEqual(94);
    expect(f.taskF1).toBeGreaterThanOrEqual(72);
    expect(f.ownerExact).toBeGreaterThanOrEqual(86);
    expect(f.deadlineValue).toBeGreaterThanOrEqual(80);
    expect(f.sections).toBeGreaterThanOrEqual(90);
  });
});

describe('the hand-made gold of the seeds', () => {
  it('is matched in full', async () => {
    const { total } = await evaluate(fixture('gold'), fixture('.'));
    expect(total.figures).toMatchObject({ taskF1: 100, ownerExact: 100, deadlineValue: 100, phases: 100, sections: 100 });
  });
});
