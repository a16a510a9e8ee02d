/**
 * --exclude patterns, matched against index paths (relative to the inputs'
 * common folder, zip entries as `a.zip/…`). A small glob dialect is enough
 * here (the config's: `*`, `?`, `**`, `{a,b}`), plus gitignore's rules: a
 * pattern without a slash matches a name at any depth, and matching a folder
 * excludes everything under it (so `out`, `out/` and `out/**` are the same).
 */
import { globToRegExp } from '../../config/glob.js';

export type Excluder = (path: string) => boolean;

function normalizePattern(pattern: string): string {
  const trimmed = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/(\/\*\*)?\/*$/, '');
  return trimmed.includes('/') ? trimmed : `**/${trimmed}`;
}

/** Every folder prefix of a path and the path itself: `a/b/c` → a, a/b, a/b/c. */
function prefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function makeExcluder(patterns: string[]): Excluder {
  if (patterns.length === 0) return () => false;
  const regexps = patterns.map((p) => globToRegExp(normalizePattern(p)));
  return (path) => prefixes(path).some((prefix) => regexps.some((re) => re.test(prefix)));
}
