/**
 * Check one file from disk: find its configuration, parse it with the
 * configuration's lexicon and year, run the rules with the reader's lines.
 * The library's entry point for checking (the CLI adds only I/O around it).
 */
import type { ParsedFile } from '../model/plan.js';
import type { FileReport } from '../model/finding.js';
import type { ReadResult } from '../model/block.js';
import type { SourceLine } from '../rules/types.js';
import { parseBlocks, readInput, sha256 } from '../pipeline.js';
import { readBytes } from '../readers/index.js';
import { decodeText } from '../readers/text.js';
import { splitLines } from '../text/normalize.js';
import { ConfigFinder, shownPath, type LoadedConfig } from '../config/load.js';
import { resolveConfig, type ResolvedConfig, type RuleOverrides } from '../config/resolve.js';
import { checkParsed } from './engine.js';
import { fileReport } from './report.js';
import type { SizeLimit } from '../limits.js';

export interface CheckFileOptions {
  /** Where configurations come from; one finder shared by many files caches its search. */
  finder?: ConfigFinder;
  /** `--rule id=severity`. */
  overrides?: RuleOverrides;
  /** `--year`: wins over the configuration's year. */
  year?: number | null;
  /** `--max-size`. */
  limit?: SizeLimit;
}

/** Resolved once per configuration file and set of overrides: the lexicon's derived patterns are cached per object. */
const resolved = new WeakMap<LoadedConfig, Map<string, ResolvedConfig>>();

/** The resolved configuration for a file. */
export async function configFor(path: string, finder: ConfigFinder, overrides: RuleOverrides = {}): Promise<ResolvedConfig> {
  const loaded = await finder.forFile(path);
  const byOverrides = resolved.get(loaded) ?? new Map<string, ResolvedConfig>();
  resolved.set(loaded, byOverrides);
  const key = JSON.stringify(overrides);
  let config = byOverrides.get(key);
  if (!config) {
    config = resolveConfig(loaded, overrides);
    byOverrides.set(key, config);
  }
  return config;
}

/**
 * The reader's blocks as the lines text rules read. A text reader trims each
 * line (Chinese paragraphs start with two full-width spaces), so a text
 * line's column starts after what was trimmed: columns then count in the
 * file as written.
 */
function sourceLines(read: ReadResult, bytes: Uint8Array, path: string): SourceLine[] {
  if (read.format !== 'txt' && read.format !== 'md') return read.blocks;
  const raw = splitLines(decodeText(bytes, path).text);
  return read.blocks.map((block) => {
    if (block.cells) return block;
    const indent = /^[\s\u3000]*/.exec(raw[block.location.line - 1] ?? '')![0].length;
    return { text: block.text, location: { ...block.location, column: indent + 1 } };
  });
}

export async function checkFile(path: string, options: CheckFileOptions = {}): Promise<{ parsed: ParsedFile; report: FileReport }> {
  const config = await configFor(path, options.finder ?? new ConfigFinder(), options.overrides);
  return checkBytes(await readInput(path, options.limit), path, config, options);
}

/** Check bytes already read (stdin) with a resolved configuration; `path` names them in the report. */
export async function checkBytes(bytes: Uint8Array, path: string, config: ResolvedConfig, options: Pick<CheckFileOptions, 'year' | 'limit'> = {}): Promise<{ parsed: ParsedFile; report: FileReport }> {
  const read = await readBytes(bytes, path, options.limit);
  const parsed = parseBlocks(read, { path, sha256: sha256(bytes) }, { lexicon: config.lexicon, year: options.year ?? config.year });
  const result = checkParsed(parsed, { config, lines: sourceLines(read, bytes, path) });
  return { parsed, report: fileReport(parsed, result, config.path ? shownPath(config.path) : null) };
}
