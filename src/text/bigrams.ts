/** Character bigrams and their Dice coefficient: how alike two short texts are (task titles, task texts). */

/** Each pair of adjacent characters with its count. */
export function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** 2·shared / (|a| + |b|) over bigram counts; the sizes are the texts' bigram totals (length − 1). */
export function dice(a: Map<string, number>, aSize: number, b: Map<string, number>, bSize: number): number {
  if (aSize + bSize === 0) return 0;
  let shared = 0;
  for (const [pair, count] of a) shared += Math.min(count, b.get(pair) ?? 0);
  return (2 * shared) / (aSize + bSize);
}
