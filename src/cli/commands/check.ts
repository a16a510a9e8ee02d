/** `plan-parse check`. Placeholder until its issue lands: registered so the CLI's command list is stable. */
import { Command } from 'commander';
import { PlanParseError } from '../../errors.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new PlanParseError('usage', 'the check command is not available in this build');
    });
}
