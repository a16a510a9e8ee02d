/**
 * Zip archives as inputs, read in place with yauzl (random access on the file,
 * or a buffer for a zip inside a zip): nothing is ever extracted to disk.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { promisify } from 'node:util';

/** A zip entry bigger than this is refused rather than inflated into memory (a zip bomb, or not a plan). */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const UNICODE_PATH_EXTRA = 0x7075;
const UTF8_FLAG = 0x800;

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

export interface ZipEntry {
  /** Decoded name, '/'-separated, as stored (may be unsafe: check before use). */
  name: string;
  directory: boolean;
  encrypted: boolean;
  size: number;
  entry: Entry;
}

const openFile = promisify(yauzl.open) as (path: string, options: yauzl.Options) => Promise<ZipFile>;
const openBuffer = promisify(yauzl.fromBuffer) as (buffer: Buffer, options: yauzl.Options) => Promise<ZipFile>;
const OPTIONS: yauzl.Options = { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true };

export async function openZip(source: string | Buffer): Promise<ZipFile> {
  return typeof source === 'string' ? openFile(source, OPTIONS) : openBuffer(source, OPTIONS);
}

/** The entries one by one, so that a huge archive never has all its entries in memory. */
export async function* zipEntries(zip: ZipFile): AsyncGenerator<ZipEntry> {
  while (true) {
    const entry = await nextEntry(zip);
    if (!entry) return;
    const raw = entry.fileName as unknown as Buffer;
    const name = decodeEntryName(raw, entry.generalPurposeBitFlag, entry.extraFields).replace(/\\/g, '/');
    yield { name, directory: name.endsWith('/'), encrypted: entry.isEncrypted(), size: entry.uncompressedSize, entry };
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (error: Error) => (cleanup(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Inflate one entry into memory. */
export async function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const openStream = promisify(zip.openReadStream.bind(zip)) as (entry: Entry) => Promise<NodeJS.ReadableStream>;
  const stream = await openStream(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A zip entry name that would land outside its archive's folder, or is absolute. */
export function unsafeEntryName(name: string): boolean {
  return name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').some((part) => part === '..') || name.includes('\0');
}
