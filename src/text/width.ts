/**
 * Terminal column width of text, from the Unicode East Asian Width data
 * (string-width): CJK and full-width characters take two columns, combining
 * marks none; ambiguous ones (`①`, `—`) one, as most terminals draw them.
 * ANSI colour codes take none, so painted cells line up too.
 */
import { createRequire } from 'node:module';
import { largest } from './lists.js';
import { columnWidth } from './columns.js';

/**
 * Printable ASCII, the wide CJK ranges plans are written in, and the narrow
 * punctuation and numbers they use (`“”—…→`, `·`, `①`): measured without
 * string-width's segmentation, whose first call alone costs ~80 ms (and 200k
 * rows would take seconds).
 */
const SIMPLE = /^[\x20-\x7e\u00b7\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2460-\u24ff\u3000-\u3029\u3030-\u303e\u4e00-\u9fff\uff01-\uff60]*$/;

/**
 * string-width and a grapheme segmenter are loaded on the first text outside
 * SIMPLE: loading them costs ~25 ms of every run (ICU's segmentation data,
 * emoji tables), and most plans never need them.
 */
let stringWidth: ((text: string) => number) | undefined;
let segmenter: Intl.Segmenter | undefined;

function exactWidth(text: string): number {
  stringWidth ??= loadStringWidth();
  return stringWidth(text);
}

/** string-width is ESM: `require` loads it on Node ≥ 20.19; before that the readers' widths stand in (exact for CJK). */
function loadStringWidth(): (text: string) => number {
  try {
    return (createRequire(import.meta.url)('string-width') as { default: (text: string) => number }).default;
  } catch {
    return columnWidth;
  }
}

/** The graphemes of a text: within SIMPLE (no combining marks, no astral characters) they are its characters. */
function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...segmenter.segment(text)].map((g) => g.segment);
}

/** Within SIMPLE, the readers' column widths (text/columns.ts) are string-width's: middle dot, punctuation, arrows and enclosed numbers one column, CJK two. */
export function displayWidth(text: string): number {
  return SIMPLE.test(text) ? columnWidth(text) : exactWidth(text);
}

/** Cut text to at most `max` columns, marking the cut with …. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const segment of graphemes(text)) {
    const w = displayWidth(segment);
    if (width + w > max - 1) break;
    out += segment;
    width += w;
  }
  return out + '…';
}

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

/** Breaks a Latin word or a number only when it is longer than a whole line. */
const WORD = /[A-Za-z0-9.:/_-]/;

/** Punctuation that closes: never at the start of a line (the Chinese line-breaking rule, 避头). */
const CLOSING = /^[，。、；：？！）》」』】〕”’,.;:?!)\]…—]/;


/**
 * Lines of at most `width` columns: CJK text breaks anywhere, Latin words and
 * numbers at their ends. Closing punctuation takes the character before it to
 * the next line rather than start a line, and a last line of one character
 * gets a second one (`主题实践活` / `动` becomes `主题实践` / `活动`).
 */
export function wrap(text: string, width: number): string[] {
  if (width < 2 || displayWidth(text) <= width) return [text];
  const tokens: string[] = [];
  for (const segment of graphemes(text)) {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && WORD.test(segment) && WORD.test(last.slice(-1)) && displayWidth(last) < width) tokens[tokens.length - 1] = last + segment;
    else tokens.push(segment);
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (displayWidth(line + token) > width && line) {
      const chars = graphemes(line);
      // what goes down with the punctuation: closing marks already at the end (`”` of `精编化”，`) and the character before them
      let from = chars.length;
      while (from > 0 && CLOSING.test(chars[from - 1]!)) from--;
      from--;
      const carry = from > 0 ? chars.slice(from).join('') : '';
      if (CLOSING.test(token) && carry && !WORD.test(chars[from]!) && displayWidth(carry + token) <= width) {
        lines.push(chars.slice(0, from).join('').trimEnd());
        line = carry + token;
      } else {
        lines.push(line.trimEnd());
        line = token === ' ' ? '' : token;
      }
    } else line += token;
  }
  if (line) lines.push(line);
  const last = graphemes(lines[lines.length - 1]!);
  const before = lines.length > 1 ? graphemes(lines[lines.length - 2]!) : [];
  const moved = before[before.length - 1] ?? '';
  if (width >= 4 && last.length === 1 && !WORD.test(last[0]!) && before.length >= 3 && !WORD.test(moved) && !CLOSING.test(last[0]!)) {
    lines[lines.length - 2] = before.slice(0, -1).join('').trimEnd();
    lines[lines.length - 1] = moved + last[0];
  }
  return lines;
}

/**
 * Text for one table cell: Word's soft break (\v) and other line or page
 * breaks become spaces, other control characters go (and what XML cannot
 * hold: lone surrogates, U+FFFE/FFFF), runs of spaces shrink.
 */
export function cellText(text: string): string {
  return text
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\ufeff\ufffe\uffff]|\p{Cs}/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The largest width of `items` (`floor` when empty). */
export const widest: <T>(items: readonly T[], width: (item: T) => number, floor?: number) => number = largest;
