/** Every Word file made from seed 000 gives the plan of the hand-made gold (issue 3). */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';
import { deadlineValue } from '../src/grammar/deadline.js';
import { fixture, readGold } from './helpers/corpus.js';

const gold = readGold('000-kongtiao-plan.json');
const expectedTasks = gold.tasks.map((t: any) => ({
  title: t.title,
  owners: t.owners,
  deadline: t.deadline_text === null ? null : t.deadline,
}));

const WORD_FILES = [
  '000-literal.docx',
  '000-autonum.docx',
  '000-autonum-custom.docx',
  '000-autonum-stylelink.docx',
  '000-autonum.lo.docx',
  '000-messy.docx',
  '000-table.docx',
  '000-autonum.doc',
];

describe.each(WORD_FILES)('%s', (name) => {
  const parsed = parseFile(fixture(`docx/${name}`));

  it('holds the plan and its 小结', async () => {
    const { documents } = await parsed;
    expect(documents.map((d) => [d.title, d.kind, d.year])).toEqual([
      [gold.title, 'plan', 2024],
      ['2024年创建全国文明城市空调社区上半年工作小结', 'summary', 2024],
    ]);
  });

  it('has the same sections, tasks (titles, owners, deadline values) and phases as the gold', async () => {
    const plan = (await parsed).documents[0]!;
    expect(plan.sections.map((s) => s.heading)).toEqual(gold.sections);
    expect(plan.tasks.map((t) => ({ title: t.title, owners: t.owners.map((o) => o.name), deadline: deadlineValue(t.deadline) }))).toEqual(expectedTasks);
    expect(plan.phases.map(({ name, start, end }) => ({ name, start, end }))).toEqual(gold.phases);
  });

  if (name.endsWith('.doc')) {
    it('says which signals it used when the automatic numbers are lost', async () => {
      const file = await parsed;
      expect(file.source.format).toBe('doc');
      expect(file.signals).toContain('doc-text-only');
      expect(file.messages.map((m) => m.reason).join(' ')).toMatch(/automatic numbers/);
    });
  } else if (name === '000-table.docx') {
    it('takes the tasks from the task table, the merged category as parent', async () => {
      const plan = (await parsed).documents[0]!;
      expect(plan.tasks.map((t) => t.number.join('/'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
      expect([...new Set(plan.tasks.map((t) => t.parent))]).toEqual([
        '公益宣传专项行动', '城区管理专项行动', '环境整治专项行动', '文明素质提升专项行动', '未成年人思想道德建设专项行动', '规范创城网上申报材料专项行动',
      ]);
      expect(plan.tasks[0]!.location).toMatchObject({ table: 1, row: 3 });
    });
  } else {
    it('keeps the numbering paths of the text original', async () => {
      const plan = (await parsed).documents[0]!;
      expect(plan.tasks.map((t) => t.number.join('/'))).toEqual(gold.tasks.map((t: any) => t.number));
      expect(plan.tasks.every((t) => t.location.paragraph !== undefined)).toBe(true);
    });
  }
});
