/** JSON Schemas generated from the zod models (the single source of truth). */
import * as z from 'zod';
import { ParsedFile } from '../model/plan.js';
import { Config } from './schema.js';
import { CheckReport } from '../model/finding.js';

const BASE = 'https://plan-parse.dev/schemas/';

/**
 * The config schema targets draft-07 and the input side (defaults optional):
 * editors' YAML/JSON language servers autocomplete draft-07 best.
 */
function configSchema(): object {
  const schema = z.toJSONSchema(Config, { target: 'draft-7', io: 'input' });
  return { $id: `${BASE}config.schema.json`, title: 'plan-parse configuration (.planparserc.yaml / .planparserc.json)', ...schema };
}

export function jsonSchemas(): Record<string, object> {
  const plan = z.toJSONSchema(ParsedFile, { target: 'draft-2020-12' });
  const report = z.toJSONSchema(CheckReport, { target: 'draft-2020-12' });
  return {
    'plan.schema.json': { $id: `${BASE}plan.schema.json`, title: 'plan-parse output', ...plan },
    'config.schema.json': configSchema(),
    'report.schema.json': { $id: `${BASE}report.schema.json`, title: 'plan-parse check --format json', ...report },
  };
}
