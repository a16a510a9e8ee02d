/**
 * The README's check section and the CI examples stay true: the rules section is the one
 * the rule modules generate, the example configuration validates, and the
 * examples the docs quote are the files in examples/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { rules } from '../src/rules/index.js';
import { rulesMarkdown } from '../src/formats/rules.js';
import { validateConfig } from '../src/config/load.js';
import { fixture } from './helpers/corpus.js';

const read = (path: string) => readFileSync(fixture(`../${path}`), 'utf8');
const docs = read('README.md');

describe('README (plan-parse check)', () => {
  it('has the rules section the rule modules generate (node bin/plan-parse.js rules --format markdown)', () => {
    const section = /<!-- rules:start -->\n([\s\S]*)<!-- rules:end -->/.exec(docs)?.[1];
    expect(section).toBe(rulesMarkdown(rules));
  });

  it('documents every rule id', () => {
    for (const rule of rules) expect(docs).toContain(`#### ${rule.id}`);
  });

  it('quotes the examples as they are in examples/', () => {
    for (const path of ['examples/.planparserc.yaml', 'examples/github-workflow.yml', 'examples/pre-commit-config.yaml']) {
      expect(docs).toContain(read(path).trimEnd());
    }
  });
});

describe('examples', () => {
  it('the example configuration is valid', () => {
    const config = validateConfig(parseYaml(read('examples/.planparserc.yaml')), 'examples/.planparserc.yaml');
    expect(config.roster?.people).toContain('王丹');
  });

  it('the GitHub workflow installs a pinned tarball, annotates with --format github, and uploads SARIF only with security-events: write', () => {
    const workflow = parseYaml(read('examples/github-workflow.yml'));
    type Step = { run?: string; uses?: string; with?: Record<string, string> };
    const steps = workflow.jobs.check.steps as Step[];
    expect(workflow.env.PLAN_PARSE).toMatch(/\/plan-parse-[\d.]+\.tgz$/);
    expect(steps.map((s) => s.run)).toContain('npm install -g "$PLAN_PARSE"');
    expect(steps.map((s) => s.run)).toContain("plan-parse check 'plans/**/*.{docx,doc,txt}' --format github");
    expect(read('examples/github-workflow.yml')).not.toMatch(/npx --yes/);
    // pull requests from forks get a read-only token: the SARIF job is skipped there
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.sarif.permissions['security-events']).toBe('write');
    expect(workflow.jobs.sarif.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    const sarifSteps = workflow.jobs.sarif.steps as Step[];
    const sarif = sarifSteps.find((s) => s.run?.includes('--format sarif'))!;
    const upload = sarifSteps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(sarif.run).toContain(`-o ${upload.with!.sarif_file}`);
  });

  it('the pre-commit hook runs plan-parse check on documents', () => {
    const [hook] = parseYaml(read('.pre-commit-hooks.yaml'));
    expect(hook).toMatchObject({ id: 'plan-parse-check', entry: 'plan-parse check', language: 'node' });
    expect(new RegExp(hook.files).test('plans/方案.docx')).toBe(true);
    const published = parseYaml(read('examples/pre-commit-config.yaml')).repos[0];
    expect(published.hooks[0]).toMatchObject({ id: 'plan-parse-check' });
    expect(published.rev).toMatch(/^v\d/);
  });
});
