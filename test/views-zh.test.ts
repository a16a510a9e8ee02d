/**
 * The Chinese view and the terminal table, on the real plans of
 * fixtures/real and the seeds: `--lang zh` (or a zh_* locale) leaves no
 * English in what a person reads; the table fits the terminal by wrapping;
 * soft breaks and control characters never reach the screen; --wide prints
 * whole owner lists.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { runCli } from './helpers/cli.js';
import { fixture, SEEDS } from './helpers/corpus.js';
import { renderText } from '../src/formats/text.js';
import { cellText, wrap } from '../src/text/width.js';
import { parseFile } from '../src/pipeline.js';
import { rules } from '../src/rules/index.js';
import { doc, file, person, task, unit } from './helpers/plan-model.js';

const REAL = readdirSync(fixture('real/docx')).sort().map((name) => join(fixture('real/docx'), name));
const FILES = [...REAL, SEEDS.kongtiao, SEEDS.wenming, fixture('docx/000-autonum.docx')];

/** Text fields of the model that come from the document itself (not its enums). */
const SOURCE_KEYS = new Set(['title', 'text', 'name', 'raw', 'heading', 'number', 'excerpt', 'parent', 'section', 'duty', 'path', 'anchor']);

function sourceWords(value: unknown, key = '', into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (SOURCE_KEYS.has(key) || key === 'role-of-roster') for (const w of value.match(/[A-Za-z]+/g) ?? []) into.add(w);
  } else if (Array.isArray(value)) value.forEach((v) => sourceWords(v, key, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) sourceWords(v, k === 'role' && typeof v === 'string' && !/^(lead|responsible|support)$/.test(v) ? 'role-of-roster' : k, into);
  }
  return into;
}

/** Latin words in the view that neither the documents nor the rule ids and task ids account for: English of the view. */
function englishLeft(view: string, data: unknown): string[] {
  const allowed = sourceWords(data);
  for (const rule of rules) for (const w of rule.id.split('-')) allowed.add(w);
  const words = view.replace(/\bt\d+\b/g, '').match(/[A-Za-z]+/g) ?? [];
  return [...new Set(words.filter((w) => !allowed.has(w)))];
}

