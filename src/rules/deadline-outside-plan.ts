/**
 * deadline-outside-plan: a deadline that cannot be right for this plan —
 * another year, outside the phase its task sits in, or before the plan was
 * even written.
 */
import * as z from 'zod';
import type { Deadline, Phase, PlanDocument, Task } from '../model/plan.js';
import { defineRule, type RawFinding } from './types.js';
import { deadlineDates, deadlineFindings, type Problem } from './helpers.js';
import { dayNumber, parseIso, toIso, type Ymd } from '../grammar/dates.js';

type Id = 'otherYear' | 'otherYears' | 'beforePlanDate' | 'outsidePhase';

const Options = z
  .object({
    yearsAfter: z.number().int().min(0).default(0).describe('years after the plan\'s year a deadline may fall in (1 for plans that run into the next January)'),
  })
  .strict();
type Options = z.infer<typeof Options>;

interface PhaseSpan {
  phase: Phase;
  /** Lines [from, to) of the document that belong to the phase. */
  from: number;
  to: number;
}

/** Each phase owns the lines from its heading to the next phase, or to the next top-level section. */
function phaseSpans(document: PlanDocument): PhaseSpan[] {
  const phases = [...document.phases].sort((a, b) => a.location.line - b.location.line);
  const sectionLines = document.sections.map((s) => s.location.line);
  const documentEnd = document.location.end.line + 1;
  return phases.map((phase, i) => {
    const next = phases[i + 1]?.location.line;
    const sectionEnd = sectionLines.find((line) => line > phase.location.line) ?? documentEnd;
    return { phase, from: phase.location.line, to: next !== undefined ? Math.min(next, sectionEnd) : sectionEnd };
  });
}

interface Check {
  document: PlanDocument;
  span: PhaseSpan | undefined;
  year: number | null;
  options: Options;
}

/** What is wrong with one deadline, if anything; the first problem found wins. */
function problem(deadline: Deadline | null, check: Check): Problem<Id> | null {
  const { start, end } = deadlineDates(deadline);
  if (!start || !end) return null;
  const { year } = check;
  const last = (year ?? 0) + check.options.yearsAfter;
  if (year !== null && [start, end].some((d) => d.y !== null && (d.y < year || d.y > last))) {
    const date = toIso(end);
    return last === year ? { messageId: 'otherYear', data: { date, year } } : { messageId: 'otherYears', data: { date, first: year, last } };
  }
  const planDate = parseIso(check.document.date);
  if (planDate && dayNumber(end, year) < dayNumber(planDate, year)) {
    return { messageId: 'beforePlanDate', data: { date: toIso(end), planDate: toIso(planDate) } };
  }
  return outsidePhase(start, end, check);
}

function outsidePhase(start: Ymd, end: Ymd, { span, year }: Check): Problem<Id> | null {
  const phaseStart = parseIso(span?.phase.start);
  const phaseEnd = parseIso(span?.phase.end);
  if (!span || !phaseStart || !phaseEnd) return null;
  const inside = dayNumber(start, year) >= dayNumber(phaseStart, year) && dayNumber(end, year) <= dayNumber(phaseEnd, year);
  if (inside) return null;
  return { messageId: 'outsidePhase', data: { date: toIso(end), phase: span.phase.name, phaseStart: toIso(phaseStart), phaseEnd: toIso(phaseEnd) } };
}

function taskFindings(task: Task, document: PlanDocument, spans: PhaseSpan[], options: Options): RawFinding<Id>[] {
  const line = task.location.line;
  const check: Check = { document, span: spans.find((s) => line >= s.from && line < s.to), year: document.year, options };
  return deadlineFindings(task, (deadline) => problem(deadline, check));
}

export const deadlineOutsidePlan = defineRule({
  id: 'deadline-outside-plan',
  defaultSeverity: 'warning',
  description:
    'A deadline that cannot be right for this plan: in another year than the plan\'s (a 2024 plan with a task due 2023-06-30 — usually a copied old plan), before the plan\'s own date (成文日期), or outside the phase (实施步骤) the task is listed under. Plans that run into the next year set yearsAfter: 1. Summaries are not checked: their next steps are meant for the coming year.',
  messages: ['otherYear', 'otherYears', 'beforePlanDate', 'outsidePhase'],
  examples: {
    bad: '2024年社区环境整治工作方案\n一、主要任务\n1、清理楼道杂物。2023年6月30日前完成。\n责任人：王丹',
    good: '2024年社区环境整治工作方案\n一、主要任务\n1、清理楼道杂物。2024年6月30日前完成。\n责任人：王丹',
    output: ["3:1 deadline 2023-06-30 is outside the plan's year 2024"],
  },
  options: Options,
  check: ({ document, options }) => {
    if (document.kind === 'summary') return [];
    const spans = phaseSpans(document);
    return document.tasks.flatMap((task) => taskFindings(task, document, spans, options));
  },
});
