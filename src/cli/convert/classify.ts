/**
 * What to do with a file found in an input tree or an archive, decided from
 * its name alone (the reader sniffs the bytes later): convert it, open it as
 * an archive, count it as system junk, or skip it with a reason.
 */
import { extname, posix } from 'node:path';
import { DOCUMENT_EXTENSIONS as READABLE } from '../../readers/extensions.js';

export type Disposition =
  | { kind: 'document' }
  | { kind: 'archive' }
  | { kind: 'junk'; reason: string }
  | { kind: 'skip'; reason: string };

const DOCUMENT_EXTENSIONS = new Set<string>(READABLE.map((e) => `.${e}`));

/** Never worth a row in the index: left behind by Word, macOS and Windows, not by people. */
function junkReason(name: string, path: string): string | null {
  if (/(^|\/)__MACOSX\//.test(path)) return 'macOS resource fork (__MACOSX)';
  if (name === '.DS_Store' || name.startsWith('._')) return 'macOS metadata (.DS_Store, ._*)';
  if (/^(thumbs\.db|desktop\.ini|ehthumbs\.db)$/i.test(name)) return 'Windows metadata (Thumbs.db, desktop.ini)';
  if (name.startsWith('~$') || name.startsWith('.~lock.')) return 'Office lock/temp file (~$*)';
  return null;
}

/** `path` is '/'-separated (an index path or a zip entry name). */
export function classify(path: string): Disposition {
  const name = posix.basename(path);
  const junk = junkReason(name, path);
  if (junk) return { kind: 'junk', reason: junk };
  const ext = extname(name).toLowerCase();
  if (ext === '.zip') return { kind: 'archive' };
  if (DOCUMENT_EXTENSIONS.has(ext)) return { kind: 'document' };
  return { kind: 'skip', reason: ext ? `not a document (${ext})` : 'not a document (no extension)' };
}

/** The extension without its dot, for rows whose format the reader never saw. */
export function extensionFormat(path: string): string {
  return extname(path).slice(1).toLowerCase();
}
