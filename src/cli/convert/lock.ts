/**
 * One convert at a time per out-dir: a lock file made with O_EXCL
 * (`.plan-parse.lock`: pid, host, start), held for the run and removed at
 * the end. A second run fails at once naming the pid that holds it, or waits
 * (`--wait`). A lock is stale — taken over — when its process is gone (same
 * host), or when it has not been refreshed for STALE_MS (the holder touches
 * it every REFRESH_MS, so a lock from another host or a frozen run expires).
 */
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PlanParseError } from '../../errors.js';

export const LOCK_FILE = '.plan-parse.lock';
const REFRESH_MS = 30_000;
const STALE_MS = 5 * 60_000;
const POLL_MS = 200;

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export interface OutDirLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(path: string): Promise<{ holder: Holder | null; age: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let holder: Holder | null = null;
    try {
      holder = JSON.parse(text) as Holder;
    } catch {
      // half-written by a run killed at that instant: judged by its age
    }
    return { holder, age: Date.now() - info.mtimeMs };
  } catch {
    return null; // gone meanwhile
  }
}

function isStale(found: { holder: Holder | null; age: number }): boolean {
  const { holder, age } = found;
  if (holder && holder.host === hostname() && Number.isInteger(holder.pid)) return !alive(holder.pid);
  return age > STALE_MS;
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() } satisfies Holder));
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new PlanParseError('usage', `cannot lock the out-dir: ${(error as Error).message}`);
  }
}

/** Take the out-dir's lock; `wait`: until the other run ends, else fail at once. */
export async function lockOutDir(dir: string, shown: string, wait: boolean): Promise<OutDirLock> {
  const path = join(dir, LOCK_FILE);
  for (;;) {
    if (await tryCreate(path)) break;
    const found = await holderOf(path);
    if (found && isStale(found)) {
      // a stale lock: remove it and race for a new one (O_EXCL lets one run win)
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (!wait) {
      const who = found?.holder ? `pid ${found.holder.pid}${found.holder.host !== hostname() ? ` on ${found.holder.host}` : ''}` : 'another process';
      throw new PlanParseError('usage', `another convert (${who}) is writing to this out-dir; wait for it to finish, or use --wait`, shown);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const refresh = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), REFRESH_MS);
  refresh.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(refresh);
      await unlink(path).catch(() => undefined);
    },
  };
}
