/**
 * `plan-parse merge-index`: the indexes of several shard runs → one index,
 * sorted by path. A path found in two indexes keeps the row from the later
 * one on the command line (with a warning): shards never overlap, so that
 * only happens when the same shard ran twice.
 */
import { access, mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { PlanParseError } from '../../errors.js';
import { INDEX_CSV, INDEX_JSONL, compareRows, readCsvRows, readJsonlRows, writeCsvIndex, writeIndex, writeJsonlIndex, type IndexRow } from './rows.js';

export interface MergeOptions {
  outDir?: string;
  out?: string;
}

const exists = (path: string) => access(path).then(() => true, () => false);

/** index.jsonl (lossless) when there is one, else index.csv; a file argument is read by its extension. */
async function readIndex(source: string): Promise<IndexRow[]> {
  const candidates = /\.(jsonl|csv)$/i.test(source) ? [source] : [join(source, INDEX_JSONL), join(source, INDEX_CSV)];
  for (const path of candidates) {
    if (!(await exists(path))) continue;
    if (extname(path).toLowerCase() === '.csv') return readCsvRows(path);
    const rows: IndexRow[] = [];
    for await (const row of readJsonlRows(path)) rows.push(row);
    return rows;
  }
  throw new PlanParseError('input', `no ${INDEX_JSONL} or ${INDEX_CSV} here`, source);
}

export async function mergeIndexes(sources: string[], options: MergeOptions, warn: (line: string) => void): Promise<number> {
  if (!options.outDir === !options.out) throw new PlanParseError('usage', 'give exactly one of -o/--out-dir DIR or --out FILE (.csv or .jsonl)');
  if (options.out && !/\.(csv|jsonl)$/i.test(options.out)) throw new PlanParseError('usage', '--out must end in .csv or .jsonl', options.out);
  const byPath = new Map<string, IndexRow>();
  for (const source of sources) {
    for (const row of await readIndex(source)) {
      if (byPath.has(row.path)) warn(`plan-parse: ${row.path} is in more than one index; keeping the row from ${source}`);
      byPath.set(row.path, row);
    }
  }
  const rows = [...byPath.values()].sort(compareRows);
  if (options.outDir) {
    await mkdir(options.outDir, { recursive: true });
    await writeIndex(options.outDir, rows);
  } else if (/\.csv$/i.test(options.out!)) {
    await writeCsvIndex(options.out!, rows);
  } else {
    await writeJsonlIndex(options.out!, rows);
  }
  return rows.length;
}
