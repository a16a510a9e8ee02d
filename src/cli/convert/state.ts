/**
 * What a previous run left in the out-dir, for incremental runs: its index
 * and, if it was killed before writing one, its journal — the rows it had
 * finished, appended one line at a time as each input completed.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { access, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { INDEX_JSONL, compareRows, readJsonlRows, rowToJson, writeIndex, type IndexRow } from './rows.js';

export const JOURNAL = '.plan-parse-journal.jsonl';

const exists = (path: string) => access(path).then(() => true, () => false);

async function readRowsInto(path: string, rows: Map<string, IndexRow>): Promise<boolean> {
  if (!(await exists(path))) return false;
  for await (const row of readJsonlRows(path)) rows.set(row.path, row);
  return true;
}

/**
 * The previous rows by path. A journal left by a killed run is folded into
 * the index first, so that its finished work is never lost, whatever this run does.
 */
export async function loadPrior(outDir: string): Promise<Map<string, IndexRow>> {
  const rows = new Map<string, IndexRow>();
  await readRowsInto(join(outDir, INDEX_JSONL), rows);
  if (await readRowsInto(join(outDir, JOURNAL), rows)) {
    await writeIndex(outDir, [...rows.values()].sort(compareRows));
    await unlink(join(outDir, JOURNAL));
  }
  return rows;
}

/** This run's rows, on disk as they complete: memory holds none of them until the final sort. */
export class Journal {
  private readonly stream: WriteStream;
  readonly path: string;

  constructor(outDir: string) {
    this.path = join(outDir, JOURNAL);
    this.stream = createWriteStream(this.path, { flags: 'w' });
  }

  async append(row: IndexRow): Promise<void> {
    if (!this.stream.write(rowToJson(row) + '\n')) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }

  async rows(): Promise<IndexRow[]> {
    const rows: IndexRow[] = [];
    for await (const row of readJsonlRows(this.path)) rows.push(row);
    return rows;
  }

  remove(): Promise<void> {
    return unlink(this.path).catch(() => undefined);
  }
}
