/**
 * phase-order: the phases of 实施步骤 should follow each other — none running
 * backwards, none overlapping the one before, and (less serious) no days
 * falling between two of them.
 */
import * as z from 'zod';
import type { Phase, PlanDocument } from '../model/plan.js';
import { SeveritySetting } from '../model/finding.js';
import { defineRule, type RawFinding } from './types.js';
import { dayNumber, parseIso, toIso, type Ymd } from '../grammar/dates.js';

const Options = z
  .object({
    gapSeverity: SeveritySetting.default('info').describe('severity of gaps between phases (overlaps and backwards phases take the rule\'s severity)'),
    maxGapDays: z.number().int().min(0).default(0).describe('days between two phases that are not yet a gap (e.g. 2 for a weekend)'),
  })
  .strict();
type Options = z.infer<typeof Options>;

interface Dated {
  phase: Phase;
  start: Ymd;
  end: Ymd;
}

function dated(phases: Phase[]): Dated[] {
  return phases.flatMap((phase) => {
    const start = parseIso(phase.start);
    const end = parseIso(phase.end);
    return start && end ? [{ phase, start, end }] : [];
  });
}

type Id = 'backwards' | 'startsBefore' | 'overlaps' | 'gap';

function backwards(p: Dated, year: number | null): RawFinding<Id> | null {
  if (dayNumber(p.start, year) <= dayNumber(p.end, year)) return null;
  return { messageId: 'backwards', data: { phase: p.phase.name, start: toIso(p.start), end: toIso(p.end) }, location: p.phase.location };
}

function pair(prev: Dated, next: Dated, year: number | null, options: Options): RawFinding<Id> | null {
  const location = next.phase.location;
  const data = { phase: next.phase.name, start: toIso(next.start), previous: prev.phase.name, previousStart: toIso(prev.start), previousEnd: toIso(prev.end) };
  const prevStart = dayNumber(prev.start, year);
  const prevEnd = dayNumber(prev.end, year);
  const nextStart = dayNumber(next.start, year);
  if (nextStart < prevStart) {
    return { messageId: 'startsBefore', data, location };
  }
  if (nextStart < prevEnd) {
    return { messageId: 'overlaps', data, location };
  }
  const gap = nextStart - prevEnd - 1;
  if (gap > options.maxGapDays && options.gapSeverity !== 'off') {
    return { messageId: 'gap', data: { ...data, days: gap }, location, severity: options.gapSeverity };
  }
  return null;
}

function check(document: PlanDocument, options: Options): RawFinding<Id>[] {
  const phases = dated([...document.phases].sort((a, b) => a.location.line - b.location.line));
  const year = document.year;
  const findings: RawFinding<Id>[] = [];
  phases.forEach((p, i) => {
    const own = backwards(p, year);
    if (own) findings.push(own);
    const prev = phases[i - 1];
    // a backwards phase makes its neighbours' order meaningless: one finding is enough
    const order = prev && !own && !backwards(prev, year) ? pair(prev, p, year, options) : null;
    if (order) findings.push(order);
  });
  return findings;
}

export const phaseOrder = defineRule({
  id: 'phase-order',
  defaultSeverity: 'error',
  description:
    'The phases of 实施步骤 (第一阶段 … 第四阶段) must follow each other in time: a phase that ends before it starts, or starts before the previous one ends, is an error in the schedule. Days that fall between two phases are reported too, at the gapSeverity option (info by default), since a short pause may be intended. Phases without dates are not compared.',
  messages: ['backwards', 'startsBefore', 'overlaps', 'gap'],
  examples: {
    bad: '四、实施步骤\n（一）宣传发动阶段（4月1日—5月31日）\n（二）重点推进阶段（5月15日—7月31日）',
    good: '四、实施步骤\n（一）宣传发动阶段（4月1日—5月31日）\n（二）重点推进阶段（6月1日—7月31日）',
    output: ['3:1 phase 重点推进阶段 (from May 15) overlaps 宣传发动阶段 (until May 31)'],
  },
  options: Options,
  check: ({ document, options }) => check(document, options),
});
