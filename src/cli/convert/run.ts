/**
 * `plan-parse convert`: inputs → items → a pool of workers → outputs + index.
 * The main thread only walks inputs, hashes bytes and records rows; parsing
 * and writing happen in the workers, at most 2 × jobs inputs in flight.
 */
import { availableParallelism } from 'node:os';
import { PlanParseError } from '../../errors.js';
import { sha256 } from '../../pipeline.js';
import { ConfigFinder, shownPath, type LoadedConfig } from '../../config/load.js';
import type { DataFormat } from '../../formats/serialize.js';
import { EXIT } from '../exit.js';
import { version } from '../version.js';
import { classify, extensionFormat } from './classify.js';
import { makeExcluder } from './exclude.js';
import { expandInputs, type InputFile } from './inputs.js';
import { itemsOf, type Item } from './items.js';
import { createPool, type ConvertPool, type PoolKind } from './pool.js';
import { createProgress, type Progress } from './progress.js';
import { shardFilter, type Shard } from './shard.js';
import { DirSink, StreamSink, removeTempOutputs, type Sink } from './sinks.js';
import { zeroCounts, type IndexRow } from './rows.js';
import type { ConvertResult } from './convert-one.js';
import { PeopleSink, type PeopleFormat } from './people-sink.js';
import { resolveLang, type Lang } from '../../i18n/lang.js';
import { resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { lockOutDir, type OutDirLock } from './lock.js';
import { DEFAULT_MAX_SIZE_MB, DEFAULT_TIMEOUT_S, MB, TimeoutError, type SizeLimit } from '../../limits.js';

const sizeLimit = (options: ConvertOptions): SizeLimit => ({ maxSize: Math.round((options.maxSize ?? DEFAULT_MAX_SIZE_MB) * MB) });

export interface ConvertOptions {
  outDir?: string;
  /** xlsx and html: JSON per input, plus the archive's tasks.xlsx + tasks.csv or report.html (people-sink.ts). */
  format: DataFormat | PeopleFormat;
  lang?: Lang;
  split: boolean;
  filesFrom?: string;
  exclude: string[];
  jobs?: number;
  pool: PoolKind;
  force: boolean;
  report: boolean;
  shard?: Shard;
  year?: number;
  progress: boolean;
  /** --timeout, in seconds (0: none). */
  timeout?: number;
  /** --max-size, in MB. */
  maxSize?: number;
  /** --wait: wait for another convert into the same out-dir instead of failing. */
  wait?: boolean;
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

const usage = (message: string) => new PlanParseError('usage', message);

function checkOptions(options: ConvertOptions): void {
  if (!options.outDir && options.format !== 'jsonl') throw usage('convert needs --out-dir DIR (or --format jsonl to stream documents to stdout)');
  if (!options.outDir && (options.split || options.report)) throw usage('--split and --report need --out-dir');
  if (options.split && options.format === 'jsonl') throw usage('--split applies to --format json and yaml (jsonl already has one line per document)');
  if (options.jobs !== undefined && options.jobs < 1) throw usage('--jobs must be at least 1');
}

interface Counts {
  converted: number;
  unchanged: number;
  failed: number;
  skipped: number;
  documents: number;
  tasks: number;
  junk: Map<string, number>;
}

function baseRow(path: string, format: string): IndexRow {
  return { path, format, ...zeroCounts(), status: 'ok', message: '', sha256: '', ms: 0, version, config: '' };
}

function resultRow(path: string, hash: string, config: string, result: ConvertResult): IndexRow {
  if (result.status === 'failed') return { ...baseRow(path, extensionFormat(path)), status: 'failed', message: result.message, sha256: hash, ms: result.ms, config };
  const { lines: _lines, ...counts } = result;
  return { ...baseRow(path, result.format), ...counts, sha256: hash, config };
}

/** Per loaded configuration: a batch names the same few thousands of times. */
const stamps = new WeakMap<LoadedConfig, string>();

/** What names a configuration in the index: its path and its content's hash, so that editing it converts again. */
async function configStamp(finder: ConfigFinder, configFrom: string): Promise<string> {
  const loaded = await finder.forFile(configFrom);
  let stamp = stamps.get(loaded);
  if (stamp === undefined) {
    stamp = loaded.path ? `${shownPath(loaded.path)}@${sha256(JSON.stringify(loaded.config)).slice(0, 12)}` : '';
    stamps.set(loaded, stamp);
  }
  return stamp;
}

class ConvertRun {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly limit: number;
  private readonly counts: Counts = { converted: 0, unchanged: 0, failed: 0, skipped: 0, documents: 0, tasks: 0, junk: new Map() };
  private stopping = false;
  private aborted = false;
  /** The workers find each input's configuration themselves; this one only names it in the index. */
  private readonly configs = new ConfigFinder();
  private seq = 0;

  constructor(
    private readonly sink: Sink,
    private readonly pool: ConvertPool,
    private readonly progress: Progress,
    private readonly options: ConvertOptions,
    jobs: number,
  ) {
    this.limit = jobs * 2;
  }

  /** First Ctrl-C: finish what is in flight. Second (or SIGTERM): stop the workers now. */
  onSignal = (signal: NodeJS.Signals): void => {
    if (!this.stopping && signal === 'SIGINT') {
      this.stopping = true;
      this.progress.log('plan-parse: stopping after the files in progress (Ctrl-C again to stop at once)…');
      return;
    }
    this.stopping = true;
    this.aborted = true;
    void this.pool.destroy();
  };

  async execute(items: AsyncIterable<Item>): Promise<void> {
    for await (const item of items) {
      if (this.stopping) break;
      await this.handle(item, this.seq++);
    }
    await Promise.all(this.inFlight);
  }

  private async handle(item: Item, seq: number): Promise<void> {
    if (item.kind === 'junk') {
      this.counts.junk.set(item.reason, (this.counts.junk.get(item.reason) ?? 0) + 1);
      return this.done(seq, null);
    }
    if (item.kind === 'skip') return this.done(seq, { ...baseRow(item.path, extensionFormat(item.path)), status: 'skipped', message: item.reason });
    if (item.kind === 'fail') return this.done(seq, { ...baseRow(item.path, item.format), status: 'failed', message: item.message });
    await this.convert(item.path, item.bytes, item.configFrom, seq);
  }

  private async convert(path: string, bytes: Uint8Array, configFrom: string, seq: number): Promise<void> {
    const hash = sha256(bytes);
    const config = await configStamp(this.configs, configFrom);
    this.sink.source?.(path, configFrom);
    const previous = await this.sink.reusable(path, hash, config);
    if (previous) {
      this.counts.unchanged++;
      return this.done(seq, previous);
    }
    const target = this.sink.target(path);
    if (target === null) return this.done(seq, { ...baseRow(path, extensionFormat(path)), status: 'failed', message: 'the output would land outside the out-dir: not written' });
    await this.slot();
    // a Ctrl-C while we waited for a slot: this input was not started, so it has no row
    if (this.stopping) return;
    const task = { path, bytes, sha256: hash, configFrom, target, stream: this.sink instanceof StreamSink, year: this.options.year ?? null, limit: sizeLimit(this.options) };
    const running: Promise<void> = this.pool.run(task).then(
      (result) => this.done(seq, resultRow(path, hash, config, result), result.status === 'ok' ? result.lines : undefined),
      (error: Error) => this.lost(seq, path, hash, config, target?.base, error),
    );
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running));
  }

  /** A task that never finished: killed by a second Ctrl-C (no row, no partial file), or a crashed worker. */
  private async lost(seq: number, path: string, hash: string, config: string, base: string | undefined, error: Error): Promise<void> {
    if (base) await removeTempOutputs(base);
    if (this.aborted) return;
    // --timeout: the worker was stopped (and replaced); the batch goes on
    const message = error instanceof TimeoutError ? error.message : `internal error: ${error.message.split('\n')[0]}`;
    await this.done(seq, resultRow(path, hash, config, { status: 'failed', message, ms: error instanceof TimeoutError ? error.ms : 0 }));
  }

  /** Wait for room: a free worker slot, and (streaming) not too many results waiting for an earlier one. */
  private async slot(): Promise<void> {
    const stream = this.sink instanceof StreamSink ? this.sink : null;
    while (this.inFlight.size >= this.limit || (stream && stream.backlog >= this.limit * 4 && this.inFlight.size > 0)) {
      await Promise.race(this.inFlight);
    }
    if (stream && process.stdout.writableNeedDrain && !this.stopping) await drained(process.stdout);
  }

  private async done(seq: number, row: IndexRow | null, lines?: string): Promise<void> {
    if (this.sink instanceof StreamSink) this.sink.emit(seq, lines ?? '');
    if (row) {
      await this.sink.record(row);
      this.tally(row);
    }
    this.progress.tick(row?.status === 'failed');
  }

  private tally(row: IndexRow): void {
    const c = this.counts;
    if (row.status === 'failed') c.failed++;
    else if (row.status === 'skipped') c.skipped++;
    else c.converted++;
    c.documents += row.documents;
    c.tasks += row.tasks;
  }

  summaryLine(seconds: number): string {
    const c = this.counts;
    const inputs = c.converted + c.failed + c.skipped;
    const junk = [...c.junk.values()].reduce((a, b) => a + b, 0);
    const parts = [
      `${inputs} inputs: ${c.converted - c.unchanged} converted, ${c.unchanged} unchanged, ${c.failed} failed, ${c.skipped} skipped`,
      ...(junk ? [`${junk} system/temp files ignored`] : []),
      `${c.documents} documents, ${c.tasks} tasks`,
      `${seconds.toFixed(1)} s (${(inputs / Math.max(seconds, 0.001)).toFixed(1)} files/s)`,
    ];
    const out = this.options.outDir ? ` → ${this.options.outDir}` : '';
    return `plan-parse convert${this.stopping ? ' (interrupted)' : ''}: ${parts.join('; ')}${out}`;
  }

  extras() {
    return { junk: this.counts.junk, unchanged: this.counts.unchanged, interrupted: this.stopping };
  }

  exitCode(): number {
    if (this.stopping) return EXIT_INTERRUPTED;
    return this.counts.failed > 0 ? EXIT.findings : EXIT.ok;
  }
}

