/** `plan-parse convert`: batch conversion of folders, globs and zip archives (README: plan-parse convert). */
import { Command, Option } from 'commander';
import { PlanParseError } from '../../errors.js';
import { parseIntOption, parseYearOption } from '../options.js';
import { parseShard, type Shard } from '../convert/shard.js';
import type { DataFormat } from '../../formats/serialize.js';
import type { PoolKind } from '../convert/pool.js';
import { langOption, VIEW_FORMATS, type ViewFormat } from '../view-options.js';
import type { Lang } from '../../i18n/lang.js';
import { maxSizeOption, timeoutOption } from '../limit-options.js';

interface ConvertCommandOptions {
  outDir?: string;
  format: DataFormat | ViewFormat;
  lang?: Lang;
  split?: boolean;
  filesFrom?: string;
  exclude?: string[];
  jobs?: number;
  pool: PoolKind;
  force?: boolean;
  report?: boolean;
  shard?: Shard;
  year?: number;
  progress: boolean;
  timeout: number;
  maxSize: number;
  wait?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('convert folders, globs and .zip archives of plans into JSON/YAML files with an index')
    .argument('[inputs...]', "files, folders (recursive), quoted globs ('plans/**/*.docx'), .zip archives")
    .option('-o, --out-dir <dir>', 'write one output per input here, mirroring the input paths, plus index.csv and index.jsonl')
    .addOption(new Option('-f, --format <format>', 'output format; xlsx and html also write tasks.xlsx + tasks.csv or report.html for the whole archive').choices(['json', 'yaml', 'jsonl', ...VIEW_FORMATS]).default('json'))
    .option('--split', 'one output file per document instead of one per input')
    .option('--files-from <list>', 'read input paths from a file, one a line (- for stdin)')
    .option('--exclude <pattern>', 'leave out paths matching a glob (repeatable; matched against index paths)', collect)
    .option('-j, --jobs <n>', 'parallel workers (default: number of CPU cores)', parseIntOption)
    .addOption(new Option('--pool <kind>', 'run workers as threads or child processes').choices(['threads', 'processes']).default('threads'))
    .option('--force', 'convert again even inputs whose output is up to date')
    .option('--report', 'also write summary.md (totals, files with the most gaps, failures)')
    .option('--shard <K/N>', 'process only shard K of N (by path hash), for CI matrices', parseShard)
    .option('--year <year>', 'year for dates without one, when a document gives none', parseYearOption)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addOption(langOption())
    .addOption(timeoutOption())
    .addOption(maxSizeOption())
    .option('--wait', 'wait for another convert into the same --out-dir to finish (default: fail at once, naming its pid)')
    .action(async (inputs: string[], options: ConvertCommandOptions) => {
      const { globProblem } = await import('../../config/glob.js');
      for (const pattern of options.exclude ?? []) {
        const problem = globProblem(pattern);
        if (problem) throw new PlanParseError('usage', `--exclude: ${problem}`);
      }
      const { runConvert } = await import('../convert/run.js');
      process.exitCode = await runConvert(inputs, {
        ...options,
        split: options.split === true,
        exclude: options.exclude ?? [],
        force: options.force === true,
        report: options.report === true,
        wait: options.wait === true,
      });
    });
}
