/** `plan-parse explain FILE...`: the role each block was given and why, to see why a task was missed. */
import { Command, Option } from 'commander';
import { parseIntOption, parseYearOption } from '../options.js';
import { maxSizeOption, type LimitOptions } from '../limit-options.js';

export interface ExplainCommandOptions extends Partial<LimitOptions> {
  format: 'text' | 'json';
  document?: number;
  year?: number;
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show the role each block of a file was given (title, heading, task, field, table row, phase, boilerplate…) and why')
    .argument('<files...>', 'plan files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-d, --document <n>', 'only document N (0-based) of each file', parseIntOption)
    .option('--year <year>', 'year for dates without one, when a document gives none', parseYearOption)
    .addOption(maxSizeOption())
    .action(async (files: string[], options: ExplainCommandOptions) => {
      const { runExplain } = await import('../run-explain.js');
      process.exitCode = await runExplain(files, options);
    });
}
