/**
 * `--format junit`: JUnit XML for CI dashboards (GitLab, Jenkins, Azure).
 * One test suite per document, one test case per task plus one for the
 * document itself; a test case fails when it has error or warning findings
 * (info findings are listed in its output but do not fail it). Unreadable
 * files are suites with one erroring case.
 */
import type { DocumentSummary, FileFailure, FileReport, Finding } from '../../model/finding.js';
import { wordPosition, type FormatInput } from './common.js';
import { catalog, formatMessage, type Lang } from '../../i18n/index.js';

/** XML text and attributes: escape markup, drop characters XML 1.0 cannot hold. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Case {
  name: string;
  classname: string;
  findings: Finding[];
}

function findingLine(f: Finding, lang: Lang): string {
  const c = catalog(lang);
  const line = formatMessage(c.position.line, { line: f.location.line }, lang) + (f.location.column ? `:${f.location.column}` : '');
  return `${c.severity[f.severity]} ${f.ruleId} (${wordPosition(f.location, lang) ?? line}): ${f.message}`;
}

const fails = (f: Finding) => f.severity !== 'info';
const failing = (c: Case) => c.findings.some(fails);
const bySeverity = (a: Finding, b: Finding) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1);

function testcase(c: Case, lang: Lang): string {
  const open = `    <testcase classname="${xml(c.classname)}" name="${xml(c.name)}"`;
  if (c.findings.length === 0) return `${open}/>`;
  const body = xml(c.findings.map((f) => findingLine(f, lang)).join('\n'));
  // errors first, so the failure's type names the worst rule
  const failures = c.findings.filter(fails).sort(bySeverity);
  const inner = failures.length
    ? `      <failure message="${xml(failures.map((f) => f.message).join('; '))}" type="${xml(failures[0]!.ruleId)}">${body}</failure>`
    : `      <system-out>${body}</system-out>`;
  return `${open}>\n${inner}\n    </testcase>`;
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function documentCases(file: FileReport, doc: DocumentSummary, lang: Lang): Case[] {
  const words = catalog(lang).junit;
  const classname = `${file.path}#${doc.index}`;
  const findings = file.findings.filter((f) => f.document === doc.index);
  const documentCase = { classname, name: formatMessage(words.documentCase, { title: doc.title || words.untitled }, lang), findings: findings.filter((f) => !f.taskId) };
  const taskCases = doc.tasks.map((task) => ({ classname, name: `${task.id} ${task.title}`, findings: findings.filter((f) => f.taskId === task.id) }));
  return [documentCase, ...taskCases];
}

function documentSuite(file: FileReport, doc: DocumentSummary, lang: Lang): Suite {
  const cases = documentCases(file, doc, lang);
  const failures = cases.filter(failing).length;
  const name = `${file.path} #${doc.index} ${doc.title}`.trim();
  const head = `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0">`;
  return { xml: [head, ...cases.map((c) => testcase(c, lang)), '  </testsuite>'].join('\n'), tests: cases.length, failures, errors: 0 };
}

function failureSuite(f: FileFailure, lang: Lang): Suite {
  const xmlText = [
    `  <testsuite name="${xml(f.path)}" tests="1" failures="0" errors="1">`,
    `    <testcase classname="${xml(f.path)}" name="${xml(catalog(lang).junit.read)}">`,
    `      <error message="${xml(f.message)}"/>`,
    '    </testcase>',
    '  </testsuite>',
  ].join('\n');
  return { xml: xmlText, tests: 1, failures: 0, errors: 1 };
}

export function formatJunit({ report, lang = 'en' }: FormatInput): string {
  const suites = [
    ...report.files.flatMap((file) => file.documents.map((doc) => documentSuite(file, doc, lang))),
    ...report.failures.map((f) => failureSuite(f, lang)),
  ];
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="plan-parse" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
