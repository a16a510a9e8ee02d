/**
 * Accuracy on real plans written and annotated by others (fixtures/real, a
 * copy of the shared real corpus; its README.md is the annotation contract)
 * and on the project's own gold. The floors sit just under the figures of
 * the README: a change that loses accuracy on real plans fails here.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/run.js';
import { fixture } from './helpers/corpus.js';

type Figures = Awaited<ReturnType<typeof evaluate>>['total']['figures'];

/** Every named figure at least its floor (a figure that is n/a fails). */
function expectFloors(figures: Figures, floors: Partial<Record<keyof Figures, number>>): void {
  for (const [name, floor] of Object.entries(floors)) expect(figures[name as keyof Figures], name).toBeGreaterThanOrEqual(floor!);
}

describe.each([
  ['the 24 real plans as text', 'real/gold', undefined],
  ['the same plans as Word files', 'real/gold-docx', undefined],
] as const)('%s', (_, gold, docs) => {
  it('finds the tasks the annotators found, with their owners, deadlines, phases and sections', async () => {
    const { total } = await evaluate(fixture(gold), docs);
    // deadline value 100 since a task's dated paragraphs give their first date, not their span (98.7 before)
    expectFloors(total.figures, { taskF1: 98, taskPrecision: 97, taskRecall: 97, ownerExact: 94, deadlineValue: 99, phases: 95, sections: 98 });
  });
});

describe('the same plans as web pages (fixtures/real/html: the Word files exported by LibreOffice, automatic numbering as nested <ol>)', () => {
  it('reads them as well as the Word files (F1 0 before the article was found across inline runs, 50.8 before <ol> numbers were drawn)', async () => {
    const { total } = await evaluate(fixture('real/gold-html'), fixture('real/html'));
    expectFloors(total.figures, { taskF1: 98.5, taskPrecision: 98.5, taskRecall: 98.5, ownerExact: 98.5, deadlineValue: 99, phases: 99, sections: 99 });
  });
});

describe('27 further real plans (fixtures/real-more: gold by the same contract, written after the rules)', () => {
  it('holds the figures of now (F1 68.8 when added, 74.2 before the merged cells of the school calendar were read, 98.9 before the table flattened to words, 26, was read)', async () => {
    const { total } = await evaluate(fixture('real-more/gold'), fixture('real-more/docs'));
    expectFloors(total.figures, { taskPrecision: 98, taskRecall: 99, taskF1: 99, ownerExact: 98, deadlineValue: 95, sections: 98 });
  });
});

