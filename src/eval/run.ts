/** `plan-parse eval`: parse every document named by the gold files and score it. */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { parseFile, type ParseOptions } from '../pipeline.js';
import { PlanParseError } from '../errors.js';
import type { ParsedFile } from '../model/plan.js';
import { GoldDocument } from './gold.js';
import { f1, scoreDocument, total, type DocumentScore } from './score.js';

export interface EvalReport {
  documents: (DocumentScore & { figures: Figures })[];
  total: DocumentScore & { figures: Figures };
}

export interface Figures {
  taskPrecision: number;
  taskRecall: number;
  taskF1: number;
  ownerExact: number;
  deadlinePresence: number;
  deadlineValue: number;
  phases: number;
  phaseDates: number;
  sections: number;
}

export async function evaluate(goldDir: string, docsDir: string | undefined, options: ParseOptions = {}): Promise<EvalReport> {
  const names = (await readdir(goldDir).catch(() => {
    throw new PlanParseError('usage', 'cannot read the gold folder', goldDir);
  })).filter((n) => n.endsWith('.json')).sort();
  if (!names.length) throw new PlanParseError('usage', 'no gold files (*.json) in the folder', goldDir);
  const base = docsDir ?? dirname(resolve(goldDir));
  const parsed = new Map<string, Promise<ParsedFile>>();
  const scores: DocumentScore[] = [];
  for (const name of names) {
    const gold = await readGold(join(goldDir, name));
    const path = join(base, gold.doc);
    if (!parsed.has(path)) parsed.set(path, parseFile(path, options));
    const file = await parsed.get(path)!;
    scores.push(scoreDocument(name, gold, file.documents.find((d) => d.index === gold.document_index)));
  }
  return { documents: scores.map(withFigures), total: withFigures(total(scores)) };
}

async function readGold(path: string): Promise<GoldDocument> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new PlanParseError('usage', `not a readable JSON gold file (${(error as Error).message})`, path);
  }
  const result = GoldDocument.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PlanParseError('usage', `${issue.path.join('.')}: ${issue.message}`, path);
  }
  return result.data;
}

function ratio(t: { n: number; ok: number }): number {
  return t.n ? t.ok / t.n : 1;
}

function withFigures(s: DocumentScore): DocumentScore & { figures: Figures } {
  const tasks = f1(s.tasks);
  const phases = f1(s.phases);
  const sections = f1(s.sections);
  return {
    ...s,
    figures: {
      taskPrecision: tasks.precision,
      taskRecall: tasks.recall,
      taskF1: tasks.f1,
      ownerExact: ratio(s.owners),
      deadlinePresence: ratio(s.deadlinePresence),
      deadlineValue: ratio(s.deadlineValue),
      phases: phases.f1,
      phaseDates: s.phases.matched ? s.phases.datesExact / s.phases.matched : 1,
      sections: sections.f1,
    },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

export function renderEval(report: EvalReport, verbose: boolean): string {
  const head = ['gold file'.padEnd(28), 'tasks g/p/m', ' task F1', ' owners', 'dl-pres', 'dl-value', ' phases', 'sections'].join('  ');
  const row = (s: EvalReport['total']) =>
    [
      s.gold.padEnd(28),
      `${s.tasks.gold}/${s.tasks.predicted}/${s.tasks.matched}`.padEnd(11),
      pct(s.figures.taskF1).padStart(8),
      pct(s.figures.ownerExact).padStart(7),
      pct(s.figures.deadlinePresence).padStart(7),
      pct(s.figures.deadlineValue).padStart(8),
      pct(s.figures.phases).padStart(7),
      pct(s.figures.sections).padStart(8),
    ].join('  ');
  const lines = [head];
  for (const s of report.documents) {
    lines.push(row(s));
    if (verbose) lines.push(...s.differences.map((d) => `    · ${d}`));
  }
  lines.push('-'.repeat(head.length), row(report.total));
  const t = report.total.figures;
  lines.push(
    '',
    `tasks: precision ${pct(t.taskPrecision).trim()}, recall ${pct(t.taskRecall).trim()}, F1 ${pct(t.taskF1).trim()} · owners exact ${pct(t.ownerExact).trim()} · deadline present/absent ${pct(t.deadlinePresence).trim()} · deadline value ${pct(t.deadlineValue).trim()} · phases ${pct(t.phases).trim()} (dates ${pct(t.phaseDates).trim()}) · sections ${pct(t.sections).trim()}`,
  );
  return lines.join('\n') + '\n';
}
