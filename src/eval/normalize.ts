/**
 * Comparison keys, exactly as the project's reference scorer
 * (shared/tools/score.mjs) builds them, so that `plan-parse eval` and the
 * scorer report the same figures: NFKC, then punctuation, quotes, brackets and
 * spaces removed.
 */

const IGNORED = /[\s“”"'‘’《》〈〉（）()【】\[\]、，,。．.：:；;！!？?—–\-…·]/g;

export function textKey(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(IGNORED, '');
}

/** `三/(一)/1` and ['三','（一）','1'] → the same key. */
export function numberKey(number: string | string[] | null | undefined): string {
  return (Array.isArray(number) ? number.join('/') : String(number ?? '')).normalize('NFKC').replace(/[()（）、.．\s]/g, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Similarity of two titles: 1 when one key starts the other, else the Dice coefficient of character bigrams. */
export function titleSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const x = textKey(a);
  const y = textKey(b);
  if (!x || !y) return 0;
  if (x.startsWith(y) || y.startsWith(x)) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let common = 0;
  let nx = 0;
  let ny = 0;
  for (const n of gx.values()) nx += n;
  for (const n of gy.values()) ny += n;
  for (const [g, n] of gx) common += Math.min(n, gy.get(g) ?? 0);
  return nx + ny ? (2 * common) / (nx + ny) : 0;
}
