/**
 * Plain text (.txt, .md, stdin): decode the bytes, then one block per
 * non-empty line, keeping its original line number. Lines made of cells
 * (tab- or ` | `-separated) become table rows.
 */
import type { Block, ReadResult } from '../model/block.js';
import { normalizeLine, splitLines } from '../text/normalize.js';
import { inputError } from '../errors.js';

/** Encoding from the bytes: a BOM, else strict UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw inputError(file, 'not a text document (binary data)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: the common case in Chinese archives is GBK, which GB18030 decodes
  }
  const text = new TextDecoder('gb18030').decode(bytes);
  // GB18030 maps almost every byte sequence, so check the result reads as text
  if ((text.match(/\ufffd/g)?.length ?? 0) > Math.max(2, text.length / 200)) {
    throw inputError(file, 'cannot decode the text (neither UTF-8, UTF-16 nor GB18030)');
  }
  return { text, encoding: 'gb18030' };
}

/** NUL bytes or many control characters in the first 8 KiB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length / 50;
}

/** Cell separators of a text table: a tab, a pipe with spaces (` | `, Markdown's `|` at the ends), a full-width or box-drawing bar. */
const CELL_SEPARATOR = /\t|\s*[|｜│┃]\s*/;
const TABLE_LINE = /\t|\s\|\s|^\s*\||\|\s*$|[｜│┃]/;
/** A Markdown rule row (`|---|:--:|`) or a box-drawing border. */
const RULE_ROW = /^[\s|｜│┃:：\-—–─━┼┬┴├┤┌┐└┘+=]+$/;

/** The cells of a table line, without the empty ends that outer pipes leave; null when the line is no table row. */
export function tableCells(raw: string): string[] | null {
  if (!TABLE_LINE.test(raw)) return null;
  const cells = raw.split(CELL_SEPARATOR).map(normalizeLine);
  if (/^\s*[|｜│┃]/.test(raw)) cells.shift();
  if (/[|｜│┃]\s*$/.test(raw) && cells.at(-1) === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

/** Turn decoded text into blocks. Pure: exported for stdin and tests. */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table = 0;
  let inTable = false;
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (inTable && RULE_ROW.test(raw) && /[-—─━]/.test(raw)) return;
    const cells = tableCells(raw);
    // a row with one filled cell (a group row `| 一、公益宣传 |  |  |`) belongs to a table already open
    if (cells && (cells.filter(Boolean).length >= 2 || (inTable && cells.some(Boolean)))) {
      if (!inTable) table++;
      inTable = true;
      blocks.push({ text: cells.filter(Boolean).join(' '), location: { line }, cells, table });
      return;
    }
    inTable = false;
    const normalized = normalizeLine(raw);
    if (normalized) blocks.push({ text: normalized, location: { line } });
  });
  return blocks;
}

export function readText(bytes: Uint8Array, file: string, format: 'txt' | 'md' = 'txt'): ReadResult {
  const { text, encoding } = decodeText(bytes, file);
  const blocks = textToBlocks(text);
  if (blocks.length === 0) throw inputError(file, 'the file has no text');
  return { format, encoding, blocks, signals: ['typed-numbering'], warnings: [] };
}
