/**
 * The numbers of an index row: documents, tasks, gaps, and findings by
 * severity from the gap rules (src/rules, the same engine `plan-parse check`
 * runs), with the built-in rule configuration.
 */
import type { ParsedFile } from '../model/plan.js';
import type { SourceLine } from '../rules/index.js';
import { checkParsed } from '../rules/engine.js';
import { defaultConfig } from '../config/load.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface GapCounts {
  documents: number;
  tasks: number;
  tasksWithoutOwner: number;
  tasksWithoutDeadline: number;
  /** Documents (plans, reports) that yield no task: an unparsed plan must not look clean. */
  documentsWithoutTasks: number;
}

export function countGaps(file: ParsedFile): GapCounts {
  const tasks = file.documents.flatMap((d) => d.tasks);
  return {
    documents: file.documents.length,
    tasks: tasks.length,
    tasksWithoutOwner: tasks.filter((t) => t.owners.length === 0).length,
    tasksWithoutDeadline: tasks.filter((t) => t.deadline === null).length,
    documentsWithoutTasks: file.documents.filter((d) => d.tasks.length === 0).length,
  };
}

/** Resolved once per worker: resolving builds the lexicon's patterns. */
let config: ResolvedConfig | undefined;

export function countFindings(file: ParsedFile, lines: SourceLine[]): SeverityCounts {
  config ??= resolveConfig(defaultConfig());
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of checkParsed(file, { config, lines }).findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
