/** `plan-parse [parse] FILE...`: print each file's documents and tasks. */
import { Command, Option } from 'commander';
import { EXIT } from '../exit.js';
import { parseIntOption, parseYearOption } from '../options.js';
import { colorOptions } from '../color.js';
import { langOption, wideOption, VIEW_FORMATS, type ViewFormat } from '../view-options.js';
import type { Lang } from '../../i18n/lang.js';
import { maxSizeOption, timeoutOption, type LimitOptions } from '../limit-options.js';

export function registerParse(program: Command): void {
  program
    .command('parse', { isDefault: true })
    .description('parse plans and print their tasks (the default command)')
    .argument('<inputs...>', "plan files (.docx .doc .wps .pdf .ofd .xlsx .xls .txt .md .html …), folders, quoted globs ('plans/*.docx'), or - for stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'yaml', 'jsonl', ...VIEW_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--stdin-filename <path>', 'the name of stdin (-) in messages; its folder is where the configuration is searched')
    .option('-d, --document <n>', 'only document N (0-based) of each file', parseIntOption)
    .option('--year <year>', 'year for dates without one, when a document gives none', parseYearOption)
    .addOption(colorOptions()[0]!)
    .addOption(colorOptions()[1]!)
    .addOption(langOption())
    .addOption(wideOption())
    .addOption(timeoutOption())
    .addOption(maxSizeOption())
    .action(async (files: string[], options: ParseCommandOptions) => {
      const { runParse } = await import('../run-parse.js');
      process.exitCode = await runParse(files, options);
    });
}

export interface ParseCommandOptions extends Partial<LimitOptions> {
  format: 'text' | 'json' | 'yaml' | 'jsonl' | ViewFormat;
  output?: string;
  document?: number;
  stdinFilename?: string;
  year?: number;
  color?: boolean;
  lang?: Lang;
  wide?: boolean;
}

export { EXIT };
