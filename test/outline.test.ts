/** The numbering lexer and the outline's levels. */
import { describe, expect, it } from 'vitest';
import { lexMarker } from '../src/outline/marker.js';
import { buildOutline, type OutlineNode } from '../src/outline/tree.js';
import { sectionKind } from '../src/outline/classify.js';
import { textToBlocks } from '../src/readers/text.js';
import { defaultLexicon } from '../src/lexicon/index.js';
import { parseFile, parseText } from '../src/index.js';
import { SEEDS, fixture, realNewDoc } from './helpers/corpus.js';

const lex = defaultLexicon;

describe('parenthesized digits `⑴`…`⒇` (real-new 108)', () => {
  it('are one style with `（1）`, valued by their digit', () => {
    expect(lexMarker('⑴九年义务教育巩固率达到97%。')).toMatchObject({ style: 'ar-paren', value: 1, label: '⑴', rest: '九年义务教育巩固率达到97%。' });
    expect(lexMarker('⑽省直相关部门')).toMatchObject({ value: 10 });
  });
});

describe('an item number run into a date (real-new 98, 96)', () => {
  it('`1.2023年9月2日开始` and `3.11月底前` are items; `1.5倍` is a decimal', () => {
    expect(lexMarker('1.2023年9月2日开始，各教学单位组织学生分批返校')).toMatchObject({ label: '1', rest: '2023年9月2日开始，各教学单位组织学生分批返校' });
    expect(lexMarker('3.11月底前天目山镇中心幼儿园竣工交付。')).toMatchObject({ label: '3', rest: '11月底前天目山镇中心幼儿园竣工交付。' });
    expect(lexMarker('1.5倍以上')).toBeNull();
  });
});

describe('lexMarker', () => {
  it.each([
    ['一、指导思想', 'cn-dun', '一', '指导思想'],
    ['十六、总结', 'cn-dun', '十六', '总结'],
    ['（一）公益宣传专项行动。', 'cn-paren', '（一）', '公益宣传专项行动。'],
    ['(十一)组织开展', 'cn-paren', '（十一）', '组织开展'],
    ['1、制作宣传公益广告', 'ar-dun', '1', '制作宣传公益广告'],
    ['3．整治窗口服务缺位', 'ar-dun', '3', '整治窗口服务缺位'],
    ['1.“达标”项目', 'ar-dun', '1', '“达标”项目'],
    ['（1）广泛宣传阶段', 'ar-paren', '（1）', '广泛宣传阶段'],
    ['1)居住小区', 'ar-half', '1）', '居住小区'],
    ['①以社区“两委”', 'circled', '①', '以社区“两委”'],
    ['一是营造学习氛围。', 'cn-shi', '一是', '营造学习氛围。'],
    ['第一阶段：宣传发动阶段', 'stage', '第一阶段', '宣传发动阶段'],
    ['一阶段:宣传动员', 'stage', '第一阶段', '宣传动员'],
    ['一', 'cn-dun', '一', ''],
  ])('%s → %s %s', (text, style, label, rest) => {
    const normalized = textToBlocks(text)[0]!.text;
    expect(lexMarker(normalized)).toMatchObject({ style, label, rest });
  });

  it.each(['2.02平方公里', '6.30前完成', '十二月底前', '二〇二四年', '第一书记带头', '12月底前', '一是'])('%s is not a marker', (text) => {
    expect(lexMarker(text)).toBeNull();
  });
});

function shape(node: OutlineNode): unknown {
  return node.children.map((c) => (c.children.length ? { [c.marker?.label ?? c.heading]: shape(c) } : c.marker?.label ?? c.heading));
}

const outline = (text: string) => buildOutline(textToBlocks(text), lex);

