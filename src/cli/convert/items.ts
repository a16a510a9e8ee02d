/**
 * Input files → work items, one at a time, in index order: documents with
 * their bytes, rows to record without parsing (skipped, failed), and junk to
 * count. Zip archives are walked entry by entry (one level of zips inside
 * zips), so only the entries in flight are ever in memory.
 */
import type { ZipFile } from 'yauzl';
import { readInput } from '../../pipeline.js';
import { classify, extensionFormat } from './classify.js';
import type { Excluder } from './exclude.js';
import type { InputFile } from './inputs.js';
import { openZipFile, readEntry, unsafeEntryName, zipEntries, type ZipEntry } from '../../fs/zip.js';
import { isPackage } from '../../readers/sniff.js';
import { errorLine } from './error-line.js';
import { displayName } from '../../errors.js';
import { checkSize, defaultSizeLimit, type SizeLimit } from '../../limits.js';

export type Item =
  | { kind: 'document'; path: string; bytes: Uint8Array; configFrom: string }
  | { kind: 'skip'; path: string; reason: string }
  | { kind: 'fail'; path: string; format: string; message: string }
  | { kind: 'junk'; path: string; reason: string };

export interface ItemOptions {
  exclude: Excluder;
  /** Whether this run (shard) owns a path. */
  owns: (path: string) => boolean;
  /** Called when an archive turns out to hold more (or fewer) items than the one counted for it. */
  grow: (delta: number) => void;
  /** `--max-size`. */
  limit?: SizeLimit;
}

const fail = (path: string, message: string): Item => ({ kind: 'fail', path, format: extensionFormat(path), message });

export async function* itemsOf(files: InputFile[], options: ItemOptions): AsyncGenerator<Item> {
  for (const file of files) {
    const disposition = classify(file.path);
    if (disposition.kind === 'archive') {
      yield* zipItems(file.abs, file.abs, file.path, options, 1);
      continue;
    }
    if (!options.owns(file.path)) continue;
    if (file.problem && disposition.kind !== 'junk') {
      yield file.problem.status === 'skipped' ? { kind: 'skip', path: file.path, reason: file.problem.message } : fail(file.path, file.problem.message);
    } else if (disposition.kind === 'junk') yield { kind: 'junk', path: file.path, reason: disposition.reason };
    else if (disposition.kind === 'skip') yield { kind: 'skip', path: file.path, reason: disposition.reason };
    else yield await readDisk(file, options);
  }
}

async function readDisk(file: InputFile, options: ItemOptions): Promise<Item> {
  try {
    return { kind: 'document', path: file.path, bytes: await readInput(file.abs, options.limit), configFrom: file.abs };
  } catch (error) {
    return fail(file.path, errorLine(error));
  }
}

/**
 * The items of a zip (a file on disk, or the bytes of a zip inside one), which
 * replace the one item it was counted as. `archive`: the zip on disk, whose
 * folder's configuration applies to every entry.
 */
async function* zipItems(source: string | Buffer, archive: string, path: string, options: ItemOptions, depth: number): AsyncGenerator<Item> {
  let zip: ZipFile;
  try {
    zip = await openZipFile(source);
  } catch (error) {
    if (options.owns(path)) yield fail(path, `not a readable zip archive: ${(error as Error).message}`);
    else options.grow(-1);
    return;
  }
  options.grow(zip.entryCount - 1);
  try {
    yield* entriesOf(zip, archive, path, options, depth);
  } catch (error) {
    if (options.owns(path)) yield fail(path, `the zip archive is damaged: ${(error as Error).message}`);
  } finally {
    zip.close();
  }
}

/** `a.docx` seen before in this zip: `a (2).docx`, so that each entry keeps its own row. */
function uniqueName(name: string, seen: Map<string, number>): string {
  const n = (seen.get(name) ?? 0) + 1;
  seen.set(name, n);
  if (n === 1) return name;
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') + 0 && dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

async function* entriesOf(zip: ZipFile, archive: string, prefix: string, options: ItemOptions, depth: number): AsyncGenerator<Item> {
  const seen = new Map<string, number>();
  for await (const entry of zipEntries(zip)) {
    const path = `${prefix}/${uniqueName(displayName(entry.name.replace(/\/+$/, '')), seen)}`;
    if (entry.directory || options.exclude(path)) {
      options.grow(-1);
      continue;
    }
    const disposition = classify(path);
    if (disposition.kind === 'archive') {
      if (depth === 1) yield* nestedItems(zip, entry, archive, path, options);
      else if (options.owns(path)) yield { kind: 'skip', path, reason: 'zip inside a zip inside a zip (only one level is opened)' };
      else options.grow(-1);
      continue;
    }
    if (!options.owns(path)) {
      options.grow(-1);
      continue;
    }
    if (disposition.kind === 'junk') yield { kind: 'junk', path, reason: disposition.reason };
    else if (disposition.kind === 'skip') yield { kind: 'skip', path, reason: disposition.reason };
    else yield await readZipDocument(zip, entry, archive, path, options.limit);
  }
}

/** Why an entry cannot be read, before trying. */
function entryProblem(entry: ZipEntry): string | null {
  if (unsafeEntryName(entry.name)) return 'unsafe entry name in the zip (absolute, or with ..): not extracted';
  if (entry.encrypted) return 'the zip entry is encrypted (password-protected zip)';
  return null;
}

/**
 * An entry's bytes, under the same size limits as a file on disk (readInput):
 * its declared size against the largest, then its bytes against its kind's.
 */
async function readZipDocument(zip: ZipFile, entry: ZipEntry, archive: string, path: string, limit: SizeLimit = defaultSizeLimit()): Promise<Item> {
  const problem = entryProblem(entry);
  if (problem) return fail(path, problem);
  // before inflating: the declared size against the limit of the kind the name says (a text's size is its
  // declared one; a package's kind is only sure from its bytes, so it gets the larger limit); then the bytes
  const declared = tooLarge(path, entry.size, limit, !TEXT_NAME.test(path));
  if (declared) return fail(path, declared);
  let bytes: Buffer;
  try {
    bytes = await readEntry(zip, entry.entry);
  } catch (error) {
    return fail(path, `cannot read the zip entry: ${(error as Error).message}`);
  }
  const actual = tooLarge(path, bytes.length, limit, isPackage(bytes));
  return actual ? fail(path, actual) : { kind: 'document', path, bytes, configFrom: archive };
}

/** Names of the formats under the text limit (readers/extensions.ts): their declared size is their size. */
const TEXT_NAME = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

/** checkSize's one line, or null when the size is within the limit. */
function tooLarge(path: string, size: number, limit: SizeLimit, word: boolean): string | null {
  try {
    checkSize(path, size, limit, word);
    return null;
  } catch (error) {
    return errorLine(error);
  }
}

/** A zip inside a zip: inflated into memory (never to disk) and walked one level down. */
async function* nestedItems(outer: ZipFile, entry: ZipEntry, archive: string, path: string, options: ItemOptions): AsyncGenerator<Item> {
  const read = await readZipDocument(outer, entry, archive, path, options.limit);
  if (read.kind === 'document') yield* zipItems(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength), archive, path, options, 2);
  else if (options.owns(path)) yield read;
  else options.grow(-1);
}
