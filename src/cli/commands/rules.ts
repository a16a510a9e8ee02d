/** `plan-parse rules`: every gap rule with its default severity, description and examples. */
import { Command, Option } from 'commander';
import { colorOptions } from '../color.js';
import { langOption } from '../view-options.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list the gap rules of plan-parse check, with examples')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addOption(colorOptions()[0]!)
    .addOption(colorOptions()[1]!)
    .addOption(langOption())
    .action(async (options: { format: 'text' | 'json' | 'markdown'; color?: boolean; lang?: string }) => {
      const [{ rules }, formats, { resolveLang }] = await Promise.all([import('../../rules/index.js'), import('../../formats/rules.js'), import('../../i18n/lang.js')]);
      const lang = resolveLang(options.lang);
      // markdown is the README's rule section: English, whatever the locale
      if (options.format === 'json') process.stdout.write(formats.rulesJson(rules, lang));
      else if (options.format === 'markdown') process.stdout.write(formats.rulesMarkdown(rules));
      else {
        const { chalkFor } = await import('../color.js');
        process.stdout.write(formats.rulesText(rules, await chalkFor(options.color, process.stdout.isTTY === true), lang));
      }
    });
}
