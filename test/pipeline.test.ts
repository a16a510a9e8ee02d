/** The text pipeline end to end on the real seed documents (issue 2). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile, parseText } from '../src/index.js';
import { deadlineValue } from '../src/grammar/deadline.js';
import { readText, textToBlocks } from '../src/readers/text.js';
import { cleanBlocks } from '../src/documents/clean.js';
import { splitDocuments } from '../src/documents/split.js';
import { defaultLexicon } from '../src/lexicon/index.js';
import { SEEDS, fixture, readGold } from './helpers/corpus.js';

describe('seed 000, document 0 equals the hand-made gold', async () => {
  const gold = readGold('000-kongtiao-plan.json');
  const parsed = await parseFile(SEEDS.kongtiao);
  const doc = parsed.documents[0]!;

  it('has the title, kind and year', () => {
    expect(doc.title).toBe(gold.title);
    expect(doc.kind).toBe('plan');
    expect(doc.year).toBe(2024);
  });

  it('has the 5 top-level sections, classified', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(gold.sections);
    expect(doc.sections.map((s) => s.kind)).toEqual(['guidance', 'goals', 'tasks', 'schedule', 'safeguards']);
  });

  it('has the 11 tasks with their numbers, titles, owners and deadline values', () => {
    const got = doc.tasks.map((t) => ({
      number: t.number.join('/'),
      title: t.title,
      owners: t.owners.map((o) => o.name),
      deadline: deadlineValue(t.deadline),
    }));
    const expected = gold.tasks.map((t: any) => ({
      number: t.number,
      title: t.title,
      owners: t.owners,
      deadline: t.deadline_text === null ? null : t.deadline,
    }));
    // the gold gives `recurring` for a weekly report, null for an event-bound deadline
    expect(got).toEqual(expected);
  });

  it('keeps a deadline that has no date as a relative one (在迎接国家实地测评之前)', () => {
    const task = doc.tasks.find((t) => t.number.join('/') === '三/（六）')!;
    expect(task.deadline).toMatchObject({ kind: 'relative' });
    expect(task.deadline!.text).toContain('迎接国家实地测评');
  });

  it('marks the collective owner by kind', () => {
    const task = doc.tasks.find((t) => t.title === '整治窗口服务缺位')!;
    expect(task.owners).toEqual([expect.objectContaining({ name: '全体工作人员', kind: 'collective' })]);
    expect(doc.tasks.flatMap((t) => t.owners).filter((o) => o.name !== '全体工作人员').every((o) => o.kind === 'person')).toBe(true);
  });

  it('has the 4 milestones of 整治小区环境卫生 and spans them', () => {
    const task = doc.tasks.find((t) => t.title === '整治小区环境卫生')!;
    const expected = gold.tasks.find((t: any) => t.title === '整治小区环境卫生');
    expect(task.milestones.map((m) => ({ name: m.name, deadline: deadlineValue(m.deadline) }))).toEqual(
      expected.milestones.map((m: any) => ({ name: m.name, deadline: m.deadline })),
    );
    expect(task.deadline).toMatchObject({ kind: 'range', start: '2024-05-31', end: '2024-09-30' });
  });

  it('has the 4 phases with ISO dates', () => {
    expect(doc.phases.map(({ name, start, end }) => ({ name, start, end }))).toEqual(gold.phases);
  });

  it('points every task at its source line', () => {
    const lines = readFileSync(SEEDS.kongtiao, 'utf8').split('\n');
    for (const task of doc.tasks) {
      expect(lines[task.location.line - 1]).toContain(task.title.slice(0, 6));
    }
  });
});

describe('multi-document files split into their documents', () => {
  const cases: [keyof typeof SEEDS, number, string, string, 'plan' | 'summary'][] = [
    ['kongtiao', 2, '2024年创建全国文明城市空调社区工作方案', '2024年创建全国文明城市空调社区上半年工作小结', 'summary'],
    ['wenming', 5, '2020年文明社区创建工作计划1', '2020年文明社区创建工作计划5', 'plan'],
    ['fanwen', 14, '最优物业小区文明创建工作方案范文（14篇）篇一', '最优物业小区文明创建工作方案范文（14篇）篇十四', 'plan'],
    ['zongjie2023', 1, '2023创建文明城市工作总结', '2023创建文明城市工作总结', 'summary'],
    ['chuangwen', 22, '社区创文工作总结20_1', '社区创文工作总结20_22', 'summary'],
  ];
  it.each(cases)('%s → %i documents', async (seed, count, firstTitle, lastTitle, lastKind) => {
    const parsed = await parseFile(SEEDS[seed]);
    expect(parsed.documents).toHaveLength(count);
    expect(parsed.documents[0]!.title).toBe(firstTitle);
    expect(parsed.documents.at(-1)!.title).toBe(lastTitle);
    expect(parsed.documents.at(-1)!.kind).toBe(lastKind);
    expect(parsed.documents.map((d) => d.index)).toEqual([...Array(count).keys()]);
  });

  it('gives each document its year from the title or text, never a guess', async () => {
    const wenming = await parseFile(SEEDS.wenming);
    expect(wenming.documents.map((d) => d.year)).toEqual([2020, 2020, 2020, 2020, 2020]);
    const chuangwen = await parseFile(SEEDS.chuangwen);
    // 20_1 … 20_22 and 20xx年 are not years
    expect(chuangwen.documents[0]!.year).toBeNull();
    expect(chuangwen.documents.every((d) => d.year === null || (d.year >= 1990 && d.year <= 2030))).toBe(true);
  });

  const BOILERPLATE = ['欢迎访问', '中词库', 'www.', '来源：', '本文共计', '加入收藏', '相关文章', '★', '微信扫码', '领取福利', 'bookmark', '以上就是', '...'];
  it.each(Object.entries(SEEDS))('%s: no boilerplate line inside any document', (_, path) => {
    const read = readText(readFileSync(path), path);
    const { blocks, trailerTitle } = cleanBlocks(read.blocks, defaultLexicon);
    for (const doc of splitDocuments(blocks, trailerTitle, defaultLexicon)) {
      for (const block of doc.blocks) {
        for (const junk of BOILERPLATE) expect(block.text, `line ${block.location.line}`).not.toContain(junk);
      }
    }
  });

  it('merges a title split over two lines and drops the teaser that repeats the opening', async () => {
    const doc = (await parseFile(SEEDS.kongtiao)).documents[0]!;
    expect(doc.location.start.line).toBe(5);
    expect(doc.sections[0]!.location.line).toBe(8);
  });
});

describe('every document gets its top-level sections', () => {
  const spots: [keyof typeof SEEDS, number, string[]][] = [
    ['kongtiao', 1, ['重点工作', '存在问题', '下步打算']],
    ['wenming', 0, ['指导思想', '工作目标', '主要工作']],
    ['wenming', 1, ['指导思想', '主要任务', '具体要求']],
    ['wenming', 2, ['指导思想', '创建目标', '创建思路', '创建措施']],
    ['wenming', 3, ['指导思想和工作目标', '主要工作任务', '工作要求']],
    ['wenming', 4, ['指导思想', '工作机制', '工作目标', '有关要求']],
    ['fanwen', 13, ['指导思想', '基本原则', '主要内容', '保障措施', '任务目标', '工作重点', '工作方针']],
    ['fanwen', 3, ['加强领导建设，落实创建责任', '突出重点，提升实绩', '强化培训，提升素质', '注重环保，优化环境', '确保平安，维护稳定', '扎实创建，注重长效']],
    ['chuangwen', 0, ['本周创文工作开展情况', '存在问题', '下一步工作重点']],
    ['chuangwen', 6, ['宣传、教育工作开展情况', '不文明行为整治活动开展情况', '环境卫生整治情况', '存在问题', '下一步工作打算']],
    ['chuangwen', 13, ['上半年工作总结', '下半年工作计划']],
    ['zongjie2023', 0, ['充分发挥志愿者在创建文明城市中的作用', '周密部署，责任到人，充分发挥社区工作者的积极性', '多措并举保障创建工作顺利开展', '注重谋划协调，形成工作合力', '坚持“四抓四带四促”，充分发挥各方作用']],
  ];
  it.each(spots)('%s #%i', async (seed, index, headings) => {
    const doc = (await parseFile(SEEDS[seed], { document: index })).documents[0]!;
    expect(doc.index).toBe(index);
    expect(doc.sections.map((s) => s.heading)).toEqual(headings);
  });

  it('seed 001 plan 4: 二、主要工作任务 gives 16 tasks with no owner', async () => {
    const doc = (await parseFile(SEEDS.wenming, { document: 3 })).documents[0]!;
    expect(doc.tasks).toHaveLength(16);
    expect(doc.tasks.map((t) => t.number.join('/'))).toEqual([...'一二三四五六七八九'].map((n) => `二/（${n}）`).concat(['十', '十一', '十二', '十三', '十四', '十五', '十六'].map((n) => `二/（${n}）`)));
    expect(doc.tasks.every((t) => t.owners.length === 0)).toBe(true);
  });

  it('a summary: 存在问题 items are problems, 下步打算 paragraphs are tasks', async () => {
    const doc = (await parseFile(SEEDS.kongtiao, { document: 1 })).documents[0]!;
    expect(doc.problems.map((p) => p.location.line)).toEqual([85, 86]);
    expect(doc.tasks.map((t) => t.title)).toEqual(['深入开展社区党建工作', '大力推进社区文明创建', '打造智慧型社区']);
  });
});

describe('encodings', () => {
  const strip = (file: Awaited<ReturnType<typeof parseFile>>) => ({ ...file, source: { ...file.source, path: '', encoding: '', sha256: '' } });

  it.each([
    ['encodings/000.gb18030.txt', 'gb18030', SEEDS.kongtiao],
    ['encodings/000.utf16le-bom.txt', 'utf-16le', SEEDS.kongtiao],
    ['encodings/001.utf16be-bom.txt', 'utf-16be', SEEDS.wenming],
  ])('%s parses identically to the UTF-8 file', async (path, encoding, original) => {
    const reencoded = await parseFile(fixture(path));
    expect(reencoded.source.encoding).toBe(encoding);
    expect(strip(reencoded)).toEqual(strip(await parseFile(original)));
  });

  it('parseText gives the same documents as parseFile', async () => {
    const fromText = parseText(readFileSync(SEEDS.kongtiao, 'utf8'));
    expect(fromText.documents).toEqual((await parseFile(SEEDS.kongtiao)).documents);
  });
});

describe('a page saved as one long line, its paragraphs joined by spaces (real-new 89, 马关)', () => {
  it('splits at a space after a clause end or before an item number; short lines and ordinary spaces stay', () => {
    const blocks = textToBlocks(readFileSync(fixture('real-new/docs/89_maguan-2021-seven-city-inspection-problems-one-line-group-fields.txt'), 'utf8'));
    expect(blocks.slice(1, 4).map((b) => b.text)).toEqual(['1.市场内无障碍卫生间堆放有杂物；', '整改责任单位：县市场监督管理局 整改时限：2021年8月13日前', '1.员工食堂橱柜杂物乱堆放；']);
    expect(textToBlocks('第9周工作安排 （10月25日——10月31日）。 1.周一举行仪式。').map((b) => b.text)).toEqual(['第9周工作安排 （10月25日——10月31日）。 1.周一举行仪式。']);
    // a field line ends without punctuation: a space after its time limit ends it; the pieces keep their columns, in order
    const tail = blocks.slice(-3);
    const field = '整改责任单位：县市场监督管理局 整改时限：2021年8月13日前';
    expect(tail.map((b) => b.text)).toEqual([field, '后厨窗台发现鼠迹、鼠粪，病媒生物防制不到位。', field]);
    expect(tail.every((b, k) => k === 0 || b.location.column! > tail[k - 1]!.location.column!)).toBe(true);
  });

  it('each restarted list takes its closing field line; problems after a field line, closed by their own, are tasks (7 sites, 12 problems)', async () => {
    const [doc] = (await parseFile(fixture('real-new/docs/89_maguan-2021-seven-city-inspection-problems-one-line-group-fields.txt'))).documents;
    const tasks = doc!.tasks.map((t) => [t.title, t.owners.map((o) => o.name).join('、'), t.deadline?.end ?? null]);
    expect(tasks).toHaveLength(12);
    expect(tasks.slice(1, 3)).toEqual([
      ['员工食堂橱柜杂物乱堆放', '县污水处理厂', '2021-08-13'],
      ['在建工程临时厨房杂物、垃圾乱堆放', '县污水处理厂', '2021-08-13'],
    ]);
    expect(tasks.slice(7)).toEqual([
      ['厂区门口未设置疫情防控', '县市场监督管理局', '2021-08-13'],
      ['食品添加剂堆放不规范', '县市场监督管理局', '2021-08-13'],
      ['操作间存在鼠粪，病媒生物防制不到位', '县市场监督管理局', '2021-08-13'],
      ['后厨操作间多处发现蟑螂尸体，病媒生物防制不到位', '县市场监督管理局', '2021-08-13'],
      ['后厨窗台发现鼠迹、鼠粪，病媒生物防制不到位', '县市场监督管理局', '2021-08-13'],
    ]);
  });
});
