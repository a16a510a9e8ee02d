/** Comparison keys: the evaluator ignores punctuation width, quotes and spacing. */
import { foldWidth } from '../text/normalize.js';

export function textKey(text: string): string {
  return foldWidth(text)
    .replace(/[\s"'“”‘’「」『』《》()（）\[\]【】〔〕,，.。、:：;；!！?？…—\-~～·•*]/g, '')
    .toLowerCase();
}

/** `三/(一)/1` and ['三','（一）','1'] → the same key. */
export function numberKey(number: string | string[]): string {
  const parts = Array.isArray(number) ? number : number.split('/');
  return parts.map(textKey).join('/');
}

/** Similarity of two titles (Dice coefficient over character bigrams of their keys). */
export function titleSimilarity(a: string, b: string): number {
  const x = textKey(a);
  const y = textKey(b);
  if (x === y) return 1;
  if (!x || !y) return 0;
  if (x.includes(y) || y.includes(x)) return Math.min(x.length, y.length) / Math.max(x.length, y.length) >= 0.5 ? 0.95 : 0.6;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let common = 0;
  for (const [g, n] of gx) common += Math.min(n, gy.get(g) ?? 0);
  return (2 * common) / (Math.max(1, x.length - 1) + Math.max(1, y.length - 1));
}
