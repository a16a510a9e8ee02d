/**
 * OLE compound files: legacy Word .doc (text via word-extractor), legacy
 * workbooks (handed to xls.ts), and the container Office wraps an encrypted
 * .docx in (an `EncryptedPackage` stream), which must be reported as encrypted
 * rather than as a broken .doc.
 */
import { message } from '../model/message.js';
import { createRequire } from 'node:module';
import type { Block, ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';
import { textToBlocks } from './text.js';
import { hasTypedMarker } from './docx/markers.js';

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS = 1 << 20;

/**
 * Bounded reads: a damaged header or FIB points anywhere, and Buffer's
 * readUInt* throw a RangeError past the end. Out of range reads as `fallback`
 * (END_OF_CHAIN for sector numbers: the chain stops there).
 */
function u16(buf: Buffer, at: number, fallback = 0): number {
  return Number.isInteger(at) && at >= 0 && at + 2 <= buf.length ? buf.readUInt16LE(at) : fallback;
}
function u32(buf: Buffer, at: number, fallback = END_OF_CHAIN): number {
  return Number.isInteger(at) && at >= 0 && at + 4 <= buf.length ? buf.readUInt32LE(at) : fallback;
}

/** The sector chain starting at `start`, following the FAT (cycles and runaways stop). */
function chain(fat: Uint32Array, start: number): number[] {
  const sectors: number[] = [];
  const seen = new Set<number>();
  for (let s = start; s < fat.length && s !== END_OF_CHAIN && sectors.length < MAX_SECTORS; s = fat[s]!) {
    if (seen.has(s)) break;
    seen.add(s);
    sectors.push(s);
  }
  return sectors;
}

function sectorOffset(sectorSize: number, sector: number): number {
  return (sector + 1) * sectorSize;
}

/** FAT sectors are listed in the header's 109 DIFAT slots, then in a chain of DIFAT sectors. */
function readFat(buf: Buffer, sectorSize: number): Uint32Array {
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(buf, 0x4c + i * 4));
  let difat = u32(buf, 0x44);
  for (let hops = 0; difat < END_OF_CHAIN && hops < 1000; hops++) {
    const at = sectorOffset(sectorSize, difat);
    if (at + sectorSize > buf.length) break;
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(u32(buf, at + i * 4));
    difat = u32(buf, at + sectorSize - 4);
  }
  const valid = fatSectors.filter((s) => s < END_OF_CHAIN && sectorOffset(sectorSize, s) + sectorSize <= buf.length);
  const fat = new Uint32Array(valid.length * (sectorSize / 4));
  valid.forEach((s, i) => {
    const at = sectorOffset(sectorSize, s);
    for (let j = 0; j < sectorSize / 4; j++) fat[i * (sectorSize / 4) + j] = u32(buf, at + j * 4);
  });
  return fat;
}

/** The directory of an OLE compound file: the names, types and first sectors of its streams. */
export function readOleDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 512) return [];
  const sectorSize = 1 << u16(buf, 0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const fat = readFat(buf, sectorSize);
  const entries: DirectoryEntry[] = [];
  for (const sector of chain(fat, u32(buf, 0x30))) {
    const base = sectorOffset(sectorSize, sector);
    for (let at = base; at + 128 <= Math.min(base + sectorSize, buf.length); at += 128) {
      const nameBytes = Math.min(64, u16(buf, at + 0x40));
      const type = buf[at + 0x42]!;
      if (type === 0) continue;
      const name = buf.toString('utf16le', at, at + Math.max(0, nameBytes - 2));
      entries.push({ name, type, start: u32(buf, at + 0x74), size: u32(buf, at + 0x78, 0) });
    }
  }
  return entries;
}

interface WordFib {
  encrypted: boolean;
  /** The file has list (automatic numbering) definitions. */
  hasLists: boolean;
}

/**
 * A few facts from the .doc's File Information Block, which starts the
 * WordDocument stream (always big enough to live in regular sectors).
 */
function readFib(bytes: Uint8Array, entry: DirectoryEntry): WordFib | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = sectorOffset(1 << u16(buf, 0x1e), entry.start);
  if (entry.size < 4096 || at + 512 > buf.length || u16(buf, at) !== 0xa5ec) return null;
  const encrypted = (u16(buf, at + 0x0a) & 0x0100) !== 0;
  const csw = u16(buf, at + 32);
  const cslw = u16(buf, at + 34 + csw * 2);
  const fcLcb = at + 34 + csw * 2 + 2 + cslw * 4 + 2;
  // lcbPlfLst and lcbPlfLfo are FibRgFcLcb97 pairs 73 and 74
  const lcb = (pair: number) => u32(buf, fcLcb + pair * 8 + 4, 0);
  return { encrypted, hasLists: lcb(73) > 0 || lcb(74) > 0 };
}

/** The streams of a legacy workbook: `Workbook` (BIFF8, also WPS's .et) and `Book` (Excel 5/95). */
const WORKBOOK_STREAMS = ['Workbook', 'Book'];

const OTHER_OLE: [string, string][] = [['PowerPoint Document', 'a PowerPoint presentation']];

/** word-extractor is CommonJS without types; load it only when a .doc shows up. */
function loadWordExtractor(): new () => { extract(source: Buffer): Promise<{ getBody(o?: { filterUnicode?: boolean }): string }> } {
  return createRequire(import.meta.url)('word-extractor');
}

async function extractText(bytes: Uint8Array, file: string): Promise<string> {
  const WordExtractor = loadWordExtractor();
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // keep “ ” — – as written: the default filter turns them into ASCII
    return doc.getBody({ filterUnicode: false });
  } catch (err) {
    throw inputError(file, 'the Word document is damaged (not a readable Word 97–2003 .doc file)', err);
  }
}

const NUMBERS_LOST =
  'automatic numbers of this .doc are not in its text (legacy Word keeps only the list definitions); ' +
  'the outline comes from typed numbers and short heading lines';

export async function readOle(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const entries = readOleDirectory(bytes);
  if (entries.length === 0) throw inputError(file, 'a damaged OLE file (its directory of streams cannot be read)');
  const names = new Set(entries.map((e) => e.name));
  if (names.has('EncryptedPackage')) throw inputError(file, 'the document is password-protected (encrypted)');
  const wordDocument = entries.find((e) => e.name === 'WordDocument');
  if (!wordDocument && WORKBOOK_STREAMS.some((stream) => names.has(stream))) {
    const { readXls } = await import('./xls.js');
    return readXls(bytes, file);
  }
  if (!wordDocument) {
    const other = OTHER_OLE.find(([stream]) => names.has(stream));
    throw inputError(file, `an OLE file but not a Word document${other ? ` (it looks like ${other[1]})` : ''}`);
  }
  const fib = readFib(bytes, wordDocument);
  if (fib?.encrypted) throw inputError(file, 'the document is password-protected (encrypted)');
  const blocks = textToBlocks(await extractText(bytes, file)).map(markTyped);
  if (blocks.length === 0) throw inputError(file, 'the Word document has no text');
  const signals = ['doc-text-only'];
  if (blocks.some((b) => b.hint?.marker === 'typed')) signals.push('typed-numbering');
  if (blocks.some((b) => b.cells)) signals.push('tables');
  return { format: 'doc', encoding: 'utf-16le', blocks, signals, messages: fib?.hasLists ? [message('reader', 'numbers-lost', NUMBERS_LOST)] : [] };
}

function markTyped(block: Block): Block {
  return !block.cells && hasTypedMarker(block.text) ? { ...block, hint: { ...block.hint, marker: 'typed' } } : block;
}
