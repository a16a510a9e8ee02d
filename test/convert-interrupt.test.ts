/** Ctrl-C during `plan-parse convert`: finished work stays, nothing half-written, a rerun continues. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, cliPath, runCli, removeTempDirs, tempDir } from './helpers/batch.js';

afterAll(removeTempDirs);

const COPIES = 60;

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Start a slow run (one worker, many inputs) and press Ctrl-C once its first outputs exist. */
function interruptedRun(cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath(), 'convert', 'plans', '--out-dir', 'out', '-j', '1'], { cwd });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => {
      const done = existsSync(join(cwd, 'out')) ? walk(join(cwd, 'out')).filter((f) => f.endsWith('.json')).length : 0;
      if (done >= 5) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, stderr });
    });
  });
}

describe('convert, interrupted', () => {
  it('stops cleanly on SIGINT and a rerun continues where it stopped', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    for (let i = 0; i < COPIES; i++) copyFileSync(join(FIXTURES, 'seeds', '002_3556fe1ef0268d34.txt'), join(dir, 'plans', `plan-${String(i).padStart(3, '0')}.txt`));

    const stopped = await interruptedRun(dir);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/stopping after the files in progress/);
    expect(stopped.stderr).toMatch(/\(interrupted\)/);

    const written = walk(join(dir, 'out'));
    expect(written.filter((f) => f.endsWith('.tmp') || f.includes('journal'))).toEqual([]);
    const rows = readFileSync(join(dir, 'out', 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeLessThan(COPIES);
    // every indexed output is complete JSON
    for (const row of rows) expect(JSON.parse(readFileSync(join(dir, 'out', `${row.path}.json`), 'utf8')).source.sha256).toBe(row.sha256);

    const rerun = runCli(['convert', 'plans', '--out-dir', 'out'], { cwd: dir });
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toContain(`${COPIES} inputs: ${COPIES - rows.length} converted, ${rows.length} unchanged`);
  });
});
