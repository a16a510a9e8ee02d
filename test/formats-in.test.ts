/**
 * Task sheets (.xlsx/.et), Word-format WPS and template files, and the one
 * list of extensions that check and convert pick files by.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBytes } from '../src/pipeline.js';
import { readBytes } from '../src/readers/index.js';
import { classify } from '../src/cli/convert/classify.js';
import { DOCUMENT_EXTENSIONS } from '../src/cli/inputs.js';

const bytes = (path: string) => new Uint8Array(readFileSync(new URL(`../${path}`, import.meta.url)));
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}]/gu, '');
const XLSX = 'fixtures/xlsx/20_chizhou-openness-task-table.xlsx';
const DOCX = 'fixtures/real/docx/20_chizhou-openness-task-table.docx';

async function tasks(path: string, name = path) {
  const parsed = await parseBytes(bytes(path), name);
  return parsed.documents.flatMap((d) => d.tasks).map((t) => ({
    title: squash(t.title),
    owners: t.owners.map((o) => o.name).join('、'),
    // the sheet's title names the year (2023), the Word table does not: compare month and day
    due: t.deadline?.end?.slice(-5) ?? t.deadline?.kind ?? null,
  }));
}

describe('Excel task sheets', () => {
  it('a 任务分解表 with merged cells (made from real doc 20) gives the tasks of the Word table', async () => {
    const fromSheet = await tasks(XLSX);
    expect(fromSheet).toHaveLength(8);
    expect(fromSheet).toEqual(await tasks(DOCX));
  });

  it('a merged cell fills its range; the title row above the header is a paragraph', async () => {
    const r = await readBytes(bytes(XLSX), 'sheet.xlsx');
    expect(r.format).toBe('xlsx');
    expect(r.blocks[0]).toMatchObject({ text: '2023年政务公开重点工作任务分解表' });
    expect(r.blocks[0]!.cells).toBeUndefined();
    const rows = r.blocks.filter((b) => b.cells).map((b) => b.cells!);
    expect(rows[0]).toEqual(['工作任务', '工作任务', '具体要求', '责任科室', '时限要求']);
    expect(rows[3]![0]).toBe('做好主动公开基础工作');
    expect(rows[4]![0]).toBe('做好主动公开基础工作');
    expect(rows[4]![1]).toBe('4');
  });

  it('is chosen by its bytes, whatever its name (.et, .doc)', async () => {
    expect((await readBytes(bytes(XLSX), 'plan.et')).format).toBe('xlsx');
    expect((await readBytes(bytes(XLSX), 'plan.doc')).format).toBe('xlsx');
  });
});

describe('WPS and Word templates go through the Word readers by their bytes', () => {
  it('.dotx/.docm/.wps names of a Word package read as Word', async () => {
    for (const name of ['plan.dotx', 'plan.docm', 'plan.wps', 'plan.wpt']) {
      expect((await readBytes(bytes(DOCX), name)).format, name).toBe('docx');
    }
  });

  it('a PDF named .doc is read as a PDF', async () => {
    expect((await readBytes(bytes('fixtures/pdf/17_tongxin-2023-health-task.pdf'), 'plan.doc')).format).toBe('pdf');
  });
});

describe('one list of extensions for check and convert', () => {
  it('convert counts the new formats as documents', () => {
    for (const ext of ['pdf', 'ofd', 'xlsx', 'et', 'wps', 'wpt', 'dot', 'dotx', 'docm']) {
      expect(classify(`a/plan.${ext}`), ext).toEqual({ kind: 'document' });
      expect(DOCUMENT_EXTENSIONS, ext).toContain(ext);
    }
    expect(classify('a/photo.jpg').kind).toBe('skip');
  });

  it('check and convert use the same list', () => {
    for (const ext of DOCUMENT_EXTENSIONS) expect(classify(`x.${ext}`), ext).toEqual({ kind: 'document' });
  });
});
