/**
 * Issue 16: the CLI as linters (ESLint, markdownlint-cli2, textlint) behave —
 * entry points, exit codes and one-line errors, stdin with configuration,
 * --print-config / --init, .planparseignore, colour, capped GitHub
 * annotations and the step summary, encodings. Every test runs the built
 * binary (npm test builds first).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runCli, ROOT } from './helpers/cli.js';
import { SEEDS, fixture } from './helpers/corpus.js';
import { encodeBig5, TRADITIONAL_PLAN } from './helpers/big5.js';
import { validateConfig } from '../src/config/load.js';

const PLAN = readFileSync(SEEDS.kongtiao);

function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-parse-conv-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const ANSI = /\x1b\[\d+m/;

describe('entry points', () => {
  it('bare plan-parse prints the commands and exits 0', () => {
    const { code, stdout, stderr } = runCli([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of ['parse', 'check', 'rules', 'convert', 'merge-index', 'eval', 'schema']) expect(stdout).toContain(`  ${command} `);
    expect(stdout).toContain('plan-parse COMMAND --help');
  });

  it('a mistyped command gets "did you mean" and exit 2, not "no such file"', () => {
    const { code, stdout, stderr } = runCli(['chekc', 'plans']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("plan-parse: unknown command 'chekc' (did you mean check?)\nRun `plan-parse --help` for the commands.\n");
    // a missing file that looks like no command is still a missing file
    expect(runCli(['plan.docx']).stderr).toBe('plan-parse: plan.docx: no such file\n');
  });

  it('a usage error is one line and a --help hint, not the whole help', () => {
    const { code, stderr } = runCli(['check', '--formt', 'json', SEEDS.kongtiao]);
    expect(code).toBe(2);
    expect(stderr).toBe("plan-parse: unknown option '--formt'\n(Did you mean --format?)\nRun `plan-parse check --help` for usage.\n");
    const missing = runCli(['eval']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual(["plan-parse: required option '--gold <dir>' not specified", 'Run `plan-parse eval --help` for usage.']);
    expect(runCli(['check']).stderr.trim().split('\n')).toHaveLength(1);
  });

  it('-v, -V and --version print the version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['-v', '-V', '--version']) expect(runCli([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
    // eval's -v is still its --verbose
    expect(runCli(['eval', '-v']).stderr).toContain("required option '--gold <dir>'");
  });

  it('parse takes folders and quoted globs, as check and convert do', () => {
    const dir = workspace({ 'plans/a.txt': PLAN, 'plans/sub/b.txt': PLAN, 'plans/c.md': PLAN });
    const folder = runCli(['plans', '-f', 'jsonl'], { cwd: dir });
    expect(folder.code).toBe(0);
    expect(new Set(folder.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path))).toEqual(new Set(['plans/a.txt', 'plans/c.md', 'plans/sub/b.txt']));
    const glob = runCli(['plans/**/*.txt', '-f', 'jsonl'], { cwd: dir });
    expect(new Set(glob.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path))).toEqual(new Set(['plans/a.txt', 'plans/sub/b.txt']));
    expect(runCli(['plans/*.docx'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'plan-parse: plans/*.docx: no file matched\n' });
  });

  it('--document N beyond the file is an error naming the documents there are', () => {
    const { code, stdout, stderr } = runCli([SEEDS.kongtiao, '--document', '5', '-f', 'json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^plan-parse: .*000_6b83b6aff292ad91\.txt: --document 5: the file has 2 documents \(0–1\)\n$/);
  });
});

