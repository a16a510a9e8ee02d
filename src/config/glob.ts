/**
 * A small glob matcher for `ignore[].files` (`*`, `**`, `?`, `{a,b}`), so a
 * config can name files without a dependency for it. Paths use `/`.
 */
import { PlanParseError } from '../errors.js';

/** Which glob syntax a caller speaks: config globs take `{a,b}`; gitignore lines take `[a-z]` and `\` escapes. */
export interface GlobSyntax {
  braces?: boolean;
  brackets?: boolean;
  escapes?: boolean;
}

/** A glob's body as RegExp source: `**` any folders, `*`/`?` within one, and what `syntax` allows. */
export function translateGlob(glob: string, syntax: GlobSyntax): string {
  const special = syntax.brackets ? /[.+^${}()|\]\\]/g : /[.+^$()|[\]\\]/g;
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (syntax.escapes && c === '\\' && i + 1 < glob.length) out += glob[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, including none
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (syntax.brackets && c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (syntax.braces && c === '{') {
      braces++;
      out += '(?:';
    } else if (syntax.braces && c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (syntax.braces && c === ',' && braces > 0) out += '|';
    else out += c.replace(special, '\\$&');
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
  return new RegExp(`^${translateGlob(glob.replace(/^\.\//, ''), { braces: true })}$`);
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}
