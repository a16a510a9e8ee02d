/** `plan-parse convert`. Placeholder until its issue lands: registered so the CLI's command list is stable. */
import { Command } from 'commander';
import { PlanParseError } from '../../errors.js';

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new PlanParseError('usage', 'the convert command is not available in this build');
    });
}
