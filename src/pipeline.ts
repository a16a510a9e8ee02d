/**
 * The pipeline, end to end: bytes → blocks (readers) → clean → split →
 * outline + extract → a validated ParsedFile. Every stage is a pure function;
 * only parseFile touches the file system.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { ReadResult } from './model/block.js';
import { ParsedFile, SCHEMA_VERSION, type PlanDocument } from './model/plan.js';
import { Explanation, type BlockNote, type BlockRole } from './model/explain.js';
import { defaultLexicon, type Lexicon } from './lexicon/index.js';
import { readBytes } from './readers/index.js';
import { isPackage } from './readers/sniff.js';
import { textToBlocks } from './readers/text.js';
import { cleanBlocks } from './documents/clean.js';
import { restoreFlatTables } from './extract/flat-table.js';
import { splitDocuments, type SplitDocument } from './documents/split.js';
import { extractDocument } from './extract/document.js';
import { inputError, PlanParseError } from './errors.js';
import { checkSize, defaultSizeLimit, fileLimit, type SizeLimit } from './limits.js';
import { isTraditional, mapStrings, ScriptFolder } from './text/script.js';
import type { Block } from './model/block.js';
import { message, type Message } from './model/message.js';
import { placeOf } from './extract/messages.js';
import { append } from './text/lists.js';

export interface ParseOptions {
  /** Vocabulary, e.g. defaultLexicon merged with a config's words. */
  lexicon?: Lexicon;
  /** Year for dates without one, when a document gives none (--year). */
  year?: number | null;
  /** Only this document (0-based index). */
  document?: number;
  /** `--max-size` (default: limits.ts). */
  limit?: SizeLimit;
}

/**
 * Blocks of one file → the parsed file. Pure. With `notes`, every stage also
 * says there what it made of each block (`plan-parse explain`), in line order.
 */
export function parseBlocks(read: ReadResult, source: { path: string; sha256: string }, options: ParseOptions = {}, notes?: BlockNote[]): ParsedFile {
  const { documents, folder, messages } = runStages(read, source, options, notes);
  const unfold = <T>(value: T): T => (folder ? mapStrings(value, (text) => folder.unfold(text)) : value);
  if (notes) notes.splice(0, notes.length, ...unfold(notes).sort((a, b) => a.line - b.line));
  return ParsedFile.parse({
    schemaVersion: SCHEMA_VERSION,
    source: { path: source.path, format: read.format, encoding: read.encoding, sha256: source.sha256 },
    signals: folder ? [...read.signals, 'traditional-script'] : read.signals,
    messages: unfold(messages),
    documents: unfold(documents),
  });
}

/** Blocks of one file → the role of each block and why, and the stages' messages (`plan-parse explain`). Pure. */
export function explainBlocks(read: ReadResult, source: { path: string; sha256: string }, options: ParseOptions = {}): Explanation {
  const notes: BlockNote[] = [];
  const parsed = parseBlocks(read, source, options, notes);
  return Explanation.parse({ path: source.path, notes, messages: parsed.messages });
}

interface Stages {
  documents: PlanDocument[];
  folder: ScriptFolder | null;
  /** The reader's, the splitter's and the extractors' messages, in that order. */
  messages: Message[];
}

/** clean → split → extract; with `notes`, every stage says what it made of each block. */
function runStages(read: ReadResult, source: { path: string }, options: ParseOptions, notes?: BlockNote[]): Stages {
  const lexicon = options.lexicon ?? defaultLexicon;
  const folder = traditionalFolder(read.blocks);
  const input = folder ? foldBlocks(read.blocks, folder) : read.blocks;
  const cleaned = cleanBlocks(input, lexicon);
  const { blocks, continued } = restoreFlatTables(cleaned.blocks, lexicon);
  const trailerTitle = cleaned.trailerTitle;
  const split = splitDocuments(blocks, trailerTitle, lexicon);
  const chosen = split.filter((doc) => options.document === undefined || doc.index === options.document);
  if (chosen.length === 0 && options.document !== undefined) {
    const count = split.length;
    throw new PlanParseError('usage', `--document ${options.document}: the file has ${count} document${count === 1 ? '' : 's'} (${count === 1 ? '0' : `0–${count - 1}`})`, source.path);
  }
  if (notes) append(append(notes, splitNotes(input, blocks.concat(continued), chosen)), continued.map((b) => rowPartNote(b)));
  const messages = [...read.messages, ...splitMessages(split)];
  const documents = chosen.map((doc) => extractDocument(doc, { lexicon, year: options.year ?? null, messages, ...(notes ? { notes } : {}) }));
  return { documents, folder, messages };
}

