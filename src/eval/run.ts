/** `plan-parse eval`: parse every document named by the gold files and score it. */
import { readdir, readFile, access } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { processFile, type ProcessOptions } from '../check/process-file.js';
import { ConfigFinder } from '../config/load.js';
import { PlanParseError } from '../errors.js';
import type { ParsedFile } from '../model/plan.js';
import { GoldDocument } from './gold.js';
import { f1, pickDocument, scoreDocument, total, type DocumentScore, type Tally } from './score.js';

export interface EvalReport {
  documents: (DocumentScore & { figures: Figures })[];
  total: DocumentScore & { figures: Figures };
}

/** Percentages 0–100 with one decimal, null where nothing was compared (n/a). */
export interface Figures {
  taskPrecision: number | null;
  taskRecall: number | null;
  taskF1: number | null;
  ownerExact: number | null;
  leadExact: number | null;
  deadlinePresence: number | null;
  deadlineValue: number | null;
  phases: number | null;
  sections: number | null;
}

export async function evaluate(goldDir: string, docsDir: string | undefined, options: ProcessOptions = {}): Promise<EvalReport> {
  // each document as the other commands read it: with the nearest configuration
  const finder = options.finder ?? new ConfigFinder();
  const names = (await readdir(goldDir).catch(() => {
    throw new PlanParseError('usage', 'cannot read the gold folder', goldDir);
  })).filter((n) => n.endsWith('.json')).sort();
  if (!names.length) throw new PlanParseError('usage', 'no gold files (*.json) in the folder', goldDir);
  const parsed = new Map<string, Promise<ParsedFile | Error>>();
  const scores: DocumentScore[] = [];
  for (const name of names) {
    const gold = await readGold(join(goldDir, name));
    const path = await locate(gold.doc, goldDir, docsDir);
    if (!parsed.has(path)) parsed.set(path, processFile({ path }, { ...options, finder }).then((p) => p.parsed, (e: Error) => e));
    const file = await parsed.get(path)!;
    const score = scoreDocument(name, gold, file instanceof Error ? undefined : pickDocument(gold, file.documents));
    if (file instanceof Error) score.differences.unshift(`error: ${file.message}`);
    scores.push(score);
  }
  return { documents: scores.map(withFigures), total: withFigures(total(scores)) };
}

/** The gold's `doc`: under --docs, else next to the gold folder, or in its `docs/` or `docx/` sibling. */
async function locate(doc: string, goldDir: string, docsDir: string | undefined): Promise<string> {
  if (docsDir) return join(docsDir, doc);
  const parent = dirname(resolve(goldDir));
  for (const base of [parent, join(parent, 'docs'), join(parent, 'docx')]) {
    const path = join(base, doc);
    if (await access(path).then(() => true, () => false)) return path;
  }
  return join(parent, doc);
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

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const ratio = (t: Tally) => (t.n ? t.ok / t.n : null);

function withFigures(s: DocumentScore): DocumentScore & { figures: Figures } {
  const tasks = f1(s.tasks);
  return {
    ...s,
    figures: {
      taskPrecision: percent(tasks.precision),
      taskRecall: percent(tasks.recall),
      taskF1: percent(tasks.f1),
      ownerExact: percent(ratio(s.owners)),
      leadExact: percent(ratio(s.lead)),
      deadlinePresence: percent(ratio(s.deadlinePresence)),
      deadlineValue: percent(ratio(s.deadlineValue)),
      phases: percent(ratio(s.phases)),
      sections: percent(ratio(s.sections)),
    },
  };
}

const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(1));
const frac = (t: Tally) => `${t.ok}/${t.n}`;

/** One line per gold file as the reference scorer prints them, its differences under it, and a TOTAL line. */
export function renderEval(report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  for (const s of report.documents) {
    lines.push(
      `${s.gold}: tasks ${s.tasks.matched}/${s.tasks.gold} (pred ${s.tasks.predicted}) owners ${s.owners.ok}/${s.tasks.matched} lead ${frac(s.lead)} ` +
        `deadlines ${frac(s.deadlineValue)} phases ${frac(s.phases)} sections ${frac(s.sections)}`,
    );
    if (verbose) lines.push(...s.differences.map((d) => `   - ${d}`));
  }
  const t = report.total.figures;
  lines.push(
    `TOTAL docs=${report.documents.length} task_precision=${fmt(t.taskPrecision)} task_recall=${fmt(t.taskRecall)} task_f1=${fmt(t.taskF1)} ` +
      `owner_exact=${fmt(t.ownerExact)} lead_exact=${fmt(t.leadExact)} deadline_present_agree=${fmt(t.deadlinePresence)} ` +
      `deadline_value=${fmt(t.deadlineValue)} phases=${fmt(t.phases)} sections=${fmt(t.sections)}`,
  );
  return lines.join('\n') + '\n';
}