/** Resolves when a stream can take more, or will never again (closed, failed): never hangs the run. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    // an EPIPE may have been emitted already, before anyone listened
    if (stream.errored || stream.destroyed || !stream.writableNeedDrain) return resolve();
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.once(event, done);
  });
}

/** Files the progress bar starts with: archives count as one until opened. */
function initialTotal(files: InputFile[], owns: (path: string) => boolean): number {
  return files.filter((f) => classify(f.path).kind === 'archive' || owns(f.path)).length;
}

/**
 * Never more workers than inputs: each one loads the whole pipeline (~1 s of
 * CPU), so `--jobs 64` on 5 files started 64 of them. A zip's entries are only
 * counted when it is opened, so with an archive among the inputs --jobs stands.
 */
export function poolSize(files: InputFile[], owns: (path: string) => boolean, jobs: number): number {
  if (files.some((f) => classify(f.path).kind === 'archive')) return jobs;
  return Math.max(1, Math.min(jobs, files.filter((f) => owns(f.path)).length));
}

const isPeople = (format: ConvertOptions['format']): format is PeopleFormat => format === 'xlsx' || format === 'html';

/** The out-dir sink; for xlsx and html it writes JSON per input and the archive's views at the end. */
async function openDirSink(outDir: string, options: ConvertOptions): Promise<Sink> {
  const format = isPeople(options.format) ? 'json' : options.format;
  const dir = await DirSink.open(outDir, format, options.split, { force: options.force, report: options.report });
  if (!isPeople(options.format)) return dir;
  return new PeopleSink(dir, { dir: resolve(outDir), format, split: options.split }, options.format, resolveLang(options.lang));
}

