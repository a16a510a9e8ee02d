/**
 * `plan-parse check`, `rules` and `schema --config` end to end, as CI runs
 * them: the built CLI (npm test builds first), exit codes 0/1/2, stderr
 * one-liners, configuration discovery, globs and -o.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { SEEDS, fixture } from './helpers/corpus.js';
import { rules } from '../src/rules/index.js';

const CLEAN_PLAN = [
  '2024年社区环境整治工作方案',
  '一、指导思想',
  '以改善人居环境为目标。',
  '二、主要任务',
  '1、清理楼道杂物。6月30日前完成。',
  '责任人：王丹',
  '三、保障措施',
  '加强组织领导。',
  '',
].join('\n');

/** A temporary folder with these files; nothing above it holds a plan-parse configuration. */
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-parse-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const check = (args: string[], cwd?: string) => runCli(['check', ...args], { cwd });

describe('exit codes', () => {
  it('0 for a plan without gaps, and stylish prints nothing', () => {
    const dir = workspace({ 'plan.txt': CLEAN_PLAN });
    const { code, stdout, stderr } = check(['plan.txt'], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 when there are error findings (seed 000: its 小结 lists next steps without owners)', () => {
    const { code, stdout } = check([SEEDS.kongtiao]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✖ \d+ problems \([1-9]\d* errors?, \d+ warnings\)$/m);
    expect(stdout).toContain('collective-owner  整治窗口服务缺位');
  });

  it('0 with warnings only, 1 when they exceed --max-warnings', () => {
    const off = ['--rule', 'missing-owner=off'];
    expect(check([SEEDS.kongtiao, ...off]).code).toBe(0);
    const over = check([SEEDS.kongtiao, ...off, '--max-warnings', '3']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^plan-parse: \d+ warnings, more than --max-warnings 3\n$/);
    expect(check([SEEDS.kongtiao, ...off, '--max-warnings', '1000']).code).toBe(0);
  });

  it('2 for a missing file, with one line on stderr', () => {
    const { code, stderr } = check(['nope.txt'], workspace());
    expect(code).toBe(2);
    expect(stderr).toBe('plan-parse: nope.txt: no such file\n');
  });

  it('2 when a glob matches nothing', () => {
    const { code, stderr } = check(['plans/**/*.docx'], workspace());
    expect(code).toBe(2);
    expect(stderr).toBe('plan-parse: plans/**/*.docx: no file matched\n');
  });

  it('2 for an unreadable file among several, which are still checked', () => {
    const dir = workspace({ 'ok.txt': CLEAN_PLAN.replace('6月30日前完成。', '') });
    copyFileSync(fixture('bad/corrupt.docx'), join(dir, 'corrupt.docx'));
    const { code, stdout, stderr } = check(['ok.txt', 'corrupt.docx', '--format', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(/^plan-parse: corrupt\.docx: /);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['ok.txt']);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['missing-deadline']);
    expect(report.failures).toEqual([{ path: 'corrupt.docx', message: expect.any(String) }]);
  });

  it('2 for a bad configuration: one line naming the file and the bad key', () => {
    const dir = workspace({ '.planparserc.yaml': 'rules:\n  missing-owner: warn\n', 'plan.txt': CLEAN_PLAN });
    const { code, stdout, stderr } = check(['plan.txt'], dir);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plan-parse: .planparserc.yaml: rules.missing-owner: expected off|info|warning|error\n',
    });
  });

  it('2 for an unknown rule in --rule, or a missing --config file', () => {
    const dir = workspace({ 'plan.txt': CLEAN_PLAN });
    expect(check(['plan.txt', '--rule', 'no-such-rule=off'], dir)).toMatchObject({ code: 2, stderr: 'plan-parse: --rule no-such-rule: unknown rule (plan-parse rules lists them)\n' });
    expect(check(['plan.txt', '--rule', 'missing-owner=warn'], dir).code).toBe(2);
    expect(check(['plan.txt', '--config', 'missing.yaml'], dir)).toMatchObject({ code: 2, stderr: 'plan-parse: missing.yaml: no such configuration file\n' });
  });
});

