/**
 * Text normalization shared by every reader, so that the outline and the
 * extractors see one spelling of each punctuation variant.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

/**
 * Normalize one line of text:
 * - zero-width characters and BOMs removed, NBSP and other odd spaces → space;
 * - full-width digits and Latin letters → half-width (`１２月` → `12月`);
 * - half-width brackets → full-width `（）` (Chinese documents mix both; the
 *   numbering lexer and owner parser then need only one form);
 * - `:` `;` `,` next to Chinese text → `：` `；` `，`;
 * - runs of spaces collapsed, ends trimmed (full-width spaces inside are kept:
 *   they separate names).
 */
export function normalizeLine(line: string): string {
  let s = line
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(WIDE_ALPHANUMERIC, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replaceAll('(', '（')
    .replaceAll(')', '）');
  // the lookbehind patterns are tried at every index of every line: only on the lines that hold the mark
  if (s.includes(':')) s = s.replace(HALF_COLON, '：');
  if (s.includes(';')) s = s.replace(HALF_SEMICOLON, '；');
  if (s.includes(',')) s = s.replace(HALF_COMMA, '，');
  // trim() drops what /^[\s\u3000]+|[\s\u3000]+$/ did (\s holds U+3000), without trying every index for the end
  return s.replace(SPACE_RUN, ' ').trim();
}

// built once, not per line (every line of every reader comes through here)
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g;
const WIDE_ALPHANUMERIC = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const HALF_COLON = new RegExp(`(?<=[${CJK}）」”])\\s*:|:(?=\\s*[${CJK}（“])`, 'g');
const HALF_SEMICOLON = new RegExp(`(?<=[${CJK}）」”])\\s*;|;(?=\\s*[${CJK}（“])`, 'g');
const HALF_COMMA = new RegExp(`(?<=[${CJK}）」”]),|,(?=[${CJK}（“])`, 'g');
const SPACE_RUN = /[ \t]{2,}/g;

/** Split text into lines, whatever the line endings (CRLF, CR, LF, U+2028). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/);
}

/** Half-width fold for comparing texts written with different punctuation widths. */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
