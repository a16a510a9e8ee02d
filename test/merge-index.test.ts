/** `convert --shard K/N` partitions the inputs; `merge-index` puts the shard indexes back together. */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, removeTempDirs, tempDir } from './helpers/batch.js';

afterAll(removeTempDirs);

const paths = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).path as string);
const stable = (file: string) =>
  readFileSync(file, 'utf8').trim().split('\n').map((l) => {
    const { ms: _ms, ...rest } = JSON.parse(l);
    return rest;
  });

describe('shards and merge-index', () => {
  const dir = tempDir();
  const inputs = ['fixtures/seeds', 'fixtures/docx'];

  it('splits the inputs into disjoint shards whose merged index equals the whole run', () => {
    const whole = runCli(['convert', ...inputs, '--out-dir', join(dir, 'whole')]);
    expect(whole.status).toBe(0);
    const shards = [1, 2, 3].map((k) => {
      const out = join(dir, `shard-${k}`);
      const run = runCli(['convert', ...inputs, '--out-dir', out, '--shard', `${k}/3`]);
      expect(run.status).toBe(0);
      return out;
    });
    const shardPaths = shards.map((out) => paths(join(out, 'index.jsonl')));
    const all = shardPaths.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(paths(join(dir, 'whole', 'index.jsonl')));
    expect(shardPaths.every((p) => p.length > 0)).toBe(true);

    const merged = runCli(['merge-index', ...shards, '-o', join(dir, 'merged')]);
    expect(merged.status).toBe(0);
    expect(stable(join(dir, 'merged', 'index.jsonl'))).toEqual(stable(join(dir, 'whole', 'index.jsonl')));
    const csv = readFileSync(join(dir, 'merged', 'index.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFpath,')).toBe(true);
  });

  it('is the same shard on every run (by path hash)', () => {
    const again = runCli(['convert', ...inputs, '--out-dir', join(dir, 'again'), '--shard', '2/3']);
    expect(again.status).toBe(0);
    expect(paths(join(dir, 'again', 'index.jsonl'))).toEqual(paths(join(dir, 'shard-2', 'index.jsonl')));
  });

  it('merges CSV indexes into one file with --out, quoting fields', () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    const header = 'path,format,documents,tasks,status,message\r\n';
    writeFileSync(a, `\uFEFF${header}"z, last.txt",txt,1,2,ok,\r\n`);
    writeFileSync(b, `\uFEFF${header}"a ""first"".docx",docx,0,0,failed,"the Word document is damaged, sorry"\r\n`);
    const merged = runCli(['merge-index', a, b, '--out', join(dir, 'merged.csv')]);
    expect(merged.status).toBe(0);
    const lines = readFileSync(join(dir, 'merged.csv'), 'utf8').split('\r\n');
    expect(lines[1]).toBe('"a ""first"".docx",docx,0,0,0,0,0,0,0,0,failed,"the Word document is damaged, sorry",,0,,');
    expect(lines[2]).toMatch(/^"z, last.txt",txt,1,2,/);
  });

  it('exits 2 without an output or with a folder that has no index', () => {
    expect(runCli(['merge-index', dir]).status).toBe(2);
    const empty = tempDir();
    const result = runCli(['merge-index', empty, '-o', join(dir, 'x')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no index\.jsonl or index\.csv here/);
  });
});
