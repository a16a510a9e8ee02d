/**
 * The bad and good example of every rule, as `plan-parse rules` shows them,
 * parsed for real: the bad one makes its rule fire, the good one does not.
 * (They go through the owner and deadline grammar, so they also prove the
 * examples read the way the docs claim.)
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseText } from '../src/pipeline.js';
import { textToBlocks } from '../src/readers/text.js';
import { rules } from '../src/rules/index.js';
import { checkParsed } from '../src/check/engine.js';
import { validateConfig } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';
import { ROOT } from './helpers/cli.js';

function fired(ruleId: string, text: string, configYaml: string | undefined) {
  const config = resolveConfig({ config: validateConfig(configYaml ? parseYaml(configYaml) : {}, 'example.yaml'), path: null, dir: ROOT });
  const parsed = parseText(text, { lexicon: config.lexicon });
  const lines = textToBlocks(text).map((b) => ({ text: b.text, location: b.location }));
  return checkParsed(parsed, { config, lines }).findings.filter((f) => f.ruleId === ruleId);
}

describe.each(rules.map((r) => [r.id, r] as const))('%s examples', (id, rule) => {
  it('the bad example fires the rule', () => {
    expect(fired(id, rule.examples.bad, rule.examples.config)).not.toEqual([]);
  });
  it('the good example does not', () => {
    expect(fired(id, rule.examples.good, rule.examples.config)).toEqual([]);
  });
});
