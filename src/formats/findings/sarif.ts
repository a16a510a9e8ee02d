/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
 * One run; one rule descriptor per rule (with its description and examples
 * as help); one result per finding, suppressed findings included with their
 * reason. Word findings point at the line of the extracted text, carry their
 * paragraph/table position in the message and the region's properties, and
 * an excerpt as the snippet.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity, SuppressedFinding } from '../../model/finding.js';
import { ruleSummary, type Rule } from '../../rules/types.js';
import { fullMessage, repoPath, type FormatInput } from './common.js';
import { catalog, ruleDescription, type Lang } from '../../i18n/index.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const BASE_ID = '%SRCROOT%';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded (Chinese file names, spaces). */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The first sentence of a description, English (`.` `:`) or Chinese (`。` `：`). */
function summary(rule: Rule<unknown>, lang: Lang): string {
  if (lang === 'en') return ruleSummary(rule);
  const text = ruleDescription(rule, lang);
  let depth = 0;
  for (const [i, ch] of [...text].entries()) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && (ch === '。' || ch === '：')) return [...text].slice(0, i).join('') + '。';
  }
  return text;
}

function descriptor(rule: Rule<unknown>, lang: Lang) {
  const { bad, good } = rule.examples;
  const indent = (s: string) => s.replace(/^/gm, '    ');
  const description = ruleDescription(rule, lang);
  const words = catalog(lang).rulesList;
  // the labels without their marks: `✗ 反例：` → `反例：`
  const [badLabel, goodLabel] = lang === 'en' ? ['Bad:', 'Good:'] : [words.bad, words.good].map((l) => l.replace(/^[✗✓]\s*/, '').trim());
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: summary(rule, lang) },
    fullDescription: { text: description },
    help: {
      text: `${description}\n\n${badLabel}\n${bad}\n\n${goodLabel}\n${good}`,
      markdown: `${description}\n\n${badLabel}\n\n${indent(bad)}\n\n${goodLabel}\n\n${indent(good)}`,
    },
    ...(rule.docs ? { helpUri: rule.docs } : {}),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['plan-parse', 'documentation'] },
  };
}

/**
 * Stable across runs, edits elsewhere in the file, and languages: it uses the
 * task title (not its id or line) and the message id with its data (not the wording).
 */
function fingerprint(path: string, f: Finding): string {
  const what = f.messageId ? `${f.messageId}${JSON.stringify(f.data ?? {})}` : f.message;
  const key = [f.ruleId, path, f.document, f.taskTitle ?? '', what].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function region(f: Finding) {
  const { line, column, excerpt, paragraph, table, row, cell } = f.location;
  const word = Object.fromEntries(Object.entries({ paragraph, table, row, cell }).filter(([, v]) => v !== undefined));
  return {
    startLine: line,
    ...(column !== undefined ? { startColumn: column } : {}),
    ...(excerpt ? { snippet: { text: excerpt } } : {}),
    ...(Object.keys(word).length ? { properties: word } : {}),
  };
}

function result(f: Finding | SuppressedFinding, path: string, artifact: number, lang: Lang, rules: readonly Rule<unknown>[]) {
  const ruleIndex = rules.findIndex((r) => r.id === f.ruleId);
  const logical = f.taskTitle ? [{ name: f.taskTitle, fullyQualifiedName: `#${f.document}/${f.taskId}`, kind: 'element' }] : undefined;
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: fullMessage(f, lang) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: pathToUri(path), uriBaseId: BASE_ID, index: artifact }, region: region(f) },
        ...(logical ? { logicalLocations: logical } : {}),
      },
    ],
    partialFingerprints: { 'planParse/v1': fingerprint(path, f) },
    ...('reason' in f ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.reason }] } : {}),
  };
}

function notification(message: string, path: string) {
  return {
    level: 'error',
    message: { text: message },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(path), uriBaseId: BASE_ID } } }],
  };
}

export function formatSarif({ report, cwd, rules, lang = 'en' }: FormatInput): string {
  const paths = report.files.map((file) => repoPath(file.path, cwd));
  const results = report.files.flatMap((file, i) =>
    [...file.findings, ...file.suppressed].map((f) => result(f, paths[i]!, i, lang, rules)),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan-parse', version: report.tool.version, semanticVersion: report.tool.version, rules: rules.map((rule) => descriptor(rule, lang)) } },
        invocations: [
          {
            executionSuccessful: report.failures.length === 0,
            toolExecutionNotifications: report.failures.map((f) => notification(f.message, repoPath(f.path, cwd))),
          },
        ],
        originalUriBaseIds: { [BASE_ID]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        artifacts: report.files.map((file, i) => ({ location: { uri: pathToUri(paths[i]!), uriBaseId: BASE_ID }, roles: ['analysisTarget'] })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
