/**
 * `--format github`: GitHub Actions workflow commands, which GitHub turns
 * into annotations on the pull request:
 *   ::error file=plans/a.txt,line=16,col=3,title=plan-parse missing-owner::task has no owner
 *
 * GitHub shows at most 10 annotations of each severity per step, so past
 * `maxAnnotations` (default 10) of a severity a finding is a plain log line,
 * and a summary notice says how many there are in all. Text files get
 * `line=`/`col=`; a Word or HTML file's line is one of the extracted text,
 * not of the file GitHub shows, so those annotations are file-level and name
 * the paragraph (or table cell) and the task in the message.
 */
import type { CheckReport, Finding, Severity } from '../../model/finding.js';
import { fullMessage, plural, repoPath, type FormatInput } from './common.js';
import { bySeverity } from '../../check/report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's own limit per step and severity. */
export const GITHUB_ANNOTATION_LIMIT = 10;

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

/** Formats whose `line` is a line of the file as GitHub shows it. */
const LINE_FORMATS = new Set(['txt', 'md']);

interface Entry {
  severity: Severity;
  path: string;
  line?: number;
  column?: number;
  title: string;
  message: string;
}

function entries(report: CheckReport, cwd: string): Entry[] {
  const failures: Entry[] = report.failures.map((f) => ({ severity: 'error', path: repoPath(f.path, cwd), title: 'plan-parse', message: f.message }));
  const findings = report.files.flatMap((file) =>
    file.findings.map((finding: Finding): Entry => {
      const byLine = LINE_FORMATS.has(file.format);
      return {
        severity: finding.severity,
        path: repoPath(file.path, cwd),
        line: byLine ? finding.location.line : undefined,
        column: byLine ? finding.location.column : undefined,
        title: `plan-parse ${finding.ruleId}`,
        message: fullMessage(finding),
      };
    }),
  );
  return [...failures, ...findings];
}

/** A finding past the cap: a plain log line, readable in the step's log. */
function logLine(entry: Entry): string {
  const where = entry.line === undefined ? entry.path : `${entry.path}:${entry.line}${entry.column === undefined ? '' : `:${entry.column}`}`;
  return `${where}: ${entry.severity}: ${entry.message} [${entry.title.replace(/^plan-parse ?/, '') || 'plan-parse'}]`;
}

export function formatGithub({ report, cwd, maxAnnotations }: FormatInput): string {
  const cap = maxAnnotations ?? GITHUB_ANNOTATION_LIMIT;
  const all = entries(report, cwd);
  const count = bySeverity(all);
  const truncated = (Object.keys(count) as Severity[]).some((s) => count[s] > cap);
  // the summary is a notice itself: it takes one of the notices' places
  const budget: Record<Severity, number> = { error: cap, warning: cap, info: truncated ? Math.max(0, cap - 1) : cap };
  const annotations: string[] = [];
  const rest: string[] = [];
  for (const entry of all) {
    if (budget[entry.severity]-- > 0) {
      annotations.push(command(COMMAND[entry.severity], { file: entry.path, line: entry.line, col: entry.column, title: entry.title }, entry.message));
    } else rest.push(logLine(entry));
  }
  const lines = [...annotations];
  if (truncated) {
    const total = `${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(count.info, 'notice')}`;
    lines.unshift(command('notice', { title: 'plan-parse' }, `${total} in ${plural(report.files.length, 'file')}: annotations show the first ${cap} of each kind; all of them are in the log of this step${process.env.GITHUB_STEP_SUMMARY ? ' and its summary' : ''}`));
    lines.push(`plan-parse: ${rest.length} more findings (past ${cap} annotations of a kind):`, ...rest);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** `$GITHUB_STEP_SUMMARY`: a Markdown table of the files and their gaps, appended to the step's summary page. */
export function githubStepSummary(report: CheckReport, cwd: string): string {
  const out = [
    '### plan-parse check',
    '',
    `${plural(report.files.length, 'file')} checked: ${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}, ${plural(report.infoCount, 'notice')}${report.failures.length ? `, ${report.failures.length} unreadable` : ''}.`,
    '',
  ];
  if (report.files.length > 0) {
    out.push('| file | tasks | errors | warnings | notices | gaps (rule: count) |', '| --- | ---: | ---: | ---: | ---: | --- |');
    for (const file of report.files) {
      const byRule = new Map<string, number>();
      for (const f of file.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const gaps = [...byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id}: ${n}`).join(', ');
      const tasks = file.documents.reduce((n, d) => n + d.tasks.length, 0);
      out.push(`| ${cell(repoPath(file.path, cwd))} | ${tasks} | ${file.errorCount} | ${file.warningCount} | ${file.infoCount} | ${cell(gaps) || '—'} |`);
    }
    out.push('');
  }
  if (report.failures.length > 0) {
    out.push('| unreadable file | why |', '| --- | --- |', ...report.failures.map((f) => `| ${cell(repoPath(f.path, cwd))} | ${cell(f.message)} |`), '');
  }
  return out.join('\n') + '\n';
}
