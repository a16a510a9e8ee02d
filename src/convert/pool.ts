/**
 * Run convertOne in parallel: worker threads (piscina, the default) or child
 * processes. bench/batch.js measures both: the same speed for this workload,
 * but threads need 80–100 MB less (the README); processes remain as
 * `--pool processes` for isolation from crashes in native code.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ConvertResult, ConvertTask } from './convert-one.js';

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

async function threadPool(jobs: number): Promise<ConvertPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // a long run keeps its threads; idle ones would be torn down and re-warmed
    idleTimeout: 60_000,
  });
  return {
    run(task) {
      const bytes = ownBuffer(task.bytes);
      return pool.run({ ...task, bytes }, { transferList: [bytes.buffer as ArrayBuffer] }) as Promise<ConvertResult>;
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

  constructor(jobs: number) {
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
    }
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

export async function createPool(kind: PoolKind, jobs: number): Promise<ConvertPool> {
  return kind === 'threads' ? threadPool(jobs) : new ProcessPool(jobs);
}
