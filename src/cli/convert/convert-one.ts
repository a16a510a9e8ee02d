/**
 * One input, inside a worker: parse, write its output(s), and hand back only
 * the small index row, never the parsed file (it can be megabytes).
 */
import { parseBlocks } from '../../pipeline.js';
import { readBytes } from '../../readers/index.js';
import type { ParsedFile } from '../../model/plan.js';
import { serialize, type DataFormat } from '../../formats/serialize.js';
import { writeFileAtomic } from '../io.js';
import { errorLine } from './error-line.js';
import { countFindings, countGaps } from './findings.js';
import type { GapCounts, SeverityCounts } from './rows.js';
import { outputFiles } from './outputs.js';
import type { SizeLimit } from '../../limits.js';

export interface ConvertTask {
  /** Index path; becomes the output's source.path. */
  path: string;
  bytes: Uint8Array;
  /** Of the bytes: the main thread hashed them already, for the incremental check. */
  sha256: string;
  /** Write here (absolute, without extension); absent in stream mode. */
  target?: { base: string; format: DataFormat; split: boolean };
  /** Return the JSON Lines of the documents (stdout streaming). */
  stream?: boolean;
  year?: number | null;
  /** --max-size. */
  limit?: SizeLimit;
}

export type ConvertResult =
  | ({ status: 'ok'; format: string; ms: number; lines?: string } & GapCounts & SeverityCounts)
  | { status: 'failed'; message: string; ms: number };

/** The input was fine; its output could not be written (disk full, permissions). */
class WriteError extends Error {}

async function writeOutputs(parsed: ParsedFile, target: NonNullable<ConvertTask['target']>): Promise<void> {
  const files = outputFiles(target, target.base, parsed.documents.length);
  const parts = target.split ? parsed.documents.map((document) => ({ ...parsed, documents: [document] })) : [parsed];
  for (let i = 0; i < files.length; i++) {
    await writeFileAtomic(files[i]!, await serialize([parts[i]!], target.format));
  }
}

export async function convertOne(task: ConvertTask): Promise<ConvertResult> {
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  try {
    // read and parse apart (what parseBytes does in one go): the rules want the reader's lines
    const read = await readBytes(task.bytes, task.path, task.limit);
    const parsed = parseBlocks(read, { path: task.path, sha256: task.sha256 }, { year: task.year ?? null });
    const findings = countFindings(parsed, read.blocks);
    if (task.target) await writeOutputs(parsed, task.target).catch((error: unknown) => {
      throw new WriteError(errorLine(error, 'cannot write the output'));
    });
    const lines = task.stream ? await serialize([parsed], 'jsonl') : undefined;
    return { status: 'ok', format: parsed.source.format, ...countGaps(parsed), ...findings, ms: elapsed(), lines };
  } catch (error) {
    return { status: 'failed', message: error instanceof WriteError ? error.message : errorLine(error), ms: elapsed() };
  }
}
