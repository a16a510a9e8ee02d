/** The parse command as a user runs it: formats, exit codes, one-line errors. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ParsedFile } from '../src/model/plan.js';
import { runCli } from './helpers/cli.js';
import { SEEDS, fixture } from './helpers/corpus.js';

describe('plan-parse FILE', () => {
  it('prints the task table of each document (text, no colour when not a TTY)', () => {
    const { code, stdout, stderr } = runCli([SEEDS.kongtiao]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('2024年创建全国文明城市空调社区工作方案');
    expect(stdout).toContain('三/（三）/1');
    expect(stdout).toMatch(/整治小区环境卫生\s+王丹、齐妍爽\s+2024-05-31 → 2024-09-30/);
    expect(stdout).toMatch(/11 tasks · 0 without owner · 8 without deadline/);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('--format json prints the documented model, valid against the zod schema', () => {
    const { code, stdout } = runCli([SEEDS.kongtiao, '--format', 'json']);
    expect(code).toBe(0);
    const parsed = ParsedFile.parse(JSON.parse(stdout));
    expect(parsed.schemaVersion).toBe('1.1');
    expect(parsed.source).toMatchObject({ format: 'txt', encoding: 'utf-8' });
    expect(parsed.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.documents).toHaveLength(2);
  });

  it('--format yaml carries the same content', () => {
    const json = JSON.parse(runCli([SEEDS.kongtiao, '-f', 'json']).stdout);
    expect(parseYaml(runCli([SEEDS.kongtiao, '-f', 'yaml']).stdout)).toEqual(json);
  });

  it('--format jsonl prints one line per document', () => {
    const lines = runCli([SEEDS.chuangwen, '-f', 'jsonl']).stdout.trim().split('\n');
    expect(lines).toHaveLength(22);
    expect(JSON.parse(lines[21]!).document.title).toBe('社区创文工作总结20_22');
  });

  it('--document N keeps only that document', () => {
    const parsed = JSON.parse(runCli([SEEDS.wenming, '-f', 'json', '--document', '3']).stdout);
    expect(parsed.documents.map((d: { index: number }) => d.index)).toEqual([3]);
  });

  it('reads stdin with -', () => {
    const { code, stdout } = runCli(['-', '-f', 'json'], { input: readFileSync(fixture('encodings/000.gb18030.txt')) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source).toMatchObject({ path: '<stdin>', encoding: 'gb18030' });
  });

  it('-o writes the output atomically and refuses to overwrite an input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-'));
    const out = join(dir, 'plan.json');
    expect(runCli([SEEDS.kongtiao, '-f', 'json', '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(['plan.json']);
    const input = join(dir, 'input.txt');
    writeFileSync(input, readFileSync(SEEDS.kongtiao));
    const refused = runCli([input, '-o', input]);
    expect(refused.code).toBe(2);
    expect(readFileSync(input)).toEqual(readFileSync(SEEDS.kongtiao));
  });
});

describe('bad input: one line naming the file and the cause, exit 2', () => {
  it.each([
    ['missing.txt', 'missing.txt: no such file'],
    [fixture('bad-text/binary.txt'), 'binary.txt: not a text document'],
    [fixture('bad-text/empty.txt'), 'empty.txt: the file is empty (0 bytes)'],
  ])('%s', (path, message) => {
    const { code, stdout, stderr } = runCli([path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\s+at\s/);
  });

  it('goes on with the other files and still exits 2', () => {
    const { code, stdout, stderr } = runCli(['missing.txt', SEEDS.kongtiao]);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.txt: no such file');
    expect(stdout).toContain('空调社区工作方案');
  });

  it('a stack trace only with --debug', () => {
    expect(runCli([fixture('bad-text/empty.txt'), '--debug']).stderr).toMatch(/\s+at\s/);
  });
});

describe('library API', () => {
  it("import { parseFile, parseText } from 'plan-parse' gives the object the CLI prints", async () => {
    // the package's own name resolves through package.json "exports" to the built dist/
    const api = await import('plan-parse' as string);
    const fromLibrary = await api.parseFile(SEEDS.kongtiao);
    expect(fromLibrary).toEqual(JSON.parse(runCli([SEEDS.kongtiao, '-f', 'json']).stdout));
    expect(api.parseText(readFileSync(SEEDS.kongtiao, 'utf8')).documents).toEqual(fromLibrary.documents);
  });
});
