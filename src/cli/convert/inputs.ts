/**
 * Command-line inputs → the files to look at, each with its index path: the
 * path relative to the folder all inputs share (one folder argument: relative
 * to it, so `convert archive/ --out-dir out` mirrors archive/ into out/).
 * Also guards the out-dir: it must not overlap the input tree.
 */
import { realpath, stat, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { PlanParseError } from '../../errors.js';
import type { Excluder } from './exclude.js';
import { comparePaths } from './rows.js';
import { walkFolder, type WalkEntry } from './walk.js';
import { displayName } from '../../errors.js';

export interface InputFile {
  /** Absolute path on disk. */
  abs: string;
  /** Index path: '/'-separated, relative to the inputs' common folder; control characters escaped (a newline in a name). */
  path: string;
  /** Not an input (a FIFO, a link loop, an unreadable folder): the row to record instead. */
  problem?: WalkEntry['problem'];
}

/** Where one argument's files come from; `root` is the folder its index paths hang off. */
type Spec =
  | { kind: 'dir'; root: string }
  | { kind: 'glob'; root: string; pattern: string; rest: string }
  | { kind: 'file'; root: string; abs: string };

export interface InputOptions {
  filesFrom?: string;
  outDir?: string;
  exclude: Excluder;
}

const usage = (message: string) => new PlanParseError('usage', message);

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** realpath for paths that may not exist yet (an out-dir): resolve the part that does. */
async function realish(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(await realish(parent), basename(abs));
  }
}

/**
 * A glob as the folder its matches hang off (the segments before the first
 * wildcard) and the rest, so that it can be matched from that folder's real path.
 */
function splitGlob(pattern: string): { root: string; rest: string } {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstDynamic = segments.findIndex((s) => isDynamicPattern(s));
  const root = segments.slice(0, firstDynamic).join('/');
  return { root: resolve(root || (pattern.startsWith('/') ? '/' : '.')), rest: segments.slice(firstDynamic).join('/') };
}

async function specFor(arg: string): Promise<Spec> {
  const info = await stat(arg).catch(() => null);
  if (info?.isDirectory()) return { kind: 'dir', root: await realish(arg) };
  if (info) {
    const abs = await realish(arg);
    return { kind: 'file', root: dirname(abs), abs };
  }
  if (isDynamicPattern(arg)) {
    const { root, rest } = splitGlob(arg);
    return { kind: 'glob', root: await realish(root), pattern: arg, rest };
  }
  throw new PlanParseError('input', 'no such file or directory', arg);
}

/** `--files-from`: one path a line (`-` reads stdin); blank lines and `#` comments are ignored. */
async function listedSpecs(list: string): Promise<Spec[]> {
  const text = list === '-' ? await readStdinText() : await readFile(list, 'utf8').catch(() => {
    throw new PlanParseError('input', 'cannot read the --files-from list', list);
  });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  // A listed file that is missing becomes a failed row, not a fatal error: lists are often generated.
  return Promise.all(lines.map(async (line) => {
    const abs = await realish(line);
    return { kind: 'file', root: dirname(abs), abs } as const;
  }));
}

async function readStdinText(): Promise<string> {
  if (process.stdin.isTTY) throw usage('--files-from - reads the list from stdin, but nothing is piped in');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function commonFolder(folders: string[]): string {
  return folders.reduce((common, folder) => {
    while (!isInside(folder, common)) common = dirname(common);
    return common;
  });
}

/**
 * The out-dir may sit inside an input folder only when --exclude keeps it
 * out of the inputs: otherwise a second run would read its own outputs.
 */
function checkOutDir(specs: Spec[], out: string, base: string, exclude: Excluder): void {
  const outPath = toPosix(relative(base, out));
  for (const spec of specs) {
    if (spec.kind === 'file') continue;
    if (isInside(spec.root, out)) {
      throw usage(`the out-dir ${out} contains the input folder ${spec.root}; choose an out-dir outside the inputs`);
    }
    if (isInside(out, spec.root) && !exclude(outPath)) {
      throw usage(`the out-dir ${out} is inside the input folder ${spec.root}; choose another out-dir or exclude it with --exclude '${outPath}/**'`);
    }
  }
}

async function filesOf(spec: Spec, out: string | undefined): Promise<WalkEntry[]> {
  if (spec.kind === 'file') return [{ abs: spec.abs }];
  // never walk into the out-dir (it was excluded, or checkOutDir would have refused)
  if (spec.kind === 'dir') return walkFolder(spec.root, out && isInside(out, spec.root) ? (abs) => isInside(abs, out) : undefined);
  return (await glob(spec.rest, { cwd: spec.root, absolute: true, followSymbolicLinks: false })).map((abs) => ({ abs }));
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Arguments (globs) that matched nothing, for a warning. */
  unmatched: string[];
}

export async function expandInputs(args: string[], options: InputOptions): Promise<ExpandedInputs> {
  const specs = await Promise.all(args.map(specFor));
  if (options.filesFrom) for (const spec of await listedSpecs(options.filesFrom)) specs.push(spec); // no spread: long lists
  if (specs.length === 0) throw usage('no inputs: give files, folders, globs or --files-from');
  const base = commonFolder(specs.map((s) => s.root));
  const out = options.outDir ? await realish(options.outDir) : undefined;
  if (out) checkOutDir(specs, out, base, options.exclude);
  const byAbs = new Map<string, InputFile>();
  const unmatched: string[] = [];
  for (const spec of specs) {
    const found = await filesOf(spec, out);
    if (found.length === 0 && spec.kind === 'glob') unmatched.push(spec.pattern);
    for (const { abs, problem } of found) {
      if (out && isInside(abs, out)) {
        // a folder's or glob's files there are outputs (the out-dir was excluded); a named file is a mistake
        if (spec.kind === 'file') throw usage(`the input ${abs} is inside the out-dir ${out}; choose an out-dir outside the inputs`);
        continue;
      }
      const path = displayName(toPosix(relative(base, abs)));
      if (!options.exclude(path)) byAbs.set(abs, { abs, path, problem });
    }
  }
  const files = [...byAbs.values()].sort((a, b) => comparePaths(a.path, b.path));
  return { files, unmatched };
}
