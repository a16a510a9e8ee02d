/**
 * PDFs printed by LibreOffice from fixtures/real/docx (fixtures/pdf/, made at
 * dev time; the tests need no LibreOffice): the same tasks, owners and
 * deadlines as the Word files, page numbers gone; a scan and an encrypted PDF
 * refused with one line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseBytes } from '../src/pipeline.js';
import { readBytes } from '../src/readers/index.js';
import { isPageNumber } from '../src/readers/layout.js';
import { PlanParseError } from '../src/errors.js';
import type { Task } from '../src/model/plan.js';

const dir = new URL('../fixtures/pdf/', import.meta.url);
const real = new URL('../fixtures/real/docx/', import.meta.url);
const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
const bytes = (url: URL) => new Uint8Array(readFileSync(url));
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}]/gu, '');

const summary = (tasks: Task[]) =>
  tasks.map((t) => ({
    title: squash(t.title),
    owners: t.owners.map((o) => o.name).sort().join('、'),
    due: t.deadline?.end ?? t.deadline?.kind ?? null,
  }));

async function tasksOf(url: URL, name: string) {
  const parsed = await parseBytes(bytes(url), name);
  return parsed.documents.flatMap((d) => d.tasks);
}

describe('PDFs of the real corpus read like their Word files', () => {
  it('has a PDF for every Word file', () => {
    expect(pdfs.length).toBe(24);
  });

  it('gives the same tasks, owners and deadlines over every pair (≥ 95 % of tasks identical)', async () => {
    let same = 0;
    let total = 0;
    const differing: string[] = [];
    for (const pdf of pdfs) {
      const docx = pdf.replace(/\.pdf$/, '.docx');
      const fromWord = summary(await tasksOf(new URL(docx, real), docx));
      const fromPdf = summary(await tasksOf(new URL(pdf, dir), pdf));
      total += fromWord.length;
      for (const t of fromWord) {
        if (fromPdf.some((p) => p.title === t.title && p.owners === t.owners && p.due === t.due)) same++;
        else differing.push(`${pdf}: ${t.title}`);
      }
      expect(fromPdf.length, pdf).toBeGreaterThanOrEqual(fromWord.length - 1);
      expect(fromPdf.length, pdf).toBeLessThanOrEqual(fromWord.length + 1);
    }
    expect(total).toBeGreaterThan(100);
    expect(same / total, differing.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('a table PDF (19) gives the rows of the Word table, merged cells and a row cut by the page break included', async () => {
    const r = await readBytes(bytes(new URL('19_dazhu-2016-livelihood-table.pdf', dir)), '19.pdf');
    const rows = r.blocks.filter((b) => b.cells).map((b) => b.cells!.join(' | '));
    expect(r.format).toBe('pdf');
    expect(rows[0]).toBe('序号 | 民生实事 | 责任单位 | 完成时限');
    expect(rows).toContain('1 | 启动建设东柳河城区段综合治理工程和东湖湿地公园。 | 县水务局 县住建局 县护城河指挥部 | 12月底前');
    expect(rows).toContain('8 | 启动大竹县第十二小学建设，新建中心幼儿园2所。 | 县教科局 县代建中心 | 12月底前');
    // the header repeated atop page 2 is not a row again
    expect(rows.filter((r) => r.startsWith('序号'))).toHaveLength(1);
    expect(new Set(r.blocks.filter((b) => b.cells).map((b) => b.table))).toEqual(new Set([1]));
  });

  it('drops page numbers (— 1 —) and joins paragraphs over line and page breaks, without spaces in Chinese text', async () => {
    const r = await readBytes(bytes(new URL('08_wuzhong-safety-year-phases.pdf', dir)), '08.pdf');
    const texts = r.blocks.map((b) => b.text);
    expect(texts.some((t) => isPageNumber(t))).toBe(false);
    expect(texts.some((t) => /—\s*\d+\s*—/.test(t))).toBe(false);
    expect(texts[0]).toBe('吴忠市人民政府关于批转吴忠市“安全生产年”活动实施方案的通知');
    expect(texts).toContain('“安全生产年”活动具体分四个阶段实施，总体推进。');
    expect(texts.find((t) => t.startsWith('第一阶段'))).toMatch(/^第一阶段：动员部署（5月底前）。.*确保取得实效。$/);
    expect(texts.join('')).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff0-9]|[0-9] [\u4e00-\u9fff]/);
  });

  it('recognises page numbers as people print them', () => {
    for (const t of ['— 3 —', '-3-', '- 12 -', '3', '第3页', '第 3 页 共 10 页', '3/10']) expect(isPageNumber(t), t).toBe(true);
    for (const t of ['3、加快老旧小区整治改造', '2024年', '一、']) expect(isPageNumber(t), t).toBe(false);
  });
});

describe('PDFs that cannot be read say why in one line', () => {
  const error = async (name: string, data: Uint8Array) => {
    try {
      await readBytes(data, name);
    } catch (err) {
      expect(err).toBeInstanceOf(PlanParseError);
      return (err as PlanParseError).line;
    }
    throw new Error('read');
  };

  it('a scan (images only)', async () => {
    expect(await error('scanned.pdf', bytes(new URL('bad/scanned.pdf', dir)))).toBe('scanned.pdf: scanned PDF: no text layer (OCR is not supported)');
  });

  it('an encrypted PDF (a user password)', async () => {
    expect(await error('encrypted.pdf', bytes(new URL('bad/encrypted.pdf', dir)))).toBe('encrypted.pdf: the PDF is password-protected (encrypted)');
  });

  it('a truncated PDF', async () => {
    const cut = bytes(new URL('01_guangzhou-talent-633.pdf', dir)).subarray(0, 3000);
    expect(await error('cut.pdf', cut)).toMatch(/^cut\.pdf: corrupt PDF \(/);
  });
});
