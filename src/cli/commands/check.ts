/** `plan-parse check`: report the gaps of plans, for people and for CI. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseIntOption, parseYearOption } from '../options.js';
import { FINDING_FORMATS, type FindingFormat } from '../../formats/findings/names.js';
import { colorOptions } from '../color.js';
import { langOption } from '../view-options.js';
import type { Lang } from '../../i18n/lang.js';
import { maxSizeOption, timeoutOption, type LimitOptions } from '../limit-options.js';

const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
type RuleSettings = Record<string, (typeof SEVERITIES)[number]>;

export interface CheckCommandOptions extends Partial<LimitOptions> {
  format: FindingFormat;
  output?: string;
  config?: string;
  rule?: RuleSettings;
  maxWarnings?: number;
  quiet?: boolean;
  stdinFilename?: string;
  maxAnnotations?: number;
  printConfig?: string;
  init?: boolean;
  year?: number;
  color?: boolean;
  lang?: Lang;
}

/** `--rule id=severity`, repeatable; the rule id is checked when the rules are loaded. */
function collectRule(value: string, previous: RuleSettings | undefined): RuleSettings {
  const m = /^([a-z][a-z-]*)=(\w+)$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected RULE=SEVERITY, e.g. missing-deadline=off');
  const severity = m[2] as (typeof SEVERITIES)[number];
  if (!SEVERITIES.includes(severity)) throw new InvalidArgumentError(`severity must be one of ${SEVERITIES.join('|')}`);
  return { ...previous, [m[1]!]: severity };
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('report the gaps of plans (no owner, no deadline, …) for people and CI')
    .argument('[inputs...]', "files, folders or quoted globs ('plans/**/*.{docx,doc,txt}'), or - for stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices(FINDING_FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('-c, --config <file>', 'use this configuration for every file instead of searching for .planparserc')
    .option('--rule <rule=severity>', 'set a rule to off|info|warning|error (repeatable)', collectRule)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseIntOption)
    .option('-q, --quiet', 'report errors only')
    .option('--stdin-filename <path>', 'the name of stdin (-) in the report; its folder is where the configuration is searched')
    .option('--max-annotations <n>', 'github format: annotations of each severity (GitHub shows 10 per step; the rest are listed in the log)', parseIntOption)
    .option('--print-config <file>', 'print the configuration that applies to FILE (rules, severities, the file it came from) and exit')
    .option('--init', 'write a commented .planparserc.yaml in the working folder and exit')
    .option('--year <year>', 'year for dates without one, when a document gives none', parseYearOption)
    .addOption(colorOptions()[0]!)
    .addOption(colorOptions()[1]!)
    .addOption(langOption())
    .addOption(timeoutOption())
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors; 1 errors, or more warnings than --max-warnings; 2 unreadable input, bad configuration or nothing matched.\nSee `plan-parse rules` for the rules.',
    )
    .action(async (inputs: string[], options: CheckCommandOptions) => {
      const { runCheck } = await import('../run-check.js');
      process.exitCode = await runCheck(inputs, options);
    });
}
