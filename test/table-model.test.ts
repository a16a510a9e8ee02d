/**
 * The one table model (src/extract/table-grid.ts, task-table.ts, tables.ts):
 * the real table plans of fixtures/real read as their annotators did, as
 * text and as Word; Word merges (w:vMerge, w:gridSpan) and HTML
 * rowspan/colspan stated by the file; merges inferred only for flattened
 * text rows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import * as docx from 'docx';
import { parseBytes, parseFile, parseText } from '../src/index.js';
import { textToBlocks } from '../src/readers/text.js';
import { deadlineValue } from '../src/grammar/deadline.js';
import { alignRow, cellType } from '../src/extract/table-grid.js';
import { defaultLexicon } from '../src/lexicon/index.js';
import type { PlanDocument } from '../src/model/plan.js';
import { fixture, realNewDoc } from './helpers/corpus.js';

interface GoldTask {
  number: string;
  title: string;
  owners: string[];
  deadline: string | null;
}

const nfkc = (s: string) => s.normalize('NFKC').replace(/[\s，,。]/g, '');
const gold = (name: string): GoldTask[] => JSON.parse(readFileSync(fixture(`real/gold/${name}.json`), 'utf8')).tasks;
const docOf = (name: string, ext: 'txt' | 'docx') => {
  const dir = ext === 'txt' ? 'docs' : 'docx';
  return fixture(`real/${dir}/${readdirSync(fixture(`real/${dir}`)).find((f) => f.startsWith(name.slice(0, 3)) && f.endsWith(ext))!}`);
};

/** The day a deadline ends (the scorer compares ends: `2017-01-01/2017-01-31` and `2017-01-31` agree); ongoing work is recurring in the gold. */
const endOf = (value: string | null) => (value === 'ongoing' ? 'recurring' : value?.split('/').at(-1) ?? null);

/** What the annotators wrote, beside what plan-parse reads: number, title start, owner set, deadline end. */
function compare(doc: PlanDocument, expected: GoldTask[]) {
  const got = doc.tasks.map((t) => [nfkc(t.number.join('/')), nfkc(t.title).slice(0, 12), t.owners.map((o) => nfkc(o.name)).sort(), endOf(deadlineValue(t.deadline))]);
  const want = expected.map((t) => [nfkc(t.number), nfkc(t.title).slice(0, 12), t.owners.map(nfkc).sort(), endOf(t.deadline)]);
  return { got, want };
}

const TABLE_PLANS: [string, number][] = [
  ['06_xuzhuang-safety-rectification-table', 13],
  ['19_dazhu-2016-livelihood-table', 11],
  ['20_chizhou-openness-task-table', 8],
  ['21_garden-city-task-table-2010', 2],
];

describe.each(['txt', 'docx'] as const)('the real task tables as %s', (ext) => {
  it.each(TABLE_PLANS)('%s: every row a task, numbered, owned and dated as the gold says', async (name, count) => {
    const file = await parseFile(docOf(name, ext));
    const doc = file.documents.find((d) => d.tasks.length)!;
    const { got, want } = compare(doc, gold(name));
    expect(got).toHaveLength(count);
    expect(got).toEqual(want);
  });
});

describe('flattened text rows', () => {
  it('a row under merged 序号 and 责任单位 cells inherits them (19: `开工建设老年大学。 | 12月底前`)', async () => {
    const doc = (await parseFile(docOf('19', 'txt'))).documents.find((d) => d.tasks.length)!;
    const twin = doc.tasks.filter((t) => t.number.join() === '5');
    expect(twin.map((t) => [t.title, t.owners.map((o) => o.name), t.deadline?.text])).toEqual([
      ['开工建设县老年养护楼', ['县民政局'], '5月底前'],
      ['开工建设老年大学', ['县民政局'], '12月底前'],
    ]);
  });

  it('a header cell over two columns (20: 工作任务 over the group and 序号) and a continuation row under the merged group', async () => {
    const doc = (await parseFile(docOf('20', 'txt'))).documents[0]!;
    expect(doc.tasks.map((t) => t.parent)).toEqual([
      '强化行政规范性文件集中规范公开', '深化政策解读形式', '做好主动公开基础工作', '做好主动公开基础工作',
      '规范办理依申请公开', '认真抓好工作落实', '加强宣传', '做好指导监督',
    ]);
    expect(doc.tasks.every((t) => t.owners.length === 1 && /科室|办公室/.test(t.owners[0]!.name))).toBe(true);
  });

  it('cells are placed by what they hold, the slots left out are the merged ones', () => {
    const lex = defaultLexicon;
    expect(['5', '开工建设老年大学。', '县民政局 县代建中心', '12月底前', '生 态 环 境'].map((c) => cellType(c, lex))).toEqual(['number', 'text', 'owners', 'date', 'label']);
    // 序号 | 任务 | 责任单位 | 完成时限, and a row with only the task and the deadline
    expect(alignRow(['text', 'date'], ['number', 'text', 'owners', 'date'])).toEqual([-1, 0, -1, 1]);
  });

  it('a table split by group lines keeps its header, and the group lines are the rows\' outline (07)', async () => {
    const doc = (await parseFile(docOf('07', 'txt'))).documents[0]!;
    expect(doc.tasks.map((t) => t.number.join('/'))).toEqual(['一/（一）/1', '一/（二）/2', '二/（一）/1*']);
    // `省牵头单位：省商务厅` on the line after the row
    expect(doc.tasks[1]!.owners.map((o) => o.name)).toContain('省商务厅');
  });

  it('a row that fits its columns is kept as it stands: an empty deadline cell is no merge', () => {
    const doc = parseText(['序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t开展背街小巷环境整治\t城管局\t各街道\t6月底前', '2\t完善公益广告设施\t市文明办\t\t'].join('\n'), { year: 2024 }).documents[0]!;
    expect(doc.tasks.map((t) => [t.title, t.deadline?.text ?? null])).toEqual([
      ['开展背街小巷环境整治', '6月底前'],
      ['完善公益广告设施', null],
    ]);
  });
});

/** A Word table whose 类别 cell spans two rows (w:vMerge) and whose header 工作任务 spans two columns (w:gridSpan). */
async function mergedWordTable(): Promise<Buffer> {
  const cell = (text: string, extra: { rowSpan?: number; columnSpan?: number } = {}) => new docx.TableCell({ children: [new docx.Paragraph(text)], ...extra });
  const table = new docx.Table({
    rows: [
      new docx.TableRow({ children: [cell('序号'), cell('工作任务', { columnSpan: 2 }), cell('责任单位'), cell('完成时限')] }),
      new docx.TableRow({ children: [cell('1'), cell('环境整治', { rowSpan: 2 }), cell('清理背街小巷卫生死角。'), cell('区城管局', { rowSpan: 2 }), cell('6月底前')] }),
      new docx.TableRow({ children: [cell('2'), cell('整治占道经营。'), cell('9月底前')] }),
      new docx.TableRow({ children: [cell('3'), cell('宣传教育'), cell('开展文明交通宣传。'), cell('区交警大队'), cell('')] }),
    ],
  });
  const doc = new docx.Document({ sections: [{ children: [new docx.Paragraph('2024年城区环境整治工作方案'), new docx.Paragraph('一、主要任务'), table] }] });
  return docx.Packer.toBuffer(doc);
}