describe('buildOutline', () => {
  it('takes levels from the order styles appear in, not from a fixed table', () => {
    // here （一） is the top level and 一、 sits under it
    expect(shape(outline('（一）甲\n一、子\n二、子\n（二）乙\n一、子'))).toEqual([{ '（一）': ['一', '二'] }, { '（二）': ['一'] }]);
  });

  it('puts an item that skips a level under the right parent', () => {
    expect(shape(outline('一、甲\n1、子\n2、子\n二、乙\n（一）子\n1、孙'))).toEqual([{ 一: ['1', '2'] }, { 二: [{ '（一）': ['1'] }] }]);
  });

  it('keeps a numbering restart as siblings when the parent heading is missing', () => {
    expect(shape(outline('（一）甲\n（二）乙\n（三）丙\n（一）丁\n（二）戊'))).toEqual(['（一）', '（二）', '（三）', '（一）', '（二）']);
  });

  it('splits a heading run into its body (一、指导思想以培育…)', () => {
    const root = outline('一、指导思想以培育和践行社会主义核心价值观为主线，举全区之力。\n二、工作目标');
    expect(root.children[0]).toMatchObject({ heading: '指导思想', lead: '以培育和践行社会主义核心价值观为主线，举全区之力。' });
  });

  it('joins a number alone on its line with the heading on the next', () => {
    const root = outline('一\n重点工作\n1、社区党建\n二\n存在问题');
    expect(shape(root)).toEqual([{ 一: ['1'] }, '二']);
    expect(root.children.map((c) => c.heading)).toEqual(['重点工作', '存在问题']);
  });

  it('recovers an item whose head was glued to the line before (seed 000 summary)', async () => {
    const doc = (await parseFile(SEEDS.kongtiao, { document: 1 })).documents[0]!;
    const work = doc.sections[0]!;
    expect(work.children.map((c) => c.heading)).toEqual(['社区党建', '文明创建', '司法、安全、信访、综治']);
  });

  it('reads 1、指导思想 before 二、工作目标 as a typo at the top level (seed 001 plan 1)', async () => {
    const doc = (await parseFile(SEEDS.wenming, { document: 0 })).documents[0]!;
    expect(doc.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(['1 指导思想', '二 工作目标', '三 主要工作']);
    expect(doc.sections[2]!.children).toHaveLength(6);
  });
});

describe('sectionKind', () => {
  it.each([
    ['指导思想', 'guidance'],
    ['主要工作任务', 'tasks'],
    ['指导思想和工作目标', 'guidance'],
    ['中心创建文明城市工作的主要目标', 'goals'],
    ['下一步工作重点', 'next-steps'],
    ['下步打算', 'next-steps'],
    ['存在问题', 'problems'],
    ['时间和步骤', 'schedule'],
    ['制订创建工作计划', 'other'],
    ['创建领导小组加强，组织召开社区创建工作专题会，制定创建工作方案', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(sectionKind(heading, lex)).toBe(kind);
  });
});

describe('numbered labels alone on their line', () => {
  it('head sections when they assign nothing (real-more 07: `一、活动主题`, `二、时间安排`), and stay fields when they do (`（二）责任单位` with the value below)', async () => {
    const doc = (await parseFile(fixture('real-more/docs/07_town-village-cleaning-2022.txt'))).documents[0]!;
    expect(doc.sections.map((s) => s.heading)).toEqual(['活动主题', '时间安排', '活动内容']);
    const fields = parseText(['2024年工作方案', '一、主要任务', '（一）开展环境整治。', '（二）责任单位', '区城管局'].join('\n')).documents[0]!;
    expect(fields.tasks.map((t) => [t.title, t.owners.map((o) => o.name)])).toEqual([['开展环境整治', ['区城管局']]]);
  });
});

describe('an item whose title starts with a number (`11.121人才梯队项目`)', () => {
  it('is item 11 between items 10 and 12 (real 01), and stays a number elsewhere', async () => {
    const doc = (await parseFile(fixture('real/docs/01_guangzhou-talent-633.txt'))).documents[0]!;
    const task = doc.tasks.find((t) => t.number.join('/') === '二/（二）/11')!;
    expect(task.title).toBe('121人才梯队项目');
    expect(task.owners.map((o) => o.name)).toEqual(['市人力资源和社会保障局', '各区', '县级市']);
    const prose = parseText(['2024年工作方案', '一、主要任务', '1.开展环境整治。', '3.5万元用于宣传。'].join('\n')).documents[0]!;
    expect(prose.tasks.map((t) => t.number.join('/'))).toEqual(['一/1']);
  });
});

describe('chapters, sections and bullets', () => {
  it('第一章 > 第一节 > 一、: the parts of a long plan are the top of the outline, and the sections are the chapters without their numbers', () => {
    const text = [
      '某市2024年数字政府建设实施方案',
      '第一章 总体要求',
      '第一节 指导思想',
      '以习近平新时代中国特色社会主义思想为指导，推进数字政府建设。',
      '第二章 重点任务',
      '第一节 建设数字基础设施',
      '一、完善政务云平台。2024年底前完成市级政务云扩容。（责任单位：市大数据局）',
      '二、推进政务数据共享。（责任单位：市大数据局、市政务服务中心）',
      '第二节 提升政务服务',
      '一、深化“一网通办”。（责任单位：市政务服务中心，完成时限：2024年10月底前）',
    ].join('\n');
    const [doc] = parseText(text).documents;
    expect(doc!.sections.map((s) => s.heading)).toEqual(['总体要求', '重点任务']);
    expect(doc!.tasks.map((t) => [t.number.join('/'), t.title])).toEqual([
      ['第二章/第一节/一', '完善政务云平台'],
      ['第二章/第一节/二', '推进政务数据共享'],
      ['第二章/第二节/一', '深化“一网通办”'],
    ]);
    expect(lexMarker('第一部分 2023年工作总结')).toMatchObject({ style: 'chapter', label: '第一部分', rest: '2023年工作总结' });
    expect(lexMarker('第一阶段：动员部署')).toMatchObject({ style: 'stage' });
  });

  it('bulleted items (● ■ ◆) are items, numbered by their place, each with its own owner', () => {
    const text = [
      '某区2024年城市管理工作方案',
      '一、主要任务',
      '●深化违建治理。拆除违法建设2万平方米。（责任单位：区城管执法局）',
      '●强化渣土管理。（责任单位：区住建局）',
      '■ 开展占道经营整治。责任单位：各街道办事处。',
    ].join('\n');
    const [doc] = parseText(text).documents;
    expect(doc!.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name).join('、')])).toEqual([
      ['一/1', '深化违建治理', '区城管执法局'],
      ['一/2', '强化渣土管理', '区住建局'],
      ['一/3', '开展占道经营整治', '各街道办事处'],
    ]);
  });
});

