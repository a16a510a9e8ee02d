/** Colours only on a terminal, never with NO_COLOR or --no-color. */
import type { ChalkInstance } from 'chalk';

export async function chalkFor(wanted: boolean): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  const enabled = wanted && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return new Chalk({ level: enabled ? 1 : 0 });
}
