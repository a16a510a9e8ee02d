/** Every gap rule, in the order `plan-parse rules` lists them. Ids are stable: configs refer to them. */
import type { Rule } from './types.js';
import { missingOwner } from './missing-owner.js';
import { missingDeadline } from './missing-deadline.js';
import { placeholderOwner } from './placeholder-owner.js';
import { collectiveOwner } from './collective-owner.js';
import { vagueDeadline } from './vague-deadline.js';
import { deadlineOutsidePlan } from './deadline-outside-plan.js';
import { phaseOrder } from './phase-order.js';
import { duplicateTask } from './duplicate-task.js';
import { missingSection } from './missing-section.js';
import { unresolvedYear } from './unresolved-year.js';
import { ownerOverload } from './owner-overload.js';
import { unknownOwner } from './unknown-owner.js';
import { noTasks } from './no-tasks.js';

// `any`: each rule has its own options type; the engine parses options through the rule's own schema
export const rules: readonly Rule<any>[] = [
  missingOwner,
  missingDeadline,
  placeholderOwner,
  collectiveOwner,
  vagueDeadline,
  deadlineOutsidePlan,
  phaseOrder,
  duplicateTask,
  missingSection,
  unresolvedYear,
  ownerOverload,
  unknownOwner,
  noTasks,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule<any> | undefined {
  return byId.get(id);
}

export type { Rule, RuleContext, RawFinding, SourceLine, RuleSettings } from './types.js';
