/**
 * Colours as linters decide them: `--color` / `--no-color` win; else
 * FORCE_COLOR (set and not 0/false) turns them on — CI logs, `less -R`;
 * else NO_COLOR (set, non-empty) turns them off; else only on a terminal
 * that is not TERM=dumb.
 */
import type { ChalkInstance } from 'chalk';
import { Option } from 'commander';

export function colorEnabled(option: boolean | undefined, toTerminal: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (option !== undefined) return option;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !/^(0|false)$/i.test(force);
  if (env.NO_COLOR) return false;
  return toTerminal && env.TERM !== 'dumb';
}

/** `option`: the command's --color / --no-color (undefined when neither was given). */
export async function chalkFor(option: boolean | undefined, toTerminal: boolean): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: colorEnabled(option, toTerminal) ? 1 : 0 });
}

/** The two options every command that paints takes. */
export const colorOptions = (): Option[] => [
  new Option('--color', 'colours even when not on a terminal (also: FORCE_COLOR=1)'),
  new Option('--no-color', 'no colours (also: NO_COLOR=1)'),
];
