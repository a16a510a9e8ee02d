/**
 * Limits on work (issue 12; the README's Reliability section): how big an
 * input may be and how long one file may take. Plans are small — the largest
 * real one is under 1 MB of text — so these only stop damage and abuse.
 */
import { inputError } from './errors.js';

/** `--max-size`, in MB: text and web pages above it are refused before parsing. */
export const DEFAULT_MAX_SIZE_MB = 10;
/** Word files may be this many times larger: their bytes are mostly pictures, which are never read. */
export const WORD_SIZE_FACTOR = 5;
/** `--timeout`, in seconds: the time one file may take (parse, check, convert). */
export const DEFAULT_TIMEOUT_S = 30;

export const MB = 1024 * 1024;

export interface SizeLimit {
  /** Bytes of text (txt, md, html); Word files get WORD_SIZE_FACTOR times this. */
  maxSize: number;
}

export const defaultSizeLimit = (): SizeLimit => ({ maxSize: DEFAULT_MAX_SIZE_MB * MB });

const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** The most bytes any input may have (the Word limit), checked before reading. */
export function fileLimit(limit: SizeLimit): number {
  return limit.maxSize * WORD_SIZE_FACTOR;
}

/** Refuse a file too large for its kind: `word` for .docx/.doc (by their bytes), else text. */
export function checkSize(file: string, size: number, limit: SizeLimit, word: boolean): void {
  const max = word ? fileLimit(limit) : limit.maxSize;
  if (size <= max) return;
  const rule = word ? `${mb(max)} for Word files (${WORD_SIZE_FACTOR} × --max-size)` : `--max-size ${mb(max)}`;
  throw inputError(file, `too large: ${mb(size)}, more than ${rule}`);
}

/** The one line of a file stopped by --timeout. */
export const timeoutMessage = (ms: number) => `too complex: stopped after ${Math.round(ms / 100) / 10} s`;

/** A worker stopped because its file took longer than --timeout. */
export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(timeoutMessage(ms));
    this.name = 'TimeoutError';
  }
}
