/**
 * The check command's work: expand the inputs, check each file with its
 * configuration, render the report, and pick the exit code. A file that
 * cannot be read is reported on one line and the others are still checked;
 * a bad configuration stops everything (its findings could not be trusted).
 */
import type { FileFailure, FileReport } from '../model/finding.js';
import { PlanParseError } from '../errors.js';
import { ConfigFinder, loadConfigFile } from '../config/load.js';
import { ruleById } from '../rules/index.js';
import { checkFile } from '../check/check-file.js';
import { checkReport, onlyErrors } from '../check/report.js';
import { EXIT } from './exit.js';
import { assertNotInput, writeFileAtomic } from './io.js';
import { expandInputs } from './inputs.js';
import { version } from './version.js';
import type { CheckCommandOptions } from './commands/check.js';

function checkRuleIds(overrides: CheckCommandOptions['rule'] = {}): void {
  for (const id of Object.keys(overrides)) {
    if (!ruleById(id)) throw new PlanParseError('usage', `--rule ${id}: unknown rule (plan-parse rules lists them)`);
  }
}

function warn(path: string, message: string): void {
  process.stderr.write(`plan-parse: ${path}: ${message}\n`);
}

async function checkAll(files: string[], finder: ConfigFinder, options: CheckCommandOptions) {
  const reports: FileReport[] = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    try {
      reports.push((await checkFile(file, { finder, overrides: options.rule, year: options.year })).report);
    } catch (error) {
      if (!(error instanceof PlanParseError) || error.kind !== 'input') throw error;
      warn(error.file ?? file, error.message);
      failures.push({ path: file, message: error.message });
    }
  }
  return { reports, failures };
}

async function render(report: ReturnType<typeof checkReport>, options: CheckCommandOptions): Promise<string> {
  const { formatFindings } = await import('../formats/findings/index.js');
  const { chalkFor } = await import('./color.js');
  const toTerminal = !options.output && process.stdout.isTTY === true;
  const chalk = options.format === 'stylish' ? await chalkFor(options.color && toTerminal) : undefined;
  const { resolveLang } = await import('../i18n/lang.js');
  return formatFindings(options.format, { report, cwd: process.cwd(), chalk, lang: resolveLang(options.lang) });
}

function exitCode(report: ReturnType<typeof checkReport>, options: CheckCommandOptions): number {
  if (report.failures.length > 0) return EXIT.fatal;
  if (report.errorCount > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && report.warningCount > options.maxWarnings) {
    process.stderr.write(`plan-parse: ${report.warningCount} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

export async function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  checkRuleIds(options.rule);
  const finder = new ConfigFinder(options.config ? await loadConfigFile(options.config) : undefined);
  const { files, unmatched } = await expandInputs(inputs);
  if (options.output) await assertNotInput(options.output, files);
  for (const pattern of unmatched) warn(pattern, 'no file matched');
  const { reports, failures } = await checkAll(files, finder, options);
  const allFailures = [...unmatched.map((path) => ({ path, message: 'no file matched' })), ...failures];
  const report = checkReport(options.quiet ? reports.map(onlyErrors) : reports, allFailures, version);
  const output = await render(report, options);
  if (options.output) await writeFileAtomic(options.output, output);
  else process.stdout.write(output);
  return exitCode(report, options);
}
