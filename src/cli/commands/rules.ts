/** `plan-parse rules`. Placeholder until its issue lands: registered so the CLI's command list is stable. */
import { Command } from 'commander';
import { PlanParseError } from '../../errors.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new PlanParseError('usage', 'the rules command is not available in this build');
    });
}
