/** The gap rules' findings as marks for the default `plan-parse FILE` view's task table. */
import type { Finding } from '../model/finding.js';
import type { MessageData } from '../i18n/index.js';

/** Document findings (no task) get an empty task id: they count in the summary line but mark no row. */
export function taskMarks(findings: Finding[]): TaskMark[] {
  return findings.map((f) => ({
    taskId: f.taskId ?? '',
    document: f.document,
    severity: f.severity,
    ruleId: f.ruleId,
    message: f.message,
    messageId: f.messageId,
    data: f.data,
  }));
}

/** A gap to mark on a task row, from the gap rules. */
export interface TaskMark {
  taskId: string;
  document: number;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  /** English; the view words it in its language from messageId and data when it has them. */
  message: string;
  messageId?: string;
  data?: MessageData;
}