describe('a problem list and a plan digest (real-new 23 荆州, 24 后湖)', () => {

  it('a field line after the last piece of an enumerated list covers every piece; 问题整改责任单位 and 整改时限 are labels', async () => {
    const doc = (await parseFile(realNewDoc('23_'))).documents[0]!;
    const first = doc.tasks.slice(0, 3).map((t) => [t.number.join('/'), t.owners.map((o) => o.name)]);
    expect(first).toEqual([
      ['1/（1）', ['市科技馆']],
      ['1/（2）', ['市科技馆']],
      ['1/（3）', ['市科技馆']],
    ]);
    expect(doc.tasks.filter((t) => t.number[0] === '2').map((t) => t.owners.map((o) => o.name))).toEqual([['市卫生健康委员会'], ['市卫生健康委员会'], ['市卫生健康委员会']]);
  });

  it('stages named without 阶段 are phases, a range from 10月底 starts on the 31st, and 工作措施 beside 重点任务 are measures, not tasks', async () => {
    const doc = (await parseFile(realNewDoc('24_'))).documents[0]!;
    expect(doc.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['动员部署', '2025-01-10', '2025-01-10'],
      ['集中攻坚', '2025-01-11', '2025-10-31'],
      ['持续推进', '2025-10-31', '2025-12-31'],
    ]);
    expect(doc.tasks.map((t) => t.title)).toEqual(['清理农村全域无垃圾', '开展生态环境治理', '归整各类杂物', '开展重点领域整治']);
  });

  it('a task with its deadline in brackets stays a task and is no phase: only a stage name makes a stage', () => {
    const [doc] = parseText('一、主要任务\n（一）完成道路硬化（2024年6月底前）。\n（二）开展河道清理（2024年7月）。').documents;
    expect(doc!.tasks.map((t) => t.title.slice(0, 6))).toEqual(['完成道路硬化', '开展河道清理']);
    expect(doc!.phases).toEqual([]);
  });
});

