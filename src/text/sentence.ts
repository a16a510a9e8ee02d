/** Sentence-level helpers that respect Chinese quotes and brackets. */
import { codeIndex, codeTable } from './chars.js';

const OPEN = '“‘「『《（〔【';
const CLOSE = '”’」』》）〕】';
const TERMINATORS = '。！？；!?;';
// the loops below test every character of a text: by code unit, no one-character strings (text/chars.ts)
const OPEN_CODES = codeTable(OPEN);
const CLOSE_CODES = codeTable(CLOSE);
const TERMINATOR_CODES = codeTable(TERMINATORS);
const OPEN_INDEX = codeIndex(OPEN);
const CLOSE_INDEX = codeIndex(CLOSE);
const QUOTE = 0x22; // "
const COLONS = [0xff1a, 0x3a]; // ：:

/**
 * Index just past the first sentence: up to the first 。！？； outside quotes
 * and brackets (`开展“践行核心价值观，打造好人牡丹江”主题实践活动。…`), or a
 * `：` that ends a short lead-in (`广泛宣传阶段：…`) when `colon` is set.
 */
export function firstSentenceEnd(text: string, colon = false): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (OPEN_CODES[c]) depth++;
    else if (CLOSE_CODES[c]) depth = Math.max(0, depth - 1);
    else if (c === QUOTE) depth = depth > 0 ? depth - 1 : depth + 1;
    else if (depth === 0 && (TERMINATOR_CODES[c] || (colon && COLONS.includes(c) && i >= 2))) return i + 1;
  }
  return text.length;
}

/** The first sentence, without its closing punctuation. */
export function firstSentence(text: string, colon = false): string {
  return trimPunctuation(text.slice(0, firstSentenceEnd(text, colon)));
}

const EDGE_PUNCTUATION = new Set(' \u3000，,、。．.：:；;！!？?');
/** What is dropped again before a stray bracket that was cut (`…评定，）` → `…评定`). */
const BEFORE_STRAY = new Set('，,、。；;：:');

const isEdge = (c: string) => EDGE_PUNCTUATION.has(c) || /\s/.test(c);
const isBeforeStray = (c: string) => BEFORE_STRAY.has(c) || /\s/.test(c);

/**
 * Drop punctuation and spaces at both ends (`指导思想：` → `指导思想`), keeping
 * closing quotes/brackets that pair with an opening one. One pass with
 * counters, never a rescan: a line of 40,000 stray `）` stays linear.
 */
export function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdge(text[start]!)) start++;
  while (end > start && isEdge(text[end - 1]!)) end--;
  const balance = bracketBalance(text, start, end);
  // a stray unmatched closing bracket at the end (`…9月份进行有奖综合评定）`)
  for (let kind = CLOSE.indexOf(text[end - 1] ?? ''); end > start && kind >= 0 && balance[kind]! < 0; kind = CLOSE.indexOf(text[end - 1] ?? '')) {
    balance[kind]!++;
    end--;
    while (end > start && isBeforeStray(text[end - 1]!)) end--;
  }
  return text.slice(start, end);
}

/** Per bracket kind: openings minus closings in text[start, end). */
function bracketBalance(text: string, start: number, end: number): number[] {
  const balance = new Array<number>(CLOSE.length).fill(0);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const open = OPEN_INDEX[c]!;
    if (open) balance[open - 1]!++;
    else {
      const close = CLOSE_INDEX[c]!;
      if (close) balance[close - 1]!--;
    }
  }
  return balance;
}
