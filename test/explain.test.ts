/**
 * `plan-parse explain`: every block's role and why (issue 9, item 8), on real
 * plans: a missed item shows as running text of the item above, a notice's
 * requirement says what it lacks, a task table shows its header and rows.
 */
import { describe, expect, it } from 'vitest';
import { explainFile } from '../src/index.js';
import type { BlockNote } from '../src/model/explain.js';
import { fixture } from './helpers/corpus.js';
import { runCli } from './helpers/cli.js';

const at = (notes: BlockNote[], line: number) => notes.find((n) => n.line === line)!;

describe('plan-parse explain', () => {
  it('gives every block of a real plan one role, in line order', async () => {
    const { notes } = await explainFile(fixture('real/docs/01_guangzhou-talent-633.txt'));
    const lines = notes.map((n) => n.line);
    expect(lines).toEqual([...new Set(lines)].sort((a, b) => a - b));
    expect(at(notes, 1)).toMatchObject({ role: 'title', document: 0 });
    expect(at(notes, 3)).toMatchObject({ role: 'heading' });
    expect(at(notes, 4)).toMatchObject({ role: 'task', number: ['一', '1'] });
    expect(at(notes, 4).reason).toMatch(/due by a date/);
    // item 11, whose title starts with a number, recovered from the series 10. … 12.
    expect(at(notes, 17)).toMatchObject({ role: 'task', number: ['二', '（二）', '11'] });
    expect(at(notes, 17).excerpt).toMatch(/^11\.121人才梯队项目/);
    // the Word copy's known miss: typed between items of an automatic list, it reads as the running text of the item above
    const word = await explainFile(fixture('real/docx/01_guangzhou-talent-633.docx'));
    expect(at(word.notes, 17)).toMatchObject({ role: 'text' });
  });

  it('says why a notice\'s requirement is no task, and keeps its signature apart (real-more 04, traditional script as written)', async () => {
    const { notes } = await explainFile(fixture('real-more/docs/04_panjin-2021-notice-trad.txt'));
    expect(at(notes, 5)).toMatchObject({ role: 'task', number: ['1'] });
    expect(at(notes, 6).role).toBe('item');
    expect(at(notes, 6).reason).toBe('no task: a top-level section without a labelled owner or a due date');
    expect(at(notes, 6).excerpt).toMatch(/^2\.統籌協調/);
    expect(notes.filter((n) => n.role === 'signature').map((n) => n.line)).toEqual([8, 9, 10, 11]);
  });

  it('shows a notice, a table header and its rows (real 19), and the page chrome cleaning dropped (seed 001)', async () => {
    const table = await explainFile(fixture('real/docs/19_dazhu-2016-livelihood-table.txt'));
    expect(at(table.notes, 1).role).toBe('notice');
    expect(at(table.notes, 9).role).toBe('title');
    expect(at(table.notes, 10).role).toBe('table-header');
    expect(at(table.notes, 16)).toMatchObject({ role: 'task', number: ['5'] });
    const seed = await explainFile(fixture('seeds/001_9eb1f2e298b5f31f.txt'));
    expect(at(seed.notes, 1)).toMatchObject({ role: 'boilerplate', document: null, excerpt: '欢迎访问AA范文大全网!' });
  });

  it('reads Word files and prints text or JSON from the CLI; a missing file is one line and exit 2', () => {
    const text = runCli(['explain', fixture('docx/000-autonum.docx')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\s+8 {2}heading {6}a heading \(tasks\) over \d+ item\(s\)/m);
    const json = runCli(['explain', '-f', 'json', fixture('real-more/docs/21_guangzhou-2023-key-work-135-fields.txt')]);
    const parsed = JSON.parse(json.stdout) as { notes: BlockNote[] };
    expect(parsed.notes[0]).toMatchObject({ line: 1, role: 'task', number: ['135'], reason: 'a record of a label | value table' });
    const missing = runCli(['explain', 'no-such-plan.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