describe('task splits by leader and lead unit, numbered through sections (real-new 25 山西, 27 铜川, 29 辽宁, 32 铁东)', () => {
  const rows = async (prefix: string) =>
    (await parseFile(realNewDoc(prefix))).documents[0]!.tasks.map((t) => [t.number.join('/'), t.title.slice(0, 8), t.owners.map((o) => `${o.name}:${o.role}`)]);

  it('`（一）省监察厅牵头的工作` over one paragraph: the heading gives the lead, the paragraph the title; 协同单位 add to the lead', async () => {
    expect((await rows('25_')).slice(0, 2)).toEqual([
      ['一/（一）', '加强行政监察工作', ['省监察厅:lead']],
      ['一/（二）', '全面加强审计工作', ['省审计厅:lead', '省直各部门和各市人民政府:support']],
    ]);
  });

  it('items numbered straight through sections (`11.` `二、` `（一）` `12.`) still nest under （一）: no inversion of the styles', async () => {
    expect((await rows('27_')).at(-1)!.slice(0, 2)).toEqual(['二/（一）/12', '持续推进“精煤、']);
  });

  it('a name ending in 等 is kept as written (`省商务厅等`)', async () => {
    expect((await rows('29_'))[0]![2]).toContain('省商务厅等:responsible');
  });

  it('a list under the label `整改完成情况：` is what was done, not work', async () => {
    expect(await rows('32_')).toEqual([]);
  });
});

describe('a goals heading with its own dated paragraph before its items (real-new 36 兴宁)', () => {
  it('`二、目标任务` / `2020年底，城区…` / `（一）…`: the heading is a task due at the paragraph’s date', async () => {
    const file = realNewDoc('36_');
    const doc = (await parseFile(file)).documents.find((d) => d.tasks.length)!;
    expect(doc.tasks.map((t) => [t.number.join('/'), t.title, t.deadline?.end ?? null])[0]).toEqual(['二', '目标任务', '2020-12-31']);
  });

  it('a goals heading whose paragraph names no date is no task', () => {
    const [doc] = parseText('一、工作目标\n全面提升城市管理水平。\n（一）完善制度。（责任单位：县城管局）').documents;
    expect(doc!.tasks.map((t) => t.number.join('/'))).toEqual(['一/（一）']);
  });
});

describe('pages cut inside a section (real-new 143 重庆, 144 三轮车整治)', () => {
  it('a page whose top level is （九）…（十二） is inside a section it does not show: no sections, and each item its unit answers for (`X负责…`) is a task', async () => {
    const doc = (await parseFile(realNewDoc('143_'))).documents[0]!;
    expect(doc.sections).toEqual([]);
    expect(doc.tasks.map((t) => [t.number.join('/'), t.owners.map((o) => o.name)])).toEqual([
      ['（九）', ['市园林局']],
      ['（十）', ['重庆警备区司令部']],
      ['（十一）', ['市公安交管局']],
      ['（十二）', ['各区人民政府']],
    ]);
  });

  it('the page opens at a stage past the first (`第二步：…`) before `四、管理规范`: the stages sit under the cut section, 四、 is the section', async () => {
    const doc = (await parseFile(realNewDoc('144_'))).documents[0]!;
    expect(doc.sections.map((s) => [s.number, s.heading, s.kind])).toEqual([['四', '管理规范', 'safeguards']]);
    // `8月1日至9月31日`: the 31st of a 30-day month is its last day
    expect(doc.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['集中执法管理阶段', '--08-01', '--09-30'],
      ['规范管理阶段', '--10-01', '--12-31'],
    ]);
    // a stage's steps are tasks only with a due date of their own (`8月31日前，…`), not the stage's period
    expect(doc.tasks.map((t) => [t.number.join('/'), t.deadline?.end])).toEqual([
      ['第二步/（二）', '--08-31'],
      ['第二步/（三）', '--08-31'],
      ['第三步/（一）', '--10-31'],
    ]);
  });
});