describe('tables flattened to words: no separator but a space, header words split by padding, a cell over lines', () => {
  const roles = (doc: PlanDocument, n: number) => doc.tasks[n]!.owners.map((o) => `${o.name}:${o.role}`);

  it('real-more 26: persons to the leader column, units first-to-first and last-to-last, the lines between in the cell between', async () => {
    const [doc] = (await parseFile(fixture('real-more/docs/26_qingyang-health-2023-q4-duty-table-spaces.txt'))).documents;
    expect(doc!.tasks.map((t) => t.number.join('/'))).toEqual(['81', '85']);
    expect(doc!.tasks[0]!.title.startsWith('科学精准落实疫情防控优化措施')).toBe(true);
    // `牵头  领导` / `牵头         责任单位` are one header word each; `汪  峰` is one padded name; 各乡镇 / 县开发区 one cell over two lines
    expect(roles(doc!, 0)).toEqual(['汪峰:lead', '吴蓓蓓:lead', '县卫健委:lead', '各乡镇:responsible', '县开发区:responsible', '县直有关单位:support']);
    expect(roles(doc!, 1)).toEqual(['吴蓓蓓:lead', '县卫健委:lead', '有关乡镇:responsible', '县直有关单位:support']);
    // 工作评价 / 进展情况 / 进度安排 are status and reports: no deadline
    expect(doc!.tasks.map((t) => t.deadline)).toEqual([null, null]);
  });

  it('another layout: 责任 单位 / 完成 时限 split, two units in one cell, the deadline after the owners', () => {
    const text = [
      '某区2024年城市更新重点任务清单',
      '序号 工作任务 责任 单位 完成 时限 备注',
      '1 完成老旧小区改造12个。 区住建局 区财政局 2024年10月底前',
      '2 新建口袋公园5处，完善周边配套设施。 区城管局 2024年6月底前 已立项',
      '3 推进雨污分流改造。 区水务局',
      '各街道 2024年12月底前',
    ].join('\n');
    const [doc] = parseText(text).documents;
    expect(doc!.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name).join('、'), deadlineValue(t.deadline)])).toEqual([
      ['1', '完成老旧小区改造12个', '区住建局、区财政局', '2024-10-31'],
      ['2', '新建口袋公园5处，完善周边配套设施', '区城管局', '2024-06-30'],
      ['3', '推进雨污分流改造', '区水务局、各街道', '2024-12-31'],
    ]);
  });

  it('a table copied one cell per line without bars (real-new 07 with its ` |` removed) gives the tasks it gives with them', async () => {
    const withBars = readFileSync(fixture('real-new/docs/07_nanling-2024-gov-report-cell-lines.txt'), 'utf8');
    const tasksOf = (text: string) => parseText(text).documents.flatMap((d) => d.tasks).map((t) => [t.number.join('/'), t.title, t.owners.map((o) => `${o.name}:${o.role}`)]);
    const expected = tasksOf(withBars);
    expect(expected).toHaveLength(2);
    expect(tasksOf(withBars.replace(/ *\|$/gmu, ''))).toEqual(expected);
  });

  it('one cell per line: a row short of a cell is aligned by what its cells hold, the missing slot merged from the row above', () => {
    const text = [
      '某街道2024年为民办实事项目清单',
      '序号', '项目名称', '责任单位', '完成时限',
      '1', '改造老旧小区雨污管网3公里。', '街道城建办', '2024年9月底前',
      '2', '新建社区食堂2个。', '2024年12月底前',
      '3', '开展“一老一小”关爱服务。', '街道社会事务办', '2024年12月底前',
    ].join('\n');
    const [doc] = parseText(text).documents;
    expect(doc!.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name), deadlineValue(t.deadline)])).toEqual([
      ['1', '改造老旧小区雨污管网3公里', ['街道城建办'], '2024-09-30'],
      // no line for row 2's 责任单位: as in every short text row, a vertically merged cell (the page's rowspan)
      ['2', '新建社区食堂2个', ['街道城建办'], '2024-12-31'],
      ['3', '开展“一老一小”关爱服务', ['街道社会事务办'], '2024-12-31'],
    ]);
  });

  it('a line break inside a cell of a ` | ` row: the line with just the missing cells continues the row, a line under a full row is a row', () => {
    const text = [
      '某县2024年重点工作任务分解表',
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 完成老旧小区改造12个。 | 县住建局',
      '县财政局 | 2024年10月底前',
      '2 | 新建口袋公园5处，完善周边 | 县城管局 | 2024年6月底前',
      '3 | 推进雨污分流改造，新建管网 | 县水务局 | 2024年12月底前',
      '4 | 实施城区道路“白改黑”工程，改造 | ',
      '道路8条。 | 县交通运输局 | 2024年11月底前',
      '完成公交站台改造20处。 | 2024年8月底前',
    ].join('\n');
    const [doc] = parseText(text).documents;
    expect(doc!.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name), deadlineValue(t.deadline)])).toEqual([
      ['1', '完成老旧小区改造12个', ['县住建局', '县财政局'], '2024-10-31'],
      ['2', '新建口袋公园5处，完善周边', ['县城管局'], '2024-06-30'],
      ['3', '推进雨污分流改造，新建管网', ['县水务局'], '2024-12-31'],
      ['4', '实施城区道路“白改黑”工程，改造道路8条', ['县交通运输局'], '2024-11-30'],
      // under the full row 4: its own row, 序号 and 责任单位 merged from above
      ['4', '完成公交站台改造20处', ['县交通运输局'], '2024-08-31'],
    ]);
  });

  it.each([
    ['06_xuzhuang-safety-rectification-table', 13],
    ['19_dazhu-2016-livelihood-table', 11],
  ] as const)('real %s with its ` | ` rows flattened to words gives the gold tasks (no 序号, a merged row, an owner the suffixes did not know)', (name, count) => {
    const text = readFileSync(docOf(name, 'txt'), 'utf8')
      .split('\n')
      .map((line) => (line.includes(' | ') ? line.split(' | ').map((c) => c.trim()).filter(Boolean).join(' ') : line))
      .join('\n');
    const doc = parseText(text).documents.find((d) => d.tasks.length)!;
    const { got, want } = compare(doc, gold(name));
    expect(got).toHaveLength(count);
    expect(got).toEqual(want);
  });

  it.each([
    ['06_xuzhuang-safety-rectification-table', 13],
    ['07_hangzhou-2021-duty-table', 3],
    ['19_dazhu-2016-livelihood-table', 11],
  ] as const)('real %s copied one cell per line (no bars) gives the gold tasks: no 序号, a task column without a task word, group lines and notes between rows, a row under merged cells', (name, count) => {
    const text = readFileSync(docOf(name, 'txt'), 'utf8')
      .split('\n')
      .flatMap((line) => (line.includes(' | ') ? line.split(' | ').map((c) => c.replace(/\s*\|\s*$/, '').trim()) : [line]))
      .join('\n');
    const doc = parseText(text).documents.find((d) => d.tasks.length)!;
    const { got, want } = compare(doc, gold(name));
    expect(got).toHaveLength(count);
    expect(got).toEqual(want);
  });

  it('prose with spaces is no table: a line of column words needs rows opening with their numbers under it', () => {
    const text = ['某镇2024年工作方案', '序号 工作任务 责任 单位 完成 时限', '一、主要任务', '1.开展河道清理。（责任单位：镇水利站）'].join('\n');
    const [doc] = parseText(text).documents;
    expect(doc!.tasks.map((t) => [t.title, t.owners.map((o) => o.name)])).toEqual([['开展河道清理', ['镇水利站']]]);
  });
});

