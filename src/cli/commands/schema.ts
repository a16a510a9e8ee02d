/** `plan-parse schema`: print the JSON Schema of the output (or of the config). */
import { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the JSON output (schemas/plan.schema.json)')
    .option('--config', 'print the schema of .planparserc instead (schemas/config.schema.json)')
    .option('--report', 'print the schema of check --format json instead (schemas/report.schema.json)')
    .action(async (options: { config?: boolean; report?: boolean }) => {
      const { jsonSchemas } = await import('../../config/json-schema.js');
      const name = options.config ? 'config.schema.json' : options.report ? 'report.schema.json' : 'plan.schema.json';
      process.stdout.write(JSON.stringify(jsonSchemas()[name], null, 2) + '\n');
    });
}
