/**
 * Inputs for the convert tests, built in a temp folder: the fixtures' seeds
 * and Word files, and an archive of them with what real archives also hold
 * (GBK entry names, broken and encrypted Word files, an empty file, images,
 * macOS and Office debris, a zip inside the zip).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { encodeGbk } from './gbk.js';
import { buildZip, type ZipInput } from './zip-builder.js';
import { encryptedOfficeFile } from './ole.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');
const CLI = join(ROOT, 'bin', 'plan-parse.js');

const made: string[] = [];

export function tempDir(prefix = 'plan-parse-convert-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** For afterAll: the temp folders this test file made. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** fixtures/seeds and fixtures/docx, as `seeds/…` and `docx/…` (their index paths). */
export function corpusFiles(): { path: string; data: Buffer }[] {
  return ['seeds', 'docx'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).sort().map((name) => ({ path: `${dir}/${name}`, data: readFileSync(join(FIXTURES, dir, name)) })),
  );
}

/** A short plan with one owner and one deadline, to prove the GBK-named entry was read. */
export const GBK_PLAN = [
  '2024年社区环境整治工作方案',
  '一、主要任务',
  '（一）清理楼道杂物。',
  '责任人：王丹',
  '完成时限：5月31日',
  '',
].join('\n');

export const GBK_NAME = '通知/工作方案.txt';

/** Not a docx: a zip signature followed by noise. */
export const CORRUPT_DOCX = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 0x5a)]);

export function archiveEntries(): ZipInput[] {
  return [
    ...corpusFiles().map((f) => ({ name: f.path, data: f.data })),
    { name: encodeGbk(GBK_NAME), data: GBK_PLAN },
    { name: 'bad/corrupt.docx', data: CORRUPT_DOCX },
    { name: 'bad/encrypted.docx', data: encryptedOfficeFile() },
    { name: 'bad/empty.txt', data: '' },
    { name: 'images/photo.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
    { name: '__MACOSX/seeds/._000.txt', data: 'x' },
    { name: '.DS_Store', data: 'x' },
    { name: encodeGbk('~$工作方案.docx'), data: 'x' },
    { name: 'inner.zip', data: buildZip([{ name: 'plan.txt', data: GBK_PLAN }]) },
  ];
}

export function runCli(args: string[], options: { cwd?: string; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

export function cliPath(): string {
  return CLI;
}
