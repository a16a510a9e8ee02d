/**
 * OFD files written by test/helpers/ofd.ts from real corpus texts: the same
 * tasks as the text, page numbers gone, paragraphs joined over line and page
 * breaks; broken packages refused with one line.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseBlocks, parseBytes, parseFile, parseText, sha256 } from '../src/pipeline.js';
import { readBytes } from '../src/readers/index.js';
import { deltas, MAX_OFD_RULES_PER_PAGE, pageRules, subPaths } from '../src/readers/ofd.js';
import { PlanParseError } from '../src/errors.js';
import { buildOfd, pathObject, type OfdTable } from './helpers/ofd.js';
import { normalizeLine } from '../src/text/normalize.js';

const text = (name: string) => readFileSync(new URL(`../fixtures/real/docs/${name}`, import.meta.url), 'utf8');
const paragraphs = (t: string) => t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const summary = (tasks: { title: string; owners: { name: string }[]; deadline: { end?: string; kind: string } | null }[]) =>
  tasks.map((t) => [t.title, t.owners.map((o) => o.name).join('、'), t.deadline?.end ?? t.deadline?.kind ?? null]);

describe('OFD', () => {
  for (const name of ['01_guangzhou-talent-633.txt', '12_charm-civilized-city-actions.txt', '16_shiyan-2008-ten-things.txt']) {
    it(`${name}: the OFD's paragraphs and tasks are the text's`, async () => {
      const source = text(name);
      const ofd = await buildOfd(paragraphs(source));
      const read = await readBytes(ofd, 'plan.ofd');
      expect(read.format).toBe('ofd');
      // spaces next to Chinese text are layout in a fixed-layout file: compare without them
      const bare = (t: string) => normalizeLine(t).replace(/\s+/g, '');
      expect(read.blocks.map((b) => bare(b.text))).toEqual(paragraphs(source).map(bare));
      expect(read.blocks.some((b) => /—\s*\d+\s*—/.test(b.text))).toBe(false);
      const fromOfd = parseBlocks(read, { path: 'plan.ofd', sha256: sha256(ofd) }).documents.flatMap((d) => d.tasks);
      const fromText = parseText(source).documents.flatMap((d) => d.tasks);
      expect(fromText.length).toBeGreaterThan(0);
      expect(summary(fromOfd)).toEqual(summary(fromText));
    });
  }

  it('reads DeltaX with its g (repeat) form', () => {
    expect(deltas('g 3 1.5 2 g 2 1')).toEqual([1.5, 1.5, 1.5, 2, 1, 1]);
  });

  it('a broken package says so in one line', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readBytes(bytes, 'x.ofd')).rejects.toThrow(PlanParseError);
    await expect(readBytes(bytes, 'x.ofd')).rejects.toThrow('a broken OFD package (Doc_0/Document.xml is missing)');
  });

  describe('ruled tables from PathObjects', () => {
    const intro = ['关于印发2024年重点工作任务分工方案的通知', '各区人民政府，市政府各部门：', '现将2024年重点工作任务分工印发给你们，请各地各部门结合实际，细化工作措施，明确进度安排，认真贯彻落实，确保各项任务按期完成。'];
    const rows: (string | null)[][] = [
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '推进老旧小区改造，完成改造小区30个。', '市住建局', '6月底前'],
      ['2', '新建公办幼儿园5所，新增学位2000个。', '市教育局', '9月底前'],
      ['3', '建成义务教育学校3所。', null, '12月底前'],
    ];
    const table = (borders: OfdTable['borders']): OfdTable => ({ widths: [14, 86, 30, 26], rows, borders });
    const expected = [
      ['推进老旧小区改造，完成改造小区30个', '市住建局', '2024-06-30'],
      ['新建公办幼儿园5所，新增学位2000个', '市教育局', '2024-09-30'],
      ['建成义务教育学校3所', '市教育局', '2024-12-31'],
    ];

    for (const borders of ['lines', 'thin-rects', 'cell-boxes'] as const) {
      it(`borders drawn as ${borders}: the rows, the merged owner in both of its rows, the tasks`, async () => {
        const ofd = await buildOfd(intro, { table: table(borders) });
        const read = await readBytes(ofd, 'plan.ofd');
        expect(read.blocks.filter((b) => !b.cells).map((b) => b.text)).toEqual(intro);
        expect(read.blocks.filter((b) => b.cells).map((b) => b.cells!.join(' | '))).toEqual([
          '序号 | 工作任务 | 责任单位 | 完成时限',
          '1 | 推进老旧小区改造，完成改造小区30个。 | 市住建局 | 6月底前',
          '2 | 新建公办幼儿园5所，新增学位2000个。 | 市教育局 | 9月底前',
          '3 | 建成义务教育学校3所。 | 市教育局 | 12月底前',
        ]);
        const parsed = await parseBytes(ofd, 'plan.ofd');
        expect(summary(parsed.documents.flatMap((d) => d.tasks))).toEqual(expected);
      });
    }

    it('parseFile reads an OFD table file', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ofd-table-'));
      try {
        const path = join(dir, 'plan.ofd');
        writeFileSync(path, await buildOfd(intro, { table: table('lines') }));
        const parsed = await parseFile(path);
        expect(summary(parsed.documents.flatMap((d) => d.tasks))).toEqual(expected);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a page with rules but no table text reads its paragraphs', async () => {
      const source = text('16_shiyan-2008-ten-things.txt');
      const firstPagePaths = [
        pathObject([27, 45, 156, 0.6], 'S 0 0 L 156 0 L 156 0.6 L 0 0.6 C', { fill: true, stroke: false }), // the red line under the heading
        pathObject([150, 255, 30, 10], 'M 0 0 L 30 0 L 30 10 L 0 10 C'), // an empty box
        pathObject([30, 100, 50, 50], 'M 0 0 L 50 50'), // a diagonal
        pathObject([60, 120, 20, 20], 'M 0 10 B 0 0 20 0 20 10 Q 20 20 10 20 A 10 10 0 0 1 0 10'), // curves
        pathObject([27, 60, 156, 40], 'M 0 0 L 156 0 M 0 40 L 156 40', { stroke: true }), // two rules with no verticals
      ];
      const ofd = await buildOfd(paragraphs(source), { firstPagePaths });
      const read = await readBytes(ofd, 'plan.ofd');
      const bare = (t: string) => normalizeLine(t).replace(/\s+/g, '');
      expect(read.blocks.some((b) => b.cells)).toBe(false);
      expect(read.blocks.map((b) => bare(b.text))).toEqual(paragraphs(source).map(bare));
    });

    it('reads S/M/L/C paths, skips curves, applies CTM and Boundary, caps the rules', () => {
      expect(subPaths('S 0 0 L 10 0 L 10 5 C M 1 1 B 2 2 3 3 4 4 L 4 9')).toEqual([
        { points: [[0, 0], [10, 0], [10, 5], [0, 0]], closed: true },
        { points: [[4, 4], [4, 9]], closed: false },
      ]);
      const content = pathObject([20, 30, 10, 10], 'M 0 0 L 5 0 L 5 5', { ctm: '2 0 0 2 1 1' });
      expect(pageRules(content)).toEqual([
        { x1: 21, y1: 31, x2: 31, y2: 31 },
        { x1: 31, y1: 31, x2: 31, y2: 41 },
      ]);
      // a thin filled rectangle is one rule through its middle; an unpainted path none
      expect(pageRules(pathObject([0, 10, 100, 0.4], 'S 0 0 L 100 0 L 100 0.4 L 0 0.4 C', { fill: true, stroke: false }))).toEqual([{ x1: 0, y1: 10.2, x2: 100, y2: 10.2 }]);
      expect(pageRules(pathObject([0, 0, 9, 9], 'M 0 0 L 9 0', { stroke: false }))).toEqual([]);
      const many = Array.from({ length: 10001 }, (_, i) => `M 0 ${i} L 9 ${i} L 9 ${i + 0.5}`).join(' ');
      expect(pageRules(pathObject([0, 0, 9, 9], many))).toHaveLength(MAX_OFD_RULES_PER_PAGE);
      // one sub-path of 200,000 points: no stack overflow, still capped
      const long = `M 0 0 ${Array.from({ length: 200_000 }, (_, i) => `L ${i % 2 ? 0 : 9} ${i}`).join(' ')}`;
      expect(pageRules(pathObject([0, 0, 9, 9], long))).toHaveLength(MAX_OFD_RULES_PER_PAGE);
    });
  });
});