describe('stdin with configuration', () => {
  const config = 'rules:\n  missing-deadline: off\n  missing-owner: off\n';

  it('check - reads stdin, with the configuration of the working folder', () => {
    const dir = workspace({ '.planparserc.yaml': config });
    const plain = JSON.parse(runCli(['check', '-', '-f', 'json'], { input: PLAN, cwd: workspace() }).stdout);
    expect(plain.files[0].path).toBe('<stdin>');
    expect(plain.files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'missing-deadline')).toBe(true);
    const configured = runCli(['check', '-', '-f', 'json'], { input: PLAN, cwd: dir });
    expect(configured.code).toBe(0);
    const report = JSON.parse(configured.stdout);
    expect(report.files[0].config).toBe('.planparserc.yaml');
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('missing-deadline');
  });

  it('--stdin-filename names stdin in the report and picks the configuration of its folder', () => {
    const dir = workspace({ 'plans/.planparserc.yaml': config });
    const { stdout } = runCli(['check', '-', '--stdin-filename', 'plans/plan.txt', '-f', 'json'], { input: PLAN, cwd: dir });
    const report = JSON.parse(stdout);
    expect(report.files[0]).toMatchObject({ path: 'plans/plan.txt', config: join('plans', '.planparserc.yaml') });
    expect(runCli(['check', '-', '--stdin-filename', 'plans/plan.txt'], { input: PLAN, cwd: dir }).stdout).toMatch(/^plans\/plan\.txt\n/);
  });

  it('cat plan | plan-parse - applies the configuration of the working folder', () => {
    const dir = workspace({ '.planparserc.yaml': config });
    const bare = runCli(['-'], { input: PLAN, cwd: workspace() }).stdout;
    const configured = runCli(['-'], { input: PLAN, cwd: dir }).stdout;
    expect(bare).toMatch(/8 without deadline · \d+ errors?, [1-9]\d* warnings/);
    expect(configured).not.toEqual(bare);
    expect(configured).toMatch(/0 errors, \d+ warnings/);
  });
});

