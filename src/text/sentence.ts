/** Sentence-level helpers that respect Chinese quotes and brackets. */

const OPEN = '“‘「『《（〔【';
const CLOSE = '”’」』》）〕】';
const TERMINATORS = '。！？；!?;';

/**
 * Index just past the first sentence: up to the first 。！？； outside quotes
 * and brackets (`开展“践行核心价值观，打造好人牡丹江”主题实践活动。…`), or a
 * `：` that ends a short lead-in (`广泛宣传阶段：…`) when `colon` is set.
 */
export function firstSentenceEnd(text: string, colon = false): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (depth === 0 && (TERMINATORS.includes(c) || (colon && (c === '：' || c === ':') && i >= 2))) return i + 1;
  }
  return text.length;
}

/** The first sentence, without its closing punctuation. */
export function firstSentence(text: string, colon = false): string {
  return trimPunctuation(text.slice(0, firstSentenceEnd(text, colon)));
}

/** Drop punctuation and spaces at both ends (`指导思想：` → `指导思想`), keeping closing quotes/brackets that pair with an opening one. */
export function trimPunctuation(text: string): string {
  let s = text.replace(/^[\s\u3000，,、。．.：:；;！!？?]+/, '').replace(/[\s\u3000，,、。．.：:；;！!？?]+$/, '');
  // a stray unmatched closing bracket at the end (`…9月份进行有奖综合评定）`)
  while (s.length && CLOSE.includes(s.at(-1)!) && count(s, OPEN[CLOSE.indexOf(s.at(-1)!)]!) < count(s, s.at(-1)!)) {
    s = s.slice(0, -1).replace(/[\s，,、。；;：:]+$/, '');
  }
  return s;
}

function count(text: string, c: string): number {
  let n = 0;
  for (const ch of text) if (ch === c) n++;
  return n;
}
