/**
 * Two items written on one line (`（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入…`,
 * `1.抓好…。（…协办）2.重点抓好…`): the marker that numbers the next item in
 * the line's own style, right after a sentence end or a closing bracket,
 * opens an item of its own, as if the line had been broken there.
 */
import type { Block } from '../model/block.js';
import { lexMarker } from './marker.js';
import { codeTable, codeTest } from '../text/chars.js';

/** After these an item may start; inside a sentence a `（二）` is a reference, not an item. */
const ITEM_MAY_FOLLOW = codeTable('。）)；;！？');

export function splitRunOnItems(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => (block.cells ? [block] : splitBlock(block)));
}

function splitBlock(block: Block): Block[] {
  const parts: Block[] = [];
  let text = block.text;
  let marker = lexMarker(text);
  while (marker) {
    const at = nextItemAt(text, marker.style, marker.value + 1);
    if (at < 0) break;
    parts.push({ ...block, text: text.slice(0, at).trimEnd() });
    text = text.slice(at);
    marker = lexMarker(text);
  }
  return parts.length ? [...parts, { ...block, text }] : [block];
}

/** What a marker can open with: a bracket, a digit, a numeral, a circled number (a quick test before the marker grammar). */
const MARKER_OPENING = codeTest(/[（(\d一二三四五六七八九十①-⑳]/u);

function nextItemAt(text: string, style: string, value: number): number {
  // every character of every line is looked at: by code unit (text/chars.ts)
  for (let i = 1; i < text.length; i++) {
    if (!ITEM_MAY_FOLLOW[text.charCodeAt(i - 1)] || !MARKER_OPENING(text.charCodeAt(i))) continue;
    const m = lexMarker(text.slice(i));
    if (m && m.style === style && m.value === value && m.rest.length > 0) return i;
  }
  return -1;
}
