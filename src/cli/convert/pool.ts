/**
 * Run convertOne in parallel: worker threads (piscina, the default) or child
 * processes. bench/batch.js measures both: the same speed for this workload,
 * but threads need 80–100 MB less (the README); processes remain as
 * `--pool processes` for isolation from crashes in native code.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ConvertResult, ConvertTask } from './convert-one.js';
import { TimeoutError } from '../../limits.js';

export type PoolKind = 'threads' | 'processes';

export interface ConvertPool {
  run(task: ConvertTask): Promise<ConvertResult>;
  /** Stop every worker now; tasks in progress are rejected. */
  destroy(): Promise<void>;
}

/** Transfer, don't copy: the bytes need their own ArrayBuffer (small Buffers share a pool). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/**
 * Threads: at most `jobs` tasks are handed to piscina at once, so that a
 * task's --timeout counts from its start, not from its place in a queue; an
 * abort terminates the thread running it, and piscina starts a new one.
 */
async function threadPool(jobs: number, timeoutMs: number): Promise<ConvertPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // a long run keeps its threads; idle ones would be torn down and re-warmed
    idleTimeout: 60_000,
  });
  let running = 0;
  const waiting: (() => void)[] = [];
  const start = async () => {
    while (running >= jobs) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
  };
  const finish = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    async run(task) {
      await start();
      try {
        const bytes = ownBuffer(task.bytes);
        const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
        return await (pool.run({ ...task, bytes }, { transferList: [bytes.buffer as ArrayBuffer], signal }) as Promise<ConvertResult>).catch((error: Error) => {
          throw signal?.aborted ? new TimeoutError(timeoutMs) : error;
        });
      } finally {
        finish();
      }
    },
    destroy: () => pool.destroy(),
  };
}

interface Pending {
  resolve: (result: ConvertResult) => void;
  reject: (error: Error) => void;
}

/** A fixed set of children, each given one task at a time. */
class ProcessPool implements ConvertPool {
  private readonly idle: ChildProcess[] = [];
  private readonly queue: { id: number; task: ConvertTask }[] = [];
  private readonly pending = new Map<number, Pending & { child: ChildProcess }>();
  private nextId = 0;
  private destroyed = false;
  private readonly timers = new Map<number, NodeJS.Timeout>();

  constructor(jobs: number, private readonly timeoutMs = 0) {
    for (let i = 0; i < jobs; i++) this.idle.push(this.spawn());
  }

  private spawn(): ChildProcess {
    const child = fork(fileURLToPath(new URL('./child.js', import.meta.url)), [], {
      serialization: 'advanced',
      // stdout is reserved for --format jsonl; a child never writes to it
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.on('message', (message: { id: number; result: ConvertResult }) => this.settle(child, message));
    child.on('exit', (code, signal) => this.lost(child, code, signal));
    return child;
  }

  private settle(child: ChildProcess, message: { id: number; result: ConvertResult }): void {
    clearTimeout(this.timers.get(message.id));
    this.timers.delete(message.id);
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    pending?.resolve(message.result);
    this.idle.push(child);
    this.pump();
  }

  /** A child that died (out of memory, killed) fails its task; a new one takes its place. */
  private lost(child: ChildProcess, code: number | null, signal: string | null): void {
    for (const [id, pending] of this.pending) {
      if (pending.child !== child) continue;
      this.pending.delete(id);
      pending.reject(new Error(`worker process exited (${signal ?? `code ${code}`})`));
    }
    const at = this.idle.indexOf(child);
    if (at >= 0) this.idle.splice(at, 1);
    if (!this.destroyed) {
      this.idle.push(this.spawn());
      this.pump();
    }
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const child = this.idle.pop()!;
      const job = this.queue.shift()!;
      const pending = this.pending.get(job.id)!;
      pending.child = child;
      child.send(job);
      // --timeout: the child is killed (and replaced, see lost) when the file takes too long
      if (this.timeoutMs > 0) this.timers.set(job.id, setTimeout(() => this.expire(job.id), this.timeoutMs));
    }
  }

  private expire(id: number): void {
    this.timers.delete(id);
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    pending.reject(new TimeoutError(this.timeoutMs));
    pending.child.kill('SIGKILL');
  }

  run(task: ConvertTask): Promise<ConvertResult> {
    if (this.destroyed) return Promise.reject(new Error('the worker pool was stopped'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, child: undefined as unknown as ChildProcess });
      this.queue.push({ id, task });
      this.pump();
    });
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const job of this.queue.splice(0)) {
      this.pending.get(job.id)?.reject(new Error('the worker pool was stopped'));
      this.pending.delete(job.id);
    }
    const children = [...new Set([...this.idle, ...[...this.pending.values()].map((p) => p.child)])].filter(Boolean);
    await Promise.all(children.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    })));
  }
}

export async function createPool(kind: PoolKind, jobs: number, timeoutMs = 0): Promise<ConvertPool> {
  return kind === 'threads' ? threadPool(jobs, timeoutMs) : new ProcessPool(jobs, timeoutMs);
}
