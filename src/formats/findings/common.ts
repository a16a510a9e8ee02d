/** What every findings formatter gets, and helpers they share. */
import { isAbsolute, relative } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { CheckReport, Finding } from '../../model/finding.js';
import type { Location } from '../../model/plan.js';

export interface FormatInput {
  report: CheckReport;
  /** Paths in SARIF and GitHub annotations are relative to this folder (the repository root in CI). */
  cwd: string;
  /** Only the stylish format paints; the default paints nothing. */
  chalk?: ChalkInstance;
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
export function wordPosition(location: Location): string | null {
  if (location.table !== undefined) {
    const parts = [`table ${location.table}`];
    if (location.row !== undefined) parts.push(`row ${location.row}`);
    if (location.cell !== undefined) parts.push(`cell ${location.cell}`);
    return parts.join(', ');
  }
  return location.paragraph !== undefined ? `paragraph ${location.paragraph}` : null;
}

/** The message with the task and the Word position, for formats that show one line of text per finding. */
export function fullMessage(finding: Finding): string {
  const where = wordPosition(finding.location);
  const task = finding.taskTitle ? ` — ${finding.taskTitle}` : '';
  return `${finding.message}${task}${where ? ` (${where})` : ''}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
