/**
 * A loaded configuration (+ command-line overrides) → everything a check
 * needs: the severity and options of each rule, the shared rule settings,
 * the lexicon and year for parsing, and the ignore entries.
 */
import { relative, resolve } from 'node:path';
import type { SectionKind } from '../model/plan.js';
import type { IgnoreEntry } from './schema.js';
import type { SeveritySetting } from '../model/finding.js';
import { defaultLexicon, mergeLexicon, type Lexicon } from '../lexicon/index.js';
import { rules } from '../rules/index.js';
import type { RuleSettings } from '../rules/types.js';
import type { LoadedConfig } from './load.js';

export const DEFAULT_REQUIRED_SECTIONS: Record<'plan' | 'summary', SectionKind[]> = {
  plan: ['guidance', 'tasks', 'safeguards'],
  summary: ['problems'],
};

export interface RuleSetup {
  severity: SeveritySetting;
  options: unknown;
}

export interface ResolvedConfig {
  /** The configuration file, or null for the defaults. */
  path: string | null;
  dir: string;
  rules: Map<string, RuleSetup>;
  settings: RuleSettings;
  lexicon: Lexicon;
  year: number | null;
  ignore: IgnoreEntry[];
}

/** `--rule id=severity` values, already checked against the rule ids. */
export type RuleOverrides = Record<string, SeveritySetting>;

type Configured = SeveritySetting | [SeveritySetting, unknown] | undefined;

function ruleSetups(configured: Record<string, Configured>, overrides: RuleOverrides): Map<string, RuleSetup> {
  return new Map(
    rules.map((rule) => {
      const entry = configured[rule.id];
      const severity = overrides[rule.id] ?? (Array.isArray(entry) ? entry[0] : entry) ?? rule.defaultSeverity;
      // the config schema already applied the option defaults; parse again for a bare severity
      const options = Array.isArray(entry) ? entry[1] : rule.options?.parse({});
      return [rule.id, { severity, options }];
    }),
  );
}

export function resolveConfig(loaded: LoadedConfig, overrides: RuleOverrides = {}): ResolvedConfig {
  const { config } = loaded;
  return {
    path: loaded.path,
    dir: loaded.dir,
    rules: ruleSetups((config.rules ?? {}) as Record<string, Configured>, overrides),
    settings: {
      roster: { people: config.roster?.people ?? [], units: config.roster?.units ?? [] },
      requiredSections: {
        plan: config.requiredSections?.plan ?? DEFAULT_REQUIRED_SECTIONS.plan,
        summary: config.requiredSections?.summary ?? DEFAULT_REQUIRED_SECTIONS.summary,
      },
    },
    lexicon: mergeLexicon(defaultLexicon, config.lexicon),
    year: config.year ?? null,
    ignore: config.ignore ?? [],
  };
}

/** A checked file's path as `ignore[].files` globs see it: relative to the config's folder, with `/`. */
export function pathForIgnore(config: ResolvedConfig, file: string): string {
  return relative(config.dir, resolve(file)).split('\\').join('/');
}
