/**
 * A small glob matcher for `ignore[].files` (`*`, `**`, `?`, `{a,b}`), so a
 * config can name files without a dependency for it. Paths use `/`.
 */
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

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob.replace(/^\.\//, ''))}$`);
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}
