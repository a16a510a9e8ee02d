/**
 * What every rule's test file shares: running one rule over a hand-built
 * model, and the rule's own examples parsed for real — the bad one fires
 * with the documented output, the good one does not (they go through the
 * owner and deadline grammar, so they also prove the examples read the way
 * the docs claim).
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ParsedFile, PlanDocument } from '../../src/model/plan.js';
import type { Config } from '../../src/config/schema.js';
import { validateConfig } from '../../src/config/load.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { checkParsed } from '../../src/check/engine.js';
import { parseText } from '../../src/pipeline.js';
import { textToBlocks } from '../../src/readers/text.js';
import { ruleById } from '../../src/rules/index.js';
import type { SourceLine } from '../../src/rules/types.js';
import { ROOT } from './cli.js';
import { file } from './plan-model.js';

const resolve = (config: Config) => resolveConfig({ config: validateConfig(config, 'test.yaml'), path: null, dir: ROOT });

/** One rule's findings on a hand-built document or file. */
export function run(ruleId: string, input: PlanDocument | ParsedFile, config: Config = {}, lines?: SourceLine[]) {
  const parsed = 'schemaVersion' in input ? input : file(input);
  return checkParsed(parsed, { config: resolve(config), lines }).findings.filter((f) => f.ruleId === ruleId);
}

/** One rule's findings on a text, read as `plan-parse check` reads a .txt. */
export function runText(ruleId: string, text: string, configYaml?: string) {
  const config = resolve(configYaml ? (parseYaml(configYaml) as Config) : {});
  const parsed = parseText(text, { lexicon: config.lexicon });
  const lines = textToBlocks(text).map((b) => ({ text: b.text, location: b.location }));
  return checkParsed(parsed, { config, lines }).findings.filter((f) => f.ruleId === ruleId);
}

/** The rule's documented examples, as tests. */
export function describeExamples(id: string): void {
  const rule = ruleById(id);
  describe(`${id} examples`, () => {
    it('exists, with a docs link', () => {
      expect(rule?.docs).toBe(`https://github.com/your-org/plan-parse/blob/main/README.md#${id}`);
    });
    it('the bad example reports what its docs say', () => {
      const { bad, config, output } = rule!.examples;
      expect(runText(id, bad, config).map((f) => `${f.location.line}:${f.location.column ?? 1} ${f.message}`)).toEqual(output);
    });
    it('the good example does not fire', () => {
      const { good, config } = rule!.examples;
      expect(runText(id, good, config)).toEqual([]);
    });
  });
}
