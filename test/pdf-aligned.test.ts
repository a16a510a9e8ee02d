/**
 * Unruled (aligned-only) tables in PDF and OFD pages: lines whose text falls
 * into the same ≥ 3 column bands under a header of short labels become table
 * rows, a cell wrapped inside its band is one cell, and prose — justified
 * lines, a label and its value — stays paragraphs. Pages are built as the
 * PDF reader hands them to layout.ts (points, y the baseline, growing down).
 */
import { describe, expect, it } from 'vitest';
import { layoutToBlocks, type LayoutPage, type TextItem } from '../src/readers/layout.js';
import { parseBlocks, parseBytes } from '../src/pipeline.js';
import { readBytes } from '../src/readers/index.js';
import { buildOfd } from './helpers/ofd.js';
import type { Block } from '../src/model/block.js';

const SIZE = 12;
const RIGHT = 523;
/** A run of text at (x, y): Chinese characters one em wide, digits and Latin half. */
const run = (str: string, x: number, y: number, size = SIZE): TextItem => ({
  str,
  x,
  y,
  size,
  w: [...str].reduce((n, c) => n + (/[\x00-\x7f]/.test(c) ? 0.5 : 1), 0) * size,
});
/** A justified prose line: each character a run, spread to end at the right margin (the last line of a paragraph is not). */
const justified = (str: string, x: number, y: number, right: number | null = RIGHT): TextItem[] => {
  const chars = [...str];
  const pitch = right === null ? SIZE : (right - x - SIZE) / (chars.length - 1);
  return chars.map((c, i) => run(c, x + i * pitch, y));
};
const page = (items: TextItem[]): LayoutPage => ({ width: 595, height: 842, items, rules: [] });
const cellsOf = (blocks: Block[]) => blocks.filter((b) => b.cells).map((b) => b.cells!.join(' | '));
const source = { path: 'plan.pdf', sha256: '0'.repeat(64) };

// columns of 序号 | 工作任务 | 责任单位 | 完成时限, as a Word table without borders prints them
const COLUMNS = [78, 126, 330, 440];
const row = (y: number, cells: (string | null)[]) =>
  cells.flatMap((c, i) => (c ? [run(c, COLUMNS[i]!, y)] : []));

const intro = [run('关于印发2024年重点工作任务分工方案的通知', 130, 100, 16), run('各区人民政府，市政府各部门：', 72, 140)];
const tableItems = [
  ...row(180, ['序号', '工作任务', '责任单位', '完成时限']),
  ...row(200, ['1', '推进老旧小区改造，完成改造', '市住建局', '6月底前']),
  ...row(216, [null, '小区30个。', null, null]),
  ...row(236, ['2', '新建公办幼儿园5所。', '市教育局', '9月底前']),
  ...row(256, ['3', '建成义务教育学校3所。', null, '12月底前']),
];
const after = [run('各责任单位要按时报送进展情况。', 96, 300)];

