/** plan-parse's library API: the same objects the CLI prints. */
export { parseFile, parseText, parseBytes, parseBlocks, type ParseOptions } from './pipeline.js';
export { defaultLexicon, mergeLexicon, type Lexicon, type LexiconExtension } from './lexicon/index.js';
export { PlanParseError } from './errors.js';
export * from './model/plan.js';
export type { Block, BlockHint, ReadResult } from './model/block.js';