describe('merges a file states', () => {
  const expected = [
    ['一/1', '清理背街小巷卫生死角', '环境整治', ['区城管局'], '2024-06-30'],
    ['一/2', '整治占道经营', '环境整治', ['区城管局'], '2024-09-30'],
    ['一/3', '开展文明交通宣传', '宣传教育', ['区交警大队'], null],
  ];
  const summary = (doc: PlanDocument) => doc.tasks.map((t) => [t.number.join('/'), t.title, t.parent, t.owners.map((o) => o.name), deadlineValue(t.deadline)]);

  it('Word: w:vMerge repeats the category and the owner, w:gridSpan spreads the header; an empty cell stays empty', async () => {
    const file = await parseBytes(await mergedWordTable(), 'merged.docx');
    expect(summary(file.documents[0]!)).toEqual(expected);
  });

  it('HTML: rowspan and colspan, the same tasks', async () => {
    const html = `<html><body><p>2024年城区环境整治工作方案</p><p>一、主要任务</p><table>
      <tr><td>序号</td><td colspan="2">工作任务</td><td>责任单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td rowspan="2">环境整治</td><td>清理背街小巷卫生死角。</td><td rowspan="2">区城管局</td><td>6月底前</td></tr>
      <tr><td>2</td><td>整治占道经营。</td><td>9月底前</td></tr>
      <tr><td>3</td><td>宣传教育</td><td>开展文明交通宣传。</td><td>区交警大队</td><td></td></tr></table></body></html>`;
    const file = await parseBytes(Buffer.from(html), 'merged.html');
    expect(summary(file.documents[0]!)).toEqual(expected);
  });
});

describe('a header wider than every row (fixtures/real-more 22: the rows lost 全年目标任务)', () => {
  it('places the header by what its columns hold: titles from 主要任务, owners from 分管领导 and 牵头单位, progress text no owner', async () => {
    const doc = (await parseFile(fixture('real-more/docs/22_chongchuan-2023-livelihood-progress-table.txt'))).documents[0]!;
    expect(doc.tasks.map((t) => t.title)).toEqual(['优化提升50条背街后巷交通组织', '新增四分类“三定一督”达标小区210个', '新建建筑垃圾中转站8个、建筑垃圾分类池20个']);
    const first = doc.tasks[0]!;
    expect(first.owners.map((o) => o.name)).toEqual(['徐国江', '城管局', '市政局', '相关街道']);
    expect(first.owners.find((o) => o.name === '城管局')!.role).toBe('lead');
    expect(doc.tasks.flatMap((t) => t.owners.map((o) => o.name)).some((n) => n.includes('施工'))).toBe(false);
  });
});

describe('a school calendar (fixtures/real-more 05): merged week cells and short tasks under them', () => {
  it('each row is a task of its office, dated by its day or by the week its merged cells carry, in the spring term of the school year', async () => {
    const doc = (await parseFile(fixture('real-more/docs/05_changsha-no6-school-calendar.txt'))).documents[0]!;
    expect(doc.title).toBe('长沙市第六中学2020-2021学年第二学期校历');
    expect(doc.year).toBe(2021);
    expect(doc.tasks).toHaveLength(28);
    const byTitle = (title: string) => doc.tasks.find((t) => t.title === title)!;
    // a day row before term: its own date
    expect(deadlineValue(byTitle('学生报到').deadline ?? null)).toBe('2021-02-28');
    // rows under 第一周 | 3月1日-3月7日 hold only the work and the office: they take the week, and the short work is the task, not the week's label
    for (const title of ['开学督导迎检', '初二全体教师会', '三八妇女节活动', '高一年级入学考试']) {
      expect(byTitle(title), title).toBeDefined();
    }
    expect(deadlineValue(byTitle('开学督导迎检').deadline ?? null)).toBe('2021-03-01/2021-03-07');
    expect(deadlineValue(byTitle('三八妇女节活动').deadline ?? null)).toBe('2021-03-08/2021-03-14');
    expect(byTitle('三八妇女节活动').owners.map((o) => o.name)).toEqual(['工会']);
    // work that names a year is work, not an owner or a date cell
    expect(byTitle('2020年党支部组织生活会及民主评议党员').owners.map((o) => o.name)).toEqual(['办公室']);
    expect(doc.tasks.some((t) => /^第.周$|^开学前$/.test(t.title))).toBe(false);
  });
});

describe('label | value tables: one task per record, the labels are fields', () => {
  it('real-more 21: `重点工作： | 135.…` / `牵头单位： | …` / `年度阶段性工作目标： | 第一季度…第四季度…` is task 135 with its owner and its stages\' span', async () => {
    const doc = (await parseFile(fixture('real-more/docs/21_guangzhou-2023-key-work-135-fields.txt'))).documents[0]!;
    expect(doc.tasks.map((t) => [t.number.join('/'), t.title])).toEqual([['135', '统筹违法建设治理与城市更新，促进违法建设科学分类治理']]);
    expect(doc.tasks[0]!.owners.map((o) => [o.name, o.role])).toEqual([['市城市管理综合执法局', 'lead']]);
    expect(doc.tasks[0]!.deadline?.end).toBe('2023-12-31');
  });

  it('Word: two records in one two-column table, no label becomes a task', async () => {
    const cell = (text: string) => new docx.TableCell({ children: [new docx.Paragraph(text)] });
    const row = (label: string, value: string) => new docx.TableRow({ children: [cell(label), cell(value)] });
    const table = new docx.Table({
      rows: [
        row('工作任务', '1.推进老旧小区改造，完成改造小区30个。'),
        row('责任单位', '区住建局、各街道'),
        row('完成时限', '2024年11月底前'),
        row('工作任务', '2.新建口袋公园5个。'),
        row('牵头单位', '区园林中心'),
        row('配合单位', '区财政局'),
        row('完成时限', '2024年9月底前'),
      ],
    });
    const document = new docx.Document({ sections: [{ children: [new docx.Paragraph('2024年城市更新重点工作任务清单'), table] }] });
    const file = await parseBytes(await docx.Packer.toBuffer(document), 'records.docx');
    const tasks = file.documents[0]!.tasks;
    expect(tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => `${o.name}:${o.role}`), deadlineValue(t.deadline)])).toEqual([
      ['1', '推进老旧小区改造，完成改造小区30个', ['区住建局:responsible', '各街道:responsible'], '2024-11-30'],
      ['2', '新建口袋公园5个', ['区园林中心:lead', '区财政局:support'], '2024-09-30'],
    ]);
  });
});