/** Where a file of several documents was split: each document's first line and title. */
function splitMessages(split: SplitDocument[]): Message[] {
  if (split.length < 2) return [];
  return split.map((doc) => {
    const first = doc.notice[0] ?? doc.titleBlocks[0] ?? doc.blocks[0];
    const reason = `document ${doc.index} (${doc.kind}) starts here: ${doc.title || 'untitled'}`;
    return message('split', 'split', reason, { severity: 'info', document: doc.index, ...(first ? { place: placeOf(first) } : {}) });
  });
}

/** What cleaning dropped (site chrome, counters, wrappers) and what splitting took as titles and notices. */
function splitNotes(input: Block[], kept: Block[], documents: SplitDocument[]): BlockNote[] {
  const keptLines = new Set(kept.map((b) => b.location.line));
  const note = (block: Block, document: number | null, role: BlockRole, reason: string): BlockNote => ({
    line: block.location.line,
    document,
    role,
    reason,
    excerpt: excerptOf(block.text),
  });
  return [
    ...input.filter((b) => !keptLines.has(b.location.line)).map((b) => note(b, null, 'boilerplate', 'page chrome or a collection wrapper, removed before splitting')),
    ...documents.flatMap((doc) => [
      ...doc.titleBlocks.map((b) => note(b, doc.index, 'title', `the title of document ${doc.index} (${doc.kind})`)),
      ...doc.notice.map((b) => note(b, doc.index, 'notice', 'the notice that prints the plan: gives its date, holds no task')),
    ]),
  ];
}

function rowPartNote(block: Block): BlockNote {
  return { line: block.location.line, document: null, role: 'table-row', reason: 'part of the table row or header above it (a table flattened to words, or copied one cell per line)', excerpt: excerptOf(block.text) };
}

const excerptOf = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

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
  const read = await readBytes(bytes, name, options.limit);
  return parseBlocks(read, { path: name, sha256: sha256(bytes) }, options);
}

/** The roles of a file's blocks and why (`plan-parse explain`). */
export async function explainFile(path: string, options: ParseOptions = {}): Promise<Explanation> {
  const bytes = await readInput(path, options.limit);
  const read = await readBytes(bytes, path, options.limit);
  return explainBlocks(read, { path, sha256: sha256(bytes) }, options);
}

/** Parse a file from disk. Throws PlanParseError (kind 'input') for unreadable files. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParsedFile> {
  return parseBytes(await readInput(path, options.limit), path, options);
}

/** Parse text already in memory (no encoding detection needed). */
export function parseText(text: string, options: ParseOptions & { path?: string } = {}): ParsedFile {
  const read: ReadResult = { format: 'txt', encoding: 'utf-8', blocks: textToBlocks(text), signals: ['typed-numbering'], messages: [] };
  return parseBlocks(read, { path: options.path ?? '<text>', sha256: sha256(text) }, options);
}

/** What a file-system object that is not a regular file is, for its one line. */
function notAFile(info: import('node:fs').Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a directory, not a file';
  if (info.isFIFO()) return 'not a regular file (a FIFO): refused, it could block for ever';
  if (info.isSocket()) return 'not a regular file (a socket): refused';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'not a regular file (a device): refused';
  return 'not a regular file: refused';
}

/** A file-system error as the cause a user acts on. */
export function fsCause(error: unknown, path = ''): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      // Node decodes a name that is not UTF-8 with U+FFFD, and that name then names nothing
      return path.includes('\ufffd') ? 'the file name is not valid UTF-8: it cannot be opened by that name' : 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop (the link never reaches a file)';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a folder)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error reading the file';
    default:
      return `cannot read the file (${code ?? (error as Error).message})`;
  }
}

/**
 * Read a file's bytes, turning file-system failures into one-line input
 * errors. Only regular files are read (a FIFO would block for ever, a device
 * never end), and never more than the size limit allows: the size is checked
 * from fstat before reading, and the read stops at the limit anyway.
 */
export async function readInput(path: string, limit: SizeLimit = defaultSizeLimit()): Promise<Uint8Array> {
  const max = fileLimit(limit);
  try {
    // stat first: opening a FIFO blocks until a writer comes
    const pre = await stat(path);
    const kind = notAFile(pre);
    if (kind) throw inputError(path, kind);
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      const again = notAFile(info);
      if (again) throw inputError(path, again);
      // the first bytes say which limit is this file's (a Word package or text), and so the message
      const head = Buffer.alloc(8);
      await handle.read(head, 0, 8, 0);
      const word = isPackage(head);
      checkSize(path, info.size, limit, word);
      const buffer = Buffer.allocUnsafe(Math.min(info.size, max) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      // a file that grew while we read it: still never more than the limit
      checkSize(path, length, limit, word);
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'PlanParseError') throw error;
    throw inputError(path, fsCause(error, path), error);
  }
}
