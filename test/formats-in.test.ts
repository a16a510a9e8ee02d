/**
 * Task sheets (.xlsx/.xls/.et), Word-format WPS and template files, and the one
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

describe('legacy binary workbooks (.xls, WPS .et): the same table model', () => {
  const XLS = 'fixtures/xlsx/20_chizhou-openness-task-table.xls';

  it('an .xls that LibreOffice wrote from the task sheet gives the tasks of the .xlsx and the Word table', async () => {
    const fromXls = await tasks(XLS);
    expect(fromXls).toHaveLength(8);
    expect(fromXls).toEqual(await tasks(XLSX));
    const r = await readBytes(bytes(XLS), 'sheet.xls');
    expect(r.format).toBe('xls');
    expect(r.blocks[0]).toMatchObject({ text: '2023年政务公开重点工作任务分解表' });
    const rows = r.blocks.filter((b) => b.cells).map((b) => b.cells!);
    // the merge list: a header cell over two columns, a category over two rows
    expect(rows[0]).toEqual(['工作任务', '工作任务', '具体要求', '责任科室', '时限要求']);
    expect(rows[3]![0]).toBe(rows[4]![0]);
  });

  it('real doc 19 as an .xls: the annotators\' tasks, owners and deadlines; merged 序号 and 责任单位 fill both works', async () => {
    const gold = JSON.parse(readFileSync(new URL('../fixtures/real/gold/19_dazhu-2016-livelihood-table.json', import.meta.url), 'utf8')) as {
      tasks: { number: string; title: string; owners: string[]; deadline: string | null }[];
    };
    const parsed = await parseBytes(bytes('fixtures/xlsx/19_dazhu-2016-livelihood-table.xls'), 'plan.xls');
    const [doc] = parsed.documents;
    expect(doc!.title).toBe('2016年民生实事目标任务分解表');
    const got = doc!.tasks.map((t) => ({ title: squash(t.title), owners: t.owners.map((o) => o.name), deadline: t.deadline?.end ?? null }));
    // the gold writes a month's span start/end; a task's deadline is its end
    expect(got).toEqual(gold.tasks.map((t) => ({ title: squash(t.title), owners: t.owners, deadline: t.deadline?.split('/').pop() ?? null })));
    expect(doc!.tasks.filter((t) => t.owners.some((o) => o.name === '县民政局')).map((t) => squash(t.title))).toEqual(['开工建设县老年养护楼', '开工建设老年大学']);
  });

  it('a date cell is written as the plan writes dates, whatever the time zone', async () => {
    const r = await readBytes(bytes('fixtures/xlsx/20_chizhou-dated-cells.xls'), 'dated.xls');
    const first = r.blocks.filter((b) => b.cells)[1]!.cells!;
    expect(first.at(-1)).toBe('2023年12月31日');
    const parsed = await parseBytes(bytes('fixtures/xlsx/20_chizhou-dated-cells.xls'), 'dated.xls');
    expect(parsed.documents[0]!.tasks[0]!.deadline?.end).toBe('2023-12-31');
  });

  it('is chosen by its bytes (.et, .doc, .xlsx names); a damaged one is a one-line error naming the file', async () => {
    for (const name of ['plan.et', 'plan.doc', 'plan.xlsx']) expect((await readBytes(bytes(XLS), name)).format, name).toBe('xls');
    const whole = bytes(XLS);
    await expect(readBytes(whole.slice(0, 3000), 'cut.xls')).rejects.toMatchObject({ file: 'cut.xls', message: expect.stringMatching(/^a damaged OLE file/) });
    const scrambled = whole.slice();
    scrambled.fill(0xff, 512, 4096);
    await expect(readBytes(scrambled, 'bad.xls')).rejects.toMatchObject({ file: 'bad.xls', message: expect.stringMatching(/^the Excel workbook is damaged: /) });
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
    for (const ext of ['pdf', 'ofd', 'xlsx', 'xls', 'et', 'wps', 'wpt', 'dot', 'dotx', 'docm']) {
      expect(classify(`a/plan.${ext}`), ext).toEqual({ kind: 'document' });
      expect(DOCUMENT_EXTENSIONS, ext).toContain(ext);
    }
    expect(classify('a/photo.jpg').kind).toBe('skip');
  });

  it('check and convert use the same list', () => {
    for (const ext of DOCUMENT_EXTENSIONS) expect(classify(`x.${ext}`), ext).toEqual({ kind: 'document' });
  });
});
