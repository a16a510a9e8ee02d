/**
 * A per-file time budget for parse and check (`--timeout`): each file's work
 * runs in a worker thread, which is terminated when the budget is spent —
 * the only way to stop a stage that does not return. The file then fails
 * with `too complex: stopped after 30 s` and the next one gets a new worker.
 * Results (processFile's: a ParsedFile, a FileReport, messages) are plain data and cross by structured clone.
 */
import { Worker } from 'node:worker_threads';
import { PlanParseError, type ErrorKind } from './errors.js';
import { timeoutMessage } from './limits.js';

/** One file for processFile (check/process-file.ts); `configPath`: --config, loaded once per worker. */
export interface BudgetJob {
  input: { path: string; bytes?: Uint8Array; configFrom?: string };
  options: object;
  configPath?: string;
}

/** What crosses back: a result, or an error that is rebuilt on this side. */
export type BudgetReply =
  | { ok: true; value: unknown }
  | { ok: false; planParse?: { kind: ErrorKind; message: string; file?: string; detail?: string }; message: string; stack?: string };

export class Budget {
  private worker: Worker | null = null;

  /**
   * `ms` 0: no limit (the work still runs in the worker, so that it can be stopped by Ctrl-C alike).
   * The worker starts at once: its module loading (the whole pipeline, ~1 s on a
   * slow machine) then overlaps with this thread's own (options, configuration, output format).
   */
  constructor(private readonly ms: number) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./budget-worker.js', import.meta.url));
    worker.unref();
    return worker;
  }

  async run<T>(job: BudgetJob): Promise<T> {
    const worker = (this.worker ??= this.spawn());
    const reply = await new Promise<BudgetReply>((resolve, reject) => {
      const timer = this.ms > 0 ? setTimeout(() => {
        cleanup();
        this.worker = null;
        void worker.terminate();
        reject(new PlanParseError('input', timeoutMessage(this.ms), job.input.path));
      }, this.ms) : undefined;
      const onMessage = (message: BudgetReply) => (cleanup(), resolve(message));
      const onError = (error: Error) => {
        cleanup();
        this.worker = null;
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`the worker stopped (exit code ${code})`));
      const cleanup = () => {
        if (timer) clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      worker.postMessage(job);
    }).finally(() => this.worker?.unref());
    if (reply.ok) return reply.value as T;
    if (reply.planParse) {
      const { kind, message, file, detail } = reply.planParse;
      const error = new PlanParseError(kind, message, file, detail);
      if (reply.stack) error.stack = reply.stack;
      throw error;
    }
    const error = new Error(reply.message);
    if (reply.stack) error.stack = reply.stack;
    throw error;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
