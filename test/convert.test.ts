/**
 * `plan-parse convert` end to end, against the built CLI (npm test builds first).
 */
import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, GBK_NAME, archiveEntries, corpusFiles, runCli, removeTempDirs, tempDir } from './helpers/batch.js';
import { buildZip } from './helpers/zip-builder.js';
import type { IndexRow } from '../src/cli/convert/rows.js';

afterAll(removeTempDirs);

/** A row of index.jsonl, as the convert code writes it. */
type Row = IndexRow;

function readIndex(out: string): Row[] {
  return readFileSync(join(out, 'index.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Row);
}

/** Every file under a folder, relative, '/'-separated. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

const mtimes = (out: string, files: string[]) => Object.fromEntries(files.map((f) => [f, statSync(join(out, f)).mtimeMs]));

describe('convert a folder tree', () => {
  const out = join(tempDir(), 'out');
  let result: ReturnType<typeof runCli>;
  beforeAll(() => {
    result = runCli(['convert', 'fixtures/seeds', 'fixtures/docx', '--out-dir', out, '--report', '-j', '2']);
  });

  it('writes one output per input, mirroring paths, and exits 0', () => {
    expect(result.stderr).not.toMatch(/internal error/);
    // NOTE: .doc/.docx rows are `ok` only with the Word reader in place (issue 3); before it landed they were `failed`.
    expect(result.status).toBe(0);
    const expected = corpusFiles().map((f) => `${f.path}.json`);
    for (const file of expected) expect(existsSync(join(out, file)), file).toBe(true);
    const parsed = JSON.parse(readFileSync(join(out, 'seeds/000_6b83b6aff292ad91.txt.json'), 'utf8'));
    expect(parsed.source.path).toBe('seeds/000_6b83b6aff292ad91.txt');
    expect(parsed.documents.length).toBeGreaterThan(0);
  });

  it('indexes every input, sorted by path, with counts that match the outputs', () => {
    const rows = readIndex(out);
    const paths = corpusFiles().map((f) => f.path).sort();
    expect(rows.map((r) => r.path)).toEqual(paths);
    for (const row of rows) {
      expect(row.status, `${row.path}: ${row.message}`).toBe('ok');
      const parsed = JSON.parse(readFileSync(join(out, `${row.path}.json`), 'utf8'));
      const tasks = parsed.documents.flatMap((d: { tasks: unknown[] }) => d.tasks);
      expect(row.documents).toBe(parsed.documents.length);
      expect(row.tasks).toBe(tasks.length);
      expect(row.tasksWithoutOwner).toBe(tasks.filter((t: { owners: unknown[] }) => t.owners.length === 0).length);
      expect(row.sha256).toBe(parsed.source.sha256);
    }
  });

  it('writes index.csv with a BOM, CRLF and the same rows', () => {
    const csv = readFileSync(join(out, 'index.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFpath,format,documents,tasks,tasksWithoutOwner,tasksWithoutDeadline,documentsWithoutTasks,errors,warnings,infos,status,message,sha256,ms,version,config\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(corpusFiles().length + 1);
  });

  it('writes summary.md and one summary line on stderr (not a TTY)', () => {
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain(`inputs: ${corpusFiles().length}`);
    expect(summary).toContain('## Files with the most gaps');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('skips everything on a rerun, and redoes only a deleted output', () => {
    const outputs = corpusFiles().map((f) => `${f.path}.json`);
    const before = mtimes(out, outputs);
    const index = readFileSync(join(out, 'index.jsonl'), 'utf8');
    const rerun = runCli(['convert', 'fixtures/seeds', 'fixtures/docx', '--out-dir', out]);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(` 0 converted, ${corpusFiles().length} unchanged`));
    expect(mtimes(out, outputs)).toEqual(before);
    expect(readFileSync(join(out, 'index.jsonl'), 'utf8')).toBe(index);

    rmSync(join(out, 'seeds/002_3556fe1ef0268d34.txt.json'));
    const again = runCli(['convert', 'fixtures/seeds', 'fixtures/docx', '--out-dir', out]);
    expect(again.stderr).toMatch(new RegExp(` 1 converted, ${corpusFiles().length - 1} unchanged`));
    const after = mtimes(out, outputs);
    for (const file of outputs) {
      if (file === 'seeds/002_3556fe1ef0268d34.txt.json') expect(after[file]).toBeGreaterThan(before[file]!);
      else expect(after[file], file).toBe(before[file]);
    }
  });

  it('--force converts everything again', () => {
    const forced = runCli(['convert', 'fixtures/seeds', 'fixtures/docx', '--out-dir', out, '--force']);
    expect(forced.stderr).toMatch(new RegExp(` ${corpusFiles().length} converted, 0 unchanged`));
  });
});

describe('convert a zip archive', () => {
  const dir = tempDir();
  const archive = join(dir, 'archive.zip');
  const out = join(dir, 'out');
  let result: ReturnType<typeof runCli>;
  let rows: Row[];
  beforeAll(() => {
    writeFileSync(archive, buildZip(archiveEntries()));
    result = runCli(['convert', archive, '--out-dir', out, '--report']);
    rows = readIndex(out);
  });

  const row = (path: string) => rows.find((r) => r.path === `archive.zip/${path}`);

  it('converts every document entry, under archive.zip/…', () => {
    for (const file of corpusFiles()) {
      expect(row(file.path)?.status, file.path).toBe('ok');
      expect(existsSync(join(out, 'archive.zip', `${file.path}.json`))).toBe(true);
    }
  });

  it('decodes a GBK entry name written without the UTF-8 flag', () => {
    const gbk = row(GBK_NAME);
    expect(gbk?.status).toBe('ok');
    expect(gbk?.tasks).toBe(1);
    expect(gbk?.tasksWithoutOwner).toBe(0);
    const parsed = JSON.parse(readFileSync(join(out, 'archive.zip', `${GBK_NAME}.json`), 'utf8'));
    expect(parsed.source.path).toBe(`archive.zip/${GBK_NAME}`);
    expect(parsed.documents[0].tasks[0].owners[0].name).toBe('王丹');
  });

  it('opens a zip inside the zip', () => {
    expect(row('inner.zip/plan.txt')?.status).toBe('ok');
  });

  it('records four failed/skipped rows with clear errors, and exits 1', () => {
    const bad = rows.filter((r) => r.status !== 'ok');
    expect(bad.map((r) => [r.path, r.status])).toEqual([
      ['archive.zip/bad/corrupt.docx', 'failed'],
      ['archive.zip/bad/empty.txt', 'failed'],
      ['archive.zip/bad/encrypted.docx', 'failed'],
      ['archive.zip/images/photo.jpg', 'skipped'],
    ]);
    expect(row('bad/corrupt.docx')?.message).toMatch(/damaged|corrupt|not a (valid|Word)/i);
    expect(row('bad/encrypted.docx')?.message).toMatch(/encrypted|password/i);
    expect(row('bad/empty.txt')?.message).toMatch(/empty/);
    expect(row('images/photo.jpg')?.message).toBe('not a document (.jpg)');
    for (const r of bad) expect(r.message).not.toContain('\n');
    expect(result.status).toBe(1);
  });

  it('counts system and temp files without rows', () => {
    expect(rows.some((r) => /__MACOSX|DS_Store|~\$/.test(r.path))).toBe(false);
    expect(result.stderr).toMatch(/3 system\/temp files ignored/);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/archive\.zip\/bad\/encrypted\.docx \| .*encrypted/);
  });

  it('never extracts the archive: only outputs and the index are written', () => {
    const written = walk(out);
    expect(written.every((f) => /\.json$|^index\.(csv|jsonl)$|^summary\.md$/.test(f)), written.join(' ')).toBe(true);
  });

  it('skips the unchanged entries on a rerun and retries the failures', () => {
    const rerun = runCli(['convert', archive, '--out-dir', out]);
    expect(rerun.stderr).toMatch(/ 0 converted, \d+ unchanged, 3 failed, 1 skipped/);
    expect(rerun.status).toBe(1);
  });
});

describe('convert hostile archives', () => {
  it('never writes outside the out-dir, refuses encrypted entries, and records an unreadable zip', () => {
    const dir = tempDir();
    const plan = readFileSync(join(FIXTURES, 'seeds', '003_5738f097b89ccead.txt'));
    writeFileSync(join(dir, 'hostile.zip'), buildZip([
      { name: '../escape.txt', data: plan },
      { name: '/abs.txt', data: plan },
      { name: 'locked.txt', data: plan, encrypted: true },
      { name: 'fine.txt', data: plan },
    ]));
    writeFileSync(join(dir, 'broken.zip'), 'not a zip at all');
    const result = runCli(['convert', 'hostile.zip', 'broken.zip', '--out-dir', 'out'], { cwd: dir });
    expect(result.status).toBe(1);
    const rows = readIndex(join(dir, 'out'));
    const status = Object.fromEntries(rows.map((r) => [r.path, `${r.status}: ${r.message}`]));
    expect(status['hostile.zip/fine.txt']).toBe('ok: ');
    expect(status['hostile.zip/../escape.txt']).toMatch(/^failed: unsafe entry name/);
    expect(status['hostile.zip//abs.txt']).toMatch(/^failed: unsafe entry name/);
    expect(status['hostile.zip/locked.txt']).toMatch(/^failed: .*encrypted/);
    expect(status['broken.zip']).toMatch(/^failed: not a readable zip archive/);
    expect(readdirSync(dir).sort()).toEqual(['broken.zip', 'hostile.zip', 'out']);
    expect(walk(join(dir, 'out')).sort()).toEqual(['hostile.zip/fine.txt.json', 'index.csv', 'index.jsonl']);
  });
});

describe('convert options', () => {
  it('streams one JSON line per document on stdout, in input order whatever --jobs', () => {
    const one = runCli(['convert', 'fixtures/seeds', '--format', 'jsonl', '-j', '1']);
    const two = runCli(['convert', 'fixtures/seeds', '--format', 'jsonl', '-j', '2']);
    expect(one.status).toBe(0);
    const lines = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l) => l.document && l.source.path)).toBe(true);
    const expected = corpusFiles().filter((f) => f.path.startsWith('seeds/')).length;
    expect(new Set(lines.map((l) => l.source.path)).size).toBe(expected);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--split writes one file per document; --format yaml writes .yaml', () => {
    const out = join(tempDir(), 'out');
    const split = runCli(['convert', 'fixtures/seeds/001_9eb1f2e298b5f31f.txt', '--out-dir', out, '--split']);
    expect(split.status).toBe(0);
    const files = walk(out).filter((f) => f.endsWith('.json')).sort();
    const [row] = readIndex(out);
    expect(files).toHaveLength(row!.documents);
    expect(files[0]).toBe('001_9eb1f2e298b5f31f.txt.0.json');
    expect(JSON.parse(readFileSync(join(out, files[1]!), 'utf8')).documents).toHaveLength(1);
    const yaml = runCli(['convert', 'fixtures/seeds/003_5738f097b89ccead.txt', '--out-dir', out, '--format', 'yaml']);
    expect(yaml.status).toBe(0);
    expect(readFileSync(join(out, '003_5738f097b89ccead.txt.yaml'), 'utf8')).toMatch(/^schemaVersion:/);
  });

  it('takes globs and --files-from (stdin), relative to the inputs\' common folder', () => {
    const out = join(tempDir(), 'out');
    const globbed = runCli(['convert', 'fixtures/docx/*.docx', '--out-dir', out]);
    expect(globbed.status).toBe(0);
    expect(readIndex(out).map((r) => r.path)).toEqual(corpusFiles().filter((f) => f.path.endsWith('.docx')).map((f) => f.path.slice(5)));
    const listed = join(tempDir(), 'out');
    const list = 'fixtures/seeds/000_6b83b6aff292ad91.txt\nfixtures/docx/000-table.docx\n';
    const fromList = runCli(['convert', '--files-from', '-', '--out-dir', listed], { input: list });
    expect(fromList.status).toBe(0);
    expect(readIndex(listed).map((r) => r.path)).toEqual(['docx/000-table.docx', 'seeds/000_6b83b6aff292ad91.txt']);
  });

  it('exits 2 when no input matched', () => {
    const result = runCli(['convert', 'fixtures/seeds/*.nothing', '--out-dir', join(tempDir(), 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no input matched/);
  });

  it('refuses an out-dir inside the input tree unless it is excluded', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'a.txt'), readFileSync(join(FIXTURES, 'seeds', '003_5738f097b89ccead.txt')));
    const refused = runCli(['convert', 'plans', '--out-dir', 'plans/out'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/out-dir .* is inside the input folder .*--exclude/);
    expect(existsSync(join(dir, 'plans', 'out'))).toBe(false);
    const allowed = runCli(['convert', 'plans', '--out-dir', 'plans/out', '--exclude', 'out/**'], { cwd: dir });
    expect(allowed.status).toBe(0);
    const again = runCli(['convert', 'plans', '--out-dir', 'plans/out', '--exclude', 'out', '--report'], { cwd: dir });
    expect(again.stderr).toMatch(/1 inputs: 0 converted, 1 unchanged/);
  });

  it('exits 2 for an out-dir that is a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'taken'), 'x');
    const result = runCli(['convert', 'fixtures/seeds', '--out-dir', join(dir, 'taken')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot use it as the out-dir/);
  });

  it('runs the same with child processes (--pool processes)', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['convert', 'fixtures/seeds', '--out-dir', out, '--pool', 'processes', '-j', '2']);
    expect(result.status).toBe(0);
    expect(readIndex(out).every((r) => r.status === 'ok')).toBe(true);
  });
});

describe('documents without a task in the index and the summary (no silent zero)', () => {
  it('counts them per file and lists the files in summary.md (real 08: phases only, no task; real 19: its table)', () => {
    const out = join(tempDir(), 'untasked');
    const result = runCli(['convert', 'fixtures/real/docs/08_wuzhong-safety-year-phases.txt', 'fixtures/real/docs/19_dazhu-2016-livelihood-table.txt', '--out-dir', out, '--report']);
    expect(result.status).toBe(0);
    const rows = Object.fromEntries(readIndex(out).map((r) => [r.path, r]));
    expect(rows['08_wuzhong-safety-year-phases.txt']!.documentsWithoutTasks).toBe(1);
    expect(rows['19_dazhu-2016-livelihood-table.txt']!.documentsWithoutTasks).toBe(0);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('- documents without a task: 1 (08_wuzhong-safety-year-phases.txt)');
  });
});