describe('drawn text tables: box-drawing grids and columns aligned with spaces', () => {
  const box = [
    '2024年社区环境整治工作方案',
    '一、主要任务',
    '┌────┬──────────────┬──────────┬──────────┐',
    '│序号│工作任务      │责任单位  │完成时限  │',
    '├────┼──────────────┼──────────┼──────────┤',
    '│1   │清理背街小巷  │社区居委会│6月底前   │',
    '│    │卫生死角。    │          │          │',
    '├────┼──────────────┤          ├──────────┤',
    '│2   │整治占道经营。│          │9月底前   │',
    '└────┴──────────────┴──────────┴──────────┘',
  ].join('\n');

  it('a box grid: a cell over two lines is one cell, a border that leaves a column open merges it with the row above', () => {
    const rows = textToBlocks(box).filter((b) => b.cells);
    expect(rows.map((r) => [r.location.line, r.cells])).toEqual([
      [4, ['序号', '工作任务', '责任单位', '完成时限']],
      // the reader keeps the cell's line break, as a Word cell keeps its paragraphs; the table reader joins or splits
      [6, ['1', '清理背街小巷\n卫生死角。', '社区居委会', '6月底前']],
      [9, ['2', '整治占道经营。', '社区居委会', '9月底前']],
    ]);
    const doc = parseText(box, { year: 2024 }).documents[0]!;
    expect(doc.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name), deadlineValue(t.deadline)])).toEqual([
      ['一/1', '清理背街小巷卫生死角', ['社区居委会'], '2024-06-30'],
      ['一/2', '整治占道经营', ['社区居委会'], '2024-09-30'],
    ]);
  });

  it('a cell over two lines of a box grid or of aligned columns: a wrapped sentence runs on, two names are two owners, a wrapped date is one date', () => {
    const boxed = [
      '某县2024年重点工作任务分解表',
      '┌──┬────────────┬──────┬────────┐',
      '│序号│工作任务            │责任单位    │完成时限        │',
      '├──┼────────────┼──────┼────────┤',
      '│1   │完成老旧小区改造12个，│县住建局    │2024年          │',
      '│    │同步实施管网改造。    │县财政局    │10月底前        │',
      '├──┼────────────┼──────┼────────┤',
      '│2   │新建口袋公园5处。     │县城管局    │2024年6月底前   │',
      '└──┴────────────┴──────┴────────┘',
    ].join('\n');
    // a print copy (pdftotext -layout): the rest of a row on the next line, under an unfinished cell, number column empty
    const aligned = [
      '某县2024年重点工作任务分解表',
      '序号  工作任务                      责任单位      完成时限',
      '1     完成老旧小区改造12个，        县住建局      2024年10月底前',
      '      同步实施管网改造。            县财政局',
      '2     新建口袋公园5处。             县城管局      2024年6月底前',
      '3     推进雨污分流改造，新建        县水务局      2024年12月底前',
      '      管网20公里。',
    ].join('\n');
    const read = (text: string) => parseText(text).documents[0]!.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name), deadlineValue(t.deadline)]);
    const first = ['1', '完成老旧小区改造12个，同步实施管网改造', ['县住建局', '县财政局'], '2024-10-31'];
    const second = ['2', '新建口袋公园5处', ['县城管局'], '2024-06-30'];
    expect(read(boxed)).toEqual([first, second]);
    expect(read(aligned)).toEqual([first, second, ['3', '推进雨污分流改造，新建管网20公里', ['县水务局'], '2024-12-31']]);
  });

  it('ASCII borders (`+----+`, `|`) read the same', () => {
    const ascii = box.replace(/[┌┬┐├┼┤└┴┘]/g, '+').replace(/─/g, '-').replace(/│/g, '|');
    expect(parseText(ascii, { year: 2024 }).documents[0]!.tasks.map((t) => t.title)).toEqual(['清理背街小巷卫生死角', '整治占道经营']);
  });

  it('columns aligned with spaces under a header of short cells; a row without a deadline keeps its cells in their columns', () => {
    const text = [
      '2024年社区环境整治工作方案',
      '一、主要任务',
      '序号  工作任务                  责任单位      完成时限',
      '1     清理背街小巷卫生死角。    社区居委会    6月底前',
      '2     整治占道经营。            城管中队      9月底前',
      '3     开展文明交通宣传。        交警中队',
      '二、保障措施',
      '加强领导，明确责任。',
    ].join('\n');
    const rows = textToBlocks(text).filter((b) => b.cells);
    expect(rows.at(-1)!.cells).toEqual(['3', '开展文明交通宣传。', '交警中队', '']);
    const doc = parseText(text, { year: 2024 }).documents[0]!;
    expect(doc.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name), deadlineValue(t.deadline)])).toEqual([
      ['一/1', '清理背街小巷卫生死角', ['社区居委会'], '2024-06-30'],
      ['一/2', '整治占道经营', ['城管中队'], '2024-09-30'],
      ['一/3', '开展文明交通宣传', ['交警中队'], null],
    ]);
  });

  it('prose with double spaces is no table: a header needs short cells and three rows', () => {
    const prose = ['为进一步做好工作，  特制定本方案。  请认真落实，  确保实效。', '一、工作目标', '全面提升  社区环境  质量水平'].join('\n');
    expect(textToBlocks(prose).some((b) => b.cells)).toBe(false);
  });
});

describe('a header over two rows (责任单位 over 牵头单位 | 配合单位)', () => {
  const expected = [
    ['一/1', '清理背街小巷卫生死角', [['区城管局', 'lead'], ['各街道', 'support']], '2024-06-30'],
    ['一/2', '整治占道经营', [['区市场监管局', 'lead'], ['区城管局', 'support']], '2024-09-30'],
  ];
  const summary = (doc: PlanDocument) => doc.tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => [o.name, o.role]), deadlineValue(t.deadline)]);

  it('HTML with rowspan and colspan: the lower row names the owner columns, no header cell becomes a task', async () => {
    const html = `<html><body><p>2024年城区环境整治工作方案</p><p>一、主要任务</p><table>
      <tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>
      <tr><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td>1</td><td>清理背街小巷卫生死角。</td><td>区城管局</td><td>各街道</td><td>6月底前</td></tr>
      <tr><td>2</td><td>整治占道经营。</td><td>区市场监管局</td><td>区城管局</td><td>9月底前</td></tr></table></body></html>`;
    expect(summary((await parseBytes(Buffer.from(html), 'two-row-header.html')).documents[0]!)).toEqual(expected);
  });

  it('Word with vMerge and gridSpan, and a text table whose lower header row leaves the merged cells empty', async () => {
    const cell = (text: string, extra: { rowSpan?: number; columnSpan?: number } = {}) => new docx.TableCell({ children: [new docx.Paragraph(text)], ...extra });
    const table = new docx.Table({
      rows: [
        new docx.TableRow({ children: [cell('序号', { rowSpan: 2 }), cell('工作任务', { rowSpan: 2 }), cell('责任单位', { columnSpan: 2 }), cell('完成时限', { rowSpan: 2 })] }),
        new docx.TableRow({ children: [cell('牵头单位'), cell('配合单位')] }),
        new docx.TableRow({ children: [cell('1'), cell('清理背街小巷卫生死角。'), cell('区城管局'), cell('各街道'), cell('6月底前')] }),
        new docx.TableRow({ children: [cell('2'), cell('整治占道经营。'), cell('区市场监管局'), cell('区城管局'), cell('9月底前')] }),
      ],
    });
    const word = new docx.Document({ sections: [{ children: [new docx.Paragraph('2024年城区环境整治工作方案'), new docx.Paragraph('一、主要任务'), table] }] });
    expect(summary((await parseBytes(await docx.Packer.toBuffer(word), 'two-row-header.docx')).documents[0]!)).toEqual(expected);
    const text = ['2024年城区环境整治工作方案', '一、主要任务', '| 序号 | 工作任务 | 责任单位 | | 完成时限 |', '| | | 牵头单位 | 配合单位 | |', '| 1 | 清理背街小巷卫生死角。 | 区城管局 | 各街道 | 6月底前 |', '| 2 | 整治占道经营。 | 区市场监管局 | 区城管局 | 9月底前 |'].join('\n');
    expect(summary(parseText(text).documents[0]!)).toEqual(expected);
  });
});

