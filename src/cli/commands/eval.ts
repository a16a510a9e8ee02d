/** `plan-parse eval`. Placeholder until its issue lands: registered so the CLI's command list is stable. */
import { Command } from 'commander';
import { PlanParseError } from '../../errors.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new PlanParseError('usage', 'the eval command is not available in this build');
    });
}
