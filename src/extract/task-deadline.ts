/**
 * A task's deadline from its text: the span of its numbered sub-steps' dates
 * when it has dated sub-steps (`（1）…5月31日（2）…9月份`: one schedule), the
 * first of its dated paragraphs when several carry a date, else the most
 * specific deadline expression in it (the first among equals).
 */
import type { Block } from '../model/block.js';
import type { Deadline, Milestone } from '../model/plan.js';
import { findDeadlines, type DeadlineContext } from '../grammar/deadline.js';
import { firstSentence } from '../text/sentence.js';
import { toLocation } from './location.js';

/** Lower is better: a date beats a recurrence, which beats "ongoing", an event, and words like 尽快. */
function specificity(d: Deadline): number {
  if (d.vague) return 5;
  if ((d.kind === 'date' || d.kind === 'range' || d.kind === 'before') && (d.start || d.end)) return 1;
  if (d.kind === 'recurring') return 2;
  if (d.kind === 'ongoing') return 3;
  if (d.start || d.end) return 1;
  return 4;
}

/** A deadline that names a day or period (not a recurrence, an event or a vague word). */
export function isDated(d: Deadline): boolean {
  return specificity(d) === 1;
}

/** The most specific deadline, the first one among equals. */
export function chooseDeadline(found: Deadline[]): Deadline | null {
  let best: Deadline | null = null;
  for (const d of found) if (!best || specificity(d) < specificity(best)) best = d;
  return best;
}

/** Inline sub-steps: `（1）广泛宣传阶段：…（完成时限5月31日）（2）集中移除阶段：…`. */
const INLINE_ITEM = /（(\d{1,2})）|([①②③④⑤⑥⑦⑧⑨⑩])/g;

export function findMilestones(blocks: Block[], ctx: DeadlineContext): Milestone[] {
  for (const block of blocks) {
    const pieces = inlineItems(block.text);
    if (pieces.length < 2) continue;
    const milestones = pieces
      .map((piece): Milestone => ({
        name: firstSentence(piece, true),
        text: piece,
        deadline: chooseDeadline(findDeadlines(piece, ctx)),
        location: toLocation(block),
      }))
      .filter((m) => m.deadline && isDated(m.deadline));
    if (milestones.length >= 2) return milestones;
  }
  return [];
}

/** Split a paragraph at inline markers numbered 1, 2, 3… in order; [] when there is no such run. */
function inlineItems(text: string): string[] {
  const starts: { at: number; length: number }[] = [];
  for (const m of text.matchAll(INLINE_ITEM)) {
    const value = m[1] ? Number(m[1]) : '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(m[2]!) + 1;
    if (value !== starts.length + 1) continue;
    starts.push({ at: m.index, length: m[0].length });
  }
  return starts.map((s, i) => text.slice(s.at + s.length, starts[i + 1]?.at ?? text.length).trim());
}

/**
 * One deadline spanning several dated ones (a task's milestones, a deadline
 * cell listing `5月31日；6月1日—6月9日`): from the earliest start to the latest end.
 */
export function spanDeadlines(deadlines: Deadline[], text?: string): Deadline {
  const starts = deadlines.map((d) => d.start ?? d.end!).sort();
  const ends = deadlines.map((d) => d.end ?? d.start!).sort();
  return {
    text: text ?? deadlines.map((d) => d.text).join(' … '),
    kind: 'range',
    start: starts[0],
    end: ends.at(-1),
    precision: deadlines.every((d) => d.precision === 'exact') ? 'exact' : 'fuzzy',
  };
}

/**
 * Sub-steps written as paragraphs, each with its own date (`各部门在7月15日前
 * 要…自查` / `7月16日，领导小组进行…检查`): one milestone per dated paragraph.
 */
function paragraphMilestones(blocks: Block[], found: Deadline[][]): Milestone[] {
  const milestones = blocks.flatMap((block, i): Milestone[] => {
    const deadline = chooseDeadline(found[i]!);
    if (!deadline || !isDated(deadline)) return [];
    return [{ name: firstSentence(block.text, true), text: block.text, deadline, location: toLocation(block) }];
  });
  return milestones.length >= 2 ? milestones : [];
}

/** A task's deadline and milestones from the blocks of its text. */
export function taskDeadline(blocks: Block[], ctx: DeadlineContext): { deadline: Deadline | null; milestones: Milestone[] } {
  const inline = findMilestones(blocks, ctx);
  if (inline.length) return { deadline: spanDeadlines(inline.map((m) => m.deadline!)), milestones: inline };
  const found = blocks.map((block) => findDeadlines(block.text, ctx));
  const milestones = paragraphMilestones(blocks, found);
  // dated paragraphs are each a deadline of the task, not the steps of one schedule: the first is the task's
  // (the real corpus' contract: "when an item has two deadlines the first is given"); each stays a milestone
  if (milestones.length) return { deadline: milestones[0]!.deadline, milestones };
  return { deadline: chooseDeadline(found.flat()), milestones };
}