describe('a table copied with a line break before every separator (real-new 20, 长沙)', () => {
  const file = realNewDoc('20_');

  it('reads the rows: a bar opens each further cell, a bare bar closes the row, a line without a bar continues its cell', () => {
    const blocks = textToBlocks(readFileSync(file, 'utf8')).filter((b) => b.cells);
    expect(blocks[0]!.cells).toEqual(['牵头单位', '目 标 任 务', '责 任 单 位']);
    expect(blocks[1]!.cells).toEqual(['市政\n府办\n公厅', expect.stringMatching(/^强化行政监督/), '市直各单位、各区县市']);
    // under the merged 牵头单位 cell: two cells
    expect(blocks[2]!.cells).toEqual(['推进国家安全工作发展', '市直各单位、各区县市']);
  });

  it('gives the tasks with the lead unit wrapped in its narrow cell as one name, inherited by the rows under it', async () => {
    const doc = (await parseFile(file)).documents[0]!;
    const rows = doc.tasks.map((t) => [t.title.slice(0, 10), t.owners.map((o) => o.name)]);
    expect(rows.slice(0, 4)).toEqual([
      ['强化行政监督，自觉接', ['市政府办公厅', '市直各单位', '各区县市']],
      ['推进国家安全工作发展', ['市政府办公厅', '市直各单位', '各区县市']],
      ['推进河西商业配套建设', ['长沙先导区管委会', '商务局', '高新区', '岳麓区']],
      // 岳麓区、望城区: districts without a unit word, among known names
      ['实施先导区新三年行动', ['长沙先导区管委会', '市直相关单位', '高新区', '岳麓区', '望城区']],
    ]);
    expect(doc.tasks.find((t) => t.title.startsWith('严肃查处'))!.owners.map((o) => o.name)[0]).toBe('市监察局');
  });
});

describe('two items on one line (real-new 18, 黑龙江)', () => {
  it('the next marker of the line’s style after a closing bracket opens an item of its own; 主办 is a role word', async () => {
    const file = realNewDoc('18_');
    const doc = (await parseFile(file)).documents[0]!;
    const first = doc.tasks.slice(0, 3).map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name)]);
    expect(first).toEqual([
      ['一/（一）', '地区生产总值增长11%左右', ['省发改委']],
      ['一/（二）', '公共财政收入增长13%左右', ['省财政厅', '省国税局', '地税局']],
      ['一/（三）', '全社会固定资产投资增长30%以上', ['省发改委', '省工信委', '国土资源厅', '住建厅', '环保厅', '水利厅', '交通运输厅', '农委', '商务厅', '金融办']],
    ]);
  });

  it('a reference to an item inside a sentence is no item', () => {
    const [doc] = parseText('一、主要任务\n（一）落实第（二）项要求，完成整改。（县财政局负责）').documents;
    expect(doc!.tasks.map((t) => t.title)).toEqual(['落实第（二）项要求，完成整改']);
  });
});

describe('real 07 flattened to words (cells parted by two spaces): group lines and notes between rows, names joined by 、 in one word', () => {
  it('gives the gold tasks and owners: 市商务局（市粮食和物资储备局） is one unit, 省牵头单位 the note under its row', () => {
    const text = readFileSync(docOf('07_hangzhou-2021-duty-table', 'txt'), 'utf8')
      .split('\n')
      .map((line) => (line.includes(' | ') ? line.split(' | ').map((c) => c.trim()).join('  ') : line))
      .join('\n');
    const doc = parseText(text).documents.find((d) => d.tasks.length)!;
    const { got, want } = compare(doc, gold('07_hangzhou-2021-duty-table'));
    expect(got.slice(0, 2)).toEqual(want.slice(0, 2));
  });
});

describe('an annex table copied one cell per line with 序号 and one column word (real-new 22, 沙坪坝)', () => {
  it('reads the rows: 序号 first is table evidence enough beside 责任单位, the task column named by no word', async () => {
    const file = realNewDoc('22_');
    const doc = (await parseFile(file)).documents.find((d) => d.tasks.length)!;
    expect(doc.tasks.slice(0, 3).map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name)])).toEqual([
      ['1', '地区生产总值增长5.5%左右', ['区发展改革委']],
      ['2', '固定资产投资增长6%左右', ['区发展改革委']],
      ['3', '工业增加值增长7%左右', ['区经济信息委']],
    ]);
  });
});

describe('a table one cell per line whose items run on across their 工作任务 categories (real-new 126, 中山 医保)', () => {
  it('reads the category cells as categories, not as a header label or a row\'s cell, and one owner cell after a category\'s last item as theirs', async () => {
    const doc = (await parseFile(realNewDoc('126_'))).documents.find((d) => d.tasks.length)!;
    expect(doc.tasks.map((t) => [t.number.join('/'), t.owners.map((o) => o.name).join('、')])).toEqual([
      ['1', '各科室、医疗保障事业管理中心'],
      ['2', '办公室'],
      // items 3–5 under `做好市场规则标准和监管执法信息公开`: the owner cell after 5 is merged over the three
      ['3', '法规和基金监管科、医药服务管理科、医疗保障事业管理中心'],
      ['4', '法规和基金监管科、医药服务管理科、医疗保障事业管理中心'],
      ['5', '法规和基金监管科、医药服务管理科、医疗保障事业管理中心'],
      // the page cut the owner cell of `做好财政信息公开`: its items have none
      ['6', ''],
      ['7', ''],
    ]);
    expect(doc.sections).toEqual([]);
  });

  it('a note cell before the next item still belongs to the row above when that row has a column for it (real-new 97)', async () => {
    const doc = (await parseFile(realNewDoc('97_'))).documents[0]!;
    expect(doc.tasks.at(-1)!.title).toMatch(/^按照第三届风筝节要求/);
  });
});

describe('department task tables copied one cell per line (real-new 37 谯城, 38 怀远)', () => {
  const rows = async (prefix: string) =>
    (await parseFile(realNewDoc(prefix))).documents.flatMap((d) => d.tasks).map((t) => [t.number.at(-1), t.owners.map((o) => o.name), t.deadline?.end ?? null]);

  it('group headings with no rows under them follow each other between rows (二、 … 六、 before row 68)', async () => {
    expect((await rows('37_')).map((r) => r[0])).toEqual(['3', '68', '69']);
  });

  it('a stray number inside a row is dropped, and an owner cell over two lines is one cell (`农业股` / `乡村产业发展股`)', async () => {
    const got = await rows('38_');
    expect(got[0]).toEqual(['6', ['经管站'], '2023-12-31']);
    expect(got.find((r) => r[0] === '54')).toEqual(['54', ['农业股', '乡村产业发展股'], '2023-12-31']);
  });
});

