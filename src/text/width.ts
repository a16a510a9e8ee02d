/**
 * Terminal column width of text, from the Unicode East Asian Width data
 * (string-width): CJK and full-width characters take two columns, combining
 * marks none; ambiguous ones (`①`, `—`) one, as most terminals draw them.
 * ANSI colour codes take none, so painted cells line up too.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cut text to at most `max` columns, marking the cut with …. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
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

/** Lines of at most `width` columns: CJK text breaks anywhere, Latin words and numbers at their ends. */
export function wrap(text: string, width: number): string[] {
  if (width < 2 || displayWidth(text) <= width) return [text];
  const tokens: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && WORD.test(segment) && WORD.test(last.slice(-1)) && displayWidth(last) < width) tokens[tokens.length - 1] = last + segment;
    else tokens.push(segment);
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (displayWidth(line + token) > width && line) {
      lines.push(line.trimEnd());
      line = token === ' ' ? '' : token;
    } else line += token;
  }
  if (line) lines.push(line);
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
