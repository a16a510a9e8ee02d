/**
 * `--format xlsx` (issue 13): the 任务分解表 workbook, written by the built CLI
 * and read back with exceljs as Excel would open it — sheet names, the named
 * columns, the frozen header and autofilter, widths and wrap, the gap fills
 * with rule ids in 问题, dates as dates; 实施步骤 and 问题清单. Then `convert
 * --format xlsx`: one workbook and one tasks.csv for a whole archive (the 24
 * real plans), one row per task with its file and document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './helpers/cli.js';
import { removeTempDirs, tempDir } from './helpers/batch.js';
import { fixture } from './helpers/corpus.js';
import { cellText } from '../src/text/width.js';
import type { ParsedFile } from '../src/model/plan.js';

afterAll(removeTempDirs);

const AUTONUM = fixture('docx/000-autonum.docx');
/** A real plan whose 任务分解表 has 牵头单位 and 配合单位 columns. */
const LEAD_SUPPORT = fixture('real/docx/15_edu-benefit-projects-2012.docx');

const TASK_HEADERS_ZH = ['序号', '工作任务', '具体内容', '牵头单位', '责任单位', '配合单位', '责任人', '分管领导', '完成时限', '完成日期', '所属阶段', '所在章节', '原文位置', '问题', '所属文档', '文件'];
const WARNING_FILL = 'FFFFEB9C';
const ERROR_FILL = 'FFFFC7CE';

interface Finding {
  ruleId: string;
  severity: string;
  document: number;
  taskId?: string;
  taskTitle?: string;
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A sheet as objects keyed by its header row. */
function records(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value ?? ''])));
  });
  return out;
}

const column = (sheet: ExcelJS.Worksheet, name: string) => (sheet.getRow(1).values as ExcelJS.CellValue[]).indexOf(name);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb ?? null : null);

