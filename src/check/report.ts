/** Findings → the report every format renders (pure). */
import type { ParsedFile } from '../model/plan.js';
import { REPORT_VERSION, type CheckReport, type FileFailure, type FileReport, type Finding, type Severity } from '../model/finding.js';
import type { CheckResult } from './engine.js';

/** Findings (or marks) by severity: the one counter the report, the views and convert's index use. */
export function bySeverity(findings: Iterable<{ severity: Severity }>): Record<Severity, number> {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) count[f.severity]++;
  return count;
}

function counts(findings: Finding[]) {
  const { error, warning, info } = bySeverity(findings);
  return { errorCount: error, warningCount: warning, infoCount: info };
}

export function fileReport(parsed: ParsedFile, result: CheckResult, config: string | null): FileReport {
  return {
    path: parsed.source.path,
    format: parsed.source.format,
    config,
    documents: parsed.documents.map((doc) => ({
      index: doc.index,
      title: doc.title,
      kind: doc.kind,
      tasks: doc.tasks.map((t) => ({ id: t.id, title: t.title, line: t.location.line })),
    })),
    findings: result.findings,
    suppressed: result.suppressed,
    messages: parsed.messages,
    ...counts(result.findings),
  };
}

/** `--quiet`: errors only, as if the other findings had never been made. */
export function onlyErrors(file: FileReport): FileReport {
  const findings = file.findings.filter((f) => f.severity === 'error');
  return { ...file, findings, suppressed: file.suppressed.filter((f) => f.severity === 'error'), messages: file.messages.filter((m) => m.severity === 'error'), ...counts(findings) };
}

export function checkReport(files: FileReport[], failures: FileFailure[], version: string): CheckReport {
  const sum = (key: 'errorCount' | 'warningCount' | 'infoCount') => files.reduce((n, f) => n + f[key], 0);
  return {
    reportVersion: REPORT_VERSION,
    tool: { name: 'plan-parse', version },
    files,
    failures,
    errorCount: sum('errorCount'),
    warningCount: sum('warningCount'),
    infoCount: sum('infoCount'),
  };
}
