/**
 * Where results go. DirSink: outputs and the index in --out-dir, with the
 * incremental bookkeeping. StreamSink: --format jsonl on stdout, in input
 * order whatever order the workers finish in.
 */
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PlanParseError } from '../../errors.js';
import { writeFileAtomic } from '../io.js';
import type { DataFormat } from '../../formats/serialize.js';
import { version } from '../version.js';
import { compareRows, writeIndex, type IndexRow } from './rows.js';
import { Journal, loadPrior } from './state.js';
import { outputBase, outputFiles, type OutputSpec } from './outputs.js';
import { renderReport, type ReportExtras } from './report.js';

export interface Sink {
  /** A previous row to reuse instead of converting again, if the output is still current (same input, version and configuration). */
  reusable(path: string, sha256: string, config: string): Promise<IndexRow | null>;
  /** The output base for a path; null when the path would leave the out-dir. */
  target(path: string): { base: string; format: DataFormat; split: boolean } | null | undefined;
  record(row: IndexRow): Promise<void>;
  finish(extras: ReportExtras): Promise<void>;
  /** Where an input's configuration is searched from, for a sink that runs the rules again (the views for people). */
  source?(path: string, configFrom: string): void;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

export class DirSink implements Sink {
  private constructor(
    private readonly spec: OutputSpec,
    private readonly prior: Map<string, IndexRow>,
    private readonly journal: Journal,
    private readonly options: { force: boolean; report: boolean },
  ) {}

  static async open(outDir: string, format: DataFormat, split: boolean, options: { force: boolean; report: boolean }): Promise<DirSink> {
    const dir = resolve(outDir);
    try {
      await mkdir(dir, { recursive: true });
      if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    } catch (error) {
      throw new PlanParseError('usage', `cannot use it as the out-dir: ${(error as Error).message}`, outDir);
    }
    const prior = await loadPrior(dir);
    return new DirSink({ dir, format, split }, prior, new Journal(dir), options);
  }

  async reusable(path: string, sha256: string, config: string): Promise<IndexRow | null> {
    const prior = this.prior.get(path);
    this.prior.delete(path);
    if (this.options.force || !prior || prior.status !== 'ok' || prior.sha256 !== sha256 || prior.version !== version || prior.config !== config) return null;
    const base = outputBase(this.spec, path);
    if (!base) return null;
    const present = await Promise.all(outputFiles(this.spec, base, prior.documents).map(exists));
    return present.every(Boolean) ? prior : null;
  }

  target(path: string) {
    const base = outputBase(this.spec, path);
    return base ? { base, format: this.spec.format, split: this.spec.split } : null;
  }

  record(row: IndexRow): Promise<void> {
    this.prior.delete(row.path);
    return this.journal.append(row);
  }

  /**
   * Sort this run's rows into the index. An interrupted run keeps the earlier
   * rows of inputs it did not reach: their outputs are still there and valid.
   */
  async finish(extras: ReportExtras): Promise<void> {
    await this.journal.close();
    const byPath = new Map<string, IndexRow>();
    for (const row of await this.journal.rows()) byPath.set(row.path, row);
    if (extras.interrupted) for (const [path, row] of this.prior) if (!byPath.has(path)) byPath.set(path, row);
    const rows = [...byPath.values()].sort(compareRows);
    byPath.clear();
    await writeIndex(this.spec.dir, rows);
    if (this.options.report) await writeFileAtomic(join(this.spec.dir, 'summary.md'), renderReport(rows, extras));
    await this.journal.remove();
  }
}

/** Remove the temporary files a killed worker may have left beside an output. */
export async function removeTempOutputs(base: string): Promise<void> {
  const prefix = `.${basename(base)}.`;
  const names = await readdir(dirname(base)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => unlink(join(dirname(base), n)).catch(() => undefined)));
}

export class StreamSink implements Sink {
  private next = 0;
  private readonly waiting = new Map<number, string>();

  constructor(private readonly log: (line: string) => void) {}

  reusable(): Promise<null> {
    return Promise.resolve(null);
  }

  target() {
    return undefined;
  }

  async record(row: IndexRow): Promise<void> {
    if (row.status === 'failed') this.log(`plan-parse: ${row.path}: ${row.message}`);
  }

  /** Results waiting for an earlier input to finish. */
  get backlog(): number {
    return this.waiting.size;
  }

  /** Lines of input number `seq` (empty for inputs without output), written once all earlier ones are. */
  emit(seq: number, lines: string): void {
    this.waiting.set(seq, lines);
    let text = '';
    while (this.waiting.has(this.next)) {
      text += this.waiting.get(this.next);
      this.waiting.delete(this.next++);
    }
    if (text) process.stdout.write(text);
  }

  async finish(): Promise<void> {}
}
