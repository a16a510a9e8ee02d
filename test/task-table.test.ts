import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocx } from '../src/readers/docx/index.js';
import { textToBlocks } from '../src/readers/text.js';
import { extractTableTasks } from '../src/extract/task-table.js';
import { defaultLexicon } from '../src/lexicon/index.js';
import { deadlineValue } from '../src/grammar/deadline.js';
import type { Block } from '../src/model/block.js';

const ctx = { year: 2024, lexicon: defaultLexicon };

async function tableRows(): Promise<Block[]> {
  const { blocks } = await readDocx(readFileSync(new URL('../fixtures/docx/000-table.docx', import.meta.url)), '000-table.docx');
  return blocks.filter((b) => b.table === 1);
}

const rowsOf = (lines: string[]) => textToBlocks(lines.join('\n')).filter((b) => b.cells);

describe('000-table.docx: the task decomposition table', () => {
  it('gives the 11 tasks, each under its category', async () => {
    const tasks = extractTableTasks(await tableRows(), ctx)!;
    expect(tasks).toHaveLength(11);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 11 }, (_, i) => [String(i + 1)]));
    expect(tasks.map((t) => t.parent)).toEqual([
      '公益宣传专项行动', '公益宣传专项行动', '城区管理专项行动',
      '环境整治专项行动', '环境整治专项行动', '环境整治专项行动',
      '文明素质提升专项行动', '文明素质提升专项行动', '文明素质提升专项行动',
      '未成年人思想道德建设专项行动', '规范创城网上申报材料专项行动',
    ]);
  });

  it('titles are the first sentences of the task cells', async () => {
    const tasks = extractTableTasks(await tableRows(), ctx)!;
    expect(tasks.map((t) => t.title)).toEqual([
      '制作宣传公益广告',
      '开展“践行核心价值观，打造好人牡丹江”主题实践活动',
      '拆除违法建筑',
      '整治小区环境卫生',
      '整治非法小广告、宣传单',
      '整治窗口服务缺位',
      '开展群众性精神文明创建活动',
      '开展身边好人评选活动',
      '开展学雷锋志愿服务活动',
      '开展“八礼四仪”等主题实践活动',
      // its first sentence is a clause; its own category names it, as (六)'s heading does in the text
      '规范创城网上申报材料专项行动',
    ]);
    expect(tasks[3]!.text).toMatch(/^整治小区环境卫生。.*\n针对环境卫生情况/s);
    expect(tasks[3]!.location).toMatchObject({ table: 1, row: 6, cell: 3 });
  });

  it('the deadline cell is kept as written, widened by the dated steps of the task text', async () => {
    const tasks = extractTableTasks(await tableRows(), ctx)!;
    expect(tasks[3]!.deadlineText).toBe('5月31日；6月1日—6月9日；6月18日—20日');
    expect(tasks.filter((t) => t.deadlineText).length).toBe(1);
    // the cell stops at 6月20日; the text's last step, 9月份进行有奖综合评定, runs to 09-30
    expect(deadlineValue(tasks[3]!.deadline)).toBe('2024-05-31/2024-09-30');
    expect(tasks[3]!.milestones.map((m) => deadlineValue(m.deadline))).toEqual(['2024-05-31', '2024-06-01/2024-06-09', '2024-06-18/2024-06-20', '2024-09-30']);
  });

  it('owners are split from the owner cell', async () => {
    const tasks = extractTableTasks(await tableRows(), ctx)!;
    const names = tasks.map((t) => t.owners.map((o) => o.name));
    expect(names[0]).toEqual(['王丹', '齐妍爽']);
    expect(names[2]).toEqual(['齐妍爽']);
    expect(names[5]).toEqual(['全体工作人员']);
    expect(names[10]).toEqual(['王丹', '杨婷']);
    expect(tasks[0]!.owners.every((o) => o.role === 'responsible')).toBe(true);
  });
});

describe('task tables from text and other layouts', () => {
  it('a tab-separated table with lead and support columns', () => {
    const rows = rowsOf([
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t开展背街小巷环境整治。清理卫生死角。\t城管局\t各街道\t6月底前',
      '2\t完善公益广告设施\t市文明办\t\t',
    ]);
    const tasks = extractTableTasks(rows, ctx)!;
    expect(tasks.map((t) => [t.number, t.title, t.parent, t.deadlineText])).toEqual([
      [['1'], '开展背街小巷环境整治', null, '6月底前'],
      [['2'], '完善公益广告设施', null, null],
    ]);
    expect(tasks[0]!.owners.map((o) => [o.name, o.role])).toEqual([
      ['城管局', 'lead'],
      ['各街道', 'support'],
    ]);
    expect(deadlineValue(tasks[0]!.deadline)).toBe('2024-06-30');
  });

  it('` | ` tables, Markdown pipes, group rows and repeated headers', () => {
    const rows = rowsOf([
      '| 序号 | 具体措施 | 责任单位 | 时间节点 |',
      '| --- | --- | --- | --- |',
      '| 一、公益宣传 |  |  |  |',
      '| 1 | 刊播公益广告 | 宣传部 | 每季度 |',
      '| 序号 | 具体措施 | 责任单位 | 时间节点 |',
      '| 2 | 设立善行义举榜 | 社区 | 9月份 |',
    ]);
    const tasks = extractTableTasks(rows, ctx)!;
    expect(tasks.map((t) => [t.number[0], t.title, t.parent, t.deadlineText])).toEqual([
      ['1', '刊播公益广告', '一、公益宣传', '每季度'],
      ['2', '设立善行义举榜', '一、公益宣传', '9月份'],
    ]);
  });

  it('rosters and statistics are not task tables', () => {
    expect(extractTableTasks(rowsOf(['职务\t姓名\t联系电话', '组长\t王丹\t123', '成员\t杨婷\t456']), ctx)).toBeNull();
    expect(extractTableTasks(rowsOf(['项目\t数量\t金额', '宣传板\t20\t3000', '条幅\t10\t500']), ctx)).toBeNull();
    expect(extractTableTasks(rowsOf(['序号\t单位\t负责人\t电话', '1\t城管局\t王丹\t123']), ctx)).toBeNull();
  });
});

