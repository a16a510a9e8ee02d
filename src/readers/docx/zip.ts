/**
 * A Word file's zip, read with yauzl. Only the central directory is listed on
 * opening, so that a zip bomb is refused from its declared sizes before a
 * single byte is inflated; each part is then inflated with its declared size
 * as a hard cap, so a part that lies about its size fails instead of filling
 * memory. Zip64 archives are read
 * (yauzl resolves their 64-bit sizes), but a size that needs 64 bits is refused.
 */
import { buffer as readStream } from 'node:stream/consumers';
import { inflateRawSync } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** Refuse archives whose parts declare more than this many bytes in total (200 MiB). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Refuse archives that expand more than this many times their own size… */
export const MAX_COMPRESSION_RATIO = 100;
/** …once they expand past this size (small XML parts legitimately compress 100:1). */
export const RATIO_CHECK_FLOOR_BYTES = 10 * 1024 * 1024;

/** Past the 32-bit size fields: only zip64 can declare it, and no Word part is that big. */
const ZIP64_SIZE = 0xffffffff;

export class ZipFormatError extends Error {
  constructor(message: string, readonly encrypted = false) {
    super(message);
  }
}

/** Why the declared sizes are unacceptable, or null when they are fine. */
export function checkExpansion(entries: readonly { size: number }[], archiveBytes: number): string | null {
  let total = 0;
  for (const e of entries) {
    if (e.size >= ZIP64_SIZE) return 'a part declares a zip64 size';
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
  /** Every entry's declared uncompressed size, for checkExpansion. */
  entries: { name: string; size: number }[];
  has(name: string): boolean;
  /** The part's bytes, inflated once (mammoth asks for some parts twice); rejects with ZipFormatError. */
  read(name: string): Promise<Buffer>;
}

/**
 * A part's bytes: yauzl hands over the raw entry data and it is inflated in
 * one synchronous call capped at the declared size (zlib's thread-pool
 * streams cost several times more for parts this small). Output that does not
 * match the declared size is refused, as validateEntrySizes would.
 */
async function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  if (entry.isEncrypted()) throw new ZipFormatError(`${entry.fileName} is encrypted`, true);
  try {
    const raw = await readStream(await zip.openReadStreamPromise(entry, { decodeFileData: false }));
    const data = entry.compressionMethod === 0 ? raw : inflateDeflated(raw, entry);
    if (data.length !== entry.uncompressedSize) throw new Error(`${data.length} bytes instead of the declared ${entry.uncompressedSize}`);
    return data;
  } catch (err) {
    throw new ZipFormatError(`${entry.fileName} cannot be inflated (${(err as Error).message})`);
  }
}

function inflateDeflated(raw: Buffer, entry: Entry): Buffer {
  if (entry.compressionMethod !== 8) throw new Error(`compression method ${entry.compressionMethod} is not supported`);
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Error('too many bytes: more than declared');
    throw err;
  }
}

/** List the central directory (rejects with ZipFormatError); parts are inflated on demand. */
export async function openZip(bytes: Uint8Array): Promise<ZipArchive> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const all: Entry[] = [];
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
    for await (const entry of zip.eachEntry()) all.push(entry);
  } catch (err) {
    // yauzl's first sentence is the cause; the rest is advice that does not fit one line
    const cause = (err as Error).message.split(/\.(?:\s|$)/)[0]!;
    throw new ZipFormatError(cause.charAt(0).toLowerCase() + cause.slice(1));
  }
  // a repeated name is read from its last entry, but every entry counts towards the limits
  const byName = new Map(all.map((e) => [e.fileName, e]));
  const cache = new Map<string, Promise<Buffer>>();
  return {
    names: [...byName.keys()],
    entries: all.map((e) => ({ name: e.fileName, size: e.uncompressedSize })),
    has: (name) => byName.has(name),
    read(name) {
      let part = cache.get(name);
      if (!part) {
        const entry = byName.get(name);
        part = entry ? inflate(zip, entry) : Promise.reject(new ZipFormatError(`${name} is missing`));
        cache.set(name, part);
      }
      return part;
    },
  };
}
