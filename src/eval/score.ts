/**
 * Compare a parsed document with its gold file: tasks matched by numbering
 * path and title, then owners, deadlines, phases and sections.
 */
import type { PlanDocument, Task } from '../model/plan.js';
import { deadlineValue } from '../extract/deadline.js';
import type { GoldDocument, GoldTask } from './gold.js';
import { numberKey, textKey, titleSimilarity } from './normalize.js';

export interface Tally {
  /** how many were compared */
  n: number;
  /** how many agreed */
  ok: number;
}

export interface DocumentScore {
  gold: string;
  doc: string;
  index: number;
  tasks: { gold: number; predicted: number; matched: number };
  owners: Tally;
  deadlinePresence: Tally;
  deadlineValue: Tally;
  phases: { gold: number; predicted: number; matched: number; datesExact: number };
  sections: { gold: number; predicted: number; matched: number };
  /** Human-readable differences, for --verbose. */
  differences: string[];
}

const TITLE_MATCH = 0.8;

export function scoreDocument(goldName: string, gold: GoldDocument, doc: PlanDocument | undefined): DocumentScore {
  const score = emptyScore(goldName, gold);
  if (!doc) {
    score.differences.push(`document ${gold.document_index} not found`);
    return score;
  }
  score.tasks.predicted = doc.tasks.length;
  const pairs = matchTasks(gold.tasks, doc.tasks);
  score.tasks.matched = pairs.length;
  for (const [g, t] of pairs) compareTask(g, t, score);
  const matched = new Set(pairs.map(([, t]) => t));
  for (const g of gold.tasks.filter((g) => !pairs.some(([p]) => p === g))) score.differences.push(`missed task ${g.number} ${g.title}`);
  for (const t of doc.tasks.filter((t) => !matched.has(t))) score.differences.push(`extra task ${t.number.join('/')} ${t.title}`);
  scorePhases(gold, doc, score);
  scoreSections(gold, doc, score);
  return score;
}

function emptyScore(goldName: string, gold: GoldDocument): DocumentScore {
  return {
    gold: goldName,
    doc: gold.doc,
    index: gold.document_index,
    tasks: { gold: gold.tasks.length, predicted: 0, matched: 0 },
    owners: { n: 0, ok: 0 },
    deadlinePresence: { n: 0, ok: 0 },
    deadlineValue: { n: 0, ok: 0 },
    phases: { gold: gold.phases.length, predicted: 0, matched: 0, datesExact: 0 },
    sections: { gold: gold.sections.length, predicted: 0, matched: 0 },
    differences: [],
  };
}

/** Greedy one-to-one matching: the same numbering path helps, the title decides. */
export function matchTasks(gold: GoldTask[], predicted: Task[]): [GoldTask, Task][] {
  const free = new Set(predicted);
  const pairs: [GoldTask, Task][] = [];
  for (const g of gold) {
    let best: Task | null = null;
    let bestScore = 0;
    for (const t of free) {
      const similarity = titleSimilarity(g.title, t.title);
      const sameNumber = numberKey(g.number) === numberKey(t.number);
      const acceptable = similarity >= TITLE_MATCH || (sameNumber && similarity >= 0.5);
      const value = similarity + (sameNumber ? 1 : 0);
      if (acceptable && value > bestScore) {
        best = t;
        bestScore = value;
      }
    }
    if (best) {
      free.delete(best);
      pairs.push([g, best]);
    }
  }
  return pairs;
}

function compareTask(g: GoldTask, t: Task, score: DocumentScore): void {
  const label = `${g.number} ${g.title.slice(0, 20)}`;
  const goldOwners = [...new Set(g.owners.map(textKey))].sort().join('、');
  const ownersFound = [...new Set(t.owners.map((o) => textKey(o.name)))].sort().join('、');
  tally(score.owners, goldOwners === ownersFound, () => `owners of ${label}: expected [${g.owners.join('、')}], got [${t.owners.map((o) => o.name).join('、')}]`, score);
  const present = g.deadline_text !== null;
  tally(score.deadlinePresence, present === (t.deadline !== null), () => `deadline of ${label}: expected ${present ? `"${g.deadline_text}"` : 'none'}, got ${t.deadline ? `"${t.deadline.text}"` : 'none'}`, score);
  if (present) {
    const value = deadlineValue(t.deadline);
    tally(score.deadlineValue, value === g.deadline, () => `deadline value of ${label}: expected ${g.deadline}, got ${value}`, score);
  }
}

function tally(t: { n: number; ok: number }, ok: boolean, describe: () => string, score: DocumentScore): void {
  t.n++;
  if (ok) t.ok++;
  else score.differences.push(describe());
}

function scorePhases(gold: GoldDocument, doc: PlanDocument, score: DocumentScore): void {
  score.phases.predicted = doc.phases.length;
  const free = new Set(doc.phases);
  for (const g of gold.phases) {
    const p = [...free].find((p) => titleSimilarity(g.name, p.name) >= TITLE_MATCH);
    if (!p) {
      score.differences.push(`missed phase ${g.name}`);
      continue;
    }
    free.delete(p);
    score.phases.matched++;
    if (p.start === g.start && p.end === g.end) score.phases.datesExact++;
    else score.differences.push(`phase ${g.name}: expected ${g.start}…${g.end}, got ${p.start}…${p.end}`);
  }
  for (const p of free) score.differences.push(`extra phase ${p.name}`);
}

function scoreSections(gold: GoldDocument, doc: PlanDocument, score: DocumentScore): void {
  const headings = doc.sections.map((s) => s.heading);
  score.sections.predicted = headings.length;
  const free = new Set(headings);
  for (const g of gold.sections) {
    const h = [...free].find((h) => titleSimilarity(g, h) >= TITLE_MATCH);
    if (h === undefined) {
      score.differences.push(`missed section ${g}`);
      continue;
    }
    free.delete(h);
    score.sections.matched++;
  }
  for (const h of free) score.differences.push(`extra section ${h}`);
}

/** Sum of document scores (micro average). */
export function total(scores: DocumentScore[]): DocumentScore {
  const sum: DocumentScore = {
    gold: 'total', doc: '', index: -1,
    tasks: { gold: 0, predicted: 0, matched: 0 },
    owners: { n: 0, ok: 0 },
    deadlinePresence: { n: 0, ok: 0 },
    deadlineValue: { n: 0, ok: 0 },
    phases: { gold: 0, predicted: 0, matched: 0, datesExact: 0 },
    sections: { gold: 0, predicted: 0, matched: 0 },
    differences: [],
  };
  for (const s of scores) {
    for (const k of ['gold', 'predicted', 'matched'] as const) {
      sum.tasks[k] += s.tasks[k];
      sum.phases[k] += s.phases[k];
      sum.sections[k] += s.sections[k];
    }
    sum.phases.datesExact += s.phases.datesExact;
    for (const k of ['owners', 'deadlinePresence', 'deadlineValue'] as const) {
      sum[k].n += s[k].n;
      sum[k].ok += s[k].ok;
    }
  }
  return sum;
}

export function f1(t: { gold: number; predicted: number; matched: number }): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.matched / t.predicted : t.gold ? 0 : 1;
  const recall = t.gold ? t.matched / t.gold : t.predicted ? 0 : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
