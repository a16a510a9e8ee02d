/** JSON Schemas generated from the zod models (the single source of truth). */
import { z } from 'zod';
import { ParsedFile } from './plan.js';

export function jsonSchemas(): Record<string, object> {
  const plan = z.toJSONSchema(ParsedFile, { target: 'draft-2020-12' });
  return {
    'plan.schema.json': { $id: 'https://plan-parse.dev/schemas/plan.schema.json', title: 'plan-parse output', ...plan },
  };
}
