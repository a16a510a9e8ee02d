/** `plan-parse schema`: print the JSON Schema of the output (or of the config). */
import { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the JSON output (schemas/plan.schema.json)')
    .option('--config', 'print the schema of .planparserc instead')
    .action(async (options: { config?: boolean }) => {
      const { jsonSchemas } = await import('../../model/json-schema.js');
      const schemas = jsonSchemas();
      const schema = options.config ? schemas['config.schema.json'] : schemas['plan.schema.json'];
      if (!schema) throw new Error('no config schema yet');
      process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
    });
}
