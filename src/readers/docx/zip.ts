/**
 * A small, defensive zip reader for Word files. We read the central directory
 * ourselves (instead of letting a zip library inflate everything) so that a
 * zip bomb is refused from its declared sizes before a single byte is
 * inflated, and each part is then inflated with a hard output cap, so a part
 * that lies about its size cannot blow up either.
 */
import { inflateRawSync } from 'node:zlib';

/** Refuse archives whose parts declare more than this many bytes in total (200 MiB). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Refuse archives that expand more than this many times their own size… */
export const MAX_COMPRESSION_RATIO = 100;
/** …once they expand past this size (small XML parts legitimately compress 100:1). */
export const RATIO_CHECK_FLOOR_BYTES = 10 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes. */
function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw new ZipFormatError('no end of central directory');
}

/** List the archive's entries from its central directory (no inflating). */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipFormatError('too short');
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (offset === ZIP64_MARK) throw new ZipFormatError('zip64 archives are not Word documents');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('broken central directory');
    }
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    entries.push({
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      size: buf.readUInt32LE(offset + 24),
      localHeaderOffset: buf.readUInt32LE(offset + 42),
      name: buf.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why the declared sizes are unacceptable, or null when they are fine. */
export function checkExpansion(entries: ZipEntry[], archiveBytes: number): string | null {
  let total = 0;
  for (const e of entries) {
    if (e.size === ZIP64_MARK || e.compressedSize === ZIP64_MARK) return 'a part declares a zip64 size';
    total += e.size;
  }
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
  if (total > MAX_UNCOMPRESSED_BYTES) {
    return `it would expand to ${mib(total)} (limit ${mib(MAX_UNCOMPRESSED_BYTES)})`;
  }
  const ratio = total / Math.max(1, archiveBytes);
  if (total > RATIO_CHECK_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO) {
    return `it would expand ${Math.round(ratio)}× its size (limit ${MAX_COMPRESSION_RATIO}×)`;
  }
  return null;
}

export interface ZipArchive {
  names: string[];
  has(name: string): boolean;
  /** The part's bytes; throws ZipFormatError when it is damaged or bigger than declared. */
  read(name: string): Buffer;
}

function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`broken local header for ${e.name}`);
  }
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`${e.name} is truncated`);
  const raw = buf.subarray(start, end);
  if (e.method === 0) return raw;
  if (e.method !== 8) throw new ZipFormatError(`${e.name} uses unsupported compression ${e.method}`);
  try {
    // the cap makes a part that lies about its size fail instead of filling memory
    return inflateRawSync(raw, { maxOutputLength: Math.max(e.size, 1) });
  } catch (err) {
    throw new ZipFormatError(`${e.name} cannot be inflated (${(err as Error).message})`);
  }
}

/** Open an archive: central directory and size limits are checked here, parts are inflated on demand. */
export function openZip(bytes: Uint8Array): ZipArchive {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map(readCentralDirectory(buf).map((e) => [e.name, e]));
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const e = entries.get(name);
      if (!e) throw new ZipFormatError(`${name} is missing`);
      return entryData(buf, e);
    },
  };
}
