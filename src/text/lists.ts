/**
 * Array helpers for inputs of any size: a spread (`Math.max(...xs)`,
 * `push(...xs)`) passes every item as an argument, and 100k of them
 * overflow the stack (a 400k-line file did, in restoreFlatTables).
 */

/** The largest `of(item)` (`floor` when empty). */
export const largest = <T>(items: readonly T[], of: (item: T) => number, floor = -Infinity): number =>
  items.reduce((most, item) => Math.max(most, of(item)), floor);

/** The smallest `of(item)` (`ceiling` when empty). */
export const smallest = <T>(items: readonly T[], of: (item: T) => number, ceiling = Infinity): number =>
  items.reduce((least, item) => Math.min(least, of(item)), ceiling);

/** Appends `items` to `target` in place. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
