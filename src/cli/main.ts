/**
 * Commander wiring only: each command lives in commands/ and loads what it
 * needs lazily, so `plan-parse FILE.txt` never loads the Word or YAML code.
 */
import { existsSync } from 'node:fs';
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
import { registerExplain } from './commands/explain.js';
import { closest } from './suggest.js';
import { abandonedCalls } from './io.js';

/** File-system calls given up on after their time limit (the bin exits without waiting for them). */
export const hungCalls = (): number => abandonedCalls;

/** Commander errors carry the command they came from, for the `--help` hint. */
type CommandError = CommanderError & { commandName?: string };

export function buildProgram(): Command {
  const program = new Command('plan-parse')
    .description('Turn Chinese work plans (工作方案/实施方案/工作计划/工作总结) into task lists with owners and deadlines, and report their gaps.')
    .version(version, '-V, --version', 'print the version (also -v)')
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError()
    // a usage error is one line (and a hint to --help), not the whole help
    .configureOutput({ outputError: (text, write) => write(`plan-parse: ${text.replace(/^error: /, '')}`) })
    .addHelpText('after', '\nRun `plan-parse COMMAND --help` for the options of a command.')
    .exitOverride();
  registerParse(program);
  registerCheck(program);
  registerRules(program);
  registerConvert(program);
  registerMergeIndex(program);
  registerEval(program);
  registerExplain(program);
  registerSchema(program);
  for (const command of [program, ...program.commands]) {
    command.exitOverride((error: CommandError) => {
      error.commandName = command === program ? undefined : command.name();
      throw error;
    });
  }
  return program;
}

/** What reaches commander: `-v` and top-level `--init` / `--print-config` (check's) as users type them. */
function normalizeArgs(args: string[]): string[] {
  // -v as ESLint and textlint have it; only first, so that eval's -v (--verbose) stays its own
  if (args[0] === '-v') return ['--version', ...args.slice(1)];
  if (args[0] === '--init' || args[0] === '--print-config') return ['check', ...args];
  return args;
}

/** An unknown word where a command goes, that is no file and no glob: a mistyped command. */
function mistypedCommand(program: Command, word: string | undefined): string | null {
  if (!word || word.startsWith('-') || /[./\\*?{[]/.test(word) || existsSync(word)) return null;
  const names = program.commands.map((c) => c.name());
  if (names.includes(word)) return null;
  return closest(word, [...names, 'help']);
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const args = normalizeArgs(argv.slice(2));
  if (args.length === 0) {
    // bare `plan-parse`: the commands, as git and npm do
    process.stdout.write(program.helpInformation() + '\nRun `plan-parse COMMAND --help` for the options of a command.\n');
    return EXIT.ok;
  }
  const suggestion = mistypedCommand(program, args[0]);
  if (suggestion) {
    process.stderr.write(`plan-parse: unknown command '${args[0]}' (did you mean ${suggestion}?)\nRun \`plan-parse --help\` for the commands.\n`);
    return EXIT.fatal;
  }
  try {
    await program.parseAsync([...argv.slice(0, 2), ...args]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return reportError(error, argv.includes('--debug'));
  }
}

const QUIET_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version', 'commander.executeSubCommandAsync']);

/** One line on stderr, never a stack trace unless --debug. */
export function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander already printed help, the version or the one-line usage error
    if (error.exitCode === 0 || QUIET_CODES.has(error.code)) return EXIT.ok;
    const name = (error as CommandError).commandName;
    process.stderr.write(`Run \`plan-parse ${name ? `${name} ` : ''}--help\` for usage.\n`);
    return EXIT.fatal;
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
