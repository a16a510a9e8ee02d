/** The limit options (issue 12) shared by parse, check and convert: --timeout, --max-size. */
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_SIZE_MB, DEFAULT_TIMEOUT_S, MB, WORD_SIZE_FACTOR, type SizeLimit } from '../limits.js';

function positive(value: string, zero: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!zero && n === 0)) throw new InvalidArgumentError(zero ? 'expected a number ≥ 0' : 'expected a number > 0');
  return n;
}

export const timeoutOption = () =>
  new Option('--timeout <seconds>', `stop a file that takes longer than this ("too complex"); 0: no limit`)
    .argParser((v) => positive(v, true))
    .default(DEFAULT_TIMEOUT_S);

export const maxSizeOption = () =>
  new Option('--max-size <MB>', `refuse text and web pages larger than this, Word files ${WORD_SIZE_FACTOR}× larger`)
    .argParser((v) => positive(v, false))
    .default(DEFAULT_MAX_SIZE_MB);

export interface LimitOptions {
  timeout: number;
  maxSize: number;
}

export const sizeLimit = (options: Partial<LimitOptions>): SizeLimit => ({ maxSize: Math.round((options.maxSize ?? DEFAULT_MAX_SIZE_MB) * MB) });
export const timeoutMs = (options: Partial<LimitOptions>): number => Math.round((options.timeout ?? DEFAULT_TIMEOUT_S) * 1000);
