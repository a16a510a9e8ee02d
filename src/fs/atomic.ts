/**
 * Atomic writes of streamed outputs: everything goes to a temporary file
 * beside the target, renamed when complete, so a reader (or a rerun after a
 * kill) sees the old file or the whole new one, never half of it.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary name beside `path`: hidden, unique per process and call. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** `fill` writes the content to the stream (it may end it itself); the file appears at `path` once all is written. */
export async function writeStreamAtomic(path: string, fill: (out: WriteStream) => Promise<void>): Promise<void> {
  const temp = tempPathFor(path);
  const out = createWriteStream(temp);
  try {
    await fill(out);
    if (!out.writableEnded) out.end();
    await finished(out);
    await rename(temp, path);
  } catch (error) {
    out.destroy();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Write a chunk, waiting for the stream to drain when its buffer is full. */
export async function writeChunk(out: WriteStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Lines (read as they are written when async), each ended by `eol`, after a `prefix` (a BOM). */
export function writeLinesAtomic(path: string, lines: Iterable<string> | AsyncIterable<string>, eol = '\n', prefix = ''): Promise<void> {
  return writeStreamAtomic(path, async (out) => {
    if (prefix) out.write(prefix);
    for await (const line of lines) await writeChunk(out, line + eol);
  });
}
