/**
 * A folder's entries for convert, every one accounted for (issue 12): a
 * regular file is an input; a FIFO, socket or device, a symbolic link that
 * loops or dangles, a folder that cannot be opened become a row saying so,
 * never a silent gap and never a read that blocks. Links to folders are not
 * followed (a row says so). Hidden entries (`.git`, `.cache`) are not walked,
 * as before. Names keep whatever bytes they have (newlines included); the
 * index escapes them (inputs.ts).
 */
import { opendir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { fsCause } from '../../pipeline.js';

export interface WalkEntry {
  abs: string;
  /** Why the entry is no input, as its row's status and message. */
  problem?: { status: 'failed' | 'skipped'; message: string };
}

function special(entry: Dirent | import('node:fs').Stats): string | null {
  if (entry.isFIFO()) return 'not a regular file (a FIFO): refused, it could block for ever';
  if (entry.isSocket()) return 'not a regular file (a socket): refused';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'not a regular file (a device): refused';
  return null;
}

/** Every non-hidden entry under `root`, depth first, except those under `skip` (the out-dir). */
export async function walkFolder(root: string, skip?: (abs: string) => boolean): Promise<WalkEntry[]> {
  const found: WalkEntry[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      found.push({ abs: dir, problem: { status: 'failed', message: `cannot open the folder: ${fsCause(error, dir)}` } });
      continue;
    }
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue;
      const abs = join(dir, entry.name);
      if (skip?.(abs)) continue;
      if (entry.isDirectory()) pending.push(abs);
      else if (entry.isFile()) found.push({ abs });
      else if (entry.isSymbolicLink()) found.push(await link(abs));
      else {
        const what = special(entry);
        found.push({ abs, problem: { status: 'failed', message: what ?? 'not a regular file: refused' } });
      }
    }
  }
  return found;
}

async function link(abs: string): Promise<WalkEntry> {
  try {
    const target = await stat(abs);
    if (target.isFile()) return { abs };
    if (target.isDirectory()) return { abs, problem: { status: 'skipped', message: 'a symbolic link to a folder (links to folders are not followed)' } };
    return { abs, problem: { status: 'failed', message: special(target) ?? 'not a regular file: refused' } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { abs, problem: { status: 'failed', message: code === 'ENOENT' ? 'a broken symbolic link (its target does not exist)' : fsCause(error, abs) } };
  }
}
