/**
 * Finding and reading configuration files. For each checked file the
 * nearest configuration wins, looking in its folder and then each parent
 * folder; there is no merging of several files (as with ESLint's flat
 * config): one file says everything for the files under it.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Config } from './schema.js';
import { PlanParseError } from '../errors.js';
import { describeIssue } from './issues.js';
import { globProblem } from './glob.js';

/** Looked for in this order in each folder; the first that exists wins. */
export const CONFIG_NAMES = [
  '.planparserc.yaml',
  '.planparserc.yml',
  '.planparserc.json',
  'planparse.config.yaml',
  'planparse.config.yml',
  'planparse.config.json',
  'package.json',
] as const;

export interface LoadedConfig {
  config: Config;
  /** The file it came from; null for the built-in defaults. */
  path: string | null;
  /** The folder `ignore[].files` globs are relative to. */
  dir: string;
}

export function defaultConfig(dir = process.cwd()): LoadedConfig {
  return { config: {}, path: null, dir };
}

/** A path as users want to read it: relative to where they are, when it is below it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function configError(path: string, message: string): PlanParseError {
  return new PlanParseError('config', message, shownPath(path));
}

async function parseText(path: string, text: string): Promise<unknown> {
  if (/\.ya?ml$/i.test(path)) {
    const { parseDocument } = await import('yaml');
    const doc = parseDocument(text);
    const error = doc.errors[0];
    if (error) {
      // the message ends with " at line L, column C:" and a code frame; one line is enough
      const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '');
      throw configError(path, `invalid YAML at line ${error.linePos?.[0].line ?? '?'}: ${what}`);
    }
    return doc.toJS() ?? {};
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw configError(path, `invalid JSON: ${(error as Error).message}`);
  }
}

/** Validate parsed data as a configuration; a bad key is a one-line error naming its path. */
export function validateConfig(data: unknown, path: string): Config {
  const result = Config.safeParse(data);
  if (!result.success) throw configError(path, describeIssue(result.error.issues, data));
  // a bad glob would only fail when a finding is matched: say so now, naming the key
  for (const [i, entry] of (result.data.ignore ?? []).entries()) {
    const problem = entry.files === undefined ? null : globProblem(entry.files);
    if (problem) throw configError(path, `ignore[${i}].files: ${problem}`);
  }
  return result.data;
}

/** Read one configuration file (`--config FILE`, or one found by the search). */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw configError(path, code === 'ENOENT' ? 'no such configuration file' : `cannot read the configuration: ${(error as Error).message}`);
  }
  let data = await parseText(path, text);
  if (path.endsWith('package.json')) {
    data = (data as { planparse?: unknown } | null)?.planparse;
    if (data === undefined) throw configError(path, 'no "planparse" key with a plan-parse configuration');
  }
  return { config: validateConfig(data, path), path, dir: dirname(resolve(path)) };
}

/** The configuration file in one folder, if any (package.json only with a `planparse` key). */
async function configIn(dir: string): Promise<string | null> {
  for (const name of CONFIG_NAMES) {
    const path = join(dir, name);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    if (name === 'package.json' && !hasPlanparseKey(text)) continue;
    return path;
  }
  return null;
}

function hasPlanparseKey(packageJson: string): boolean {
  try {
    return (JSON.parse(packageJson) as Record<string, unknown>).planparse !== undefined;
  } catch {
    // a broken package.json is npm's problem, not a plan-parse configuration
    return false;
  }
}

/**
 * Finds the configuration for each checked file, caching by folder so a
 * thousand files in one folder cost one search.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, Promise<string | null>>();
  private readonly byPath = new Map<string, Promise<LoadedConfig>>();
  /** One object for all files without a configuration, so what is derived from it is derived once. */
  private readonly fallback = defaultConfig();

  /** With `fixed` (from --config), every file gets it and nothing is searched. */
  constructor(private readonly fixed?: LoadedConfig) {}

  async forFile(file: string): Promise<LoadedConfig> {
    if (this.fixed) return this.fixed;
    const path = await this.nearest(dirname(resolve(file)));
    if (!path) return this.fallback;
    let loaded = this.byPath.get(path);
    if (!loaded) {
      loaded = loadConfigFile(path);
      this.byPath.set(path, loaded);
    }
    return loaded;
  }

  private nearest(dir: string): Promise<string | null> {
    let found = this.byDir.get(dir);
    if (!found) {
      const parent = dirname(dir);
      found = configIn(dir).then((path) => path ?? (parent === dir ? null : this.nearest(parent)));
      this.byDir.set(dir, found);
    }
    return found;
  }
}
