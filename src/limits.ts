/**
 * Limits on work (issue 12; the README's Reliability section): how big an
 * input may be and how long one file may take. Plans are small — the largest
 * real one is under 1 MB of text — so these only stop damage and abuse.
 */
import { createContext, runInContext, type Context } from 'node:vm';
import { inputError } from './errors.js';

/** `--max-size`, in MB: text and web pages above it are refused before parsing. */
export const DEFAULT_MAX_SIZE_MB = 10;
/** Word files may be this many times larger: their bytes are mostly pictures, which are never read. */
export const WORD_SIZE_FACTOR = 5;
/** `--timeout`, in seconds: the time one file may take (parse, check, convert). */
export const DEFAULT_TIMEOUT_S = 30;

export const MB = 1024 * 1024;

export interface SizeLimit {
  /** Bytes of text (txt, md, html); Word files get WORD_SIZE_FACTOR times this. */
  maxSize: number;
}

export const defaultSizeLimit = (): SizeLimit => ({ maxSize: DEFAULT_MAX_SIZE_MB * MB });

const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** The most bytes any input may have (the Word limit), checked before reading. */
export function fileLimit(limit: SizeLimit): number {
  return limit.maxSize * WORD_SIZE_FACTOR;
}

/** Refuse a file too large for its kind: `word` for .docx/.doc (by their bytes), else text. */
export function checkSize(file: string, size: number, limit: SizeLimit, word: boolean): void {
  const max = word ? fileLimit(limit) : limit.maxSize;
  if (size <= max) return;
  const rule = word ? `${mb(max)} for Word files (${WORD_SIZE_FACTOR} × --max-size)` : `--max-size ${mb(max)}`;
  throw inputError(file, `too large: ${mb(size)}, more than ${rule}`);
}

/** The one line of a file stopped by --timeout. */
export const timeoutMessage = (ms: number) => `too complex: stopped after ${Math.round(ms / 100) / 10} s`;

/** A worker stopped because its file took longer than --timeout. */
export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(timeoutMessage(ms));
    this.name = 'TimeoutError';
  }
}

/**
 * One file's time budget for parse and check (`--timeout`), in this thread.
 * The parsing stages and the rules — synchronous functions over the reader's
 * blocks, where a pathological input spends its time — run under V8's
 * watchdog (node:vm's `timeout`), which terminates the running JavaScript,
 * also inside a regular expression or a loop of a function the script calls.
 * The readers (mammoth, pdf.js, the zip reader) are asynchronous and bounded
 * by the size, entry and page limits instead; their time counts against the
 * budget. (A worker thread per run did this at ~90 ms of start-up, issue 11.)
 */
export class TimeBudget {
  private readonly start = performance.now();

  /** `ms` 0: no limit. */
  constructor(private readonly ms: number, private readonly file: string) {}

  run<T>(stage: () => T): T {
    if (this.ms <= 0) return stage();
    const left = Math.floor(this.ms - (performance.now() - this.start));
    if (left < 1) throw this.spent();
    const context = watchdogContext();
    context.stage = stage;
    try {
      return runInContext('stage()', context, { timeout: left }) as T;
    } catch (error) {
      if ((error as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw this.spent();
      throw error;
    } finally {
      context.stage = null;
    }
  }

  private spent(): Error {
    return inputError(this.file, timeoutMessage(this.ms));
  }
}

let context: Context | undefined;
/** One small context for every run: only the call `stage()` is evaluated in it. */
function watchdogContext(): Context & { stage: (() => unknown) | null } {
  return (context ??= createContext({ stage: null })) as Context & { stage: (() => unknown) | null };
}
