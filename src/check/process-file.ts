/**
 * One processor per file, for every command (parse, check, convert, eval,
 * explain): find the file's configuration, read it, parse it with the
 * configuration's lexicon and year, run the rules with the reader's lines,
 * and hand back the parsed file, the rules' report and one list of messages
 * (reader → split → extract → rule), as vfile carries one file's messages.
 */
import type { ParsedFile } from '../model/plan.js';
import type { FileReport, Finding } from '../model/finding.js';
import type { ReadResult } from '../model/block.js';
import type { BlockNote } from '../model/explain.js';
import type { Message } from '../model/message.js';
import type { SourceLine } from '../rules/types.js';
import { parseBlocks, readInput, sha256, type ParseOptions } from '../pipeline.js';
import { readBytes } from '../readers/index.js';
import { splitLines } from '../text/normalize.js';
import { ConfigFinder, shownPath, type LoadedConfig } from '../config/load.js';
import { resolveConfig, type ResolvedConfig, type RuleOverrides } from '../config/resolve.js';
import { checkParsed } from './engine.js';
import { fileReport } from './report.js';
import { TimeBudget, type SizeLimit } from '../limits.js';

export interface FileInput {
  /** Names the file in the output and messages; read from disk unless `bytes` are given. */
  path: string;
  /** Bytes already read (stdin, a zip entry). */
  bytes?: Uint8Array;
  /** Of the bytes, when the caller hashed them already. */
  sha256?: string;
  /** Where the configuration is searched from, when not `path` (a zip entry: the archive; stdin: --stdin-filename). */
  configFrom?: string;
}

export interface ProcessOptions {
  /** A configuration already resolved (wins over finding one). */
  config?: ResolvedConfig;
  /** Where configurations come from; one finder shared by many files caches its search. */
  finder?: ConfigFinder;
  /** `--rule id=severity`. */
  overrides?: RuleOverrides;
  /** `--year`: wins over the configuration's year. */
  year?: number | null;
  /** Only this document (0-based). */
  document?: number;
  /** `--max-size`. */
  limit?: SizeLimit;
  /** Also each block's role and why (`plan-parse explain`). */
  explain?: boolean;
  /** Run the rules (default); `false` for outputs that show no findings (`parse --format json`), whose report is then empty. */
  rules?: boolean;
  /** `--timeout`, in ms (0 or absent: no limit): the file fails with `too complex` when its parsing and rules take longer. */
  timeoutMs?: number;
}

export interface Processed {
  parsed: ParsedFile;
  /** The rules' findings, as `plan-parse check` reports them. */
  report: FileReport;
  /** Every stage's messages, the rules' findings last. */
  messages: Message[];
  /** With `explain`: each block's role and why. */
  notes?: BlockNote[];
}

/** Resolved once per configuration file and set of overrides: the lexicon's derived patterns are cached per object. */
const resolved = new WeakMap<LoadedConfig, Map<string, ResolvedConfig>>();

/** The resolved configuration for a file: the nearest one, with the overrides. */
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

export async function processFile(input: FileInput, options: ProcessOptions = {}): Promise<Processed> {
  const budget = new TimeBudget(options.timeoutMs ?? 0, input.path);
  const config = options.config ?? (await configFor(input.configFrom ?? input.path, options.finder ?? new ConfigFinder(), options.overrides));
  const bytes = input.bytes ?? (await readInput(input.path, options.limit));
  const read = await readBytes(bytes, input.path, options.limit);
  const parseOptions: ParseOptions = { lexicon: config.lexicon, year: options.year ?? config.year, document: options.document };
  const notes = options.explain ? [] : undefined;
  const parsed = budget.run(() => parseBlocks(read, { path: input.path, sha256: input.sha256 ?? sha256(bytes) }, parseOptions, notes));
  const result = options.rules === false ? { findings: [], suppressed: [] } : budget.run(() => checkParsed(parsed, { config, lines: sourceLines(read) }));
  const report = fileReport(parsed, result, config.path ? shownPath(config.path) : null);
  return { parsed, report, messages: [...parsed.messages, ...result.findings.map(findingMessage)], ...(notes ? { notes } : {}) };
}

/** `checkFile(path)`: the library's name for processing one file for its findings. */
export async function checkFile(path: string, options: ProcessOptions = {}): Promise<{ parsed: ParsedFile; report: FileReport }> {
  const { parsed, report } = await processFile({ path }, options);
  return { parsed, report };
}

/** A rule's finding as a message of the file. */
function findingMessage(f: Finding): Message {
  const { line, column, paragraph, table } = f.location;
  return {
    severity: f.severity,
    reason: f.message,
    source: 'rule',
    ruleId: f.ruleId,
    messageId: f.messageId,
    ...(f.data ? { data: f.data } : {}),
    document: f.document,
    place: { line, ...(column ? { column } : {}), ...(paragraph ? { paragraph } : {}), ...(table ? { table } : {}) },
  };
}

/**
 * The reader's blocks as the lines text rules read. A text reader trims each
 * line (Chinese paragraphs start with two full-width spaces), so a text
 * line's column starts after what was trimmed: columns then count in the
 * file as written.
 */
function sourceLines(read: ReadResult): SourceLine[] {
  if (read.text === undefined) return read.blocks;
  const raw = splitLines(read.text);
  return read.blocks.map((block) => {
    if (block.cells) return block;
    const indent = /^[\s\u3000]*/.exec(raw[block.location.line - 1] ?? '')![0].length;
    return { text: block.text, location: { ...block.location, column: indent + 1 } };
  });
}
