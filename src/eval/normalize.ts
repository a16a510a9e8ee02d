/**
 * Comparison keys, exactly as the project's reference scorer
 * (shared/tools/score.mjs) builds them, so that `plan-parse eval` and the
 * scorer report the same figures: NFKC, then punctuation, quotes, brackets and
 * spaces removed.
 */
import { bigrams, dice } from '../text/bigrams.js';

const IGNORED = /[\s“”"'‘’《》〈〉（）()【】\[\]、，,。．.：:；;！!？?—–\-…·]/g;

export function textKey(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(IGNORED, '');
}

/** `三/(一)/1` and ['三','（一）','1'] → the same key. */
export function numberKey(number: string | string[] | null | undefined): string {
  return (Array.isArray(number) ? number.join('/') : String(number ?? '')).normalize('NFKC').replace(/[()（）、.．\s]/g, '');
}

/** Similarity of two titles: 1 when one key starts the other, else the Dice coefficient of character bigrams. */
export function titleSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const x = textKey(a);
  const y = textKey(b);
  if (!x || !y) return 0;
  if (x.startsWith(y) || y.startsWith(x)) return 1;
  return dice(bigrams(x), x.length - 1, bigrams(y), y.length - 1);
}
