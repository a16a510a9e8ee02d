/**
 * The numbers of an index row: documents, tasks, gaps, and findings by
 * severity from the gap rules (src/rules, the same engine `plan-parse check`
 * runs), with the built-in rule configuration.
 */
import type { ParsedFile } from '../../model/plan.js';
import type { SourceLine } from '../../rules/index.js';
import { checkParsed } from '../../check/engine.js';
import { bySeverity } from '../../check/report.js';
import type { GapCounts, SeverityCounts } from './rows.js';
import { defaultConfig } from '../../config/load.js';
import { resolveConfig, type ResolvedConfig } from '../../config/resolve.js';

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
  const { error, warning, info } = bySeverity(checkParsed(file, { config, lines }).findings);
  return { errors: error, warnings: warning, infos: info };
}
