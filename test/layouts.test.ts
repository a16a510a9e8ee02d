/**
 * Layouts the seeds do not have, written the way district plans, 工作要点 and
 * year-end summaries are (fixtures/layouts): the rules must generalize.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';
import { deadlineValue } from '../src/grammar/deadline.js';
import { fixture } from './helpers/corpus.js';

const parse = async (name: string) => (await parseFile(fixture(`layouts/${name}`))).documents;
const summary = (doc: Awaited<ReturnType<typeof parse>>[number]) =>
  doc.tasks.map((t) => [t.number.join('/'), t.owners.map((o) => `${o.name}:${o.role}:${o.kind}`).join('、'), deadlineValue(t.deadline)]);

describe('a district plan issued with its 印发 notice', async () => {
  const docs = await parse('district-plan-with-notice.txt');

  it('is one plan; the notice is not its title, its date is the 成文日期', () => {
    expect(docs.map((d) => [d.title, d.kind, d.year, d.date])).toEqual([['XX区2025年城市精细化管理提升行动实施方案', 'plan', 2025, '2025-02-18']]);
    expect(docs[0]!.sections.map((s) => s.heading)).toEqual(['总体要求', '工作目标', '重点任务', '实施步骤', '保障措施']);
  });

  // 二、工作目标 `到2025年底，…明显提升` is a task: a goal with a date (the real corpus' convention, issue 9)
  it('reads bracketed lead/support owners, group owner lines, inline 由…负责 and 牵头/配合', () => {
    expect(summary(docs[0]!)).toEqual([
      ['二', '', '2025-12-31'],
      ['三/（一）', '区城管局:lead:unit、各街道办事处:support:collective、区住建局:support:unit', '2025-06-30'],
      ['三/（二）/1', '区城管局:responsible:unit、区教育局:responsible:unit、各街道办事处:responsible:collective', '2025-03-01/2025-05-31'],
      ['三/（二）/2', '区城管局:responsible:unit、区教育局:responsible:unit、各街道办事处:responsible:collective', 'recurring'],
      ['三/（三）', '区城管执法大队:responsible:unit', 'recurring'],
      ['三/（四）', '区城管局:lead:unit、区卫健委:support:unit', '2025-12-31'],
      ['三/（五）', '区城管委办公室:responsible:unit', 'ongoing'],
    ]);
  });

  it('takes phases with month parts and year-qualified ranges', () => {
    expect(docs[0]!.phases.map(({ name, start, end }) => [name, start, end])).toEqual([
      ['动员部署阶段', '2025-02-21', '2025-03-10'],
      ['集中整治阶段', '2025-03-11', '2025-10-31'],
      ['总结提升阶段', '2025-11-01', '2025-12-31'],
    ]);
  });

  it('puts the leadership roster in organization, not in tasks', () => {
    expect(docs[0]!.organization.map((r) => r.role)).toEqual(expect.arrayContaining(['组长']));
  });
});

describe('工作要点 with owner and deadline in one bracket', async () => {
  const [doc] = await parse('work-points.txt');

  it('separates the owners from the deadline clause in the bracket', () => {
    expect(summary(doc!)).toEqual([
      ['一/1', '食品安全监管科:responsible:unit', '2025-09-30'],
      ['一/2', '各市场监管所:responsible:collective', 'recurring'],
      ['一/3', '王建国:lead:person、食品安全协调科:responsible:unit', null],
      ['二/1', '登记注册科:responsible:unit', '2025-06-30'],
      ['二/2', '信用监管科:responsible:unit', '2025-12-31'],
      ['三', '机关党委:responsible:unit', 'ongoing'],
    ]);
  });
});

describe('a year-end summary', async () => {
  const [doc] = await parse('safety-summary.txt');

  it('finds problems, and its next-year plan as tasks dated in the next year', () => {
    expect(doc!.kind).toBe('summary');
    expect(doc!.problems).toHaveLength(2);
    expect(summary(doc!)).toEqual([
      ['三/（一）', '李明:responsible:person', '2025-03-31'],
      ['三/（二）', '', 'recurring'],
      ['三/（三）', '', '2025-12-31'],
    ]);
  });

  it('leaves the signature (落款 and 成文日期) out of the last task', () => {
    expect(doc!.date).toBe('2024-12-20');
    expect(doc!.tasks.at(-1)!.text).not.toMatch(/办事处|12月20日/);
  });
});

describe('a task table written as tab-separated text', async () => {
  const [doc] = await parse('text-task-table.txt');

  // the rows sit in 一、主要任务, which holds the table: their numbers say so (the real corpus' convention)
  it('gives one task per row, lead and support owners by column', () => {
    expect(summary(doc!)).toEqual([
      ['一/1', '社区居委会:lead:unit、各网格:support:collective', '2024-03-31'],
      ['一/2', '社区卫生服务站:lead:unit、物业公司:support:unit', '2024-04-11/2024-05-31'],
      ['一/3', 'xx:lead:placeholder、各楼栋长:support:collective', 'recurring'],
    ]);
  });
});
