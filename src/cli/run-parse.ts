/** The parse command's work: read each input, print or write the result. */
import { join, resolve } from 'node:path';
import type { ParsedFile } from '../model/plan.js';
import type { Finding } from '../model/finding.js';
import { PlanParseError } from '../errors.js';
import { EXIT } from './exit.js';
import { reportError } from './main.js';
import { assertNotInput, prepareOutput, writeFileAtomic } from './io.js';
import type { ParseCommandOptions } from './commands/parse.js';
import type { FileInput, Processed, ProcessOptions } from '../check/process-file.js';
import { resolveLang } from '../i18n/lang.js';
import { expandInputs } from './inputs.js';
import { sizeLimit, timeoutMs } from './limit-options.js';

/** Where stdin's configuration is searched: the folder of --stdin-filename, else the working folder (as ESLint does). */
export function stdinConfigPath(stdinFilename: string | undefined): string {
  return stdinFilename ? resolve(stdinFilename) : join(process.cwd(), '<stdin>');
}

export async function runParse(inputs: string[], options: ParseCommandOptions): Promise<number> {
  const limit = sizeLimit(options);
  // the views for people mark the gaps; the data formats carry no findings, so they skip the rules
  const rules = options.format === 'text' || options.format === 'xlsx' || options.format === 'html';
  // --timeout: each file's parsing and rules stop when the time is up (limits.ts TimeBudget)
  const processOptions: ProcessOptions = { year: options.year ?? null, document: options.document, limit, rules, timeoutMs: timeoutMs(options) };
  if (options.format === 'xlsx' && !options.output && process.stdout.isTTY) {
    throw new PlanParseError('usage', 'xlsx is a binary file: write it with -o FILE.xlsx (or redirect stdout)');
  }
  let exit: number = EXIT.ok;
  // folders and quoted globs, as check and convert take them (cmd.exe expands no *.docx)
  const { files, unmatched } = await expandInputs(inputs);
  for (const pattern of unmatched) {
    process.stderr.write(`plan-parse: ${pattern}: no file matched\n`);
    exit = EXIT.fatal;
  }
  if (options.output) {
    await assertNotInput(options.output, files.filter((f) => f !== '-'));
    await prepareOutput(options.output);
  }
  // each file with the findings of its configuration (.planparserc: lexicon words, a year, the gaps the views mark)
  const processed: Processed[] = [];
  let here: ((input: FileInput) => Promise<Processed>) | undefined;
  for (const file of files) {
    try {
      const input: FileInput = file === '-'
        ? { path: options.stdinFilename ?? '<stdin>', bytes: await readStdin(), configFrom: stdinConfigPath(options.stdinFilename) }
        : { path: file };
      processed.push(await (here ??= await loadProcessor(processOptions))(input));
    } catch (error) {
      exit = Math.max(exit, reportError(error, process.argv.includes('--debug')));
    }
  }
  if (processed.length === 0) return exit;
  const output = await render(processed, options);
  if (options.output) await writeFileAtomic(options.output, output);
  else process.stdout.write(output);
  return exit;
}

/** processFile with one configuration finder; the pipeline is loaded once the inputs are known to exist. */
async function loadProcessor(options: ProcessOptions): Promise<(input: FileInput) => Promise<Processed>> {
  const [{ processFile }, { ConfigFinder }] = await Promise.all([import('../check/process-file.js'), import('../config/load.js')]);
  const finder = new ConfigFinder();
  return (input) => processFile(input, { ...options, finder });
}

async function render(processed: Processed[], options: ParseCommandOptions): Promise<string | Uint8Array> {
  const lang = resolveLang(options.lang);
  const parsed: ParsedFile[] = processed.map((p) => p.parsed);
  const findings: Finding[][] = processed.map((p) => p.report.findings);
  if (options.format === 'xlsx' || options.format === 'html') {
    const [{ renderForPeople }, { version }] = await Promise.all([import('../formats/people.js'), import('./version.js')]);
    return renderForPeople(options.format, parsed.map((file, i) => ({ file, findings: findings[i]! })), lang, version);
  }
  if (options.format === 'text') {
    const [{ renderText }, { chalkFor }, { taskMarks }] = await Promise.all([
      import('../formats/text.js'),
      import('./color.js'),
      import('../check/marks.js'),
    ]);
    const toTerminal = !options.output && process.stdout.isTTY === true;
    const marks = findings.flatMap(taskMarks);
    const columns = toTerminal ? process.stdout.columns : undefined;
    return renderText(parsed, { chalk: await chalkFor(options.color, toTerminal), columns, marks, lang, wide: options.wide === true }) + '\n';
  }
  const { serialize } = await import('../formats/serialize.js');
  return serialize(parsed, options.format);
}

export async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new PlanParseError('usage', 'no input on stdin (pipe a file into plan-parse -)', '<stdin>');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
