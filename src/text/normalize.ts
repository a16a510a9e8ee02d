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
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
  s = s
    .replace(new RegExp(`(?<=[${CJK}）」”])\\s*:|:(?=\\s*[${CJK}（“])`, 'g'), '：')
    .replace(new RegExp(`(?<=[${CJK}）」”])\\s*;|;(?=\\s*[${CJK}（“])`, 'g'), '；')
    .replace(new RegExp(`(?<=[${CJK}）」”]),|,(?=[${CJK}（“])`, 'g'), '，');
  return s.replace(/[ \t]{2,}/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

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
