/**
 * The default format, for people (after ESLint's "stylish"): per file its
 * findings by position as `line:col  severity  message  rule-id  task`, then
 * one summary line. Colours only when the caller passes a colouring chalk.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FileReport, Finding, Severity } from '../../model/finding.js';
import { displayWidth, padEnd, widest } from '../../text/width.js';
import { catalog, formatMessage, wordPosition, type Lang } from '../../i18n/index.js';
import type { FormatInput } from './common.js';

/** Messages longer than this are not padded: one long message should not push every row right. */
const MESSAGE_COLUMN_CAP = 56;

function position(f: Finding, lang: Lang): string {
  const l = f.location;
  return wordPosition(l, lang, true) ?? (l.column !== undefined ? `${l.line}:${l.column}` : String(l.line));
}

function paintSeverity(severity: Severity, chalk: ChalkInstance, lang: Lang): string {
  const words = catalog(lang).severity;
  const text = padEnd(words[severity], Math.max(...Object.values(words).map(displayWidth)));
  return severity === 'error' ? chalk.red(text) : severity === 'warning' ? chalk.yellow(text) : chalk.cyan(text);
}

interface Widths {
  position: number;
  message: number;
  rule: number;
}

/** One set of column widths per file, so the rows of all its documents line up. */
function widths(findings: Finding[], lang: Lang): Widths {
  return {
    position: widest(findings, (f) => displayWidth(position(f, lang))),
    message: Math.min(MESSAGE_COLUMN_CAP, widest(findings, (f) => displayWidth(f.message))),
    rule: widest(findings, (f) => f.ruleId.length),
  };
}

function rows(findings: Finding[], w: Widths, chalk: ChalkInstance, lang: Lang): string[] {
  return findings.map((f) => {
    const where = position(f, lang);
    const cells = [
      chalk.dim(' '.repeat(Math.max(0, w.position - displayWidth(where))) + where),
      paintSeverity(f.severity, chalk, lang),
      padEnd(f.message, w.message),
      chalk.dim(f.taskTitle ? padEnd(f.ruleId, w.rule) : f.ruleId),
    ];
    if (f.taskTitle) cells.push(f.taskTitle);
    return `  ${cells.join('  ')}`;
  });
}

function fileBlock(file: FileReport, chalk: ChalkInstance, lang: Lang): string[] {
  if (file.findings.length === 0) return [];
  const out = [chalk.underline(file.path)];
  const w = widths(file.findings, lang);
  const several = file.documents.length > 1;
  for (const doc of file.documents) {
    const findings = file.findings.filter((f) => f.document === doc.index);
    if (findings.length === 0) continue;
    if (several) out.push(chalk.bold(`  #${doc.index} ${doc.title || catalog(lang).view.untitled}`));
    for (const row of rows(findings, w, chalk, lang)) out.push(row); // no push(...): 100k findings overflow the stack
  }
  return [...out, ''];
}

function summary({ report }: FormatInput, chalk: ChalkInstance, lang: Lang): string[] {
  const words = catalog(lang).stylish;
  const say = (template: string, data: Record<string, string | number>) => formatMessage(template, data, lang);
  const { errorCount: e, warningCount: w, infoCount: i } = report;
  const total = e + w + i;
  const ignored = report.files.reduce((n, f) => n + f.suppressed.length, 0);
  const lines: string[] = [];
  if (total > 0) {
    const parts = [say(words.errors, { count: e }), say(words.warnings, { count: w }), ...(i ? [say(words.infos, { count: i })] : [])];
    const paint = e ? chalk.red.bold : w ? chalk.yellow.bold : chalk.cyan.bold;
    lines.push(paint(say(words.problems, { total, parts: parts.join(words.partJoiner) })));
  }
  if (ignored > 0) lines.push(chalk.dim(say(words.ignored, { count: ignored })));
  return lines;
}

export function formatStylish(input: FormatInput): string {
  const chalk = input.chalk ?? new Chalk({ level: 0 });
  const lang = input.lang ?? 'en';
  const lines = [...input.report.files.flatMap((f) => fileBlock(f, chalk, lang)), ...summary(input, chalk, lang)];
  return lines.length ? lines.join('\n') + '\n' : '';
}
