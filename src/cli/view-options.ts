/** The options of the views for people, shared by parse, check, rules and convert (issue 13). */
import { Option } from 'commander';
import { LANGS } from '../i18n/lang.js';

export const langOption = () =>
  new Option('--lang <lang>', 'language of the view, messages and reports (default: from LC_ALL / LC_MESSAGES / LANG; zh_* → zh)').choices(LANGS);

export const wideOption = () => new Option('--wide', 'whole owner lists in the task table (wrapped), not the first ones and a count');

/** Formats for people that parse and convert write besides the data formats. */
export const VIEW_FORMATS = ['xlsx', 'html'] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];
