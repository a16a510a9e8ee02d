/**
 * `plan-parse --init`: a commented `.planparserc.yaml` with every rule at its
 * default severity, so a team starts from what plan-parse does today and
 * changes one line at a time (as `eslint --init` and `textlint --init` do).
 */
import { rules } from '../rules/index.js';

export const INIT_FILE = '.planparserc.yaml';

export function initConfigText(): string {
  const width = Math.max(...rules.map((r) => r.id.length)) + 1;
  const ruleLines = rules.map((r) => `  ${`${r.id}:`.padEnd(width)} ${r.defaultSeverity.padEnd(7)}  # ${r.description.split('\n')[0]}`);
  return [
    '# yaml-language-server: $schema=./node_modules/plan-parse/schemas/config.schema.json',
    '#',
    '# plan-parse configuration (written by `plan-parse --init`). The nearest one',
    '# above a plan applies to it; `plan-parse --print-config FILE` shows which.',
    '# `plan-parse rules` explains each rule with examples.',
    '',
    '# severity of each rule: off | info | warning | error (error findings fail `check`, exit 1)',
    'rules:',
    ...ruleLines,
    '',
    '# who exists: turns on unknown-owner (a typo such as 王单 is reported)',
    '# roster:',
    '#   people: [王丹, 杨婷]',
    '#   units: [城管办]',
    '',
    '# words the built-in lexicon does not know',
    '# lexicon:',
    '#   collectiveWords: [全体网格员]',
    '',
    '# the year of dates written without one, when a plan does not say (--year wins)',
    '# year: 2024',
    '',
    '# accepted findings; each needs a reason',
    '# ignore:',
    '#   - title: 整治窗口服务缺位',
    '#     rules: [collective-owner]',
    '#     reason: 窗口服务由全体工作人员轮流值班',
    '#   - files: archive/**',
    '#     reason: 存档的旧方案不再修改',
    '',
  ].join('\n');
}
