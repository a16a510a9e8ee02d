/**
 * `--format github`: GitHub Actions workflow commands, one line per finding,
 * which GitHub turns into annotations on the pull request:
 *   ::error file=plans/a.txt,line=16,col=3,title=plan-parse missing-owner::task has no owner
 */
import type { Finding, Severity } from '../../model/finding.js';
import { fullMessage, repoPath, type FormatInput } from './common.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Message text: GitHub decodes %25, %0D and %0A (its toolkit's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at `,` and `:` (its toolkit's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

function annotation(path: string, finding: Finding): string {
  const { line, column } = finding.location;
  const properties = { file: path, line, col: column, title: `plan-parse ${finding.ruleId}` };
  return command(COMMAND[finding.severity], properties, fullMessage(finding));
}

export function formatGithub({ report, cwd }: FormatInput): string {
  const lines = [
    ...report.failures.map((f) => command('error', { file: repoPath(f.path, cwd), title: 'plan-parse' }, f.message)),
    ...report.files.flatMap((file) => file.findings.map((finding) => annotation(repoPath(file.path, cwd), finding))),
  ];
  return lines.length ? lines.join('\n') + '\n' : '';
}
