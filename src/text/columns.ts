/**
 * Column widths for the readers, without string-width: text aligned in
 * columns (space-padded tables, `pdftotext -layout`) is read by where each
 * cell starts, and CJK and full-width characters take two columns. Loading
 * string-width (its emoji and segmentation tables, ~12 ms a run) is for the
 * views for people (text/width.ts), which measure every grapheme exactly.
 */

/** East Asian Wide and Fullwidth ranges: Hangul Jamo, CJK, kana, Hangul, compatibility forms, full-width forms, the supplementary ideographs. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];

const isWide = (code: number): boolean => WIDE.some(([from, to]) => code >= from && code <= to);
/** Control characters and combining marks take no column. */
const isZeroWidth = (code: number): boolean => code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b;

export function columnWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += isZeroWidth(code) ? 0 : isWide(code) ? 2 : 1;
  }
  return width;
}
