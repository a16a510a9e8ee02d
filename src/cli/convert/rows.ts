/**
 * The index: one row per input, as `index.jsonl` (lossless, for tools and
 * merge-index) and `index.csv` (UTF-8 with BOM and CRLF, which Excel opens
 * with the Chinese intact). Both use the same column names, in this order.
 */
import { writeLinesAtomic } from '../../fs/atomic.js';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export type RowStatus = 'ok' | 'failed' | 'skipped';

/** The numbers an index row counts, in index column order: the one list the row, the totals and the CSV read. */
export const COUNT_FIELDS = ['documents', 'tasks', 'tasksWithoutOwner', 'tasksWithoutDeadline', 'documentsWithoutTasks', 'errors', 'warnings', 'infos'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type Counts = Record<CountField, number>;

/** Findings by severity. */
export type SeverityCounts = Pick<Counts, 'errors' | 'warnings' | 'infos'>;

/** Documents, tasks and their gaps; `documentsWithoutTasks`: plans that yield no task (an unparsed plan must not look clean). */
export type GapCounts = Omit<Counts, keyof SeverityCounts>;

/** Every count at zero. */
export const zeroCounts = (): Counts => Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as Counts;

export interface IndexRow extends Counts {
  /** Index path: relative to the inputs' common folder; zip entries as `a.zip/entry`. */
  path: string;
  /** The format read (txt, md, docx, doc, html); the extension for rows that were not read. */
  format: string;
  status: RowStatus;
  /** failed: the one-line error; skipped: why; ok: empty. */
  message: string;
  sha256: string;
  /** Time to read, parse and write this input. */
  ms: number;
  /** plan-parse version that produced the row (and the output). */
  version: string;
  /** The configuration applied (the nearest .planparserc, as check finds it) and its content's hash; empty: the built-in one. */
  config: string;
}

export const COLUMNS = ['path', 'format', ...COUNT_FIELDS, 'status', 'message', 'sha256', 'ms', 'version', 'config'] as const satisfies readonly (keyof IndexRow)[];

const NUMERIC = new Set<string>([...COUNT_FIELDS, 'ms']);

export const INDEX_JSONL = 'index.jsonl';
export const INDEX_CSV = 'index.csv';

/** Keys in column order, so that every index.jsonl line reads the same. */
export function rowToJson(row: IndexRow): string {
  const ordered: Record<string, unknown> = {};
  for (const column of COLUMNS) ordered[column] = row[column];
  return JSON.stringify(ordered);
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = COLUMNS.join(',');

export function rowToCsv(row: IndexRow): string {
  return COLUMNS.map((c) => csvField(row[c])).join(',');
}

/** Read back a row written by another version or edited by hand: missing numbers become 0. */
export function normalizeRow(value: Record<string, unknown>): IndexRow | null {
  if (typeof value.path !== 'string' || !value.path) return null;
  const row: Record<string, unknown> = {};
  for (const column of COLUMNS) {
    const v = value[column];
    row[column] = NUMERIC.has(column) ? Number(v) || 0 : v === undefined || v === null ? '' : String(v);
  }
  return row as unknown as IndexRow;
}

/** Rows of a JSON Lines index, one at a time; a torn last line (a crash mid-write) is ignored. */
export async function* readJsonlRows(path: string): AsyncGenerator<IndexRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const row = parsed && typeof parsed === 'object' ? normalizeRow(parsed as Record<string, unknown>) : null;
    if (row) yield row;
  }
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records.filter((r) => r.length > 1 || r[0] !== '');
}

export async function readCsvRows(path: string): Promise<IndexRow[]> {
  const [header, ...records] = parseCsv(await readFile(path, 'utf8'));
  if (!header) return [];
  return records
    .map((record) => normalizeRow(Object.fromEntries(header.map((name, i) => [name, record[i]]))))
    .filter((row): row is IndexRow => row !== null);
}

function* csvLines(rows: Iterable<IndexRow>): Generator<string> {
  yield CSV_HEADER;
  for (const row of rows) yield rowToCsv(row);
}

function* jsonLines(rows: Iterable<IndexRow>): Generator<string> {
  for (const row of rows) yield rowToJson(row);
}

/** index.csv: the BOM, or Excel reads UTF-8 as the ANSI code page and the Chinese turns to mojibake. */
export function writeCsvIndex(path: string, rows: Iterable<IndexRow>): Promise<void> {
  return writeLinesAtomic(path, csvLines(rows), '\r\n', '\uFEFF');
}

export function writeJsonlIndex(path: string, rows: Iterable<IndexRow>): Promise<void> {
  return writeLinesAtomic(path, jsonLines(rows));
}

export async function writeIndex(outDir: string, rows: IndexRow[]): Promise<void> {
  await writeJsonlIndex(join(outDir, INDEX_JSONL), rows);
  await writeCsvIndex(join(outDir, INDEX_CSV), rows);
}

/** Index order: plain code-unit order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareRows(a: IndexRow, b: IndexRow): number {
  return comparePaths(a.path, b.path);
}
