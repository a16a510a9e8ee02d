/**
 * The CLI's file-system edge: atomic writes that never touch an input, and
 * output paths checked up front so that a bad `-o` is a one-line user error
 * (exit 2), never an internal error or a hang.
 */
import { tempPathFor } from '../fs/atomic.js';
import { rename, unlink, writeFile, realpath, mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PlanParseError } from '../errors.js';

/** How long one file-system call may take before it is given up (a dead network share, a FUSE mount). */
export const FS_TIMEOUT_MS = Number(process.env.PLAN_PARSE_FS_TIMEOUT_MS) || 10_000;

/** Calls given up on: they may still hold the event loop, so the CLI exits without waiting for them. */
export let abandonedCalls = 0;

/** One file-system call, with a time limit. */
export async function withTimeout<T>(call: Promise<T>, what: string, ms = FS_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandonedCalls++;
      reject(new PlanParseError('usage', `${what}: no answer from the file system after ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  try {
    return await Promise.race([call, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** An errno in plain words. */
const PLAIN: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EBUSY: 'busy',
};

export function plainErrno(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code && PLAIN[code] ? PLAIN[code]! : null;
}

async function kindOf(path: string): Promise<'dir' | 'file' | 'missing'> {
  try {
    return (await withTimeout(stat(path), path)).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    if (error instanceof PlanParseError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a part above is a file; the walk up finds which
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/**
 * Folders this process saw or made: a batch writes thousands of outputs into
 * a few folders, and a stat per folder per output was a fifth of a convert
 * worker's time. (A folder removed meanwhile fails the write, with its cause.)
 */
const knownFolders = new Set<string>();

/**
 * Create a folder and its missing parents, one level at a time (Node's
 * `mkdir -p` loops for ever under /proc), each step with a time limit.
 */
async function makeFolders(dir: string, output: string): Promise<void> {
  if (knownFolders.has(dir)) return;
  const kind = await kindOf(dir);
  if (kind === 'dir') {
    knownFolders.add(dir);
    return;
  }
  if (kind === 'file') throw new PlanParseError('usage', `cannot write here: ${dir} is a file, not a folder`, output);
  const parent = dirname(dir);
  if (parent !== dir) await makeFolders(parent, output);
  try {
    await withTimeout(mkdir(dir), dir);
    knownFolders.add(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    if (error instanceof PlanParseError) throw error;
    throw new PlanParseError('usage', `cannot create the folder ${dir}: ${plainErrno(error) ?? (error as Error).message}`, output);
  }
}

/** Check an output path before any work: not a folder, its folder exists or can be made. */
export async function prepareOutput(path: string): Promise<void> {
  const target = resolve(path);
  if ((await kindOf(target)) === 'dir') throw new PlanParseError('usage', 'is a folder: give a file name for the output', path);
  await makeFolders(dirname(target), path);
}

/**
 * Write to a temporary file beside the target, then rename: readers never see
 * a half-written file. A target that is a folder is found by the rename (no
 * stat per output).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const target = resolve(path);
  await makeFolders(dirname(target), path);
  const temp = tempPathFor(target);
  try {
    await withTimeout(writeFile(temp, data), path);
    await withTimeout(rename(temp, path), path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') throw new PlanParseError('usage', 'is a folder: give a file name for the output', path);
    const plain = plainErrno(error);
    if (plain) throw new PlanParseError('usage', `cannot write the output: ${plain}`, path);
    throw error;
  }
}

/** Refuse an output path that is one of the inputs. */
export async function assertNotInput(output: string, inputs: string[]): Promise<void> {
  const out = await realpath(output).catch(() => resolve(output));
  for (const input of inputs) {
    const real = await realpath(input).catch(() => resolve(input));
    if (real === out) throw new PlanParseError('usage', `refusing to overwrite the input file ${input} with output`, output);
  }
}
