/**
 * Plain text (.txt, .md, stdin): decode the bytes, then one block per
 * non-empty line, keeping its original line number. Lines made of cells
 * (tab- or ` | `-separated) become table rows.
 */
import { message } from '../model/message.js';
import type { Block, ReadResult } from '../model/block.js';
import { normalizeLine, splitLines } from '../text/normalize.js';
import { runTogetherBlocks } from '../text/run-together.js';
import { inputError } from '../errors.js';
import { barAfterCells, barLineGrid, boxGrid, cellLineGrid, cellLineRun, isLoneBar, loneBarGrid, spacedGrid } from './text-grid.js';

/**
 * Encoding from the bytes: a BOM; else UTF-16 without a BOM (NULs in the
 * parity UTF-16 gives ASCII, and a decoding that reads as text); else
 * strict UTF-8; else Big5 or GB18030 (a superset of GBK and GB2312), told
 * apart by their second bytes: Big5 uses 0x40–0x7E for about a third of its
 * characters, GB2312 never and GBK only for rare ones. `doubtful` is set when
 * even the chosen decoding has many undecodable or rare characters.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: string; doubtful?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) throw inputError(file, 'not a text document (binary data)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: the common case in Chinese archives is GBK, which GB18030 decodes; Taiwan and Hong Kong write Big5
  }
  const pairs = doubleBytePairs(bytes);
  const encoding = pairs.total > 0 && pairs.lowTrail / pairs.total > 0.08 && decodesCleanly(bytes, 'big5') ? 'big5' : 'gb18030';
  const text = new TextDecoder(encoding).decode(bytes);
  // GB18030 maps almost every byte sequence, so check the result reads as text
  const replaced = text.match(/\ufffd/g)?.length ?? 0;
  if (replaced > Math.max(2, text.length / 200)) {
    throw inputError(file, 'cannot decode the text (neither UTF-8, UTF-16, GB18030 nor Big5)');
  }
  // GB text that is mostly rare characters (GBK's extensions) was probably written in another encoding
  const rare = encoding === 'gb18030' ? pairs.rareGbk : 0;
  const doubtful = replaced + rare > Math.max(2, (pairs.total || 1) / 50) ? `the text decoding (${encoding}) is doubtful: ${replaced + rare} of ${pairs.total} characters are undecodable or rare; check the file's encoding` : undefined;
  return { text, encoding, ...(doubtful ? { doubtful } : {}) };
}

/** Two-byte sequences of a legacy CJK encoding: how many, how many with a second byte below 0x80 (Big5's), how many outside GB2312. */
function doubleBytePairs(bytes: Uint8Array): { total: number; lowTrail: number; rareGbk: number } {
  let total = 0;
  let lowTrail = 0;
  let rareGbk = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1]!;
    // GB18030's four-byte sequences: byte 2 is a digit
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3;
      rareGbk++;
      total++;
      continue;
    }
    total++;
    if (trail < 0x80) lowTrail++;
    if (lead < 0xa1 || trail < 0xa1) rareGbk++;
    i++;
  }
  return { total, lowTrail, rareGbk };
}

function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Characters Chinese text in UTF-16 is made of: CJK, its punctuation and full-width forms, ASCII text. */
const PLAUSIBLE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7\u00d7\u2460-\u24ff\t\n\r\x20-\x7e]/g;

/** UTF-16 without a BOM: NULs at odd (LE) or even (BE) offsets of the first 8 KiB, and a decoding that is ≥ 90 % plausible text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (head.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? odd++ : even++;
  if (even + odd === 0) return null;
  const guess = odd > even * 4 ? 'utf-16le' : even > odd * 4 ? 'utf-16be' : null;
  if (!guess) return null;
  const text = new TextDecoder(guess).decode(head);
  const plausible = text.match(PLAUSIBLE)?.length ?? 0;
  return plausible >= text.length * 0.9 ? guess : null;
}

/** NUL bytes or many control characters in the first 8 KiB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  // an indexed loop: start-up runs this once, in the interpreter, where a typed array's iterator is ~10× slower
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
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
  const lines = splitLines(text);
  let table = 0;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    // a drawn grid (box-drawing or ASCII borders) or columns aligned with spaces: rows of the one table model
    const grid = boxGrid(lines, i) ?? (inTable ? null : (loneBarGrid(lines, i) ?? cellLineGrid(lines, i) ?? barLineGrid(lines, i) ?? spacedGrid(lines, i)));
    if (grid) {
      table++;
      for (const row of grid.rows) blocks.push({ text: row.cells.filter(Boolean).join(' '), location: { line: row.at + 1 }, cells: row.cells, table });
      i = grid.end - 1;
      inTable = false;
      continue;
    }
    // every cell followed by a bar on a line of its own: the same cells closed by their bars
    const paired = inTable ? null : barAfterCells(lines, i);
    if (paired) {
      const pairedGrid = cellLineGrid(paired.lines, 0);
      table += pairedGrid ? 1 : 0;
      if (pairedGrid) for (const row of pairedGrid.rows) blocks.push({ text: row.cells.filter(Boolean).join(' '), location: { line: paired.at[row.at]! + 1 }, cells: row.cells, table });
      else for (const cell of cellLineRun(paired.lines, 0)?.cells ?? []) blocks.push({ text: cell.text, location: { line: paired.at[cell.at]! + 1 } });
      i = paired.end - 1;
      continue;
    }
    // cells one per line that make no grid of their own: their texts, a line each, for the task-table reader
    const run = inTable ? null : cellLineRun(lines, i);
    if (run) {
      for (const cell of run.cells) blocks.push({ text: cell.text, location: { line: cell.at + 1 } });
      i = run.end - 1;
      continue;
    }
    if (inTable && RULE_ROW.test(raw) && /[-—─━]/.test(raw)) continue;
    // a lone bar inside a ` | ` table (an empty last cell copied onto a line of its own) carries nothing
    if (inTable && isLoneBar(raw)) continue;
    const cells = tableCells(raw);
    // a row with one filled cell (a group row `| 一、公益宣传 |  |  |`) belongs to a table already open
    if (cells && (cells.filter(Boolean).length >= 2 || (inTable && cells.some(Boolean)))) {
      if (!inTable) table++;
      inTable = true;
      blocks.push({ text: cells.filter(Boolean).join(' '), location: { line: i + 1 }, cells, table });
      continue;
    }
    inTable = false;
    const normalized = normalizeLine(raw);
    blocks.push(...runTogetherBlocks(normalized, { line: i + 1 }));
  }
  return blocks;
}

export function readText(bytes: Uint8Array, file: string, format: 'txt' | 'md' = 'txt'): ReadResult {
  const { text, encoding, doubtful } = decodeText(bytes, file);
  const blocks = textToBlocks(text);
  if (blocks.length === 0) throw inputError(file, 'the file has no text');
  return { format, encoding, blocks, signals: ['typed-numbering'], messages: doubtful ? [message('reader', 'doubtful-decoding', doubtful)] : [], text };
}
