/**
 * The rule list of `plan-parse rules`: for a terminal, as JSON, and as the
 * Markdown of the README's rule section (a test keeps that in sync).
 */
import { z } from 'zod';
import type { ChalkInstance } from 'chalk';
import type { Rule } from '../rules/types.js';

export interface RuleInfo {
  id: string;
  defaultSeverity: string;
  description: string;
  examples: { bad: string; good: string };
  /** JSON Schema of the rule's options, with their defaults; null when it has none. */
  options: object | null;
  defaults: object | null;
}

export function ruleInfo(rule: Rule<unknown>): RuleInfo {
  const schema = rule.options ? z.toJSONSchema(rule.options as z.ZodType, { io: 'input', target: 'draft-7' }) : null;
  return {
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    description: rule.description,
    examples: rule.examples,
    options: schema,
    defaults: rule.options ? (rule.options.parse({}) as object) : null,
  };
}

const indent = (text: string, by: string) => text.replace(/^/gm, by);

export function rulesText(rules: readonly Rule<unknown>[], chalk: ChalkInstance): string {
  return rules
    .map((rule) => {
      const info = ruleInfo(rule);
      const lines = [`${chalk.bold(rule.id)}  ${chalk.dim(`(default: ${rule.defaultSeverity})`)}`, indent(rule.description, '  ')];
      if (info.defaults) lines.push(chalk.dim(`  options: ${JSON.stringify(info.defaults)}`));
      if (rule.examples.config) lines.push(chalk.dim('  with .planparserc.yaml:'), indent(rule.examples.config, '      '));
      lines.push(chalk.red('  ✗ bad:'), indent(rule.examples.bad, '      '), chalk.green('  ✓ good:'), indent(rule.examples.good, '      '));
      return lines.join('\n');
    })
    .join('\n\n') + '\n';
}

export function rulesJson(rules: readonly Rule<unknown>[]): string {
  return JSON.stringify(rules.map(ruleInfo), null, 2) + '\n';
}

/** The rules section of the README, generated so it cannot drift from the rule modules. */
export function rulesMarkdown(rules: readonly Rule<unknown>[]): string {
  const table = ['| rule | default | options |', '| --- | --- | --- |'];
  const sections: string[] = [];
  for (const rule of rules) {
    const { defaults } = ruleInfo(rule);
    table.push(`| [\`${rule.id}\`](#${rule.id}) | ${rule.defaultSeverity} | ${defaults ? `\`${JSON.stringify(defaults)}\`` : '—'} |`);
    sections.push(
      [
        `#### ${rule.id}`,
        '',
        `Default severity: **${rule.defaultSeverity}**.${defaults ? ` Options (defaults): \`${JSON.stringify(defaults)}\`.` : ''}`,
        '',
        rule.description,
        '',
        ...(rule.examples.config ? ['With this `.planparserc.yaml`:', '', '```yaml', rule.examples.config, '```', ''] : []),
        'Bad:',
        '',
        '```text',
        rule.examples.bad,
        '```',
        '',
        'Good:',
        '',
        '```text',
        rule.examples.good,
        '```',
      ].join('\n'),
    );
  }
  return [...table, '', sections.join('\n\n'), ''].join('\n');
}
