/**
 * One processor per file (check/process-file.ts) and one message type from
 * the reader to the output: every command reads a file the same way, with
 * the nearest configuration, and says what each stage decided.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processFile } from '../src/check/process-file.js';
import { parseText } from '../src/pipeline.js';
import { messageText } from '../src/i18n/index.js';
import { ConfigFinder } from '../src/config/load.js';
import { Message } from '../src/model/message.js';
import { FIXTURES, removeTempDirs, runCli, tempDir } from './helpers/batch.js';
import { buildZip } from './helpers/zip-builder.js';

afterAll(removeTempDirs);

const SEED = join(FIXTURES, 'seeds', '000_6b83b6aff292ad91.txt');
const NO_DEADLINES = 'rules:\n  missing-deadline: off\n';

describe('processFile', () => {
  it('gives the parsed file, the rules\' report and one list of messages, the rules\' findings last', async () => {
    const { parsed, report, messages } = await processFile({ path: SEED }, { finder: new ConfigFinder() });
    expect(parsed.documents).toHaveLength(2);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const m of messages) expect(Message.safeParse(m).success).toBe(true);
    // the splitter says where each document starts, with its place in the file
    const splits = messages.filter((m) => m.source === 'split');
    expect(splits.map((m) => [m.document, m.place?.line])).toEqual(parsed.documents.map((d) => [d.index, d.location.start.line]));
    const rules = messages.filter((m) => m.source === 'rule');
    expect(rules).toHaveLength(report.findings.length);
    expect(messages.slice(-rules.length)).toEqual(rules);
    expect(rules[0]).toMatchObject({ ruleId: report.findings[0]!.ruleId, place: { line: report.findings[0]!.location.line } });
  });

  it('applies the nearest configuration to a file and to bytes named from elsewhere', async () => {
    const dir = tempDir('plan-parse-process-');
    writeFileSync(join(dir, '.planparserc.yaml'), NO_DEADLINES);
    const bytes = readFileSync(SEED);
    const bare = await processFile({ path: SEED }, { finder: new ConfigFinder() });
    const configured = await processFile({ path: 'plan.txt', bytes, configFrom: join(dir, 'plan.txt') }, { finder: new ConfigFinder() });
    expect(bare.report.findings.some((f) => f.ruleId === 'missing-deadline')).toBe(true);
    expect(configured.report.findings.some((f) => f.ruleId === 'missing-deadline')).toBe(false);
    expect(configured.report.config).toMatch(/\.planparserc\.yaml$/);
    // the same tasks either way: the configuration only changed what is reported
    expect(configured.parsed.documents.map((d) => d.tasks.length)).toEqual(bare.parsed.documents.map((d) => d.tasks.length));
  });

  it('with explain, also gives each block\'s role', async () => {
    const { notes, parsed } = await processFile({ path: SEED }, { explain: true, finder: new ConfigFinder() });
    const taskLines = new Set(parsed.documents.flatMap((d) => d.tasks.map((t) => t.location.line)));
    expect(notes!.filter((n) => n.role === 'task').map((n) => n.line).sort((a, b) => a - b)).toEqual([...taskLines].sort((a, b) => a - b));
  });
});

describe('the outline\'s and the extractors\' messages', () => {
  it('numbering nested against the standard order is said, at the first item of the style that moved up', () => {
    const text = '2024年社区工作方案\n1、指导思想\n以人民为中心。\n2、主要任务\n（一）清理楼道杂物。责任人：王丹\n（二）整治小广告。责任人：杨婷\n3、保障措施\n（一）加强领导。\n';
    const file = parseText(text);
    expect(file.documents[0]!.sections.map((s) => s.heading)).toEqual(['指导思想', '主要任务', '保障措施']);
    expect(file.messages).toEqual([expect.objectContaining({ source: 'outline', messageId: 'numbering-inverted', place: { line: 2 }, data: { upper: '1、', lower: '（一）' } })]);
    expect(messageText(file.messages[0]!, 'zh')).toBe('本文中编号1、在（一）之上，与标准顺序相反：其序号跨过后者的条目连续编排');
    // the standard order says nothing
    expect(parseText('2024年社区工作方案\n一、主要任务\n（一）清理楼道杂物。责任人：王丹\n（二）整治小广告。责任人：杨婷\n').messages).toEqual([]);
  });


  it('a table no header explains is read as content, and said so with its lines', () => {
    const file = parseText('2024年社区工作方案\n一、主要任务\n（一）开展环境整治。责任单位：城管办；完成时限：6月底前。\n| 姓名 | 电话 |\n| 张三 | 123 |\n| 李四 | 456 |\n');
    const table = file.messages.find((m) => m.messageId === 'table-not-read');
    expect(table).toMatchObject({ source: 'extract', place: { line: 4, endLine: 6 }, data: { rows: 3 } });
    expect(file.documents[0]!.tasks).toHaveLength(1);
    // a table the extractors did read is not mentioned
    const read = parseText('2024年社区工作方案\n一、主要任务\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 开展环境整治 | 城管办 | 6月底前 |\n| 2 | 清理小广告 | 社区 | 7月底前 |\n');
    expect(read.documents[0]!.tasks).toHaveLength(2);
    expect(read.messages).toEqual([]);
  });
});

describe('plan-parse explain and check read the same messages', () => {
  it('explain lists the split, the rules\' findings and nothing check does not report', () => {
    const explained = JSON.parse(runCli(['explain', SEED, '-f', 'json']).stdout) as { messages: Message[] };
    const checked = JSON.parse(runCli(['check', SEED, '-f', 'json']).stdout) as { files: { findings: { ruleId: string; location: { line: number } }[] }[] };
    const fromRules = explained.messages.filter((m) => m.source === 'rule').map((m) => `${m.ruleId}@${m.place?.line}`);
    expect(fromRules).toEqual(checked.files[0]!.findings.map((f) => `${f.ruleId}@${f.location.line}`));
    expect(explained.messages.filter((m) => m.source === 'split')).toHaveLength(2);
    expect(runCli(['explain', SEED]).stdout).toMatch(/^ +\d+ +info +split +document 1 \(summary\) starts here/m);
  });

  it('check\'s JSON report carries the reader\'s messages beside the findings (a Word file with tracked changes)', () => {
    const report = JSON.parse(runCli(['check', join(FIXTURES, 'docx', '000-messy.docx'), '-f', 'json']).stdout) as { files: { messages: Message[] }[] };
    const ids = report.files[0]!.messages.map((m) => `${m.source}:${m.messageId}`);
    expect(ids).toEqual(expect.arrayContaining(['reader:tracked-insertions', 'reader:tracked-deletions']));
    expect(report.files[0]!.messages.every((m) => m.source !== 'rule')).toBe(true);
  });
});

describe('convert honours the nearest configuration', () => {
  const readIndex = (out: string) => readFileSync(join(out, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; warnings: number; config: string; status: string });

  it('counts the findings of the folder\'s configuration, names it in the index, and converts again when it changes', () => {
    const root = tempDir('plan-parse-process-');
    const plans = join(root, 'plans');
    mkdirSync(join(plans, 'quiet'), { recursive: true });
    const seed = readFileSync(SEED);
    writeFileSync(join(plans, 'plan.txt'), seed);
    writeFileSync(join(plans, 'quiet', 'plan.txt'), seed);
    writeFileSync(join(plans, 'quiet', 'archive.zip'), buildZip([{ name: 'inside.txt', data: seed }]));
    writeFileSync(join(plans, 'quiet', '.planparserc.yaml'), NO_DEADLINES);
    const out = join(root, 'out');
    expect(runCli(['convert', plans, '--out-dir', out, '-j', '1']).status).toBe(0);
    const rows = Object.fromEntries(readIndex(out).map((r) => [r.path, r]));
    expect(rows['plan.txt']!.config).toBe('');
    expect(rows['quiet/plan.txt']!.config).toMatch(/quiet\/\.planparserc\.yaml@[0-9a-f]{12}$/);
    // a zip's entries take the configuration of the zip's folder
    expect(rows['quiet/archive.zip/inside.txt']!.config).toBe(rows['quiet/plan.txt']!.config);
    expect(rows['quiet/plan.txt']!.warnings).toBeLessThan(rows['plan.txt']!.warnings);
    expect(rows['quiet/archive.zip/inside.txt']!.warnings).toBe(rows['quiet/plan.txt']!.warnings);
    // unchanged inputs and configuration: reused; an edited configuration: converted again
    expect(runCli(['convert', plans, '--out-dir', out, '-j', '1']).stderr).toMatch(/3 unchanged/);
    writeFileSync(join(plans, 'quiet', '.planparserc.yaml'), 'rules:\n  missing-owner: off\n');
    const again = runCli(['convert', plans, '--out-dir', out, '-j', '1']);
    expect(again.stderr).toMatch(/1 unchanged/);
    const after = Object.fromEntries(readIndex(out).map((r) => [r.path, r]));
    expect(after['quiet/plan.txt']!.config).not.toBe(rows['quiet/plan.txt']!.config);
  });

  it('refuses a zip entry over --max-size as a file on disk is refused', () => {
    const root = tempDir('plan-parse-process-');
    const big = `一、主要任务\n${'开展环境整治工作。'.repeat(150_000)}`;
    writeFileSync(join(root, 'a.zip'), buildZip([{ name: 'big.txt', data: big }, { name: 'small.txt', data: readFileSync(SEED) }]));
    const out = join(root, 'out');
    expect(runCli(['convert', join(root, 'a.zip'), '--out-dir', out, '--max-size', '1']).stderr).toMatch(/1 converted, 0 unchanged, 1 failed/);
    const rows = Object.fromEntries(readIndex(out).map((r) => [r.path, r as { status: string; message?: string }]));
    expect(rows['a.zip/big.txt']).toMatchObject({ status: 'failed', message: expect.stringMatching(/^too large: [\d.]+ MB, more than --max-size 1\.0 MB$/) });
    expect(rows['a.zip/small.txt']!.status).toBe('ok');
  });
});