const realNew = (name: string) => rowsOf(readFileSync(new URL(`../fixtures/real-new/docs/${name}`, import.meta.url), 'utf8').split('\n'));

describe('real-new table layouts (gold written before the tool was run on them)', () => {
  it('07: a table copied one cell per line, each closed by ` |`, becomes rows as wide as its header', () => {
    const rows = realNew('07_nanling-2024-gov-report-cell-lines.txt');
    expect(rows.map((r) => r.cells!.length)).toEqual([5, 5, 5]);
    expect(rows[1]!.cells![0]).toBe('80');
    const tasks = extractTableTasks(rows, ctx)!;
    expect(tasks.map((t) => t.number)).toEqual([['80'], ['81']]);
    // names padded to three columns (`俞 悦`, and two run together: `陆 明俞 悦`) are whole names; the
    // 牵头责任单位 column leads (the longer column word wins over 责任单位), the 责任单位 column answers
    expect(tasks[1]!.owners.map((o) => [o.name, o.role])).toEqual([
      ['陆明', 'supervisor'], ['俞悦', 'supervisor'], ['县教育局', 'lead'], ['县各有关单位', 'responsible'],
    ]);
  });

  it('07: lines that close with a bar but whose numbers do not recur at the header width stay paragraphs', () => {
    const blocks = textToBlocks(['序号 |', '目标与任务 |', '责任单位 |', '80 |', '甲 |', '乙 |', '丙 |', '81 |'].join('\n'));
    expect(blocks.some((b) => b.cells)).toBe(false);
  });

  it('08: a row that lost its merged category cell and was padded at its end is put back under its columns', () => {
    const tasks = extractTableTasks(realNew('08_yantai-2022-livelihood-progress-table.txt'), ctx)!;
    expect(tasks.map((t) => [t.number[0], t.title, t.parent])).toEqual([
      ['14', '改扩建泉山学校及庙后吕家初级中学', '四、教育文化'],
      ['15', '推进学校塑胶运动场地建设', '四、教育文化'],
      ['16', '推进义务教育课后服务', '四、教育文化'],
    ]);
    for (const t of tasks) expect(t.owners.map((o) => o.name)).toEqual(['教育体育局', '刘福利']);
  });

  it('09: a table with no owner or deadline column is a task table when its header names the task and its detail', () => {
    const tasks = extractTableTasks(realNew('09_changzhou-2014-target-table-no-owners.txt'), ctx)!;
    expect(tasks.map((t) => t.title)).toEqual(['路网完善工程', '青果巷历史文化街区及东侧历史风貌区建设', '文化广场项目建设', '金融商务区建设', '轨道交通建设工程', '为民办实事工程', '民生保障工程']);
    expect(tasks.map((t) => t.parent)).toEqual(Array(6).fill('省市重点类').concat('部门重点类'));
    expect(tasks[2]!.deadline?.text).toBe('5月1日前');
    expect(tasks[6]!.deadline).toBeNull();
  });

  it('a roster (序号 | 姓名 | 单位 | 职务) is still no task table', () => {
    expect(extractTableTasks(rowsOf(['序号 | 姓名 | 单位 | 职务', '1 | 张三 | 县教育局 | 局长', '2 | 李四 | 县财政局 | 副局长']), ctx)).toBeNull();
  });
});

describe('a 民生实事 table under the page\'s metadata rows, its steps in a detail column (real-new 96, 临安 2022)', () => {
  it('skips the metadata rows to the header; the 实事项目 cell is the task, the numbered dated steps its milestones, due with the last stage', async () => {
    const { parseFile } = await import('../src/index.js');
    const [doc] = (await parseFile(new URL('../fixtures/real-new/docs/96_linan-2022-livelihood-plan-pipe-table-staged-cells-lead-assist.txt', import.meta.url).pathname)).documents;
    // the year of the metadata's 发文日期 (`2022-07-14`): the text writes none
    expect(doc!.year).toBe(2022);
    expect(doc!.tasks.map((t) => t.title)).toEqual(['新建成公办中小学、幼儿园7所，新增中小学、幼儿园公办学位6800个', '新建成婴幼儿照护服务成长驿站7家，新增婴幼儿照护服务托位500个，开展胃肠癌联合筛查1万例以上']);
    expect(doc!.tasks.map((t) => t.deadline?.end)).toEqual(['2022-11-30', '2022-11-30']);
    expect(doc!.tasks[0]!.milestones.map((m) => m.deadline?.end)).toEqual(['2022-04-30', '2022-08-31', '2022-11-30']);
    expect(doc!.tasks[0]!.owners.filter((o) => o.role === 'responsible').map((o) => o.name)).toEqual(['教育局']);
  });

  it('a cell holding one numbered item still names its task by its number (`1、城市大环境绿化…`)', () => {
    const rows = rowsOf(['序号 | 工作任务 | 责任单位', '一 | 1、城市大环境绿化。 | 市园林局', '二 | 2、道路提升改造。 | 市住建局']);
    expect(extractTableTasks(rows, ctx)!.map((t) => [t.number.join('/'), t.title])).toEqual([['1', '城市大环境绿化'], ['2', '道路提升改造']]);
  });
});
