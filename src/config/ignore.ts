/** Which configured `ignore` entry, if any, silences a finding. */
import type { IgnoreEntry } from './schema.js';
import { isRegexPattern } from './schema.js';
import type { Finding } from '../model/finding.js';
import { matchesGlob } from './glob.js';

function titleMatches(pattern: string, title: string | undefined): boolean {
  if (title === undefined) return false;
  if (!isRegexPattern(pattern)) return title.includes(pattern);
  const slash = pattern.lastIndexOf('/');
  return new RegExp(pattern.slice(1, slash), pattern.slice(slash + 1)).test(title);
}

/** Every condition an entry sets must hold; task and title conditions never match document findings. */
function matches(entry: IgnoreEntry, finding: Finding, path: string): boolean {
  if (entry.files !== undefined && !matchesGlob(path, entry.files)) return false;
  if (entry.document !== undefined && entry.document !== finding.document) return false;
  if (entry.rules !== undefined && !entry.rules.includes(finding.ruleId)) return false;
  if (entry.task !== undefined && entry.task !== finding.taskId) return false;
  if (entry.title !== undefined && !titleMatches(entry.title, finding.taskTitle)) return false;
  return true;
}

/** `path`: the checked file relative to the configuration's folder. */
export function findIgnore(entries: IgnoreEntry[], finding: Finding, path: string): IgnoreEntry | undefined {
  return entries.find((entry) => matches(entry, finding, path));
}
