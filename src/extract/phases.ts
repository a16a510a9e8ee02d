/**
 * Phases: the dated stages of a plan's schedule (实施步骤、时间安排 …), numbered
 * (`第一阶段：动员部署（5月底前）`, `（一）排查阶段（6月15日-7月15日）`) or not
 * (`动员部署阶段（2007年3月中旬）：…`), and any item that names itself a stage.
 * A stage given one period keeps its start (`（11月）` → 11-01…11-30,
 * `5月中下旬` → 05-11…05-31); a stage given a point (`5月底前`) has an open start.
 */
import type { Block } from '../model/block.js';
import type { Deadline, Phase } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { headText, type OutlineNode } from '../outline/tree.js';
import { sectionKind } from '../outline/classify.js';
import { lexMarker } from '../outline/marker.js';
import { findDeadlines, type DeadlineContext } from '../grammar/deadline.js';
import { toLocation } from './location.js';
import { trimPunctuation } from '../text/sentence.js';

export function collectPhases(root: OutlineNode, ctx: DeadlineContext & { lexicon: Lexicon }): Phase[] {
  const phases: Phase[] = [];
  const visit = (node: OutlineNode, inSchedule: boolean) => {
    if (node.field) return;
    const schedule = inSchedule || (node.head !== null && sectionKind(node.heading, ctx.lexicon) === 'schedule');
    const stage = node.head !== null && isStage(node, ctx.lexicon);
    const phase = node.head && (schedule || stage) ? phaseOf(headText(node), node.head, ctx) ?? (schedule && stage ? undatedPhase(headText(node), node.head) : null) : null;
    if (phase) {
      phases.push(phase);
      return; // a stage's own sub-steps are not phases
    }
    if (schedule) phases.push(...stageLines(node.body, ctx));
    node.children.forEach((child) => visit(child, schedule));
  };
  visit(root, false);
  return phases;
}

/** An item that names itself a stage: 第一阶段…, or a heading that ends with a stage word (`排查阶段（6月15日-7月15日）`). */
export function isStage(node: OutlineNode, lex: Lexicon): boolean {
  if (node.marker?.style === 'stage') return true;
  // its dates and notes in brackets after the name (`第一阶段（准备阶段）（20__年9月1日-20__年10月30日）`)
  const heading = node.heading.replace(/(?:[（(][^（）()]*[）)]\s*)+$/u, '').trim();
  // a stage's name alone, its dates in the bracket after it (`动员部署（2025年1月10日）`)
  return stageEnd(lex).test(heading) || (heading !== node.heading.trim() && stageName(lex).test(heading));
}

const stageName = memoByLexicon((lex) => new RegExp(`^(?:${alternation(lex.stageNames)})$`));

const stageEnd = memoByLexicon((lex) => new RegExp(`(?:${alternation(lex.stageWords)})$`));
const stageLine = memoByLexicon((lex) => new RegExp(`^[^，。；：:]{2,14}(?:${alternation(lex.stageWords)})[（(：:]`));

/** Unnumbered stage lines of a schedule section: `动员部署阶段（2007年3月中旬）：…`. */
function stageLines(blocks: Block[], ctx: DeadlineContext & { lexicon: Lexicon }): Phase[] {
  return blocks.flatMap((block) => {
    if (block.cells || !stageLine(ctx.lexicon).test(block.text)) return [];
    const phase = phaseOf(block.text, block, ctx);
    return phase ? [phase] : [];
  });
}

/** The stage's dates: the first dated expression of its head, up to its first sentence's end. */
function phaseOf(text: string, head: Block, ctx: DeadlineContext): Phase | null {
  const headPart = text.slice(0, Math.max(text.search(/[。；]/u), 0) || text.length);
  const dated = findDeadlines(headPart, ctx).find((d) => !d.vague && (d.start || d.end) && d.kind !== 'recurring');
  if (!dated) return null;
  return { name: phaseName(text, dated.text), ...phaseDates(dated, ctx.lexicon), text, location: toLocation(head) };
}

/** A stage of a schedule whose dates are left blank (a template's `（xxxx日至xxxx日）`) is still a stage, of unknown dates. */
function undatedPhase(text: string, head: Block): Phase {
  return { name: phaseName(text, ''), start: null, end: null, text, location: toLocation(head) };
}

/** A range keeps both ends; one period (`11月`, `3月中旬`) keeps its start; a point (`5月底前`, `7月末`) has none. */
function phaseDates(d: Deadline, lex: Lexicon): { start: string | null; end: string | null } {
  const end = d.end ?? d.start ?? null;
  if (d.kind === 'before' || (d.kind === 'date' && endsAtPeriodEnd(d.text, lex))) return { start: null, end };
  // a range from a period's end (`2025年10月底-2025年12月底`) starts on its last day, as the same words end a stage
  const from = d.text.split(RANGE_SEPARATOR)[0] ?? '';
  if (d.start && d.end && from !== d.text && endsAtPeriodEnd(from, lex)) return { start: lastDayOfMonth(d.start), end };
  return { start: d.start ?? null, end };
}

const RANGE_SEPARATOR = /[-—–~～至到]/u;

function lastDayOfMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return `${day.slice(0, 8)}${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

const periodEnd = memoByLexicon((lex) => new RegExp(`[月年](?:${alternation(lex.periodEndWords)})前?$`));
const endsAtPeriodEnd = (text: string, lex: Lexicon) => periodEnd(lex).test(text.trim());

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
  const cut = Math.min(...['（', '(', '：', ':', '，', '。', dateText].filter(Boolean).map((s) => (rest.indexOf(s) + 1 || rest.length + 1) - 1));
  const name = trimPunctuation(rest.slice(0, cut));
  return name || label || trimPunctuation(text.slice(0, 20));
}
