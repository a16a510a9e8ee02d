/** plan-parse's library API: the same objects the CLI prints. */
export { parseFile, parseText, parseBytes, parseBlocks, explainFile, explainBlocks, type ParseOptions } from './pipeline.js';
export * from './model/explain.js';
export { defaultLexicon, mergeLexicon, type Lexicon, LexiconExtension } from './lexicon/index.js';
export { PlanParseError } from './errors.js';
export * from './model/plan.js';
export type { Block, BlockHint, ReadResult } from './model/block.js';
export { processFile, checkFile, configFor, type FileInput, type ProcessOptions, type Processed } from './check/process-file.js';
export * from './model/message.js';
export { checkParsed, type CheckOptions, type CheckResult } from './check/engine.js';
export { rules, type Rule } from './rules/index.js';
export { Config } from './config/schema.js';
export * from './model/finding.js';
