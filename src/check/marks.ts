/** The gap rules' findings as marks for the default `plan-parse FILE` view's task table. */
import type { ParsedFile } from '../model/plan.js';
import type { TaskMark } from '../formats/text.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { checkParsed } from '../rules/engine.js';

/** Document findings (no task) get an empty task id: they count in the summary line but mark no row. */
export function taskMarks(parsed: ParsedFile, config: ResolvedConfig): TaskMark[] {
  return checkParsed(parsed, { config }).findings.map((f) => ({
    taskId: f.taskId ?? '',
    document: f.document,
    severity: f.severity,
    ruleId: f.ruleId,
    message: f.message,
    messageId: f.messageId,
    data: f.data,
  }));
}