describe('options', () => {
  it('--quiet reports errors only', () => {
    const { code, stdout } = check([SEEDS.kongtiao, '--format', 'json', '--quiet']);
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).files[0].findings as { severity: string }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('-o writes the report to a file (and never over an input)', () => {
    const dir = workspace({ 'plan.txt': CLEAN_PLAN });
    const { code, stdout } = check(['plan.txt', '--format', 'sarif', '-o', 'out/report.sarif'], dir);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(check(['plan.txt', '-o', 'plan.txt'], dir).code).toBe(2);
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(CLEAN_PLAN);
  });

  it('expands folders and quoted globs to documents, skipping Word lock files', () => {
    const dir = workspace({
      'plans/a.txt': CLEAN_PLAN,
      'plans/2024/b.txt': CLEAN_PLAN.replace('责任人：王丹', ''),
      'plans/2024/~$b.docx': 'lock',
      'plans/notes.csv': 'x',
    });
    const paths = (args: string[]) => JSON.parse(check([...args, '--format', 'json'], dir).stdout).files.map((f: { path: string }) => f.path);
    expect(paths(['plans/**/*.{docx,doc,txt}'])).toEqual(['plans/2024/b.txt', 'plans/a.txt']);
    expect(paths(['plans'])).toEqual(['plans/2024/b.txt', 'plans/a.txt']);
    expect(check(['plans/**/*.txt'], dir).code).toBe(1);
  });

  it('finds the nearest configuration and applies its rules and ignore entries', () => {
    const noDeadline = CLEAN_PLAN.replace('6月30日前完成。', '');
    const dir = workspace({
      'plans/a.txt': noDeadline,
      'plans/strict/b.txt': noDeadline,
      'plans/.planparserc.yaml': 'ignore:\n  - title: 楼道\n    rules: [missing-deadline]\n    reason: 长期工作，不设时限\n',
      'plans/strict/planparse.config.json': '{"rules": {"missing-deadline": "error"}}',
    });
    const report = JSON.parse(check(['plans', '--format', 'json'], dir).stdout);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['plans/a.txt'].findings).toEqual([]);
    expect(byPath['plans/a.txt'].suppressed.map((f: { reason: string }) => f.reason)).toEqual(['长期工作，不设时限']);
    expect(byPath['plans/a.txt'].config).toBe(join('plans', '.planparserc.yaml'));
    expect(byPath['plans/strict/b.txt'].findings.map((f: { severity: string }) => f.severity)).toEqual(['error']);
    expect(check(['plans'], dir).code).toBe(1);
    expect(check(['plans/a.txt'], dir).code).toBe(0);
  });

  it('github format prints workflow commands with paths relative to the working folder', () => {
    const dir = workspace({ 'plans/a.txt': CLEAN_PLAN.replace('责任人：王丹', '') });
    const { code, stdout } = check(['plans/**/*.txt', '--format', 'github'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('::error file=plans/a.txt,line=5,title=plan-parse missing-owner::task has no owner (责任人/责任单位) — 清理楼道杂物\n');
  });

  it('gives columns in the file as written, after the indentation the reader trims', () => {
    const dir = workspace({ 'plan.txt': '20xx年社区环境整治工作方案\n一、主要任务\n　　1、清理楼道杂物，20xx年6月底前完成。\n责任人：王丹\n' });
    const { stdout } = check(['plan.txt', '--format', 'github', '--rule', 'missing-section=off'], dir);
    expect(stdout.split('\n').filter((l) => l.includes('unresolved-year'))).toEqual([
      '::warning file=plan.txt,line=1,col=1,title=plan-parse unresolved-year::unresolved year “20xx” left in the text',
      '::warning file=plan.txt,line=3,col=12,title=plan-parse unresolved-year::unresolved year “20xx” left in the text',
    ]);
  });
});

describe('plan-parse rules', () => {
  it('lists every rule with its default severity, description and examples', () => {
    const { code, stdout } = runCli(['rules']);
    expect(code).toBe(0);
    for (const rule of rules) {
      expect(stdout).toContain(`${rule.id}  (default: ${rule.defaultSeverity})`);
      expect(stdout).toContain(rule.description);
      for (const line of [...rule.examples.bad.split('\n'), ...rule.examples.good.split('\n')]) expect(stdout).toContain(line);
    }
  });

  it('--format json gives the same as data', () => {
    const listed = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
    expect(listed.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(listed.find((r: { id: string }) => r.id === 'owner-overload').defaults).toEqual({ max: 8 });
  });
});

describe('plan-parse schema --config', () => {
  it('prints the committed configuration schema', () => {
    const { code, stdout } = runCli(['schema', '--config']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(fixture('../schemas/config.schema.json'), 'utf8')));
  });
});

describe('the default view marks the same gaps', () => {
  it('counts the check findings of each document, following the configuration', () => {
    const plain = runCli([SEEDS.kongtiao, '-d', '0']).stdout;
    expect(plain).toMatch(/· 0 errors, 10 warnings$/m);
    const dir = workspace({ '.planparserc.yaml': 'rules:\n  collective-owner: off\n' });
    copyFileSync(SEEDS.kongtiao, join(dir, 'plan.txt'));
    expect(existsSync(join(dir, 'plan.txt'))).toBe(true);
    expect(runCli(['plan.txt', '-d', '0'], { cwd: dir }).stdout).toMatch(/· 0 errors, 9 warnings/);
  });
});
