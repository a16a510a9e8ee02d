/**
 * Zod issues → the one line a user can act on: the path of the bad key and
 * what was expected (`rules.missing-owner: expected off|info|warning|error`).
 */
import type * as z from 'zod';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

export function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * A union of `severity | [severity, options]` fails both ways; report the
 * branch the user meant: the tuple when they wrote an array.
 */
function unionBranch(issue: Issue & { code: 'invalid_union' }, root: unknown): Issue | null {
  const branches = issue.errors.filter((b) => b.length > 0);
  if (!branches.length) return null;
  const meant = Array.isArray(valueAt(root, issue.path)) ? branches.at(-1)! : branches[0]!;
  const inner = meant[0]!;
  return { ...inner, path: [...issue.path, ...inner.path] } as Issue;
}

function message(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const last = issue.path.at(-1);
    return last === 'rules' && issue.path.length === 1 ? `unknown rule ${keys} (plan-parse rules lists them)` : `unknown key ${keys}`;
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return 'is required';
  return issue.message.replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
}

/** The first issue as `path: message` (path omitted at the top level). */
export function describeIssue(issues: readonly Issue[], root: unknown): string {
  let issue = issues[0]!;
  while (issue.code === 'invalid_union') {
    const branch = unionBranch(issue, root);
    if (!branch) break;
    issue = branch;
  }
  const path = formatPath(issue.path);
  return path ? `${path}: ${message(issue)}` : message(issue);
}
