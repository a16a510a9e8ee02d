/**
 * Does a paragraph start with a numbering marker typed as text? Only used to
 * tell the outline whether a marker was typed or generated; the outline stage
 * has its own, fuller numbering lexer.
 */
const CN = '一二三四五六七八九十百〇零';

export const TYPED_MARKER = new RegExp(
  [
    `^[${CN}]+[、．.]`,
    `^（[${CN}]+）`,
    `^（\\d+）`,
    `^\\d+(?:[、．]|\\.(?!\\d))`,
    `^第[${CN}\\d]+[章节条部分阶段篇]`,
    '^[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249b]',
    `^[${CN}]+是`,
  ].join('|'),
);

export function hasTypedMarker(text: string): boolean {
  return TYPED_MARKER.test(text);
}
