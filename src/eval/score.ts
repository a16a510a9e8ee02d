/**
 * Compare a parsed document with its gold file, by the same rules as the
 * project's reference scorer (shared/tools/score.mjs): tasks matched greedily
 * in gold order by title similarity (+0.5 when the numbering path is equal,
 * accepted at 0.6), then owners (the set of names), lead owners, deadline
 * presence and value (the end date; `--MM-DD` matches any year), phases (name
 * similarity ≥ 0.7, start and end equal) and sections (one key starts the other).
 */
import type { Deadline, Owner, PlanDocument, Task } from '../model/plan.js';
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
  /** The document of the parsed file that was scored; -1 when none was found. */
  index: number;
  tasks: { gold: number; predicted: number; matched: number };
  owners: Tally;
  /** Owners labelled as leading (牵头/责任单位/责任人), over matched gold tasks that state `lead`. */
  lead: Tally;
  deadlinePresence: Tally;
  deadlineValue: Tally;
  /** Gold phases found with equal start and end. */
  phases: Tally;
  sections: Tally;
  /** Human-readable differences, for --verbose. */
  differences: string[];
}

const TASK_MATCH = 0.6;
const PHASE_MATCH = 0.7;

/** Which parsed document a gold file describes: by title when there are several. */
export function pickDocument(gold: GoldDocument, documents: PlanDocument[]): PlanDocument | undefined {
  if (documents.length <= 1) return documents[0];
  const best = documents
    .map((d) => ({ d, s: titleSimilarity(d.title, gold.title ?? '') }))
    .reduce((a, b) => (b.s > a.s ? b : a));
  if (gold.document_index === undefined) return best.d;
  // titles of a collection differ in their last characters (`…篇十` starts `…篇十一`):
  // the indexed document wins a tie
  const indexed = documents.find((d) => d.index === gold.document_index);
  if (indexed && titleSimilarity(indexed.title, gold.title ?? '') >= best.s) return indexed;
  return best.s >= TASK_MATCH ? best.d : indexed;
}

export function scoreDocument(goldName: string, gold: GoldDocument, doc: PlanDocument | undefined): DocumentScore {
  const score = emptyScore(goldName, gold);
  if (!doc) {
    score.differences.push('no document');
    return score;
  }
  score.index = doc.index;
  score.tasks.predicted = doc.tasks.length;
  const pairs = matchTasks(gold.tasks, doc.tasks);
  score.tasks.matched = pairs.size;
  for (const g of gold.tasks) {
    const t = pairs.get(g);
    if (t) compareTask(g, t, score);
    else score.differences.push(`task not found: ${g.number} ${g.title}`);
  }
  const matched = new Set(pairs.values());
  for (const t of doc.tasks.filter((t) => !matched.has(t))) score.differences.push(`extra task: ${t.number.join('/')} ${t.title}`);
  scorePhases(gold, doc, score);
  scoreSections(gold, doc, score);
  return score;
}

function emptyScore(goldName: string, gold: GoldDocument): DocumentScore {
  return {
    gold: goldName,
    doc: gold.doc,
    index: -1,
    tasks: { gold: gold.tasks.length, predicted: 0, matched: 0 },
    owners: { n: 0, ok: 0 },
    lead: { n: 0, ok: 0 },
    deadlinePresence: { n: 0, ok: 0 },
    deadlineValue: { n: 0, ok: 0 },
    phases: { n: gold.phases.length, ok: 0 },
    sections: { n: gold.sections.length, ok: 0 },
    differences: [],
  };
}

/** Greedy one-to-one matching in gold order: title similarity, +0.5 for the same numbering path. */
export function matchTasks(gold: GoldTask[], predicted: Task[]): Map<GoldTask, Task> {
  const used = new Set<Task>();
  const pairs = new Map<GoldTask, Task>();
  for (const g of gold) {
    let best: Task | null = null;
    let bestScore = 0;
    for (const t of predicted) {
      if (used.has(t)) continue;
      const s = titleSimilarity(t.title || t.text, g.title) + (numberKey(t.number) === numberKey(g.number) ? 0.5 : 0);
      if (s > bestScore) {
        bestScore = s;
        best = t;
      }
    }
    if (best && bestScore >= TASK_MATCH) {
      used.add(best);
      pairs.set(g, best);
    }
  }
  return pairs;
}