function parseJson(path: string): ParsedFile {
  const result = runCli(['--format', 'json', path]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ParsedFile;
}

function checkFindings(path: string): Finding[] {
  return JSON.parse(runCli(['check', '-f', 'json', path]).stdout).files[0].findings as Finding[];
}

describe('parse --format xlsx', () => {
  const dir = tempDir('plan-parse-xlsx-');
  const zhPath = join(dir, 'autonum.xlsx');
  let workbook: ExcelJS.Workbook;
  let parsed: ParsedFile;
  let findings: Finding[];

  beforeAll(async () => {
    const result = runCli([AUTONUM, '--format', 'xlsx', '--lang', 'zh', '-o', zhPath]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    workbook = await readWorkbook(zhPath);
    parsed = parseJson(AUTONUM);
    findings = checkFindings(AUTONUM);
  });

  it('has the sheets 任务分解表, 实施步骤, 问题清单 with the columns a clerk fills in', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['任务分解表', '实施步骤', '问题清单']);
    const tasks = workbook.getWorksheet('任务分解表')!;
    expect((tasks.getRow(1).values as unknown[]).slice(1)).toEqual(TASK_HEADERS_ZH);
    expect((workbook.getWorksheet('实施步骤')!.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '阶段', '开始日期', '结束日期', '时间', '原文', '原文位置', '所属文档', '文件']);
    expect((workbook.getWorksheet('问题清单')!.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '级别', '规则', '说明', '工作任务', '原文位置', '所属文档', '文件']);
  });

  it('freezes the header, filters every column, sets widths and wraps long text', () => {
    const sheet = workbook.getWorksheet('任务分解表')!;
    const taskCount = parsed.documents.reduce((n, d) => n + d.tasks.length, 0);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:P${taskCount + 1}`);
    expect(sheet.getColumn(column(sheet, '工作任务')).width).toBe(32);
    expect(sheet.getColumn(column(sheet, '具体内容')).width).toBe(60);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(column(sheet, '工作任务')).alignment?.wrapText).toBe(true);
    for (const other of ['实施步骤', '问题清单']) expect(workbook.getWorksheet(other)!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('has one row per task of every document, numbered, with titles, owners and the source position', () => {
    const sheet = workbook.getWorksheet('任务分解表')!;
    const rows = records(sheet);
    const tasks = parsed.documents.flatMap((d) => d.tasks.map((t) => ({ doc: d, task: t })));
    expect(rows).toHaveLength(tasks.length);
    expect(rows.map((r) => r['序号'])).toEqual(tasks.map((_, i) => i + 1));
    expect(rows.map((r) => r['工作任务'])).toEqual(tasks.map(({ task }) => cellText(task.title)));
    expect(rows.map((r) => r['所属文档'])).toEqual(tasks.map(({ doc }) => doc.title));
    expect(new Set(rows.map((r) => r['文件']))).toEqual(new Set([AUTONUM]));
    const kongtiao = rows.find((r) => r['工作任务'] === '制作宣传公益广告')!;
    expect(kongtiao['责任人']).toBe('王丹、齐妍爽');
    expect(kongtiao['所在章节']).toBe('主要任务 › 公益宣传专项行动');
    expect(kongtiao['原文位置']).toBe('第11段（文本第11行）');
    expect(String(kongtiao['具体内容'])).toMatch(/^强力推进“社会主义核心价值观”/);
    const collective = rows.find((r) => r['工作任务'] === '整治窗口服务缺位')!;
    expect(collective['责任单位']).toBe('全体工作人员');
  });

  it('gives the deadline as written and the due date as an Excel date, and the phase the task falls in', () => {
    const sheet = workbook.getWorksheet('任务分解表')!;
    const rowIndex = records(sheet).findIndex((r) => r['工作任务'] === '整治小区环境卫生') + 2;
    const row = sheet.getRow(rowIndex);
    const task = parsed.documents[0]!.tasks.find((t) => t.title === '整治小区环境卫生')!;
    expect(row.getCell(column(sheet, '完成时限')).value).toBe(cellText(task.deadline!.text));
    const due = row.getCell(column(sheet, '完成日期'));
    expect(due.value).toEqual(new Date(Date.UTC(2024, 8, 30)));
    expect(due.numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(column(sheet, '所属阶段')).value).toBe('巩固迎检阶段');
    // a weekly task has its deadline as written and no due date
    const weekly = records(sheet).find((r) => r['工作任务'] === '拆除违法建筑')!;
    expect(weekly['完成时限']).toBe('每周四');
    expect(weekly['完成日期']).toBe('');
  });

  it('fills the gaps in colour and names the rules in 问题, as check finds them', () => {
    const sheet = workbook.getWorksheet('任务分解表')!;
    const rows = records(sheet);
    const doc0 = parsed.documents[0]!;
    let painted = 0;
    rows.forEach((record, i) => {
      const row = sheet.getRow(i + 2);
      const docIndex = parsed.documents.findIndex((d) => d.title === record['所属文档']);
      const task = parsed.documents[docIndex]!.tasks.find((t) => cellText(t.title) === record['工作任务'])!;
      const own = findings.filter((f) => f.document === docIndex && f.taskId === task.id);
      expect(String(record['问题']).split('\n').filter(Boolean).sort()).toEqual([...new Set(own.map((f) => f.ruleId))].sort());
      const deadlineFill = fillOf(row.getCell(column(sheet, '完成时限')));
      const deadlineFinding = own.find((f) => ['missing-deadline', 'vague-deadline', 'deadline-outside-plan'].includes(f.ruleId));
      expect(deadlineFill).toBe(deadlineFinding ? (deadlineFinding.severity === 'error' ? ERROR_FILL : WARNING_FILL) : null);
      const ownerFill = fillOf(row.getCell(column(sheet, '责任单位')));
      const ownerFinding = own.find((f) => ['missing-owner', 'placeholder-owner', 'collective-owner', 'unknown-owner', 'owner-overload'].includes(f.ruleId));
      expect(ownerFill !== null).toBe(ownerFinding !== undefined);
      if (deadlineFill || ownerFill) painted++;
    });
    expect(painted).toBeGreaterThan(5);
    // the summary's tasks have no owner: an error, in red
    const summary = rows.findIndex((r) => r['所属文档'] !== doc0.title);
    expect(fillOf(sheet.getRow(summary + 2).getCell(column(sheet, '责任单位')))).toBe(ERROR_FILL);
    expect(rows[summary]!['问题']).toMatch(/missing-owner/);
  });

  it('lists the phases in 实施步骤 with dates, and every finding in 问题清单 in Chinese', () => {
    const phases = records(workbook.getWorksheet('实施步骤')!);
    expect(phases.map((p) => p['阶段'])).toEqual(parsed.documents.flatMap((d) => d.phases.map((p) => p.name)));
    expect(phases[0]).toMatchObject({ 阶段: '宣传发动阶段', 开始日期: new Date(Date.UTC(2024, 3, 11)), 结束日期: new Date(Date.UTC(2024, 4, 31)), 时间: '2024年4月11日—5月31日' });
    const problems = records(workbook.getWorksheet('问题清单')!);
    expect(problems).toHaveLength(findings.length);
    expect(problems.map((p) => p['规则'])).toEqual(findings.map((f) => f.ruleId));
    expect(new Set(problems.map((p) => p['级别']))).toEqual(new Set(['警告', '错误']));
    expect(problems.find((p) => p['规则'] === 'collective-owner')).toMatchObject({ 说明: '只有集体责任人（全体工作人员）：没有具体负责的人', 工作任务: '整治窗口服务缺位' });
    for (const p of problems) expect(String(p['说明'])).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('splits owners by role: 牵头单位 and 配合单位 of a real 任务分解表, and --lang en names the sheets in English', async () => {
    const path = join(dir, 'lead.xlsx');
    expect(runCli([LEAD_SUPPORT, '-f', 'xlsx', '-o', path]).code).toBe(0);
    const book = await readWorkbook(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tasks', 'Phases', 'Findings']);
    const rows = records(book.worksheets[0]!);
    const json = parseJson(LEAD_SUPPORT);
    const tasks = json.documents.flatMap((d) => d.tasks);
    expect(rows).toHaveLength(tasks.length);
    tasks.forEach((task, i) => {
      const of = (role: string) => [...new Set(task.owners.filter((o) => o.role === role).map((o) => o.name))].join('、');
      expect(rows[i]!['Lead unit']).toBe(of('lead'));
      expect(rows[i]!['Supporting units']).toBe(of('support'));
    });
    expect(rows.filter((r) => r['Lead unit'] !== '').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r['Supporting units'] !== '').length).toBeGreaterThan(0);
  });

  it('writes the workbook to stdout when it is a pipe (not a terminal)', () => {
    const piped = runCli([AUTONUM, '-f', 'xlsx']);
    expect(piped.code).toBe(0);
    // an xlsx is a zip: PK\x03\x04
    expect(piped.stdout.startsWith('PK\u0003\u0004')).toBe(true);
  });
});

/** RFC 4180 fields (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('convert --format xlsx: one workbook and one tasks.csv for the archive', () => {
  const out = join(tempDir('plan-parse-xlsx-convert-'), 'out');
  let index: { path: string; status: string; tasks: number; errors: number; warnings: number; infos: number }[];
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const result = runCli(['convert', fixture('real/docx'), '--out-dir', out, '--format', 'xlsx', '--lang', 'zh', '--no-progress']);
    expect(result.stderr).toMatch(/24 inputs: 24 converted/);
    expect(result.code).toBe(0);
    index = readFileSync(join(out, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    workbook = await readWorkbook(join(out, 'tasks.xlsx'));
  });

  it('keeps the JSON output of each input beside the workbook', () => {
    for (const row of index) expect(JSON.parse(readFileSync(join(out, `${row.path}.json`), 'utf8')).source).toBeDefined();
  });

  it('has one row per task over all the files, with the file and document it came from', () => {
    const rows = records(workbook.getWorksheet('任务分解表')!);
    const total = index.reduce((n, r) => n + r.tasks, 0);
    expect(total).toBeGreaterThan(40);
    expect(rows).toHaveLength(total);
    expect(rows.map((r) => r['序号'])).toEqual(rows.map((_, i) => i + 1));
    for (const row of index) {
      const mine = rows.filter((r) => r['文件'] === row.path);
      expect(mine, row.path).toHaveLength(row.tasks);
      if (mine.length === 0) continue;
      const parsed = JSON.parse(readFileSync(join(out, `${row.path}.json`), 'utf8')) as ParsedFile;
      expect(mine.map((r) => r['工作任务'])).toEqual(parsed.documents.flatMap((d) => d.tasks.map((t) => cellText(t.title))));
      expect(new Set(mine.map((r) => r['所属文档']))).toEqual(new Set(parsed.documents.filter((d) => d.tasks.length).map((d) => cellText(d.title) || '（无标题）')));
    }
    // the 牵头单位 column a clerk filters on is filled where the plans name a lead
    expect(rows.filter((r) => r['牵头单位'] !== '').length).toBeGreaterThanOrEqual(5);
  });

  it('lists every finding of the archive in 问题清单, as the index counts them', () => {
    const problems = records(workbook.getWorksheet('问题清单')!);
    expect(problems).toHaveLength(index.reduce((n, r) => n + r.errors + r.warnings + r.infos, 0));
    for (const row of index) expect(problems.filter((p) => p['文件'] === row.path), row.path).toHaveLength(row.errors + row.warnings + row.infos);
    const phases = records(workbook.getWorksheet('实施步骤')!);
    const withPhases = index.filter((row) => (JSON.parse(readFileSync(join(out, `${row.path}.json`), 'utf8')) as ParsedFile).documents.some((d) => d.phases.length)).map((row) => row.path);
    expect(withPhases).toEqual(expect.arrayContaining(['08_wuzhong-safety-year-phases.docx', '22_highrise-fire-rectification-phases.docx']));
    expect(new Set(phases.map((p) => p['文件']))).toEqual(new Set(withPhases));
  });

  it('writes tasks.csv with the same rows: UTF-8 with BOM, CRLF, quoted multi-line cells, ISO dates', () => {
    const text = readFileSync(join(out, 'tasks.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csv = parseCsv(text.slice(1));
    expect(csv[0]).toEqual(TASK_HEADERS_ZH);
    const sheet = records(workbook.getWorksheet('任务分解表')!);
    expect(csv.slice(1)).toHaveLength(sheet.length);
    csv.slice(1).forEach((fields, i) => {
      const row = sheet[i]!;
      expect(fields).toHaveLength(TASK_HEADERS_ZH.length);
      for (const [j, header] of TASK_HEADERS_ZH.entries()) {
        const value = row[header];
        const expected = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
        expect(fields[j]!.replace(/^'(?=[=+@-])/, ''), `${i + 1} ${header}`).toBe(expected);
      }
    });
    expect(csv.slice(1).some((f) => /^\d{4}-\d{2}-\d{2}$/.test(f[TASK_HEADERS_ZH.indexOf('完成日期')]!))).toBe(true);
  });
});
