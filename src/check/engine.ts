/**
 * Runs the gap rules over a parsed file: each enabled rule over each
 * document, at its configured severity; then the ignore entries; then a
 * stable order (document, line, column, rule).
 */
import type { ParsedFile, PlanDocument, Task } from '../model/plan.js';
import type { Finding, Severity, SuppressedFinding } from '../model/finding.js';
import { defaultConfig } from '../config/load.js';
import { pathForIgnore, resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { findIgnore } from '../config/ignore.js';
import { rules } from '../rules/index.js';
import type { RawFinding, SourceLine } from '../rules/types.js';
import { ruleMessage } from '../i18n/index.js';

export interface CheckResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export interface CheckOptions {
  /** Defaults to the built-in configuration. */
  config?: ResolvedConfig;
  /** The file's source lines (reader blocks); rules that read raw text use them. */
  lines?: SourceLine[];
}

const RULE_ORDER = new Map(rules.map((rule, i) => [rule.id, i]));

function linesOf(document: PlanDocument, lines: SourceLine[] | undefined): SourceLine[] | undefined {
  if (!lines) return undefined;
  const { start, end } = document.location;
  return lines.filter((l) => l.location.line >= start.line && l.location.line <= end.line);
}

function toFinding(raw: RawFinding, ruleId: string, severity: Severity, document: PlanDocument, tasks: Map<string, Task>): Finding {
  const task = raw.taskId ? tasks.get(raw.taskId) : undefined;
  return {
    ruleId,
    severity: raw.severity ?? severity,
    // English here; views re-word a finding in their language from messageId and data
    message: ruleMessage('en', ruleId, raw.messageId, raw.data),
    messageId: raw.messageId,
    data: raw.data ?? {},
    document: document.index,
    ...(raw.taskId ? { taskId: raw.taskId } : {}),
    ...(task ? { taskTitle: task.title } : {}),
    location: raw.location,
  };
}

function checkDocument(file: ParsedFile, document: PlanDocument, config: ResolvedConfig, lines?: SourceLine[]): Finding[] {
  const tasks = new Map(document.tasks.map((t) => [t.id, t]));
  const context = { file, document, settings: config.settings, lexicon: config.lexicon, lines: linesOf(document, lines) };
  return rules.flatMap((rule) => {
    const setup = config.rules.get(rule.id);
    if (!setup || setup.severity === 'off') return [];
    return rule.check({ ...context, options: setup.options }).map((raw) => toFinding(raw, rule.id, setup.severity as Severity, document, tasks));
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.document - b.document ||
    a.location.line - b.location.line ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0)
  );
}

/** Check one parsed file. Pure: no file system, no output. */
export function checkParsed(file: ParsedFile, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? resolveConfig(defaultConfig());
  const path = pathForIgnore(config, file.source.path);
  const all = file.documents.flatMap((doc) => checkDocument(file, doc, config, options.lines)).sort(compareFindings);
  const result: CheckResult = { findings: [], suppressed: [] };
  for (const finding of all) {
    const entry = findIgnore(config.ignore, finding, path);
    if (entry) result.suppressed.push({ ...finding, reason: entry.reason });
    else result.findings.push(finding);
  }
  return result;
}
