/** `plan-parse merge-index`. Placeholder until its issue lands: registered so the CLI's command list is stable. */
import { Command } from 'commander';
import { PlanParseError } from '../../errors.js';

export function registerMergeIndex(program: Command): void {
  program
    .command('merge-index')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new PlanParseError('usage', 'the merge-index command is not available in this build');
    });
}