describe('unruled tables', () => {
  it('an aligned task table gives the rows of cells a ruled one does, the wrapped task cell joined', () => {
    const { blocks, tables } = layoutToBlocks([page([...intro, ...tableItems, ...after])]);
    expect(tables).toBe(1);
    expect(cellsOf(blocks)).toEqual([
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 推进老旧小区改造，完成改造小区30个。 | 市住建局 | 6月底前',
      '2 | 新建公办幼儿园5所。 | 市教育局 | 9月底前',
      '3 | 建成义务教育学校3所。 | 12月底前',
    ]);
    const table = blocks.filter((b) => b.cells);
    expect(table.map((b) => b.location)).toEqual([1, 2, 3, 4].map((r, i) => ({ line: 3 + i, table: 1, row: r })));
    expect(blocks.filter((b) => !b.cells).map((b) => b.text)).toEqual(['关于印发2024年重点工作任务分工方案的通知', '各区人民政府，市政府各部门：', '各责任单位要按时报送进展情况。']);
  });

  it('through the pipeline: the tasks with their owners and deadlines', () => {
    const { blocks } = layoutToBlocks([page([...intro, ...tableItems, ...after])]);
    const parsed = parseBlocks({ format: 'pdf', encoding: 'pdf', blocks, signals: ['pdf-text-layer', 'tables'], messages: [] }, source);
    const tasks = parsed.documents.flatMap((d) => d.tasks);
    expect(tasks.map((t) => [t.title, t.owners.map((o) => o.name).join('、'), t.deadline?.end])).toEqual([
      ['推进老旧小区改造，完成改造小区30个', '市住建局', '2024-06-30'],
      ['新建公办幼儿园5所', '市教育局', '2024-09-30'],
      ['建成义务教育学校3所', '市教育局', '2024-12-31'],
    ]);
  });

  it('prose stays paragraphs: justified lines, a label and its value, a line of three short words', () => {
    const prose = [
      ...justified('一、加强组织领导。各地要把这项工作摆上重要', 96, 120),
      ...justified('位置，主要负责同志亲自抓，分管负责同志具体', 72, 140),
      ...justified('抓，确保各项任务落到实处。', 72, 160, null),
      run('责任单位：', 96, 190),
      run('县教育局', 160, 190),
      run('完成时限：', 96, 210),
      run('2024年6月底前', 160, 210),
      // three labels far apart with no rows under them are no table
      run('联系人', 96, 250),
      run('电话', 250, 250),
      run('邮箱', 400, 250),
      ...justified('请各单位于每月5日前报送工作进展情况，逾期', 96, 290),
    ];
    const { blocks, tables } = layoutToBlocks([page(prose)]);
    expect(tables).toBe(0);
    expect(blocks.some((b) => b.cells)).toBe(false);
    expect(blocks.map((b) => b.text)).toEqual([
      '一、加强组织领导。各地要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，确保各项任务落到实处。',
      '责任单位：县教育局',
      '完成时限：2024年6月底前',
      '联系人电话邮箱',
      '请各单位于每月5日前报送工作进展情况，逾期',
    ]);
  });

  it('a table typed with spaces (one text run a line) is cut at its wide spaces', () => {
    // each cell padded with spaces to its column's width in ems (a space half an em)
    const widths = [4, 16, 8, 6];
    const spaced = (y: number, cells: string[]) => {
      const str = cells.map((c, i) => c + ' '.repeat(Math.max(0, 2 * (widths[i]! - [...c].reduce((n, ch) => n + (/[\x00-\x7f]/.test(ch) ? 0.5 : 1), 0))))).join('');
      return run(str.trimEnd(), 72, y);
    };
    const items = [
      spaced(180, ['序号', '工作任务', '责任单位', '完成时限']),
      spaced(200, ['1', '推进老旧小区改造', '市住建局', '6月底前']),
      spaced(220, ['2', '新建公办幼儿园5所', '市教育局', '9月底前']),
    ];
    expect(cellsOf(layoutToBlocks([page([...intro, ...items])]).blocks)).toEqual([
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 推进老旧小区改造 | 市住建局 | 6月底前',
      '2 | 新建公办幼儿园5所 | 市教育局 | 9月底前',
    ]);
  });

  it('a ruled table on the page is not read again as an unruled one', () => {
    // the same table inside a grid of rules: one table, its rows once
    const rules = [170, 204, 222, 242, 262].map((y) => ({ x1: 70, y1: y, x2: 500, y2: y }));
    rules.push(...[70, 120, 325, 435, 500].map((x) => ({ x1: x, y1: 170, x2: x, y2: 262 })));
    const { blocks, tables } = layoutToBlocks([{ ...page([...intro, ...tableItems, ...after]), rules }]);
    expect(tables).toBe(1);
    expect(cellsOf(blocks)).toHaveLength(4);
    expect(new Set(blocks.filter((b) => b.cells).map((b) => b.table))).toEqual(new Set([1]));
  });
});

describe('an unruled table in an OFD file, end to end', () => {
  const rows: (string | null)[][] = [
    ['序号', '工作任务', '责任单位', '完成时限'],
    ['1', '推进老旧小区改造，完成改造小区30个。', '市住建局', '6月底前'],
    ['2', '新建公办幼儿园5所，新增学位2000个。', '市教育局', '9月底前'],
    ['3', '建成义务教育学校3所。', null, '12月底前'],
  ];
  it('reads the rows and the tasks', async () => {
    const ofd = await buildOfd(['关于印发2024年重点工作任务分工方案的通知', '各区人民政府，市政府各部门：'], { table: { widths: [16, 96, 30, 26], rows, borders: 'none' } });
    const read = await readBytes(ofd, 'plan.ofd');
    expect(cellsOf(read.blocks)).toEqual([
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 推进老旧小区改造，完成改造小区30个。 | 市住建局 | 6月底前',
      '2 | 新建公办幼儿园5所，新增学位2000个。 | 市教育局 | 9月底前',
      '3 | 建成义务教育学校3所。 | 12月底前',
    ]);
    const tasks = (await parseBytes(ofd, 'plan.ofd')).documents.flatMap((d) => d.tasks);
    expect(tasks.map((t) => [t.owners.map((o) => o.name).join('、'), t.deadline?.end])).toEqual([
      ['市住建局', '2024-06-30'],
      ['市教育局', '2024-09-30'],
      ['市教育局', '2024-12-31'],
    ]);
  });
});
