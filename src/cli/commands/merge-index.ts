/** `plan-parse merge-index`: merge the indexes of `convert --shard` runs (README: plan-parse convert). */
import { Command } from 'commander';
import { EXIT } from '../exit.js';

export function registerMergeIndex(program: Command): void {
  program
    .command('merge-index')
    .description('merge the index.csv/index.jsonl of several convert runs (shards) into one, sorted by path')
    .argument('<sources...>', 'out-dirs of convert runs, or index.jsonl / index.csv files')
    .option('-o, --out-dir <dir>', 'write index.csv and index.jsonl here')
    .option('--out <file>', 'write one index file instead (.csv or .jsonl)')
    .action(async (sources: string[], options: { outDir?: string; out?: string }) => {
      const { mergeIndexes } = await import('../convert/merge.js');
      const count = await mergeIndexes(sources, options, (line) => process.stderr.write(`${line}\n`));
      process.stderr.write(`plan-parse merge-index: ${count} rows from ${sources.length} indexes → ${options.outDir ?? options.out}\n`);
      process.exitCode = EXIT.ok;
    });
}