const nameSet = (names: string[]) => names.map(textKey).filter(Boolean).sort().join('、');

/** Owners a task marks as leading: 牵头 by any means, 责任 only when a label or a column says so. */
export function leadOwners(owners: Owner[]): Owner[] {
  return owners.filter((o) => o.role === 'lead' || (o.role === 'responsible' && (o.via === 'label' || o.via === 'column')));
}

/** The end date a deadline is compared by; `recurring` for recurring and ongoing ones. */
export function deadlineEnd(d: Deadline | string | null | undefined): string | null {
  if (d == null) return null;
  if (typeof d === 'string') return d === 'recurring' ? 'recurring' : d.split('/').pop()!;
  if (d.kind === 'recurring' || d.kind === 'ongoing') return 'recurring';
  return d.end ?? d.start ?? null;
}

function compareTask(g: GoldTask, t: Task, score: DocumentScore): void {
  const label = `${g.number} ${g.title.slice(0, 20)}`;
  const names = t.owners.map((o) => o.name);
  tally(score.owners, nameSet(g.owners) === nameSet(names), () => `owners ${label}: gold ${g.owners.join(',')} got ${names.join(',')}`, score);
  if (g.lead) {
    const lead = leadOwners(t.owners).map((o) => o.name);
    tally(score.lead, nameSet(g.lead) === nameSet(lead), () => `lead ${label}: gold ${g.lead!.join(',')} got ${lead.join(',')}`, score);
  }
  const ge = deadlineEnd(g.deadline);
  const pe = deadlineEnd(t.deadline);
  tally(score.deadlinePresence, (ge === null) === (pe === null), () => `deadline presence ${label}: gold ${ge ?? 'none'} got ${pe ?? 'none'}`, score);
  if (ge !== null) {
    const ok = ge === pe || (ge.startsWith('--') && pe !== null && pe.endsWith(ge.slice(1)));
    tally(score.deadlineValue, ok, () => `deadline ${label}: gold ${ge} got ${pe}`, score);
  }
}

function tally(t: Tally, ok: boolean, describe: () => string, score: DocumentScore): void {
  t.n++;
  if (ok) t.ok++;
  else score.differences.push(describe());
}

function scorePhases(gold: GoldDocument, doc: PlanDocument, score: DocumentScore): void {
  for (const g of gold.phases) {
    const p = doc.phases.find((p) => titleSimilarity(p.name, g.name) >= PHASE_MATCH);
    if (p && p.start === g.start && p.end === g.end) score.phases.ok++;
    else score.differences.push(`phase ${g.name}: gold ${g.start}..${g.end} got ${p ? `${p.start}..${p.end}` : 'none'}`);
  }
}

function scoreSections(gold: GoldDocument, doc: PlanDocument, score: DocumentScore): void {
  const found = doc.sections.map((s) => textKey(s.heading));
  for (const g of gold.sections) {
    const key = textKey(g);
    if (found.some((p) => p === key || p.startsWith(key) || key.startsWith(p))) score.sections.ok++;
    else score.differences.push(`section not found: ${g}`);
  }
}

/** Sum of document scores (micro average). */
export function total(scores: DocumentScore[]): DocumentScore {
  const sum: DocumentScore = {
    gold: 'TOTAL', doc: '', index: -1,
    tasks: { gold: 0, predicted: 0, matched: 0 },
    owners: { n: 0, ok: 0 },
    lead: { n: 0, ok: 0 },
    deadlinePresence: { n: 0, ok: 0 },
    deadlineValue: { n: 0, ok: 0 },
    phases: { n: 0, ok: 0 },
    sections: { n: 0, ok: 0 },
    differences: [],
  };
  for (const s of scores) {
    for (const k of ['gold', 'predicted', 'matched'] as const) sum.tasks[k] += s.tasks[k];
    for (const k of ['owners', 'lead', 'deadlinePresence', 'deadlineValue', 'phases', 'sections'] as const) {
      sum[k].n += s[k].n;
      sum[k].ok += s[k].ok;
    }
  }
  return sum;
}

/** Precision, recall and F1 of task matching; null where there is nothing to divide by. */
export function f1(t: { gold: number; predicted: number; matched: number }): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = t.predicted ? t.matched / t.predicted : null;
  const recall = t.gold ? t.matched / t.gold : null;
  if (precision === null && recall === null) return { precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
