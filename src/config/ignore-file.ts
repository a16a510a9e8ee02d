/**
 * `.planparseignore`: files no command reads, in gitignore syntax (as
 * `.eslintignore`, `.prettierignore`, `.textlintignore`), read from the
 * working folder; patterns are relative to that folder.
 *
 * Supported: `#` comments, blank lines, `!` to re-include, a trailing `/` for
 * folders only, a leading or inner `/` to anchor at the folder, `*`, `?`,
 * `[a-z]`, `**`; `\#`, `\!` and `\ ` escapes. As in git, a file inside an
 * ignored folder cannot be re-included.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PlanParseError } from '../errors.js';
import { translateGlob } from './glob.js';

export const IGNORE_FILE = '.planparseignore';

interface Rule {
  negate: boolean;
  dirOnly: boolean;
  regexp: RegExp;
}

/** One line of the file → a rule, or null for a blank line or a comment. */
export function parseIgnoreLine(line: string): Rule | null {
  let text = line.replace(/(?<!\\)\s+$/, '');
  if (text === '' || text.startsWith('#')) return null;
  const negate = text.startsWith('!');
  if (negate) text = text.slice(1);
  const dirOnly = text.endsWith('/');
  if (dirOnly) text = text.replace(/\/+$/, '');
  // a slash at the start or in the middle anchors the pattern at the folder of the file
  const anchored = text.includes('/');
  text = text.replace(/^\//, '');
  if (text === '') return null;
  return { negate, dirOnly, regexp: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${translateGlob(text, { brackets: true, escapes: true })}$`) };
}

export type IgnoreMatcher = (path: string) => boolean;

/** The matcher of a file's text; `base` is the folder the patterns are relative to. */
export function ignoreMatcher(text: string, base: string): IgnoreMatcher {
  const rules: Rule[] = [];
  for (const line of text.split(/\r?\n/)) {
    let rule: Rule | null;
    try {
      rule = parseIgnoreLine(line);
    } catch {
      throw new PlanParseError('config', `bad pattern '${line}'`, IGNORE_FILE);
    }
    if (rule) rules.push(rule);
  }
  if (rules.length === 0) return () => false;
  const verdict = (rel: string, isDir: boolean): boolean | undefined => {
    let result: boolean | undefined;
    for (const rule of rules) if ((!rule.dirOnly || isDir) && rule.regexp.test(rel)) result = !rule.negate;
    return result;
  };
  return (path) => {
    const rel = relative(base, isAbsolute(path) ? path : resolve(path)).split('\\').join('/');
    // outside the folder of the file: none of its business
    if (rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) if (verdict(parts.slice(0, i).join('/'), true)) return true;
    return verdict(rel, false) === true;
  };
}

/** The working folder's `.planparseignore`, or a matcher that ignores nothing. */
export async function loadIgnoreFile(dir = process.cwd()): Promise<IgnoreMatcher> {
  const text = await readFile(join(dir, IGNORE_FILE), 'utf8').catch(() => null);
  return text === null ? () => false : ignoreMatcher(text, dir);
}
