/** schemas/*.json are generated from the zod models and must not drift. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchemas } from '../src/config/json-schema.js';
import { fixture } from './helpers/corpus.js';
import { runCli } from './helpers/cli.js';

describe('JSON Schemas', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    it(`schemas/${name} matches the zod model (run npm run schemas after changing src/model)`, () => {
      const committed = JSON.parse(readFileSync(fixture(`../schemas/${name}`), 'utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    });
  }

  it('plan-parse schema prints the plan schema', () => {
    const { code, stdout } = runCli(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(fixture('../schemas/plan.schema.json'), 'utf8')));
  });
});
