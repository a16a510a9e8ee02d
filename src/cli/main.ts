/**
 * Commander wiring only: each command lives in commands/ and loads what it
 * needs lazily, so `plan-parse FILE.txt` never loads the Word or YAML code.
 */
import { Command, CommanderError } from 'commander';
import { PlanParseError } from '../errors.js';
import { EXIT } from './exit.js';
import { version } from './version.js';
import { registerParse } from './commands/parse.js';
import { registerSchema } from './commands/schema.js';
import { registerCheck } from './commands/check.js';
import { registerRules } from './commands/rules.js';
import { registerConvert } from './commands/convert.js';
import { registerMergeIndex } from './commands/merge-index.js';
import { registerEval } from './commands/eval.js';

export function buildProgram(): Command {
  const program = new Command('plan-parse')
    .description('Turn Chinese work plans (工作方案/实施方案/工作计划/工作总结) into task lists with owners and deadlines, and report their gaps.')
    .version(version, '-V, --version')
    .option('--debug', 'show stack traces for internal errors')
    .showHelpAfterError()
    .exitOverride();
  registerParse(program);
  registerCheck(program);
  registerRules(program);
  registerConvert(program);
  registerMergeIndex(program);
  registerEval(program);
  registerSchema(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return reportError(error, argv.includes('--debug'));
  }
}

/** One line on stderr, never a stack trace unless --debug. */
export function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander already printed help/version/usage errors
    return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
  }
  if (error instanceof PlanParseError) {
    process.stderr.write(`plan-parse: ${error.line}\n`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return EXIT.fatal;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`plan-parse: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}
