/**
 * The default format, for people (after ESLint's "stylish"): per file its
 * findings by position as `line:col  severity  message  rule-id  task`, then
 * one summary line. Colours only when the caller passes a colouring chalk.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FileReport, Finding, Severity } from '../../model/finding.js';
import { displayWidth, padEnd } from '../../text/width.js';
import { plural, type FormatInput } from './common.js';

/** Messages longer than this are not padded: one long message should not push every row right. */
const MESSAGE_COLUMN_CAP = 56;

function position(f: Finding): string {
  const l = f.location;
  if (l.table !== undefined) return [`T${l.table}`, l.row && `R${l.row}`, l.cell && `C${l.cell}`].filter(Boolean).join(' ');
  if (l.paragraph !== undefined) return `¶${l.paragraph}`;
  return l.column !== undefined ? `${l.line}:${l.column}` : String(l.line);
}

function paintSeverity(severity: Severity, chalk: ChalkInstance): string {
  const text = padEnd(severity, 7);
  return severity === 'error' ? chalk.red(text) : severity === 'warning' ? chalk.yellow(text) : chalk.cyan(text);
}

interface Widths {
  position: number;
  message: number;
  rule: number;
}

/** One set of column widths per file, so the rows of all its documents line up. */
function widths(findings: Finding[]): Widths {
  return {
    position: Math.max(...findings.map((f) => position(f).length)),
    message: Math.min(MESSAGE_COLUMN_CAP, Math.max(...findings.map((f) => displayWidth(f.message)))),
    rule: Math.max(...findings.map((f) => f.ruleId.length)),
  };
}

function rows(findings: Finding[], w: Widths, chalk: ChalkInstance): string[] {
  return findings.map((f) => {
    const cells = [
      chalk.dim(position(f).padStart(w.position)),
      paintSeverity(f.severity, chalk),
      padEnd(f.message, w.message),
      chalk.dim(f.taskTitle ? padEnd(f.ruleId, w.rule) : f.ruleId),
    ];
    if (f.taskTitle) cells.push(f.taskTitle);
    return `  ${cells.join('  ')}`;
  });
}

function fileBlock(file: FileReport, chalk: ChalkInstance): string[] {
  if (file.findings.length === 0) return [];
  const out = [chalk.underline(file.path)];
  const w = widths(file.findings);
  const several = file.documents.length > 1;
  for (const doc of file.documents) {
    const findings = file.findings.filter((f) => f.document === doc.index);
    if (findings.length === 0) continue;
    if (several) out.push(chalk.bold(`  #${doc.index} ${doc.title || '(untitled)'}`));
    out.push(...rows(findings, w, chalk));
  }
  return [...out, ''];
}

function summary({ report }: FormatInput, chalk: ChalkInstance): string[] {
  const { errorCount: e, warningCount: w, infoCount: i } = report;
  const total = e + w + i;
  const ignored = report.files.reduce((n, f) => n + f.suppressed.length, 0);
  const lines: string[] = [];
  if (total > 0) {
    const parts = [plural(e, 'error'), plural(w, 'warning'), ...(i ? [`${i} info`] : [])];
    const paint = e ? chalk.red.bold : w ? chalk.yellow.bold : chalk.cyan.bold;
    lines.push(paint(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`));
  }
  if (ignored > 0) lines.push(chalk.dim(`${plural(ignored, 'finding')} ignored by the configuration (see ignore)`));
  return lines;
}

export function formatStylish(input: FormatInput): string {
  const chalk = input.chalk ?? new Chalk({ level: 0 });
  const lines = [...input.report.files.flatMap((f) => fileBlock(f, chalk)), ...summary(input, chalk)];
  return lines.length ? lines.join('\n') + '\n' : '';
}
