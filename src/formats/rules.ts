/**
 * The rule list of `plan-parse rules`: for a terminal, as JSON, and as the
 * Markdown of the README's rule section (a test keeps that in sync).
 */
import * as z from 'zod';
import type { ChalkInstance } from 'chalk';
import type { Rule } from '../rules/types.js';
import { catalog, formatMessage, ruleDescription, type Lang } from '../i18n/index.js';

export interface RuleInfo {
  id: string;
  defaultSeverity: string;
  description: string;
  docs: string | null;
  /** `output`: what the rule reports on `bad` (`2:1 task has no owner …`, English). */
  examples: { bad: string; good: string; config?: string; output: readonly string[] };
  /** JSON Schema of the rule's options, with their defaults; null when it has none. */
  options: object | null;
  defaults: object | null;
}

export function ruleInfo(rule: Rule<unknown>, lang: Lang = 'en'): RuleInfo {
  const schema = rule.options ? z.toJSONSchema(rule.options as z.ZodType, { io: 'input', target: 'draft-7' }) : null;
  return {
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    description: ruleDescription(rule, lang),
    docs: rule.docs ?? null,
    examples: rule.examples,
    options: schema,
    defaults: rule.options ? (rule.options.parse({}) as object) : null,
  };
}

const indent = (text: string, by: string) => text.replace(/^/gm, by);

export function rulesText(rules: readonly Rule<unknown>[], chalk: ChalkInstance, lang: Lang = 'en'): string {
  const c = catalog(lang);
  const say = (template: string, data: Record<string, string>) => formatMessage(template, data, lang);
  return rules
    .map((rule) => {
      const info = ruleInfo(rule, lang);
      const severity = c.severity[rule.defaultSeverity];
      const lines = [`${chalk.bold(rule.id)}  ${chalk.dim(say(c.rulesList.defaultSeverity, { severity }))}`, indent(info.description, '  ')];
      if (info.defaults) lines.push(chalk.dim('  ' + say(c.rulesList.options, { options: JSON.stringify(info.defaults) })));
      if (rule.examples.config) lines.push(chalk.dim('  ' + c.rulesList.withConfig), indent(rule.examples.config, '      '));
      lines.push(chalk.red('  ' + c.rulesList.bad), indent(rule.examples.bad, '      '));
      // the output is check's English wording: a Chinese view words findings from their ids, so it shows none
      if (lang === 'en') lines.push(chalk.dim('  ' + c.rulesList.output), ...rule.examples.output.map((l) => `      ${l}`));
      lines.push(chalk.green('  ' + c.rulesList.good), indent(rule.examples.good, '      '));
      if (rule.docs) lines.push(chalk.dim('  ' + say(c.rulesList.docs, { url: rule.docs })));
      return lines.join('\n');
    })
    .join('\n\n') + '\n';
}

export function rulesJson(rules: readonly Rule<unknown>[], lang: Lang = 'en'): string {
  return JSON.stringify(rules.map((rule) => ruleInfo(rule, lang)), null, 2) + '\n';
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
        '`plan-parse check` reports (line:column message):',
        '',
        '```text',
        ...rule.examples.output,
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
