/**
 * The pipeline, end to end: bytes → blocks (readers) → clean → split →
 * outline + extract → a validated ParsedFile. Every stage is a pure function;
 * only parseFile touches the file system.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ReadResult } from './model/block.js';
import { ParsedFile, SCHEMA_VERSION } from './model/plan.js';
import { defaultLexicon, type Lexicon } from './lexicon/index.js';
import { readBytes } from './readers/index.js';
import { textToBlocks } from './readers/text.js';
import { cleanBlocks } from './documents/clean.js';
import { splitDocuments } from './documents/split.js';
import { extractDocument } from './extract/document.js';
import { inputError, PlanParseError } from './errors.js';
import { isTraditional, mapStrings, ScriptFolder } from './text/script.js';
import type { Block } from './model/block.js';

export interface ParseOptions {
  /** Vocabulary, e.g. defaultLexicon merged with a config's words. */
  lexicon?: Lexicon;
  /** Year for dates without one, when a document gives none (--year). */
  year?: number | null;
  /** Only this document (0-based index). */
  document?: number;
}

/** Blocks of one file → the parsed file. Pure. */
export function parseBlocks(read: ReadResult, source: { path: string; sha256: string }, options: ParseOptions = {}): ParsedFile {
  const lexicon = options.lexicon ?? defaultLexicon;
  const folder = traditionalFolder(read.blocks);
  const input = folder ? foldBlocks(read.blocks, folder) : read.blocks;
  const { blocks, trailerTitle } = cleanBlocks(input, lexicon);
  const split = splitDocuments(blocks, trailerTitle, lexicon);
  const chosen = split.filter((doc) => options.document === undefined || doc.index === options.document);
  if (chosen.length === 0 && options.document !== undefined) {
    const count = split.length;
    throw new PlanParseError('usage', `--document ${options.document}: the file has ${count} document${count === 1 ? '' : 's'} (${count === 1 ? '0' : `0–${count - 1}`})`, source.path);
  }
  const documents = chosen.map((doc) => extractDocument(doc, { lexicon, year: options.year ?? null }));
  return ParsedFile.parse({
    schemaVersion: SCHEMA_VERSION,
    source: { path: source.path, format: read.format, encoding: read.encoding, sha256: source.sha256 },
    signals: folder ? [...read.signals, 'traditional-script'] : read.signals,
    warnings: read.warnings,
    documents: folder ? mapStrings(documents, (text) => folder.unfold(text)) : documents,
  });
}

/** A folder to simplified script when the text is traditional; the lexicons are simplified. */
function traditionalFolder(blocks: Block[]): ScriptFolder | null {
  const sample = blocks.slice(0, 400).map((b) => b.cells?.join(' ') ?? b.text).join('\n');
  return isTraditional(sample) ? new ScriptFolder() : null;
}

function foldBlocks(blocks: Block[], folder: ScriptFolder): Block[] {
  return blocks.map((b) => ({
    ...b,
    text: folder.fold(b.text),
    ...(b.cells ? { cells: b.cells.map((c) => folder.fold(c)) } : {}),
  }));
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Parse a file's bytes; `name` is used for messages and the output's source path. */
export async function parseBytes(bytes: Uint8Array, name: string, options: ParseOptions = {}): Promise<ParsedFile> {
  const read = await readBytes(bytes, name);
  return parseBlocks(read, { path: name, sha256: sha256(bytes) }, options);
}

/** Parse a file from disk. Throws PlanParseError (kind 'input') for unreadable files. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParsedFile> {
  return parseBytes(await readInput(path), path, options);
}

/** Parse text already in memory (no encoding detection needed). */
export function parseText(text: string, options: ParseOptions & { path?: string } = {}): ParsedFile {
  const read: ReadResult = { format: 'txt', encoding: 'utf-8', blocks: textToBlocks(text), signals: ['typed-numbering'], warnings: [] };
  return parseBlocks(read, { path: options.path ?? '<text>', sha256: sha256(text) }, options);
}

/** Read a file's bytes, turning file-system failures into one-line input errors. */
export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause =
      code === 'ENOENT' ? 'no such file' :
      code === 'EISDIR' ? 'is a directory, not a file' :
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
      (error as Error).message;
    throw inputError(path, cause);
  }
}
