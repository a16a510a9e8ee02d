/** What every findings formatter gets, and helpers they share. */
import { isAbsolute, relative } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { CheckReport, Finding } from '../../model/finding.js';
import type { Location } from '../../model/plan.js';
import { catalog, formatMessage, ruleMessage, wordPosition as wordPositionIn, type Lang } from '../../i18n/index.js';
import type { Rule } from '../../rules/types.js';

export interface FormatInput {
  report: CheckReport;
  /** The rules' metadata (ids, descriptions, severities): handed in by the caller, so that no format reads the registry. */
  rules: readonly Rule<unknown>[];
  /** Paths in SARIF and GitHub annotations are relative to this folder (the repository root in CI). */
  cwd: string;
  /** Only the stylish format paints; the default paints nothing. */
  chalk?: ChalkInstance;
  /** The language of messages and labels (default en). */
  lang?: Lang;
  /** github: annotations of each severity before the rest become log lines (default 10, GitHub's limit per step). */
  maxAnnotations?: number;
}

/** The report with every finding's message in `lang` (from its messageId and data). */
export function localizeReport(report: CheckReport, lang: Lang): CheckReport {
  if (lang === 'en') return report;
  const word = <F extends Finding>(f: F): F => (f.messageId ? { ...f, message: ruleMessage(lang, f.ruleId, f.messageId, f.data) } : f);
  return { ...report, files: report.files.map((file) => ({ ...file, findings: file.findings.map(word), suppressed: file.suppressed.map(word) })) };
}

/** A path relative to `cwd` with `/` separators, as CI services expect. */
export function repoPath(path: string, cwd: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  return rel.split('\\').join('/').replace(/^\.\//, '');
}

/**
 * Where in a Word file, in words: the line a Word finding carries is a line
 * of the extracted text, which a reader of the .docx cannot see.
 */
export function wordPosition(location: Location, lang: Lang = 'en'): string | null {
  return wordPositionIn(location, lang);
}

/** The message with the task and the Word position, for formats that show one line of text per finding. */
export function fullMessage(finding: Finding, lang: Lang = 'en'): string {
  const words = catalog(lang).finding;
  const where = wordPosition(finding.location, lang);
  let text = finding.message;
  if (finding.taskTitle) text = formatMessage(words.withTask, { message: text, task: finding.taskTitle }, lang);
  return where ? formatMessage(words.withPosition, { message: text, position: where }, lang) : text;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