describe('--print-config and --init', () => {
  it('--print-config FILE prints the configuration that applies to FILE', () => {
    const dir = workspace({ 'plans/.planparserc.yaml': 'rules:\n  missing-deadline: error\n  owner-overload: [warning, { max: 6 }]\nyear: 2024\n', 'plans/a.txt': PLAN });
    for (const args of [['--print-config', 'plans/a.txt'], ['check', '--print-config', 'plans/a.txt']]) {
      const { code, stdout } = runCli(args, { cwd: dir });
      expect(code).toBe(0);
      const printed = JSON.parse(stdout);
      expect(printed).toMatchObject({ file: 'plans/a.txt', config: join('plans', '.planparserc.yaml'), year: 2024 });
      expect(printed.rules['missing-deadline']).toBe('error');
      expect(printed.rules['missing-owner']).toBe('error');
      expect(printed.rules['owner-overload']).toEqual(['warning', { max: 6 }]);
    }
    expect(JSON.parse(runCli(['--print-config', 'a.txt'], { cwd: workspace() }).stdout).config).toBeNull();
  });

  it('--init writes a commented .planparserc.yaml that is a valid configuration, and never overwrites one', () => {
    const dir = workspace();
    expect(runCli(['--init'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
    const text = readFileSync(join(dir, '.planparserc.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toMatch(/^ {2}missing-owner: +error +# /m);
    expect(() => validateConfig(parseYaml(text), '.planparserc.yaml')).not.toThrow();
    expect(runCli(['check', '--init'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'plan-parse: .planparserc.yaml: already exists: edit it, or remove it first\n' });
  });
});

describe('.planparseignore (gitignore syntax) in the working folder', () => {
  const files = { 'plans/a.txt': PLAN, 'plans/old/b.txt': PLAN, 'plans/c.txt': PLAN, 'plans/keep.txt': PLAN };
  const ignore = '# archived plans\nold/\nplans/*.txt\n!plans/keep.txt\n';

  it('check, parse and convert leave out the files it names', () => {
    const dir = workspace({ ...files, '.planparseignore': ignore });
    const report = JSON.parse(runCli(['check', 'plans', '-f', 'json'], { cwd: dir }).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['plans/keep.txt']);
    const parsed = runCli(['plans', '-f', 'jsonl'], { cwd: dir }).stdout.trim().split('\n');
    expect(new Set(parsed.map((l) => JSON.parse(l).source.path))).toEqual(new Set(['plans/keep.txt']));
    expect(runCli(['convert', 'plans', '--out-dir', 'out', '--no-progress'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'index.csv'), 'utf8')).not.toMatch(/a\.txt|b\.txt|c\.txt/);
    expect(existsSync(join(dir, 'out', 'keep.txt.json'))).toBe(true);
  });

  it('a glob that matched only ignored files is no error', () => {
    const dir = workspace({ ...files, '.planparseignore': 'plans/\n' });
    expect(runCli(['check', 'plans/*.txt'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('user errors exit 2 with one plain line (they were internal errors, exit 3)', () => {
  it('-o an existing folder, -o under a file, -o under /proc (no hang)', () => {
    const dir = workspace({ 'file.txt': 'x' });
    expect(runCli([SEEDS.kongtiao, '-f', 'json', '-o', dir])).toMatchObject({ code: 2, stderr: `plan-parse: ${dir}: is a folder: give a file name for the output\n` });
    const under = runCli(['check', SEEDS.kongtiao, '-o', join(dir, 'file.txt', 'sub', 'x.json')]);
    expect(under).toMatchObject({ code: 2, stdout: '' });
    expect(under.stderr).toBe(`plan-parse: ${join(dir, 'file.txt', 'sub', 'x.json')}: cannot write here: ${join(dir, 'file.txt')} is a file, not a folder\n`);
    const started = Date.now();
    const proc = runCli([SEEDS.kongtiao, '-f', 'json', '-o', '/proc/nope/x.json']);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(proc).toMatchObject({ code: 2, stderr: 'plan-parse: /proc/nope/x.json: cannot create the folder /proc/nope: no such file or folder\n' });
  });

  it('a bad glob in --exclude or in ignore[].files', () => {
    const dir = workspace({ 'plans/a.txt': PLAN, 'plans/.planparserc.yaml': 'ignore:\n  - files: "plans/{a,b"\n    reason: old\n' });
    expect(runCli(['convert', 'plans', '--out-dir', 'out', '--exclude', 'x/{a,b'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "plan-parse: --exclude: bad glob 'x/{a,b': a { without its }\n",
    });
    expect(runCli(['check', 'plans'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: `plan-parse: ${join('plans', '.planparserc.yaml')}: ignore[0].files: bad glob 'plans/{a,b': a { without its }\n`,
    });
  });

  it('a damaged Word file is said in plain words, not in the zip or OLE library\'s', () => {
    const { code, stderr } = runCli(['check', fixture('bad/corrupt.docx'), fixture('bad/broken.doc')]);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/: the Word document is damaged \(/);
    expect(stderr).not.toMatch(/magic|central directory|signature/i);
  });
});

describe('colour: --color / --no-color, FORCE_COLOR, NO_COLOR', () => {
  const view = (args: string[], env: Record<string, string> = {}) => runCli([SEEDS.kongtiao, ...args], { env }).stdout;
  const check = (args: string[], env: Record<string, string> = {}) => runCli(['check', SEEDS.kongtiao, ...args], { env }).stdout;

  it('FORCE_COLOR and --color paint a pipe; --no-color, NO_COLOR and FORCE_COLOR=0 do not', () => {
    expect(view([])).not.toMatch(ANSI);
    expect(view([], { FORCE_COLOR: '1' })).toMatch(ANSI);
    expect(view(['--color'])).toMatch(ANSI);
    expect(check([], { FORCE_COLOR: '1' })).toMatch(ANSI);
    expect(check(['--color'], { NO_COLOR: '1' })).toMatch(ANSI);
    expect(check(['--no-color'], { FORCE_COLOR: '1' })).not.toMatch(ANSI);
    expect(check([], { FORCE_COLOR: '0' })).not.toMatch(ANSI);
    expect(check([], { NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(runCli(['rules', '--color']).stdout).toMatch(ANSI);
  });
});

describe('--format github within GitHub\'s limits', () => {
  it('annotates the first 10 of each severity, says how many there are, and lists the rest in the log', () => {
    const { code, stdout } = runCli(['check', fixture('seeds'), '-f', 'github']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    const json = JSON.parse(runCli(['check', fixture('seeds'), '-f', 'json']).stdout);
    expect(lines[0]).toBe(`::notice title=plan-parse::${json.errorCount} errors, ${json.warningCount} warnings, 0 notices in 5 files: annotations show the first 10 of each kind; all of them are in the log of this step`);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    const logged = lines.filter((l) => /^fixtures\/seeds\/\S+:\d+(:\d+)?: (error|warning|info): /.test(l));
    expect(logged.length + 20).toBe(json.errorCount + json.warningCount + json.infoCount);
    const few = runCli(['check', fixture('seeds'), '-f', 'github', '--max-annotations', '3']).stdout.split('\n');
    expect(few.filter((l) => l.startsWith('::warning '))).toHaveLength(3);
  });

  it('does not point line= into a Word file: the annotation is file-level and names the paragraph and the task', () => {
    const lines = runCli(['check', fixture('docx/000-autonum.docx'), '-f', 'github']).stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/,line=/);
    expect(lines).toContain('::warning file=fixtures/docx/000-autonum.docx,title=plan-parse missing-deadline::task has no deadline (完成时限) — 制作宣传公益广告 (paragraph 11)');
    // text files keep their line
    expect(runCli(['check', SEEDS.kongtiao, '-f', 'github']).stdout).toMatch(/^::warning file=fixtures\/seeds\/000_6b83b6aff292ad91\.txt,line=15,/m);
  });

  it('appends a Markdown table of files and gaps to $GITHUB_STEP_SUMMARY', () => {
    const dir = workspace({ 'summary.md': '## earlier step\n' });
    const summary = join(dir, 'summary.md');
    runCli(['check', SEEDS.kongtiao, fixture('bad/corrupt.docx'), '-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('## earlier step\n### plan-parse check\n')).toBe(true);
    expect(text).toContain('| file | tasks | errors | warnings | notices | gaps (rule: count) |');
    expect(text).toMatch(/\| fixtures\/seeds\/000_6b83b6aff292ad91\.txt \| \d+ \| \d+ \| \d+ \| 0 \| missing-deadline: \d+/);
    expect(text).toContain('| fixtures/bad/corrupt.docx | the Word document is damaged');
  });
});

describe('encodings', () => {
  it('Big5 is detected, not decoded as GB18030 into mojibake', () => {
    const { code, stdout } = runCli(['-', '-f', 'json'], { input: encodeBig5(TRADITIONAL_PLAN) });
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.source.encoding).toBe('big5');
    expect(parsed.documents[0].title).toBe('2024年社區環境整治工作方案');
    expect(parsed.messages).toEqual([]);
  });

  it('UTF-16 without a BOM is detected, either byte order', () => {
    const text = readFileSync(SEEDS.kongtiao, 'utf8');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const parsed = JSON.parse(runCli(['-', '-f', 'json'], { input: bytes }).stdout);
      expect(parsed.source.encoding).toBe(encoding);
      expect(parsed.documents[0].title).toBe('2024年创建全国文明城市空调社区工作方案');
    }
  });

  it('a doubtful decoding is a one-line warning', () => {
    // bytes that only GBK's rare extension decodes (not Big5): GB18030 reads them, but as nothing anyone writes
    const rare = Array.from({ length: 300 }, (_, i) => (i % 30 === 29 ? [0x0a] : [0x81 + (i % 6), 0xa1 + (i % 90)])).flat();
    const bytes = Buffer.from(rare);
    const dir = workspace({ 'plan.txt': bytes });
    const { stderr } = runCli(['check', 'plan.txt'], { cwd: dir });
    expect(stderr).toMatch(/^plan-parse: plan\.txt: warning: the text decoding \(gb18030\) is doubtful: \d+ of \d+ characters are undecodable or rare; check the file's encoding\n$/);
    expect(JSON.parse(runCli(['plan.txt', '-f', 'json'], { cwd: dir }).stdout).messages[0].reason).toMatch(/doubtful/);
  });
});
