/**
 * Phases: the dated stages of a plan's schedule (实施步骤、时间安排 …), or any
 * item that names itself a stage (第一阶段、准备阶段) and gives its dates.
 * `（一）第一阶段：宣传发动阶段（4月中旬—5月底）` → 宣传发动阶段, 04-11 … 05-31.
 */
import type { Phase } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { headText, type OutlineNode } from '../outline/tree.js';
import { sectionKind } from '../outline/classify.js';
import { lexMarker } from '../outline/marker.js';
import { findDeadlines, type DeadlineContext } from './deadline.js';
import { toLocation } from './location.js';
import { trimPunctuation } from '../text/sentence.js';

export function collectPhases(root: OutlineNode, ctx: DeadlineContext & { lexicon: Lexicon }): Phase[] {
  const phases: Phase[] = [];
  const visit = (node: OutlineNode, inSchedule: boolean) => {
    const schedule = inSchedule || (node.head !== null && sectionKind(node.heading, ctx.lexicon) === 'schedule');
    const phase = node.head && (schedule || namesStage(node, ctx.lexicon)) ? phaseOf(node, ctx) : null;
    if (phase) {
      phases.push(phase);
      return; // a stage's own sub-steps are not phases
    }
    node.children.forEach((child) => visit(child, schedule));
  };
  visit(root, false);
  return phases;
}

/** An item that names itself a stage: 第一阶段…, or a heading with a stage word (准备阶段). */
export function namesStage(node: OutlineNode, lex: Lexicon): boolean {
  return node.marker?.style === 'stage' || stageWord(lex).test(node.heading);
}

const stageWord = memoByLexicon((lex) => new RegExp(alternation(lex.stageWords)));

function phaseOf(node: OutlineNode, ctx: DeadlineContext): Phase | null {
  const text = headText(node);
  const dated = findDeadlines(text, ctx).find((d) => !d.vague && (d.start || d.end) && d.kind !== 'recurring');
  if (!dated) return null;
  return {
    name: phaseName(text, dated.text),
    // a stage given one date or period (`7月末`) says when it ends, not when it starts
    start: dated.kind === 'range' ? dated.start ?? null : null,
    end: dated.end ?? dated.start ?? null,
    text,
    location: toLocation(node.head!),
  };
}

/**
 * The stage's name: after a stage label (`第一阶段：`), up to its dates or the
 * first bracket/colon; the label itself when nothing else names it.
 */
function phaseName(text: string, dateText: string): string {
  let rest = text;
  let label = '';
  const stage = lexMarker(rest);
  if (stage?.style === 'stage') {
    label = stage.label;
    rest = stage.rest;
  }
  const cut = Math.min(...['（', '：', ':', '，', '。', dateText].map((s) => (rest.indexOf(s) + 1 || rest.length + 1) - 1));
  const name = trimPunctuation(rest.slice(0, cut));
  return name || label || trimPunctuation(text.slice(0, 20));
}
