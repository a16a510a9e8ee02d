/**
 * The findings formats on reports of real files: SARIF validates against the
 * official SARIF 2.1.0 schema (SchemaStore's sarif-2.1.0-rtm.5, what GitHub
 * code scanning validates against), GitHub workflow commands line by line,
 * JUnit, JSON and stylish.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { checkFile } from '../src/check/process-file.js';
import { checkReport } from '../src/check/report.js';
import { ConfigFinder, defaultConfig } from '../src/config/load.js';
import { CheckReport, type FileReport } from '../src/model/finding.js';
import { formatFindings } from '../src/formats/findings/index.js';
import { escapeData, escapeProperty, formatGithub } from '../src/formats/findings/github.js';
import { pathToUri } from '../src/formats/findings/sarif.js';
import { xml } from '../src/formats/findings/junit.js';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers/cli.js';
import { SEEDS, fixture } from './helpers/corpus.js';

const finder = new ConfigFinder(defaultConfig(ROOT));

async function reportOf(paths: string[], failures = [{ path: 'plans/缺失.docx', message: 'no such file' }]) {
  const files: FileReport[] = [];
  for (const path of paths) files.push((await checkFile(path, { finder })).report);
  return checkReport(files, failures, '9.9.9');
}

const relative = (path: string) => path.slice(ROOT.length).replace(/^\//, '');
const realFiles = [relative(SEEDS.kongtiao), relative(fixture('docx/000-table.docx')), relative(fixture('docx/000-autonum.docx')), relative(SEEDS.fanwen)];

function sarifValidator() {
  const schema = JSON.parse(readFileSync(fixture('schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, for text and Word files, failures and suppressed findings', async () => {
    const report = await reportOf(realFiles);
    // a suppressed finding, as an ignore entry would leave it
    const first = report.files[0]!;
    first.suppressed.push({ ...first.findings[0]!, reason: '社区统一安排' });
    const sarif = JSON.parse(formatFindings('sarif', { rules, report, cwd: ROOT }));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(run.tool.driver.rules[0].help.text).toContain('Bad:');
    expect(run.results).toHaveLength(report.files.reduce((n, f) => n + f.findings.length + f.suppressed.length, 0));
    expect(run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions)).toHaveLength(1);
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error' }] });
  });

  it('maps Word locations to a line of the extracted text, with the paragraph or table cell and an excerpt', async () => {
    const sarif = JSON.parse(formatFindings('sarif', { rules, report: await reportOf([relative(fixture('docx/000-table.docx'))], []), cwd: ROOT }));
    const collective = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'collective-owner');
    const { artifactLocation, region } = collective.locations[0].physicalLocation;
    expect(artifactLocation).toMatchObject({ uri: 'fixtures/docx/000-table.docx', uriBaseId: '%SRCROOT%' });
    expect(region).toMatchObject({ startLine: expect.any(Number), properties: { table: 1, row: 8, cell: 3 } });
    expect(region.snippet.text).toContain('整治窗口服务缺位');
    expect(collective.message.text).toBe('only collective owners (全体工作人员): nobody is accountable — 整治窗口服务缺位 (table 1, row 8, cell 3)');
    expect(collective.level).toBe('warning');
  });

  it('percent-encodes paths into URI references', () => {
    expect(pathToUri('plans/2024 方案/空调社区.docx')).toBe('plans/2024%20%E6%96%B9%E6%A1%88/%E7%A9%BA%E8%B0%83%E7%A4%BE%E5%8C%BA.docx');
  });
});

describe('github', () => {
  it('writes one workflow command per finding, line by line', async () => {
    const report = await reportOf([relative(SEEDS.kongtiao)], []);
    const lines = formatGithub({ report, cwd: ROOT, maxAnnotations: 100 }).trimEnd().split('\n');
    const file = 'fixtures/seeds/000_6b83b6aff292ad91.txt';
    expect(lines.slice(0, 5)).toEqual([
      `::warning file=${file},line=15,title=plan-parse missing-deadline::task has no deadline (完成时限) — 制作宣传公益广告`,
      `::warning file=${file},line=18,title=plan-parse missing-deadline::task has no deadline (完成时限) — 开展“践行核心价值观，打造好人牡丹江”主题实践活动`,
      `::warning file=${file},line=28,title=plan-parse missing-deadline::task has no deadline (完成时限) — 整治非法小广告、宣传单`,
      `::warning file=${file},line=31,title=plan-parse missing-deadline::task has no deadline (完成时限) — 整治窗口服务缺位`,
      `::warning file=${file},line=31,title=plan-parse collective-owner::only collective owners (全体工作人员): nobody is accountable — 整治窗口服务缺位`,
    ]);
    expect(lines).toContain(`::warning file=${file},line=45,title=plan-parse vague-deadline::deadline “在迎接国家实地测评之前” hangs on an event with no date — 规范创城网上申报材料专项行动`);
    expect(lines.filter((l) => l.startsWith('::error ')).every((l) => l.includes('title=plan-parse missing-owner::'))).toBe(true);
    expect(lines).toHaveLength(report.errorCount + report.warningCount + report.infoCount);
  });

  it('escapes data and properties as GitHub\'s toolkit does, and maps info to notice', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('plans/a,b:c.txt')).toBe('plans/a%2Cb%3Ac.txt');
    const finding = { ruleId: 'owner-overload', severity: 'info' as const, message: 'x owns 9 tasks\nsee: t1, t2', document: 0, location: { line: 3, column: 2 } };
    const report = CheckReport.parse({
      reportVersion: '1.0',
      tool: { name: 'plan-parse', version: '1' },
      files: [{ path: 'plans/a,b:c.txt', format: 'txt', config: null, documents: [], findings: [finding], suppressed: [], messages: [], errorCount: 0, warningCount: 0, infoCount: 1 }],
      failures: [{ path: 'plans/broken.docx', message: 'the Word document is damaged: 50% missing' }],
      errorCount: 0,
      warningCount: 0,
      infoCount: 1,
    });
    expect(formatGithub({ report, cwd: ROOT }).split('\n')).toEqual([
      '::error file=plans/broken.docx,title=plan-parse::the Word document is damaged: 50%25 missing',
      '::notice file=plans/a%2Cb%3Ac.txt,line=3,col=2,title=plan-parse owner-overload::x owns 9 tasks%0Asee: t1, t2',
      '',
    ]);
  });
});

describe('junit', () => {
  it('has one test case per task plus one per document, failing on errors and warnings', async () => {
    const report = await reportOf([relative(SEEDS.kongtiao)]);
    const out = formatFindings('junit', { rules, report, cwd: ROOT });
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plan-parse"')).toBe(true);
    const tasks = report.files[0]!.documents.reduce((n, d) => n + d.tasks.length + 1, 0);
    expect(out.match(/<testcase /g)).toHaveLength(tasks + 1);
    expect(out).toContain('name="t6 整治窗口服务缺位"');
    expect(out).toMatch(/<testcase classname="[^"]+#0" name="t3 拆除违法建筑"\/>/);
    expect(out).toContain('<error message="no such file"/>');
    expect(out.match(/<testsuite /g)).toHaveLength(3);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xml('a<b & "c"\u0001\'')).toBe('a&lt;b &amp; &quot;c&quot;&apos;');
  });
});

describe('json and stylish', () => {
  it('json is the documented report', async () => {
    const report = await reportOf(realFiles);
    const parsed = CheckReport.parse(JSON.parse(formatFindings('json', { rules, report, cwd: ROOT })));
    expect(parsed.files.map((f) => f.path)).toEqual(realFiles);
    expect(parsed.warningCount).toBe(parsed.files.reduce((n, f) => n + f.warningCount, 0));
  });

  it('stylish lists findings by position with the task, then a summary, without colours', async () => {
    const report = await reportOf([relative(SEEDS.kongtiao), relative(fixture('docx/000-table.docx'))], []);
    const out = formatFindings('stylish', { rules, report, cwd: ROOT });
    expect(out).not.toMatch(/\u001b\[/);
    const lines = out.split('\n');
    expect(lines[0]).toBe('fixtures/seeds/000_6b83b6aff292ad91.txt');
    expect(lines[1]).toBe('  #0 2024年创建全国文明城市空调社区工作方案');
    expect(lines[2]).toMatch(/^ {2}15 {2}warning {2}task has no deadline \(完成时限\) +missing-deadline {2}制作宣传公益广告$/);
    expect(lines.some((l) => /^ +T1 R8 C3 {2}warning {2}only collective owners/.test(l))).toBe(true);
    const { errorCount: e, warningCount: w } = report;
    expect(lines.at(-2)).toBe(`✖ ${e + w} problems (${e} errors, ${w} warnings)`);
  });
});