describe('134 held-out real plans (fixtures/real-new: gold written before the tool was run on them)', () => {
  // 01-06: F1 90.9 when added (a goal section whose paragraphs open with bare target years); 07-09 (three
  // task tables: one cell per line, a merged category lost in a padded row, no owner column): 2 of 12 tasks
  // when added (F1 59.3 over the nine). Deadline value 9 of 9 since 06's goals `2022年，… 2030年，…` give
  // the first year, as the contract does, not the span of both (8 of 9 before). 10-15 (added in the fourth
  // session): F1 98.1 (P 96.3) and phases 75.0 over the fifteen when added — a notice with numbered requirements
  // of its own split off the plan it names (10), a template's stage with blank dates was no phase (11), a notice
  // title naming two plans was too long to be a title, so its untasked item 二 was a task (13). 17-24 (fifth
  // session, MISSES.md): F1 71.1 over 17-20 and 68.3 over 21-24 when added; 25-32: 98.0 and 48.3 with the build of
  // the session start, 98.0 and 90.0 with the build that had the fixes for 17-24. Now P 93.8 (21's findings of an
  // inspected site that is fine are still tasks), owners 98.5. 33-40: F1 46.5 / 52.6 when added (the same two
  // builds); over all 40 P 94.7, R 98.8, owners 96.9, deadline value 95.5. 41-48: F1 61.1 when added (both builds:
  // progress registers and ledgers with merged cells, mostly left open); over all 48 now P 89.8, R 85.8, owners 93.8,
  // deadline value 90.3. 49-55 (added at the session's end, not fixed): F1 47.6 — four tables give none of their 33
  // tasks; over all 55 then P 86.6, R 76.6, owners 94.4. Sixth session: 51, 53, 54 read (0 → 21 of 23 tasks; 53's
  // year-only deadlines still one column off, so deadline value falls to 82.6); 56-69 (eleven, added then): F1 77.4
  // when added with both builds, 81.3 after their fixes (68's date-like IDs open); over all 66 now P 91.6, R 82.6,
  // F1 86.9, owners 95.0. Seventh session: 45's rows under a merged 工作任务 (6 → 8 of 8): P 92.3, R 83.2, F1 87.5,
  // owners 96.2, deadline value 85.4; 48's `，牵头部门：…。` run-in fields (0 → 6 of 6): R 85.1, F1 88.6; 68's
  // serial 计划编号 (0 → 12 of 12): P 92.7, R 88.9, F1 90.8, owners 96.4, deadline value 88.3. 70-77 (eight, added
  // then): F1 81.0 when added, 100 after their fixes; over all 74 P 94.1, R 90.9, F1 92.5, owners 97.1, deadline value 91.9;
  // 47's header words over two lines (1 → 14 of 15, 6 owners shifted): P 94.3, R 94.3, F1 94.3, owners 95.9; 46's
  // numbered project cell over its rows (2 → 9 of 9): P 96.6, R 96.1, F1 96.4, owners 95.7, deadline value 93.5.
  // 78-81 (inspection problem lists): F1 62.9 when added, 85.7 after (80's blanket deadline, 81's inline findings
  // open); over all 78 P 96.7, R 95.1, F1 95.9, owners 95.8, deadline value 89.8. 82-85 (school and university
  // notices): F1 87.7 when added (owners 50.0, deadline value 29.4), 87.7 after (owners 84.4, deadline value 88.2: an
  // office line's owner, weekdays naming the year; 83's dated schedule items open); over all 82 P 97.0, R 93.7,
  // F1 95.3, owners 95.2, deadline value 89.6, sections 98.0. 86-89: F1 46.7 when added, 81.6 after (87's run-on
  // cells, 89's one-line list open); over all 86 P 97.2, R 91.4, F1 94.2, owners 92.7, deadline value 92.8; dated
  // activities of a timetable (83: 0 → 4 of 7, 85: 7 → 9 of 9): R 92.7, F1 94.9, deadline value 93.1; a fine
  // point's findings (21: 9 extra → 0): P 99.1, F1 95.8; 42's helper clauses: owners 93.2; 89's one-line page split
  // into its paragraphs (0 → 9 of 12, 5 of them without owner and date): R 94.5, F1 96.8, owners 92.2, deadline value 90.0;
  // 40's unit line over its list: owners 93.1; 25's helping units of a led group: owners 93.3.
  // Eighth session: 90-128 (34 more, gold written before the tool was run on them; MISSES.md has each batch's first
  // run). Over all 120 at the session's start (fd1a4ee): P 94.0, R 76.4, F1 84.3, owners 90.5, deadline value 75.4;
  // now P 98.0, R 91.4, F1 94.6, owners 96.6, deadline value 96.2, sections 92.5 (the four school schedule tables
  // 120-123 hold most of what is left).
  // Ninth session: 126, 127, 132 (gold before the run): 126 0 of 7 tasks with both builds, 127 owners 0 of 5 (a
  // `协调推动` role), 132 100; after their fixes all three 100; over all 123 P 98.0, R 91.6, F1 94.7, owners 96.7.
  // Tenth session: 133, 134, 143-151 (eleven, gold before the run; MISSES.md): F1 70.6 over 133/134/143-145 and 57.9
  // over 146-151 with the session-start build; after the fixes 100 and 88.7 (151's working groups read as their
  // circled duties, 148's `按《…》分工（…）` leader cell open); over all 134 P 97.4, R 91.8, F1 94.6, owners 96.6.
  it('holds the figures of now', async () => {
    const { total } = await evaluate(fixture('real-new/gold'), fixture('real-new/docs'));
    expectFloors(total.figures, { taskPrecision: 97.1, taskRecall: 91.5, taskF1: 94.3, ownerExact: 96.3, deadlineValue: 96, phases: 99, sections: 92.5 });
  });
});

describe.each(['html', 'docx'] as const)('19 held-out table plans as real %s tables (fixtures/tables-office: their ` | ` rows written as <table>, then by LibreOffice as Word)', (format) => {
  it('reads the tables the files state (F1 56.9 as HTML when built: text right in a cell made each row or one long cell the article)', async () => {
    const { total } = await evaluate(fixture(`tables-office/gold-${format}`), fixture(`tables-office/${format}`));
    expectFloors(total.figures, { taskPrecision: 94.5, taskRecall: 94.5, taskF1: 94.5, ownerExact: 99, deadlineValue: 98, sections: 99 });
  });
});

describe('the hand-made gold of the seeds', () => {
  it('is matched in full', async () => {
    const { total } = await evaluate(fixture('gold'), fixture('.'));
    expect(total.figures).toMatchObject({ taskF1: 100, ownerExact: 100, deadlineValue: 100, phases: 100, sections: 100 });
  });
});
