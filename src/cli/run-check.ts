/**
 * The check command's work: expand the inputs, check each file with its
 * configuration, render the report, and pick the exit code. A file that
 * cannot be read is reported on one line and the others are still checked;
 * a bad configuration stops everything (its findings could not be trusted).
 */
import type { FileFailure, FileReport } from '../model/finding.js';
import type { ParsedFile } from '../model/plan.js';
import { PlanParseError } from '../errors.js';
import { ConfigFinder, loadConfigFile } from '../config/load.js';
import { ruleById, rules } from '../rules/index.js';
import { configFor, processFile, type Processed } from '../check/process-file.js';
import { checkReport, onlyErrors } from '../check/report.js';
import { EXIT } from './exit.js';
import { assertNotInput, prepareOutput, writeFileAtomic } from './io.js';
import { expandInputs } from './inputs.js';
import { version } from './version.js';
import type { CheckCommandOptions } from './commands/check.js';
import { sizeLimit, timeoutMs } from './limit-options.js';

function checkRuleIds(overrides: CheckCommandOptions['rule'] = {}): void {
  for (const id of Object.keys(overrides)) {
    if (!ruleById(id)) throw new PlanParseError('usage', `--rule ${id}: unknown rule (plan-parse rules lists them)`);
  }
}

function warn(path: string, message: string): void {
  process.stderr.write(`plan-parse: ${path}: ${message}\n`);
}

/** A doubtful text decoding is said on stderr: the findings of mojibake would mislead. */
function warnDecoding(parsed: ParsedFile): void {
  for (const m of parsed.messages) if (m.messageId === 'doubtful-decoding') warn(parsed.source.path, `warning: ${m.reason}`);
}

async function checkAll(files: string[], finder: ConfigFinder, options: CheckCommandOptions) {
  const reports: FileReport[] = [];
  const failures: FileFailure[] = [];
  const limit = sizeLimit(options);
  for (const file of files) await checkOne(file);
  return { reports, failures };

  async function checkOne(file: string): Promise<void> {
    try {
      // --timeout: each file's parsing and rules stop when the time is up (limits.ts TimeBudget)
      const fileOptions = { overrides: options.rule, year: options.year, limit, timeoutMs: timeoutMs(options) };
      let checked: Processed;
      if (file === '-') {
        const { readStdin, stdinConfigPath } = await import('./run-parse.js');
        const input = { path: options.stdinFilename ?? '<stdin>', bytes: await readStdin(), configFrom: stdinConfigPath(options.stdinFilename) };
        checked = await processFile(input, { ...fileOptions, finder });
      } else {
        checked = await processFile({ path: file }, { ...fileOptions, finder });
      }
      warnDecoding(checked.parsed);
      reports.push(checked.report);
    } catch (error) {
      if (!(error instanceof PlanParseError) || error.kind !== 'input') throw error;
      process.stderr.write(`plan-parse: ${error.line}\n`);
      failures.push({ path: file, message: error.message });
    }
  }
}

async function render(report: ReturnType<typeof checkReport>, options: CheckCommandOptions): Promise<string> {
  const { formatFindings } = await import('../formats/findings/index.js');
  const { chalkFor } = await import('./color.js');
  const toTerminal = !options.output && process.stdout.isTTY === true;
  const chalk = options.format === 'stylish' ? await chalkFor(options.color, toTerminal) : undefined;
  const { resolveLang } = await import('../i18n/lang.js');
  return formatFindings(options.format, { report, rules, cwd: process.cwd(), chalk, lang: resolveLang(options.lang), maxAnnotations: options.maxAnnotations });
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

/** Append the Markdown summary to the step's summary file (GitHub sets the variable; other steps append too). */
async function writeStepSummary(path: string, report: ReturnType<typeof checkReport>): Promise<void> {
  const [{ githubStepSummary }, { appendFile }, { withTimeout, plainErrno }] = await Promise.all([
    import('../formats/findings/github.js'),
    import('node:fs/promises'),
    import('./io.js'),
  ]);
  try {
    await withTimeout(appendFile(path, githubStepSummary(report, process.cwd())), path);
  } catch (error) {
    // the annotations are out already: a summary that cannot be written is a warning, not a failure
    warn(path, `cannot write the step summary (GITHUB_STEP_SUMMARY): ${plainErrno(error) ?? (error as Error).message}`);
  }
}

/** `--init`: write a commented configuration, never over an existing one. */
async function init(): Promise<number> {
  const [{ INIT_FILE, initConfigText }, { writeFile }] = await Promise.all([import('../config/init.js'), import('node:fs/promises')]);
  try {
    await writeFile(INIT_FILE, initConfigText(), { flag: 'wx' });
  } catch (error) {
    const { plainErrno } = await import('./io.js');
    throw new PlanParseError('usage', (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'already exists: edit it, or remove it first' : `cannot write it: ${plainErrno(error) ?? (error as Error).message}`, INIT_FILE);
  }
  process.stderr.write(`plan-parse: wrote ${INIT_FILE} (every rule at its default severity; plan-parse rules explains them)\n`);
  return EXIT.ok;
}

/** `--print-config FILE`: the configuration that applies to FILE, as JSON (ESLint's --print-config). */
async function printConfig(file: string, finder: ConfigFinder, options: CheckCommandOptions): Promise<number> {
  const config = await configFor(file === '-' ? (await import('./run-parse.js')).stdinConfigPath(options.stdinFilename) : file, finder, options.rule);
  const { shownPath } = await import('../config/load.js');
  const printed = {
    file,
    config: config.path ? shownPath(config.path) : null,
    rules: Object.fromEntries([...config.rules].map(([id, setup]) => [id, setup.options === undefined || (typeof setup.options === 'object' && Object.keys(setup.options as object).length === 0) ? setup.severity : [setup.severity, setup.options]])),
    roster: config.settings.roster,
    requiredSections: config.settings.requiredSections,
    year: config.year,
    ignore: config.ignore,
  };
  process.stdout.write(JSON.stringify(printed, null, 2) + '\n');
  return EXIT.ok;
}

export async function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  checkRuleIds(options.rule);
  if (options.init) return init();
  if (options.printConfig === undefined && inputs.length === 0) {
    throw new PlanParseError('usage', "check needs files, folders or globs (or - for stdin); run `plan-parse check --help` for usage");
  }
  const finder = new ConfigFinder(options.config ? await loadConfigFile(options.config) : undefined);
  if (options.printConfig !== undefined) return printConfig(options.printConfig, finder, options);
  const { files, unmatched } = await expandInputs(inputs);
  if (options.output) {
    await assertNotInput(options.output, files.filter((f) => f !== '-'));
    await prepareOutput(options.output);
  }
  for (const pattern of unmatched) warn(pattern, 'no file matched');
  const { reports, failures } = await checkAll(files, finder, options);
  const allFailures = [...unmatched.map((path) => ({ path, message: 'no file matched' })), ...failures];
  const report = checkReport(options.quiet ? reports.map(onlyErrors) : reports, allFailures, version);
  const output = await render(report, options);
  if (options.output) await writeFileAtomic(options.output, output);
  else process.stdout.write(output);
  if (options.format === 'github' && process.env.GITHUB_STEP_SUMMARY) await writeStepSummary(process.env.GITHUB_STEP_SUMMARY, report);
  return exitCode(report, options);
}
