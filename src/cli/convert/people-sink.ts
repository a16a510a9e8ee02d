/**
 * `convert --format xlsx|html`: the views of the whole archive for people,
 * beside the per-input JSON outputs — `tasks.xlsx` and `tasks.csv` (one row
 * per task, with the file and document it came from) or `report.html`.
 * It wraps the out-dir sink: inputs are converted to JSON as usual (that is
 * what incremental runs reuse), and once the index is written the views are
 * made from the outputs of every `ok` row, read one file at a time, twice or
 * three times (once per sheet), so the archive never sits in memory.
 */
import { writeLinesAtomic } from '../../fs/atomic.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedFile } from '../../model/plan.js';
import type { Lang } from '../../i18n/index.js';
import { checkParsed } from '../../check/engine.js';
import { ConfigFinder } from '../../config/load.js';
import { configFor } from '../../check/process-file.js';
import type { PlanInput } from '../../formats/plan-rows.js';
import { version } from '../version.js';
import type { DirSink, Sink } from './sinks.js';
import { outputBase, outputFiles, type OutputSpec } from './outputs.js';
import { INDEX_JSONL, readJsonlRows, type IndexRow } from './rows.js';
import type { ReportExtras } from './report.js';

export type PeopleFormat = 'xlsx' | 'html';

export const TASKS_XLSX = 'tasks.xlsx';
export const TASKS_CSV = 'tasks.csv';
export const REPORT_HTML = 'report.html';

/** The parsed file of a row, from its output (or its outputs, one per document, with --split). */
async function readOutput(spec: OutputSpec, row: IndexRow): Promise<ParsedFile | null> {
  const base = outputBase(spec, row.path);
  if (!base) return null;
  const parts: ParsedFile[] = [];
  for (const path of outputFiles(spec, base, row.documents)) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) return null;
    parts.push(JSON.parse(text) as ParsedFile);
  }
  if (parts.length === 0) return null;
  return { ...parts[0]!, documents: parts.flatMap((p) => p.documents) };
}

export class PeopleSink implements Sink {
  constructor(
    private readonly inner: DirSink,
    private readonly spec: OutputSpec,
    private readonly format: PeopleFormat,
    private readonly lang: Lang,
  ) {}

  /** Index path → where its configuration is searched from. */
  private readonly configFrom = new Map<string, string>();

  reusable(path: string, sha256: string, config: string) {
    return this.inner.reusable(path, sha256, config);
  }

  source(path: string, configFrom: string) {
    this.configFrom.set(path, configFrom);
  }

  target(path: string) {
    return this.inner.target(path);
  }

  record(row: IndexRow) {
    return this.inner.record(row);
  }

  async finish(extras: ReportExtras): Promise<void> {
    await this.inner.finish(extras);
    const index = join(this.spec.dir, INDEX_JSONL);
    const plans = () => this.plans(index);
    if (this.format === 'xlsx') {
      const [{ writeWorkbookFile }, { taskCsvLines }] = await Promise.all([import('../../formats/xlsx.js'), import('../../formats/tasks-csv.js')]);
      await writeWorkbookFile(join(this.spec.dir, TASKS_XLSX), plans, this.lang);
      await writeLinesAtomic(join(this.spec.dir, TASKS_CSV), taskCsvLines(plans, this.lang), '\r\n', '\uFEFF');
    } else {
      const { writeHtmlFile } = await import('../../formats/html.js');
      const failures: { path: string; message: string }[] = [];
      for await (const row of readJsonlRows(index)) if (row.status === 'failed') failures.push({ path: row.path, message: row.message });
      await writeHtmlFile(join(this.spec.dir, REPORT_HTML), plans, { lang: this.lang, version, archive: true, failures });
    }
  }

  /** Every converted input in index order, with the findings of its configuration's rules (as the index counts them). */
  private async *plans(index: string): AsyncGenerator<PlanInput> {
    const finder = new ConfigFinder();
    for await (const row of readJsonlRows(index)) {
      if (row.status !== 'ok') continue;
      const file = await readOutput(this.spec, row);
      const config = await configFor(this.configFrom.get(row.path) ?? join(process.cwd(), row.path), finder);
      if (file) yield { file, findings: checkParsed(file, { config }).findings };
    }
  }
}