export async function runConvert(args: string[], options: ConvertOptions): Promise<number> {
  checkOptions(options);
  const exclude = makeExcluder(options.exclude);
  const expanded = await expandInputs(args, { filesFrom: options.filesFrom, outDir: options.outDir, exclude });
  const { unmatched } = expanded;
  // .planparseignore in the working folder (every command honours it)
  const ignored = await (await import('../../config/ignore-file.js')).loadIgnoreFile();
  const files = expanded.files.filter((file) => !ignored(file.abs));
  for (const pattern of unmatched) process.stderr.write(`plan-parse: ${pattern}: no file matched\n`);
  if (files.length === 0) throw usage('no input matched');
  const jobs = options.jobs ?? availableParallelism();
  const owns = shardFilter(options.shard);
  // the out-dir first: a bad one, or one another run holds, must fail before a progress bar is drawn
  const lock = options.outDir ? await lockFor(options.outDir, options.wait === true) : null;
  let progress: Progress | undefined;
  let sink: Sink;
  try {
    sink = options.outDir ? await openDirSink(options.outDir, options) : new StreamSink((line) => progress?.log(line));
  } catch (error) {
    await lock?.release();
    throw error;
  }
  try {
    return await runLocked(files, sink, options, jobs, owns, exclude, (p) => (progress = p));
  } finally {
    await lock?.release();
  }
}

async function lockFor(outDir: string, wait: boolean): Promise<OutDirLock> {
  const dir = resolve(outDir);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new PlanParseError('usage', `cannot use it as the out-dir: ${(error as Error).message}`, outDir);
  }
  return lockOutDir(dir, outDir, wait);
}

async function runLocked(
  files: InputFile[],
  sink: Sink,
  options: ConvertOptions,
  jobs: number,
  owns: (path: string) => boolean,
  exclude: ReturnType<typeof makeExcluder>,
  setProgress: (p: Progress) => void,
): Promise<number> {
  const progress = await createProgress(initialTotal(files, owns), options.progress);
  setProgress(progress);
  const timeout = Math.round((options.timeout ?? DEFAULT_TIMEOUT_S) * 1000);
  const workers = poolSize(files, owns, jobs);
  const pool = await createPool(options.pool, workers, timeout);
  const run = new ConvertRun(sink, pool, progress, options, workers);
  const started = performance.now();
  process.on('SIGINT', run.onSignal).on('SIGTERM', run.onSignal);
  try {
    await run.execute(itemsOf(files, { exclude, owns, grow: (n) => progress.grow(n), limit: sizeLimit(options) }));
    await sink.finish(run.extras());
  } finally {
    progress.stop();
    await pool.destroy();
  }
  process.stderr.write(run.summaryLine((performance.now() - started) / 1000) + '\n');
  // only now: a Ctrl-C while the index is being written must not kill the process halfway
  process.off('SIGINT', run.onSignal).off('SIGTERM', run.onSignal);
  return run.exitCode();
}
