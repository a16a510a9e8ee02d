/** `plan-parse eval --gold DIR [--docs DIR]`: accuracy against hand-made gold files. */
import { Command, Option } from 'commander';
import { parseYearOption } from '../options.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('measure accuracy against gold files (task F1, owners, deadlines, phases, sections)')
    .requiredOption('--gold <dir>', 'folder of gold JSON files (format of fixtures/gold/*.json)')
    .option('--docs <dir>', 'folder the gold files\' "doc" paths are relative to (default: the gold folder\'s parent)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-v, --verbose', 'list every difference under its document')
    .option('--year <year>', 'year for dates without one, when a document gives none', parseYearOption)
    .action(async (options: { gold: string; docs?: string; format: 'text' | 'json'; verbose?: boolean; year?: number }) => {
      const { evaluate, renderEval } = await import('../../eval/run.js');
      const report = await evaluate(options.gold, options.docs, { year: options.year ?? null });
      process.stdout.write(options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderEval(report, options.verbose ?? false));
    });
}
