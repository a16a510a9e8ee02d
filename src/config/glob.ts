/**
 * A small glob matcher for `ignore[].files` (`*`, `**`, `?`, `{a,b}`), so a
 * config can name files without a dependency for it. Paths use `/`.
 */
import { PlanParseError } from '../errors.js';

const SPECIAL = /[.+^$()|[\]\\]/g;

function translate(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, including none
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(SPECIAL, '\\$&');
  }
  return out;
}

/** Why a glob cannot be used, in plain words, or null when it is fine. */
export function globProblem(glob: string): string | null {
  let depth = 0;
  for (const c of glob) {
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
  }
  if (depth > 0) return `bad glob '${glob}': a { without its }`;
  if (glob.trim() === '') return 'bad glob: it is empty';
  return null;
}

/** A glob as a RegExp; a bad glob is a user error (exit 2), never a RegExp SyntaxError. */
export function globToRegExp(glob: string): RegExp {
  const problem = globProblem(glob);
  if (problem) throw new PlanParseError('usage', problem);
  return new RegExp(`^${translate(glob.replace(/^\.\//, ''))}$`);
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}
