/**
 * Command-line inputs → the files to check. A path that exists is taken as
 * it is (a folder expands to the documents in it); anything else that looks
 * like a glob is expanded (quoted globs reach us unexpanded, and shells
 * without globstar cannot do `**` anyway).
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

/** What a folder or a glob's matches may contain: the one list of readable extensions. */
export { DOCUMENT_EXTENSIONS } from '../readers/extensions.js';
import { DOCUMENT_EXTENSIONS } from '../readers/extensions.js';

/** Never inputs: dependencies, and the lock files Word leaves beside an open document (`~$方案.docx`). */
const IGNORED = ['**/node_modules/**', '**/~$*'];

export interface ExpandedInputs {
  files: string[];
  /** Inputs that named nothing: a glob without matches, a folder without documents. */
  unmatched: string[];
}

async function kind(path: string): Promise<'file' | 'dir' | 'missing'> {
  const info = await stat(path).catch(() => null);
  return info ? (info.isDirectory() ? 'dir' : 'file') : 'missing';
}

async function expandGlob(pattern: string, cwd?: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, { cwd, onlyFiles: true, ignore: IGNORED, expandDirectories: false, absolute: isAbsolute(pattern) });
  return found.sort();
}

async function expandOne(input: string): Promise<string[]> {
  const what = await kind(input);
  if (what === 'file') return [input];
  if (what === 'dir') {
    const inside = await expandGlob(`**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, input);
    return inside.map((rel) => join(input, rel));
  }
  const { isDynamicPattern } = await import('tinyglobby');
  // a missing plain path is kept: reading it reports "no such file" for that one input
  return isDynamicPattern(input) ? expandGlob(input) : [input];
}

/** The inputs' files, less those `.planparseignore` names (a glob that matched only ignored files is no error). */
export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const { loadIgnoreFile } = await import('../config/ignore-file.js');
  const ignored = await loadIgnoreFile();
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const input of inputs) {
    const found = await expandOne(input);
    if (found.length === 0) unmatched.push(input);
    for (const file of found) if (file === '-' || !ignored(file)) files.push(file); // no push(...found): 100k files overflow the stack
  }
  return { files: [...new Set(files)], unmatched };
}