describe('the Chinese view', () => {
  const json = runCli(['--format', 'json', ...FILES]);
  const data = JSON.parse(json.stdout);

  it('--lang zh: no English left in the text view of 27 files (24 real plans)', () => {
    const { code, stdout } = runCli(['--lang', 'zh', ...FILES]);
    expect(code).toBe(0);
    expect(stdout).toContain('工作任务');
    expect(stdout).toMatch(/\d+项任务 · \d+项无责任人 · \d+项无完成时限/);
    expect(englishLeft(stdout, data)).toEqual([]);
    // ISO dates are for JSON; people read 2024年5月31日
    expect(stdout).not.toMatch(/\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}/);
  });

  it('a zh_* locale chooses Chinese without --lang; --lang en wins over it', () => {
    const zh = runCli([SEEDS.kongtiao], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toMatch(/整治小区环境卫生\s+王丹、齐妍爽\s+2024年5月31日—9月30日/);
    expect(zh.stdout).toContain('11项任务 · 0项无责任人 · 8项无完成时限');
    const en = runCli([SEEDS.kongtiao, '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout).toContain('11 tasks · 0 without owner · 8 without deadline');
  });

  it('check --lang zh: stylish findings and the summary in Chinese; JSON keeps ids, SARIF fingerprints do not change', () => {
    const stylish = runCli(['check', '--lang', 'zh', ...FILES.slice(-3)]);
    expect(stylish.stdout).toMatch(/✖ \d+个问题（\d+个错误，\d+个警告/);
    const withoutRuleIds = stylish.stdout.replace(/[a-z]+(-[a-z]+)+/g, '');
    expect(englishLeft(withoutRuleIds, data)).toEqual([]);
    const report = JSON.parse(runCli(['check', '--lang', 'zh', '-f', 'json', SEEDS.kongtiao]).stdout);
    const collective = report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'collective-owner');
    expect(collective).toMatchObject({ messageId: 'onlyCollective', data: { owners: '全体工作人员' }, message: '只有集体责任人（全体工作人员）：没有具体负责的人' });
    const prints = (lang: string) =>
      JSON.parse(runCli(['check', '--lang', lang, '-f', 'sarif', SEEDS.kongtiao]).stdout).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    expect(prints('zh')).toEqual(prints('en'));
    // the rule descriptors too: a Chinese summary sentence and description, the same ids
    const driver = (lang: string) => JSON.parse(runCli(['check', '--lang', lang, '-f', 'sarif', SEEDS.kongtiao]).stdout).runs[0].tool.driver.rules;
    const zhRules = driver('zh');
    expect(zhRules.map((r: { id: string }) => r.id)).toEqual(driver('en').map((r: { id: string }) => r.id));
    for (const r of zhRules) {
      expect(r.shortDescription.text, r.id).toMatch(/^[^A-Za-z].*。$/);
      expect(r.help.text, r.id).toContain('反例：');
    }
    expect(zhRules[0].shortDescription.text).toBe('没有责任人的任务。');
  });

  it('rules --lang zh: every rule described in Chinese', () => {
    const { stdout } = runCli(['rules', '--lang', 'zh']);
    for (const rule of rules) expect(stdout).toContain(rule.id);
    expect(stdout).toContain('（默认：错误）');
    expect(stdout).toContain('✗ 反例：');
    // what is left in Latin letters: rule ids, configuration keys, template placeholders (xx, XX)
    expect(stdout).toContain('文档：https://');
    const prose = stdout
      .replace(/https:\/\/\S+/g, '')
      .replace(/[a-z]+(?:[-.][a-zA-Z]+)+|\b[a-z]+[A-Z][A-Za-z]*\b/g, '')
      .replace(/\b(?:xxx|xx|XX|similarity|max|yaml|planparserc|rules|roster|people|units|info)\b|(?<=20)(?:xx|XX)/g, '');
    expect(prose).not.toMatch(/[A-Za-z]{2,}/);
  });
});

describe('the terminal table', () => {
  const plain = new Chalk({ level: 0 });

  it('fits 80 columns on the real plans by wrapping, and loses no character of a title', async () => {
    for (const path of REAL) {
      const parsed = await parseFile(path);
      const out = renderText([parsed], { chalk: plain, columns: 80, marks: [], lang: 'zh' });
      const lines = out.split('\n');
      // the table: from its header line to the blank line after it
      let inTable = false;
      for (const line of lines) {
        if (/^ {2}序号 /.test(line)) inTable = true;
        else if (line === '') inTable = false;
        if (inTable) expect(stringWidth(line), `${path}: ${line}`).toBeLessThanOrEqual(80);
      }
      for (const t of parsed.documents.flatMap((d) => d.tasks)) {
        const title = cellText(t.title);
        expect(wrap(title, 20).join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
        expect(wrap(title, 20).every((l) => stringWidth(l) <= 20)).toBe(true);
      }
    }
  });

  it('wraps titles as Chinese is set: no line starts with closing punctuation, no last line of one character', async () => {
    expect(wrap('开展“践行核心价值观，打造好人牡丹江”主题实践活动', 46)).toEqual(['开展“践行核心价值观，打造好人牡丹江”主题实践', '活动']);
    expect(wrap('推进市场体系建设，全面融入全国统一大市场。', 16)).toEqual(['推进市场体系建', '设，全面融入全国', '统一大市场。']);
    let wrapped = 0;
    for (const path of REAL) {
      for (const t of (await parseFile(path)).documents.flatMap((d) => d.tasks)) {
        const title = cellText(t.title);
        for (const width of [16, 20, 30]) {
          const lines = wrap(title, width);
          if (lines.length > 1) wrapped++;
          expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
          for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
          for (const line of lines.slice(1)) expect(line, title).not.toMatch(/^[，。、；：？！）》」』”]/);
          if (lines.length > 1 && /\p{Script=Han}/u.test(lines.at(-1)!)) expect([...lines.at(-1)!].length, title).toBeGreaterThan(1);
        }
      }
    }
    expect(wrapped).toBeGreaterThan(20);
  });

  it('counts ①, — and CJK by East Asian Width, so columns line up', () => {
    const tasks = [task('①整治小区环境卫生', { number: ['1'] }), task('整治—小广告', { number: ['2'] })];
    const out = renderText([file(doc({ tasks }))], { chalk: plain, columns: 100, marks: [] });
    const rows = out.split('\n').filter((l) => /王丹/.test(l));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => stringWidth(r.slice(0, r.indexOf('王丹'))))).size).toBe(1);
  });

  it('shows no soft break (\\v) or control character, and --wide prints the whole owner list', () => {
    const owners = ['区委办', '区政府办', '区发改局', '区财政局', '区住建局', '区交通局', '区水利局'].map(unit);
    const tasks = [task('整治小区\u000b环境卫生\u0007', { owners: [person('王丹'), ...owners] })];
    const narrow = renderText([file(doc({ tasks }))], { chalk: plain, columns: 100, marks: [] });
    expect(narrow).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(narrow).toContain('整治小区 环境卫生');
    expect(narrow).toMatch(/\+\d more/);
    expect(narrow).not.toContain('区水利局');
    const wide = renderText([file(doc({ tasks }))], { chalk: plain, columns: 100, marks: [], wide: true });
    expect(wide).not.toMatch(/\+\d more/);
    for (const o of owners) expect(wide.replace(/\s+/g, '')).toContain(o.name);
    const zh = renderText([file(doc({ tasks }))], { chalk: plain, columns: 100, marks: [], lang: 'zh' });
    expect(zh).toMatch(/等\d个/);
  });
});