describe('tables copied one cell per line whose layout makes no grid (real-new 51 相山, 54 嵊泗)', () => {
  const rows = async (prefix: string) =>
    (await parseFile(realNewDoc(prefix))).documents.flatMap((d) => d.tasks).map((t) => [t.number.join('/'), t.title.slice(0, 10), t.owners.map((o) => o.name), t.deadline?.kind ?? null]);

  it('cells closed by ` |` with bare bars for empty cells, a header without 序号 over numbered rows, group rows between: every row a task under its group', async () => {
    const got = await rows('51_');
    expect(got.map((r) => r[0])).toEqual(['一/1', '一/2', '一/3', '一/4', '二/5']);
    expect(got[0]).toEqual(['一/1', '聚焦建设“美好相山”', ['各区直部门', '各镇（办）', '经开区'], 'ongoing']);
  });

  it('序号 in the second column under a category, figures in cells (`42`, `0`) that are no row numbers, an assessing unit that is no owner', async () => {
    const got = await rows('54_');
    expect(got.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    // 责任部门 over two lines, then 评分部门 (市海洋渔业局市农业农村局): the last name line is the assessor's
    expect(got[1]).toEqual(['2', '农业劳动生产率及增幅', ['县海洋与渔业局', '县农业农村局'], null]);
    expect(got[8]).toEqual(['9', '水产品产量', ['县农业农村局'], null]);
    expect(got.flatMap((r) => r[2] as string[]).some((name) => name.startsWith('市'))).toBe(false);
  });
});

describe('a progress table of ` | ` rows in traditional script under two header rows (real-new 53 宁海)', () => {
  it('the lower row of sub-column words is header, not a task; the owner column is found though an empty cell and the last label were left out', async () => {
    const tasks = (await parseFile(realNewDoc('53_'))).documents[0]!.tasks;
    expect(tasks.map((t) => [t.number[0], t.title, t.owners.map((o) => o.name)])).toEqual([
      ['1', '中小學校護眼燈光工程★', ['縣教育局']],
      ['2', '敬老院（福利院）電梯加裝工程★', ['縣民政局', '各相關鄉鎮街道']],
      ['3', '醫療急救能力提升工程★', ['縣衛健局']],
      ['4', '學校周邊停車場地改造工程一期★', ['縣城投集團']],
      ['5', '銀河小學教學樓提升工程一期★', ['縣教育局']],
    ]);
  });

  it('a column of years alone types as dates, so the header word 建设起止年限 lands on it (real-new 53: 4 of 5 deadlines)', async () => {
    expect(cellType('2022', defaultLexicon)).toBe('date');
    expect(cellType('2022-2023', defaultLexicon)).toBe('date');
    expect(cellType('1800', defaultLexicon)).not.toBe('date');
    const tasks = (await parseFile(realNewDoc('53_'))).documents[0]!.tasks;
    expect(tasks.map((t) => t.deadline?.end ?? null)).toEqual(['2022-12-31', '2022-12-31', '2022-12-31', '2022-12-31', '2023-12-31']);
  });

  it('a deadline cell of years alone is those whole years', () => {
    const [doc] = parseText('序号 | 项目名称 | 责任单位 | 建设起止年限\n1 | 新建公园 | 县住建局 | 2022\n2 | 改造道路 | 县交通局 | 2022-2023').documents;
    expect(doc!.tasks.map((t) => [t.deadline?.start, t.deadline?.end])).toEqual([
      ['2022-01-01', '2022-12-31'],
      ['2022-01-01', '2023-12-31'],
    ]);
  });
});

describe('a lone bar under each ` | ` row (an empty 备注 copied onto its own line, real-new 45)', () => {
  it('carries nothing: the table stays one, so a short row aligns on the columns of the whole table (owner and date in their columns)', async () => {
    const file = realNewDoc('45_');
    const tasks = (await parseFile(file)).documents[0]!.tasks;
    const third = tasks.find((t) => t.number[0] === '3')!;
    expect([third.owners.map((o) => o.name), third.deadline?.end]).toEqual([['宣传处会办公室'], '2021-08-31']);
    expect(tasks.find((t) => t.number[0] === '7')!.owners.map((o) => o.name)).toEqual(['政法处']);
  });

  it('a row that left out a merged prose cell puts its text in the column of the longest cells (the 细化分工, under a merged 工作任务)', async () => {
    const tasks = (await parseFile(realNewDoc('45_'))).documents[0]!.tasks;
    const second = tasks.find((t) => t.number[0] === '2')!;
    expect([second.title, second.parent, second.owners.map((o) => o.name)]).toEqual([
      '扎实做好疫苗接种信息公开和舆论引导工作',
      '做好常态化疫情防控信息发布',
      ['疾控处'],
    ]);
    // 按职责分工落实 says the role, it is no part of the last name
    expect(tasks[0]!.owners.map((o) => o.name)).toEqual(['应急处', '监督处', '医政医管处', '疾控处', '基层处等']);
  });

  it('a deadline cell that dates stages is a date cell: the task is due at the first stage, each stage a milestone', async () => {
    expect(cellType('2021年2月公布预算信息，2021年8月公布上年度决算信息', defaultLexicon)).toBe('date');
    expect(cellType('公布预算信息，公布上年度决算信息', defaultLexicon)).not.toBe('date');
    const sixth = (await parseFile(realNewDoc('45_'))).documents[0]!.tasks.find((t) => t.number[0] === '6')!;
    expect(sixth.owners.map((o) => o.name)).toEqual(['财务处']);
    expect(deadlineValue(sixth.deadline)).toBe('2021-02-28');
    expect(sixth.milestones.map((m) => [m.name, m.deadline?.end])).toEqual([
      ['2021年2月公布预算信息', '2021-02-28'],
      ['2021年8月公布上年度决算信息', '2021-08-31'],
    ]);
  });
});

describe('a plan table copied one cell per line whose 计划编号 are date-like serials (real-new 68, a property company)', () => {
  it('the serials number the rows, are no page counters and no dates; every row keeps its owner and deadline', async () => {
    const tasks = (await parseFile(realNewDoc('68_'))).documents[0]!.tasks;
    expect(tasks).toHaveLength(12);
    expect(tasks.slice(0, 3).map((t) => [t.number.join('/'), t.title, t.owners.map((o) => o.name), deadlineValue(t.deadline)])).toEqual([
      ['20181215', '建立业主档案和银行账户托收协议的办理', ['客服部'], '2019-05-15'],
      ['20181216', '小区总水、电表费用结算并过户', ['客服部'], '2019-01-30'],
      ['20181217', '整理规范所有小区分包方和供应商，签订合同（电梯、消防、清洁等）', ['客服部'], '2019-01-30'],
    ]);
    expect(tasks.at(-1)!.owners.map((o) => o.name)).toEqual(['工程部']);
  });

  it('a number alone on a line is still a page counter when no number next to it continues it', async () => {
    const doc = (await parseText('关于开展安全检查的工作方案\n12345\n一、工作任务\n（一）开展消防检查。（责任单位：区应急局）\n')).documents[0]!;
    expect(doc.tasks.map((t) => t.title)).toEqual(['开展消防检查']);
    expect(JSON.stringify(doc)).not.toContain('12345');
  });
});

describe('a table whose bars were copied onto lines of their own (real-new 72, a town of 谯城)', () => {
  it('reads cells between lone bars, two bars closing a row; the rows under a merged 工作任务 keep their own owners', async () => {
    const lines = textToBlocks(readFileSync(realNewDoc('72_'), 'utf8')).filter((b) => b.cells);
    expect(lines[0]!.cells).toEqual(['工作任务', '具体内容', '责任部门']);
    expect(lines[2]!.cells).toEqual(['积极探索特定群体的线下公开渠道；围绕农村发展、改革，乡村振兴建设、巩固拓展脱贫攻坚成果等重点项目，持续发布相关政策文件及工作成果。', '便民综合服务中心']);
    const tasks = (await parseFile(realNewDoc('72_'))).documents[0]!.tasks;
    expect(tasks).toHaveLength(8);
    expect(tasks.map((t) => t.owners.map((o) => o.name).join('、'))).toEqual([
      '财政所、便民综合服务中心、土管所等', '便民综合服务中心', '民政办公室、卫生院', '党政办公室', '党政办公室', '党政办公室', '党政办公室', '党政办公室',
    ]);
    expect(tasks.slice(0, 3).every((t) => t.parent === '推进政策公开')).toBe(true);
  });
});

describe('a table one cell per line with a leader column beside a unit column (real-new 74, 略阳)', () => {
  it('a bracketed note on its own line closes the header label above; the leader takes the persons, the units share one cell', async () => {
    const tasks = (await parseFile(realNewDoc('74_'))).documents[0]!.tasks;
    expect(tasks).toHaveLength(20);
    const owners = (n: string) => tasks.find((t) => t.number.join('/') === n)!.owners.map((o) => o.name);
    // `夏俊贵` / `文化宣传股` / `文化馆` / `图书馆`: one leader, three units of one cell; the 备注 column stays empty
    expect(owners('1')).toEqual(['夏俊贵', '文化宣传股', '文化馆', '图书馆']);
    // a row that left out its merged leader: its unit goes under the units, the leader is the one above
    expect(owners('2')).toEqual(['夏俊贵', '文化宣传股文化馆']);
    expect(owners('6')).toEqual(['夏俊贵', '羌研会', '灵岩寺博物馆']);
    expect(owners('15')).toEqual(['周斐', '文物股', '郙阁公司']);
    expect(tasks.find((t) => t.number.join('/') === '11')!.deadline?.text).toBe('5月底');
  });
});

describe('a progress table one cell per line with header words split over lines (real-new 47, 眉山)', () => {
  it('joins `工程` / `名称` and `市级牵头` / `责任单位`, a unit wrapped over two lines, and keeps figures (`4934`, `100`) in their rows', async () => {
    const tasks = (await parseFile(realNewDoc('47_'))).documents[0]!.tasks;
    expect(tasks.length).toBeGreaterThanOrEqual(14);
    const row = (n: string) => tasks.find((t) => t.number.at(-1) === n)!;
    expect([row('2').title, row('6').title, row('7').title]).toEqual(['城镇失业人员再就业（人）', '劳务品牌培训（人）', '青年劳动者技能培训（人）']);
    expect(row('9*').owners.map((o) => o.name)).toEqual(['市人力资源社会保障局']);
    expect(row('11*').owners.map((o) => o.name)).toEqual(['团市委']);
    expect(row('15').owners.map((o) => `${o.name}:${o.role}`)).toEqual(['市教体局:lead']);
  });
});

describe('a register whose numbered project cell spans its task rows (real-new 46, 新昌)', () => {
  it('the numbered cells merged over rows are the category; a row of only a date and a unit adds its owner to the task above', async () => {
    const tasks = (await parseFile(realNewDoc('46_'))).documents[0]!.tasks;
    const first = tasks[0]!;
    expect([first.title, first.parent, first.owners.map((o) => o.name)]).toEqual(['对人民中路等3条城区道路进行综合提升改造', '1.城市人居环境提升项目', ['建设局', '城投集团']]);
    // `2021.12` is December 2021 (a year and its month), no figure
    expect([tasks[1]!.deadline?.start, tasks[1]!.deadline?.end]).toEqual(['2021-12-01', '2021-12-31']);
    // a deadline cell of numbered dated pieces: due at the first piece, each a milestone
    const market = tasks.find((t) => t.title.startsWith('建成新昌县农副产品交易物流区域'))!;
    expect(deadlineValue(market.deadline)).toBe('2021-07-01');
    expect(market.milestones.map((m) => m.deadline?.end)).toEqual(['2021-07-01', '2022-12-31', '2021-10-01']);
    const schools = tasks.find((t) => t.title.startsWith('计划投资1067万元'))!;
    expect(schools.deadline?.end).toBe('2021-08-31');
  });

  it('a sentence that ends its clause goes under the tasks, not under the project labels', async () => {
    const table = [
      '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |',
      '1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造； | 11月 | 建设局 |',
      '对七星路等重点区域进行绿化亮化提档升级； | 12月 | 城投集团 | |',
      '新建城市口袋公园2处； | 11月 | 建设局 | |',
      '2.生态公墓建设项目 | 持续推进生态公墓建设，新建生态公益性墓地15处。 | 10月底 | 民政局 |',
      '出台实施公墓管理办法，加强对已建公墓管理。 | 10月底 | 民政局 | |',
    ].join('\n');
    const tasks = (await parseText(table)).documents[0]!.tasks;
    expect(tasks.map((t) => [t.title, t.parent])).toEqual([
      ['对人民中路等3条城区道路进行综合提升改造', '1.城市人居环境提升项目'],
      ['对七星路等重点区域进行绿化亮化提档升级', '1.城市人居环境提升项目'],
      ['新建城市口袋公园2处', '1.城市人居环境提升项目'],
      ['持续推进生态公墓建设，新建生态公益性墓地15处', '2.生态公墓建设项目'],
      ['出台实施公墓管理办法，加强对已建公墓管理', '2.生态公墓建设项目'],
    ]);
  });
});

describe('a problem table of an inspection, one cell per line (real-new 78, 岳阳)', () => {
  it('`问题描述` names the task column: the road is the category, each problem a task of its 责任单位', async () => {
    const tasks = (await parseFile(realNewDoc('78_'))).documents[0]!.tasks;
    expect(tasks.map((t) => [t.title, t.parent, t.owners.map((o) => o.name)])).toEqual([
      ['湘北大道沿线街道车辆违停严重', '湘北大道', ['停车办']],
      ['求真垃圾站前种菜，旁边杂草丛生', '湘北大道', ['市环卫中心']],
      ['师大南湖学校对面工地上泥巴在雨水冲击下大量流向街道，污染严重', '赶山西路', ['城管大队']],
      ['保利中央公园对面一新开喇叭口没硬化，泥水大量流向街道', '赶山西路', ['城管支队']],
      ['赶山路与湘北大道交叉口往西150米处路面积水严重', '赶山西路', ['市政维护管理处']],
    ]);
  });
});

describe('tables one cell per line under a category merged over its rows (real-new 86 遂宁, 88 拱墅)', () => {
  it('`负责部门` and `时间进度` name the owner and deadline columns of a table between lone bars', async () => {
    const tasks = (await parseFile(realNewDoc('86_'))).documents[0]!.tasks;
    expect(tasks).toHaveLength(11);
    expect([tasks[0]!.title, tasks[0]!.owners.map((o) => o.name)]).toEqual(['完善城市管理体制', ['市委编办', '市住建局', '市城管局']]);
    expect(tasks[2]!.deadline?.kind).toBe('ongoing');
  });

  it('without 序号, a group number alone on its line, then rows one line short of the header under the merged category', async () => {
    const tasks = (await parseFile(realNewDoc('88_'))).documents[0]!.tasks;
    expect(tasks.map((t) => [t.title, t.parent, t.owners.length])).toEqual([
      ['地区生产总值增长6.5%以上', '经济社会发展主要预期目标', 3],
      ['全社会R&D经费支出增长15%', '经济社会发展主要预期目标', 3],
      ['财政收入与经济增长基本同步', '经济社会发展主要预期目标', 3],
      ['有效投资确保完成市下达目标任务', '经济社会发展主要预期目标', 3],
      ['节能减排确保完成市下达目标任务', '经济社会发展主要预期目标', 3],
      ['环境保护确保完成市下达目标任务', '经济社会发展主要预期目标', 4],
    ]);
    // `正常进行中` is a state, no owner; the page title over the header is no column
    expect(tasks[0]!.owners.map((o) => o.name)).toEqual(['区发改经信局', '区科技工业区管委会', '各街道']);
  });
});

describe('tables one cell per line read by what their cells are (real-new 94 厦门, 97 江宁)', () => {
  it('`方案内容` names the task column; a numbered 章节 cell after the first row\'s number is a category over the rows', async () => {
    const tasks = (await parseFile(realNewDoc('94_'))).documents[0]!.tasks;
    expect(tasks).toHaveLength(5);
    expect(tasks.map((t) => t.owners.map((o) => `${o.name}:${o.role}`).join('、'))).toEqual(['市发改委:lead', '市发改委:lead、各行业主管部门:lead', '市市场监管局:lead', '市市场监管局:lead', '市市场监管局:lead']);
  });

  it('without 序号, numbered task cells open the rows; a spaced label before `1、` is the category; an empty owner cell left no line', async () => {
    const tasks = (await parseFile(realNewDoc('97_'))).documents[0]!.tasks;
    expect(tasks.map((t) => [t.parent, t.owners.map((o) => o.name).join(' ')])).toEqual([
      ['思想教育', '班主任'],
      ['思想教育', ''],
      ['主要工作', '大队部'],
      ['主要工作', '班主任 年级组'],
      ['主要工作', '年级组 大队部'],
    ]);
  });
});

describe('a table flattened to words, its cells wrapped in their widths (real-new 92, 平顶山 河长制)', () => {
  it('groups the words before the owners into the cells they were wrapped from, a merged category left empty; names end a list with 等', async () => {
    const tasks = (await parseFile(realNewDoc('92_'))).documents[0]!.tasks;
    expect(tasks.map((t) => [t.title, t.parent])).toEqual([
      ['严守水资源开发利用控制红线', '加强水资源保 护'],
      ['严守用水 效率控制 红线', '加强水资源保 护'],
    ]);
    expect(tasks[0]!.owners.map((o) => `${o.name}:${o.role}`)).toEqual([
      '市水利局:lead', '市发展改革委:support', '工业和信息化委:support', '住房和城乡建设局:support', '农业局等:support',
      '各县（市、区）党委和人民政府:responsible', '城乡一体化示范区:responsible', '高新区党工委和管委会:responsible',
    ]);
  });
});

describe('a progress table without a deadline column (real-new 102, 临安 2022 截至9月底)', () => {
  it('a progress cell that forecasts completion (`剩余预计11月底前完成`, `计划12月底前完成`) dates its task; the reports of work done date none', async () => {
    const tasks = (await parseFile(realNewDoc('102_'))).documents[0]!.tasks;
    const dated = tasks.filter((t) => t.deadline).map((t) => [t.title, t.deadline!.end]);
    expect(dated).toEqual([['实施农村公路大中修100公里', '2022-11-30'], ['新建成保障性住房1700套', '2022-12-31']]);
  });
});

describe('school schedule tables as their pages store them (real-new 123 潘家小学, 122 福田, 120)', () => {
  it('cells each followed by a bar on a line of its own: 周次 | 日期 | 讲话人 | 参考主题, the speaker the owner, `2.17` a day of the school year\'s spring', async () => {
    const [doc] = (await parseFile(realNewDoc('123_'))).documents;
    expect([doc!.title, doc!.year]).toEqual(['武进区潘家小学2013-2014学年度第二学期国旗下讲话安排表', 2014]);
    const rows = doc!.tasks.filter((t) => t.number[0] === '三');
    expect(rows.map((t) => [t.title, t.owners.map((o) => o.name).join(''), t.deadline?.end])).toEqual([
      ['致新学期开学辞', '杨建东', '2014-02-17'],
      ['培养自己良好的学习习惯', '秦勇', '2014-02-24'],
      ['助人是快乐之本', '周黎洪', '2014-03-03'],
      ['用爱感动每一天用心感动每个人', '李永清', '2014-03-10'],
      ['珍惜水资源', '钮里平', '2014-03-17'],
    ]);
  });

  it('cells closed on their line or by a bar on the next, mixed; `十二.九…` is a cell, not a heading; a class column owns', async () => {
    const tasks = (await parseFile(realNewDoc('122_'))).documents[0]!.tasks;
    const row = (title: string) => tasks.find((t) => t.title.startsWith(title));
    expect([row('我和祖国共成长')!.owners[0]!.name, row('重阳节感恩老人主题')!.deadline?.end]).toEqual(['四1班', '--10-19']);
    expect(row('勿忘一二.九')).toBeDefined();
  });

  it('a two-digit year in a full date (`10年2月26日`) dates the plan; a cell that says `无` names no one', async () => {
    const [doc] = (await parseFile(realNewDoc('120_'))).documents;
    expect(doc!.year).toBe(2010);
    expect(doc!.tasks.find((t) => t.title.startsWith('开学报到'))!.owners).toEqual([]);
  });
});

describe('rows under merged cells and rows broken over lines (real-new 133 柯桥, 134 谯城)', () => {
  const rows = async (prefix: string) =>
    (await parseFile(realNewDoc(prefix))).documents.flatMap((d) => d.tasks).map((t) => [t.title, t.owners.map((o) => o.name)]);

  it('a lone target with a count (`新增学位810个 | |||||`) is a task under the merged 序号 and 责任单位 of the row above, not a group row', async () => {
    const got = await rows('133_');
    expect(got.map((r) => r[0])).toEqual(['新改扩建公办中小学校1所', '新增学位810个', '完成“县中崛起”一对一结对帮扶学校2所', '符合条件的义务教育段随迁子女在家长常住地100%保障入学']);
    expect(got[1]![1]).toEqual(['教体局']);
  });

  it('space-separated cells: a support list ending in 。 is one cell; a row whose lead cell holds a name a line goes on to the line that ends as the one-line rows end', async () => {
    const got = await rows('134_');
    expect(got).toHaveLength(6);
    expect(got[0]).toEqual(['地区生产总值增长6.5%左右', ['区发改委', '区政府各部门', '各乡镇人民政府', '街道办事处', '谯城经开区管委会', '魏武国控集团']]);
    // `区财政局` / `区税务局` / `区政府有关部门，…。`: the two lead names a line each, then the support cell
    expect(got[1]![1]!.slice(0, 3)).toEqual(['区财政局', '区税务局', '区政府有关部门']);
    expect(got[3]).toEqual(['社会消费品零售总额增长8.2%左右', ['区商务局', '区发改委', '区市场监管局']]);
  });
});
