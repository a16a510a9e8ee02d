/**
 * Configuration: validation messages (one line, with the path of the bad
 * key), discovery (nearest file wins, package.json key), severities and
 * overrides, ignore entries and their globs.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigFinder, loadConfigFile, validateConfig } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';
import { matchesGlob } from '../src/config/glob.js';
import { checkParsed } from '../src/check/engine.js';
import { PlanParseError } from '../src/errors.js';
import { parseText } from '../src/pipeline.js';
import { collective, doc, file, task } from './helpers/plan-model.js';

function configError(data: unknown): string {
  try {
    validateConfig(data, '.planparserc.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(PlanParseError);
    expect((error as PlanParseError).kind).toBe('config');
    return (error as PlanParseError).line;
  }
  throw new Error('expected a configuration error');
}

describe('configuration validation', () => {
  it.each([
    [{ rules: { 'missing-owner': 'warn' } }, '.planparserc.yaml: rules.missing-owner: expected off|info|warning|error'],
    [{ rules: { 'owner-overload': ['info', { max: 'x' }] } }, '.planparserc.yaml: rules.owner-overload[1].max: expected number, received string'],
    [{ rules: { 'owner-overload': ['info', { maxx: 1 }] } }, '.planparserc.yaml: rules.owner-overload[1]: unknown key "maxx"'],
    [{ rules: { 'no-such-rule': 'off' } }, '.planparserc.yaml: rules: unknown rule "no-such-rule" (plan-parse rules lists them)'],
    [{ yaer: 2024 }, '.planparserc.yaml: unknown key "yaer"'],
    [{ ignore: [{ task: 't1' }] }, '.planparserc.yaml: ignore[0].reason: is required'],
    [{ ignore: [{ reason: 'accepted' }] }, '.planparserc.yaml: ignore[0]: an ignore entry needs at least one of task, title, rules, files, document'],
    [{ ignore: [{ title: '/[/', reason: 'x' }] }, '.planparserc.yaml: ignore[0].title: invalid regular expression'],
    [{ ignore: [{ rules: ['nope'], reason: 'x' }] }, '.planparserc.yaml: ignore[0].rules[0]: unknown rule id (plan-parse rules lists them)'],
    [{ roster: { people: '王丹' } }, '.planparserc.yaml: roster.people: expected array, received string'],
    [{ lexicon: { sectionKinds: { bogus: ['攻坚'] } } }, '.planparserc.yaml: lexicon.sectionKinds: unknown key "bogus"'],
  ])('%j → %s', (data, message) => {
    expect(configError(data)).toBe(message);
  });

  it('takes every word list the library\'s mergeLexicon takes: a surname added makes a name a person', () => {
    const text = '2024年社区工作方案\n一、主要任务\n1、清理楼道杂物，6月底前完成。\n责任人：赪晓\n';
    const bare = parseText(text).documents[0]!.tasks[0]!;
    const config = resolveConfig({ config: validateConfig({ lexicon: { surnames: ['赪'], deadlineLabels: ['交账日期'] } }, 'x.yaml'), path: null, dir: '.' });
    const configured = parseText(text, { lexicon: config.lexicon }).documents[0]!.tasks[0]!;
    expect(bare.owners).toEqual([expect.objectContaining({ name: '赪晓', kind: 'unit' })]);
    expect(configured.owners).toEqual([expect.objectContaining({ name: '赪晓', kind: 'person' })]);
    expect(config.lexicon.deadlineLabels).toContain('交账日期');
    expect(configError({ lexicon: { vagueAdverbs: '尽快' } })).toBe('.planparserc.yaml: lexicon.vagueAdverbs: expected array, received string');
  });

  it('accepts a full configuration and applies option defaults', () => {
    const config = validateConfig(
      {
        rules: { 'missing-deadline': 'off', 'owner-overload': ['warning', {}], 'phase-order': ['error', { gapSeverity: 'warning' }] },
        roster: { people: ['王丹'] },
        lexicon: { collectiveWords: ['全体网格员'], sectionKinds: { tasks: ['攻坚行动'] } },
        year: 2024,
        requiredSections: { plan: ['tasks'] },
        ignore: [{ title: '/^整治/', rules: ['collective-owner'], reason: '由社区统一安排' }],
      },
      'x.yaml',
    );
    expect(config.rules?.['owner-overload']).toEqual(['warning', { max: 8 }]);
    expect(config.roster).toEqual({ people: ['王丹'], units: [] });
  });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-parse-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('configuration files', () => {
  it('reads YAML, JSON and the planparse key of package.json', async () => {
    const root = tree({
      'a/.planparserc.yaml': 'rules:\n  missing-deadline: off\n',
      'b/planparse.config.json': '{"year": 2023}',
      'c/package.json': '{"name":"x","planparse":{"roster":{"people":["王丹"]}}}',
    });
    expect((await loadConfigFile(join(root, 'a/.planparserc.yaml'))).config).toEqual({ rules: { 'missing-deadline': 'off' } });
    expect((await loadConfigFile(join(root, 'b/planparse.config.json'))).config).toEqual({ year: 2023 });
    expect((await loadConfigFile(join(root, 'c/package.json'))).config.roster?.people).toEqual(['王丹']);
  });

  it('reports broken YAML and JSON with the file name', async () => {
    const root = tree({ '.planparserc.yaml': 'rules: [\n', 'planparse.config.json': '{"rules": ' });
    await expect(loadConfigFile(join(root, '.planparserc.yaml'))).rejects.toThrow(/^invalid YAML at line \d+/);
    await expect(loadConfigFile(join(root, 'planparse.config.json'))).rejects.toThrow(/^invalid JSON/);
    await expect(loadConfigFile(join(root, 'missing.yaml'))).rejects.toThrow('no such configuration file');
  });

  it('finds the nearest configuration, walking up from each file; package.json counts only with its key', async () => {
    const root = tree({
      '.planparserc.json': '{"year": 2020}',
      'plans/2024/planparse.config.yaml': 'year: 2024\n',
      'plans/2024/sub/a.txt': '',
      'plans/other/package.json': '{"name":"no key"}',
      'plans/other/b.txt': '',
      'plans/pkg/package.json': '{"planparse":{"year":2022}}',
      'plans/pkg/c.txt': '',
    });
    const finder = new ConfigFinder();
    expect((await finder.forFile(join(root, 'plans/2024/sub/a.txt'))).config.year).toBe(2024);
    expect((await finder.forFile(join(root, 'plans/other/b.txt'))).config.year).toBe(2020);
    expect((await finder.forFile(join(root, 'plans/pkg/c.txt'))).config.year).toBe(2022);
  });

  it('uses one fixed configuration for every file with --config', async () => {
    const root = tree({ 'fixed.yaml': 'year: 2019\n', 'plans/.planparserc.yaml': 'year: 2024\n' });
    const finder = new ConfigFinder(await loadConfigFile(join(root, 'fixed.yaml')));
    expect((await finder.forFile(join(root, 'plans/a.txt'))).config.year).toBe(2019);
  });
});

describe('severities, overrides and ignore entries', () => {
  const plan = file(
    doc({ tasks: [task('整治窗口服务缺位', { owners: [collective('全体工作人员')] }), task('清理楼道杂物', { owners: [], deadline: null })] }),
    doc({ tasks: [task('整治窗口服务缺位', { owners: [collective('全体工作人员')] })] }),
  );
  const run = (data: object, overrides = {}, path = 'plans/test.txt') => {
    const config = resolveConfig({ config: validateConfig(data, 'x.yaml'), path: 'x.yaml', dir: '/repo' }, overrides);
    return checkParsed({ ...plan, source: { ...plan.source, path: `/repo/${path}` } }, { config });
  };
  const ids = (findings: { ruleId: string; document: number; taskId?: string }[]) => findings.map((f) => `${f.document}/${f.taskId}/${f.ruleId}`);

  it('reports at the default severities, sorted by document, line and rule', () => {
    expect(run({}).findings.map((f) => [f.document, f.taskId, f.ruleId, f.severity])).toEqual([
      [0, 't1', 'collective-owner', 'warning'],
      [0, 't2', 'missing-owner', 'error'],
      [0, 't2', 'missing-deadline', 'warning'],
      [1, 't1', 'collective-owner', 'warning'],
    ]);
  });

  it('applies configured severities, and --rule overrides win', () => {
    const config = { rules: { 'collective-owner': 'error', 'missing-deadline': 'off' } };
    expect(ids(run(config).findings)).toEqual(['0/t1/collective-owner', '0/t2/missing-owner', '1/t1/collective-owner']);
    expect(run(config).findings[0]!.severity).toBe('error');
    expect(ids(run(config, { 'collective-owner': 'off', 'missing-owner': 'info' }).findings)).toEqual(['0/t2/missing-owner']);
  });

  it('moves ignored findings to suppressed, with the reason', () => {
    const byTitle = run({ ignore: [{ title: '窗口服务', rules: ['collective-owner'], reason: '窗口由社区统一值班' }] });
    expect(ids(byTitle.findings)).toEqual(['0/t2/missing-owner', '0/t2/missing-deadline']);
    expect(byTitle.suppressed.map((f) => [f.ruleId, f.reason])).toEqual([
      ['collective-owner', '窗口由社区统一值班'],
      ['collective-owner', '窗口由社区统一值班'],
    ]);
    expect(ids(run({ ignore: [{ task: 't2', document: 0, reason: 'r' }] }).findings)).toEqual(['0/t1/collective-owner', '1/t1/collective-owner']);
    expect(ids(run({ ignore: [{ title: '/^清理/', reason: 'r' }] }).findings)).toEqual(['0/t1/collective-owner', '1/t1/collective-owner']);
  });

  it('matches ignore files globs against the path relative to the configuration', () => {
    const entry = { ignore: [{ files: 'plans/**/*.txt', rules: ['missing-deadline'], reason: 'r' }] };
    expect(run(entry).suppressed.map((f) => f.ruleId)).toEqual(['missing-deadline']);
    expect(run(entry, {}, 'archive/test.txt').suppressed).toEqual([]);
  });
});

describe('glob matching for ignore entries', () => {
  it.each([
    ['plans/2024/a.docx', 'plans/**/*.docx', true],
    ['plans/a.docx', 'plans/**/*.docx', true],
    ['plans/a.docx', 'plans/*.{docx,doc}', true],
    ['plans/a.txt', 'plans/*.{docx,doc}', false],
    ['plans/sub/a.docx', 'plans/*.docx', false],
    ['a,b.txt', 'a,b.txt', true],
    ['方案(1).docx', '方案(1).docx', true],
    ['./plans/a.doc', 'plans/a.do?', true],
  ])('%s ~ %s → %s', (path, glob, expected) => {
    expect(matchesGlob(path, glob)).toBe(expected);
  });
});
