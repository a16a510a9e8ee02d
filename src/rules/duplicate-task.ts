/**
 * duplicate-task: the same task listed twice — usually a paragraph pasted
 * into two sections — so two owners think the other one has it.
 */
import * as z from 'zod';
import type { Task } from '../model/plan.js';
import { foldWidth } from '../text/normalize.js';
import { defineRule, type RawFinding } from './types.js';
import { bigrams, dice } from '../text/bigrams.js';

const Options = z
  .object({
    similarity: z.number().min(0.5).max(1).default(0.9).describe('how alike (0.5–1, Dice coefficient of character pairs) two task texts must be to count as the same'),
    minLength: z.number().int().min(1).default(12).describe('texts shorter than this are compared by title only'),
  })
  .strict();
type Options = z.infer<typeof Options>;

/** Text without punctuation, spaces or numbering differences, for comparison. */
function comparable(text: string): string {
  return foldWidth(text).replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Sørensen–Dice coefficient over character pairs: 1 for identical texts. */
interface Prepared {
  task: Task;
  title: string;
  text: string;
  pairs: Map<string, number>;
  /** Position in the document's task list. */
  order: number;
}

function prepare(task: Task): Prepared {
  const text = comparable(task.text);
  return { task, title: comparable(task.title), text, pairs: bigrams(text), order: 0 };
}

function sameTask(a: Prepared, b: Prepared, options: Options): boolean {
  if (a.title.length >= 2 && a.title === b.title) return true;
  const shorter = Math.min(a.text.length, b.text.length);
  const longer = Math.max(a.text.length, b.text.length);
  // Dice can never reach the threshold when the lengths differ this much
  if (shorter < options.minLength || (2 * shorter) / (shorter + longer) < options.similarity) return false;
  return dice(a.pairs, a.text.length - 1, b.pairs, b.text.length - 1) >= options.similarity;
}

/** FNV-1a of a bigram, seeded: the hash functions of the MinHash keys below. */
function pairHash(pair: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < pair.length; i++) h = Math.imul(h ^ pair.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const KEYS = 6;
/** Earlier tasks compared per key at most: the work per task is bounded, whatever the document. */
const BUCKET_CAP = 16;

/**
 * MinHash keys of a text's bigrams: two texts alike enough to be duplicates
 * (Dice ≥ 0.9, Jaccard ≥ 0.8) share each key with probability ≥ 0.8, so at
 * least one of six with probability ≥ 0.9999. Candidates come from these
 * buckets instead of every earlier task: linear, not quadratic (50,000
 * tasks once took 67 s).
 */
function minKeys(p: Prepared): string[] {
  const keys: string[] = [];
  for (let k = 0; k < KEYS; k++) {
    let best = Infinity;
    let bestPair = '';
    for (const pair of p.pairs.keys()) {
      const h = pairHash(pair, k);
      if (h < best) [best, bestPair] = [h, pair];
    }
    keys.push(`${k}:${bestPair}`);
  }
  return keys;
}

/** The first earlier task that is the same as `later`: by equal title (a hash), else among the MinHash candidates. */
class Earlier {
  private readonly byTitle = new Map<string, Prepared>();
  private readonly buckets = new Map<string, Prepared[]>();

  constructor(private readonly options: Options) {}

  find(later: Prepared): Prepared | undefined {
    const keys = later.text.length >= this.options.minLength ? minKeys(later) : [];
    let found = later.title.length >= 2 ? this.byTitle.get(later.title) : undefined;
    const candidates = new Set<Prepared>();
    for (const key of keys) for (const p of this.buckets.get(key) ?? []) candidates.add(p);
    for (const p of candidates) {
      if ((!found || p.order < found.order) && sameTask(p, later, this.options)) found = p;
    }
    this.add(later, keys);
    return found;
  }

  private add(p: Prepared, keys: string[]): void {
    if (p.title.length >= 2 && !this.byTitle.has(p.title)) this.byTitle.set(p.title, p);
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, [p]);
      else if (bucket.length < BUCKET_CAP) bucket.push(p);
    }
  }
}

function check(tasks: Task[], options: Options): RawFinding<'sameAs'>[] {
  const prepared = tasks.map(prepare);
  prepared.forEach((p, i) => (p.order = i));
  const earlierTasks = new Earlier(options);
  const findings: RawFinding<'sameAs'>[] = [];
  prepared.forEach((later) => {
    const earlier = earlierTasks.find(later);
    if (!earlier) return;
    const { task } = earlier;
    findings.push({
      messageId: 'sameAs',
      data: { taskId: task.id, title: task.title, line: task.location.line },
      location: later.task.location,
      taskId: later.task.id,
    });
  });
  return findings;
}

export const duplicateTask = defineRule({
  id: 'duplicate-task',
  defaultSeverity: 'warning',
  description:
    'The same task listed twice in one document: the same title, or texts that are nearly identical (similarity option, 0.9 by default). It is usually a paragraph pasted into two sections; each owner then assumes the other has it. Keep one task and give it all its owners.',
  messages: ['sameAs'],
  examples: {
    bad: '三、主要任务\n1、整治小区环境卫生。清理楼道杂物，6月底前完成。\n责任人：王丹\n2、整治小区环境卫生。清理楼道杂物，6月底前完成。\n责任人：杨婷',
    good: '三、主要任务\n1、整治小区环境卫生。清理楼道杂物，6月底前完成。\n责任人：王丹\n2、整治非法小广告。清理小广告，6月底前完成。\n责任人：杨婷',
    output: ['4:1 same task as t1 “整治小区环境卫生” (line 2)'],
  },
  options: Options,
  check: ({ document, options }) => check(document.tasks, options),
});
