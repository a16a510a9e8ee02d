/** The explain command's work: explain each file with its configuration's words, print the notes and the messages. */
import { Explanation } from '../model/explain.js';
import { EXIT } from './exit.js';
import { reportError } from './main.js';
import { ConfigFinder } from '../config/load.js';
import { processFile } from '../check/process-file.js';
import { sizeLimit } from './limit-options.js';
import type { ExplainCommandOptions } from './commands/explain.js';

export async function runExplain(files: string[], options: ExplainCommandOptions): Promise<number> {
  const finder = new ConfigFinder();
  const explanations: Explanation[] = [];
  let exit: number = EXIT.ok;
  for (const file of files) {
    try {
      // the same processor as check: the notes, and the messages of every stage including the rules' findings
      const { notes, messages } = await processFile({ path: file }, { finder, year: options.year, document: options.document, limit: sizeLimit(options), explain: true });
      explanations.push(Explanation.parse({ path: file, notes, messages }));
    } catch (error) {
      exit = Math.max(exit, reportError(error, process.argv.includes('--debug')));
    }
  }
  if (options.format === 'json') process.stdout.write(JSON.stringify(explanations.length === 1 ? explanations[0] : explanations, null, 2) + '\n');
  else if (explanations.length) {
    const { renderExplanation } = await import('../formats/explain.js');
    process.stdout.write(renderExplanation(explanations) + '\n');
  }
  return exit;
}
