/**
 * The one zip reader (yauzl), for Word, OFD and xlsx packages and for zip
 * archives given to `convert`. Only the central directory is read on
 * opening, one entry at a time, so that a huge archive never has all its
 * entries in memory and a zip bomb is refused from its declared sizes before
 * a byte is inflated; each entry is then inflated with its declared size as a
 * hard cap, so an entry that lies about its size fails instead of filling
 * memory. Zip64 archives are read (yauzl resolves their 64-bit sizes), but a
 * size that needs 64 bits is refused. Nothing is ever extracted to disk.
 */
import { buffer as readStream } from 'node:stream/consumers';
import { inflateRawSync } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** Refuse packages whose parts declare more than this many bytes in total (200 MiB). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Refuse packages that expand more than this many times their own size… */
export const MAX_COMPRESSION_RATIO = 100;
/** …once they expand past this size (small XML parts legitimately compress 100:1). */
export const RATIO_CHECK_FLOOR_BYTES = 10 * 1024 * 1024;

/** Past the 32-bit size fields: only zip64 can declare it, and no plan is that big. */
const ZIP64_SIZE = 0xffffffff;
const UNICODE_PATH_EXTRA = 0x7075;
const UTF8_FLAG = 0x800;

export class ZipFormatError extends Error {
  constructor(message: string, readonly encrypted = false) {
    super(message);
  }
}

const gbk = new TextDecoder('gb18030');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Entry names: UTF-8 when the archiver says so (flag bit 11, or Info-ZIP's
 * Unicode Path field); otherwise Windows tools in China wrote them in the
 * ANSI code page, GBK. Names that happen to be valid UTF-8 are taken as UTF-8
 * (Linux and macOS zip tools often omit the flag), which GBK text almost never is.
 */
export function decodeEntryName(raw: Buffer, flags: number, extraFields: { id: number; data: Buffer }[]): string {
  const unicodePath = extraFields.find((f) => f.id === UNICODE_PATH_EXTRA && f.data.length > 5 && f.data[0] === 1);
  if (unicodePath) return unicodePath.data.subarray(5).toString('utf8');
  if (flags & UTF8_FLAG) return raw.toString('utf8');
  try {
    return utf8Strict.decode(raw);
  } catch {
    return gbk.decode(raw);
  }
}

/** A zip entry name that would land outside its archive's folder, or is absolute. */
export function unsafeEntryName(name: string): boolean {
  return name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').some((part) => part === '..') || name.includes('\0');
}

export interface ZipEntry {
  /** Decoded name, '/'-separated, as stored (may be unsafe: check before use). */
  name: string;
  directory: boolean;
  encrypted: boolean;
  /** Declared uncompressed size. */
  size: number;
  entry: Entry;
}

const OPTIONS: yauzl.Options = { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true };

/** Open a zip on disk (random access, never read whole) or in memory; rejects with ZipFormatError. */
export async function openZipFile(source: string | Uint8Array): Promise<ZipFile> {
  try {
    return typeof source === 'string'
      ? await yauzl.openPromise(source, OPTIONS)
      : await yauzl.fromBufferPromise(Buffer.from(source.buffer, source.byteOffset, source.byteLength), OPTIONS);
  } catch (err) {
    throw new ZipFormatError(yauzlCause(err));
  }
}

/** yauzl's first sentence is the cause; the rest is advice that does not fit one line. */
function yauzlCause(err: unknown): string {
  const cause = (err as Error).message.split(/\.(?:\s|$)/)[0]!;
  return cause.charAt(0).toLowerCase() + cause.slice(1);
}

/** The entries one by one, in directory order. */
export async function* zipEntries(zip: ZipFile): AsyncGenerator<ZipEntry> {
  try {
    for await (const entry of zip.eachEntry()) {
      const raw = entry.fileName as unknown as Buffer;
      const name = decodeEntryName(raw, entry.generalPurposeBitFlag, entry.extraFields).replace(/\\/g, '/');
      yield { name, directory: name.endsWith('/'), encrypted: entry.isEncrypted(), size: entry.uncompressedSize, entry };
    }
  } catch (err) {
    throw err instanceof ZipFormatError ? err : new ZipFormatError(yauzlCause(err));
  }
}

/**
 * An entry's bytes: yauzl hands over the raw entry data and it is inflated in
 * one synchronous call capped at the declared size (zlib's thread-pool
 * streams cost several times more for parts this small). Output that does not
 * match the declared size is refused, as validateEntrySizes would.
 */
export async function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  if (entry.isEncrypted()) throw new ZipFormatError(`${String(entry.fileName)} is encrypted`, true);
  try {
    const raw = await readStream(await zip.openReadStreamPromise(entry, { decodeFileData: false }));
    const data = entry.compressionMethod === 0 ? raw : inflateDeflated(raw, entry);
    if (data.length !== entry.uncompressedSize) throw new Error(`${data.length} bytes instead of the declared ${entry.uncompressedSize}`);
    return data;
  } catch (err) {
    throw new ZipFormatError(`${String(entry.fileName)} cannot be inflated (${(err as Error).message})`);
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

/** Why a package's declared sizes are unacceptable, or null when they are fine. */
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

/** A package (Word, OFD, xlsx) read by part name. */
export interface ZipArchive {
  names: string[];
  /** Every entry's declared uncompressed size, for checkExpansion. */
  entries: { name: string; size: number }[];
  has(name: string): boolean;
  /** The part's bytes, inflated once (mammoth asks for some parts twice); rejects with ZipFormatError. */
  read(name: string): Promise<Buffer>;
}

/** A package in memory: its directory listed (rejects with ZipFormatError); parts are inflated on demand. */
export async function openZip(bytes: Uint8Array): Promise<ZipArchive> {
  const zip = await openZipFile(bytes);
  const all: ZipEntry[] = [];
  for await (const entry of zipEntries(zip)) all.push(entry);
  // a repeated name is read from its last entry, but every entry counts towards the limits
  const byName = new Map(all.map((e) => [e.name, e.entry]));
  const cache = new Map<string, Promise<Buffer>>();
  return {
    names: [...byName.keys()],
    entries: all.map((e) => ({ name: e.name, size: e.size })),
    has: (name) => byName.has(name),
    read(name) {
      let part = cache.get(name);
      if (!part) {
        const entry = byName.get(name);
        part = entry ? readEntry(zip, entry) : Promise.reject(new ZipFormatError(`${name} is missing`));
        cache.set(name, part);
      }
      return part;
    },
  };
}
