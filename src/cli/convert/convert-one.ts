/**
 * One input, inside a worker: parse, write its output(s), and hand back only
 * the small index row, never the parsed file (it can be megabytes).
 */
import type { ParsedFile } from '../../model/plan.js';
import { processFile } from '../../check/process-file.js';
import { ConfigFinder } from '../../config/load.js';
import { serialize, type DataFormat } from '../../formats/serialize.js';
import { writeFileAtomic } from '../io.js';
import { errorLine } from './error-line.js';
import type { GapCounts, SeverityCounts } from './rows.js';
import { outputFiles } from './outputs.js';
import type { SizeLimit } from '../../limits.js';

export interface ConvertTask {
  /** Index path; becomes the output's source.path. */
  path: string;
  bytes: Uint8Array;
  /** Of the bytes: the main thread hashed them already, for the incremental check. */
  sha256: string;
  /** Where its configuration is searched from (the file on disk; a zip entry: its archive), as check does. */
  configFrom: string;
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

/** One per worker: it caches the configurations it found, folder by folder. */
const finder = new ConfigFinder();

export function countGaps(file: ParsedFile): GapCounts {
  const tasks = file.documents.flatMap((d) => d.tasks);
  return {
    documents: file.documents.length,
    tasks: tasks.length,
    tasksWithoutOwner: tasks.filter((t) => t.owners.length === 0).length,
    tasksWithoutDeadline: tasks.filter((t) => t.deadline === null).length,
    documentsWithoutTasks: file.documents.filter((d) => d.tasks.length === 0).length,
  };
}

export async function convertOne(task: ConvertTask): Promise<ConvertResult> {
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  try {
    const input = { path: task.path, bytes: task.bytes, sha256: task.sha256, configFrom: task.configFrom };
    const { parsed, report } = await processFile(input, { finder, year: task.year ?? null, limit: task.limit });
    const findings: SeverityCounts = { errors: report.errorCount, warnings: report.warningCount, infos: report.infoCount };
    if (task.target) await writeOutputs(parsed, task.target).catch((error: unknown) => {
      throw new WriteError(errorLine(error, 'cannot write the output'));
    });
    const lines = task.stream ? await serialize([parsed], 'jsonl') : undefined;
    return { status: 'ok', format: parsed.source.format, ...countGaps(parsed), ...findings, ms: elapsed(), lines };
  } catch (error) {
    return { status: 'failed', message: error instanceof WriteError ? error.message : errorLine(error), ms: elapsed() };
  }
}
