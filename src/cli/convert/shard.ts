/**
 * `--shard K/N`: this run owns the paths whose hash falls in bucket K of N.
 * A hash of the index path (not the position in a listing) keeps a file in
 * the same shard when others are added or removed, on every machine.
 */
import { createHash } from 'node:crypto';
import { InvalidArgumentError } from 'commander';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/4');
  return { index, count };
}

export function shardOf(path: string, count: number): number {
  return (createHash('sha256').update(path).digest().readUInt32BE(0) % count) + 1;
}

export function shardFilter(shard: Shard | undefined): (path: string) => boolean {
  if (!shard || shard.count === 1) return () => true;
  return (path) => shardOf(path, shard.count) === shard.index;
}
