/**
 * A small subset of ICU MessageFormat, enough for the catalogues:
 * `{name}`, `{name, date}` (an ISO date as people of the language write it)
 * and `{name, plural, one {# day} other {# days}}` (`#` is the number).
 * Templates are data in src/i18n/catalog/*; this is the only code that reads them.
 */
import type { Lang } from './lang.js';
import { peopleDate } from './dates.js';

export type MessageData = Readonly<Record<string, string | number>>;

/** The text between the `{` at `open` and its matching `}` (nested braces allowed). */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message template: ${template}`);
}

/** `one {…} other {…}` → the branches by keyword. */
function branches(spec: string): Map<string, string> {
  const out = new Map<string, string>();
  const keyword = /\s*([a-z=0-9]+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = keyword.exec(spec))) {
    const open = m.index + m[0].length - 1;
    const close = closing(spec, open);
    out.set(m[1]!, spec.slice(open + 1, close));
    keyword.lastIndex = close + 1;
  }
  return out;
}

function argument(body: string, data: MessageData, lang: Lang): string {
  const [name = '', type, ...rest] = body.split(',');
  const value = data[name.trim()];
  switch (type?.trim()) {
    case undefined:
      return value === undefined ? '' : String(value);
    case 'date':
      return peopleDate(value === undefined ? '' : String(value), lang);
    case 'plural': {
      const n = Number(value);
      const cases = branches(rest.join(','));
      const chosen = cases.get(`=${n}`) ?? (n === 1 ? cases.get('one') : undefined) ?? cases.get('other') ?? '';
      return formatMessage(chosen.replace(/#/g, String(n)), data, lang);
    }
    default:
      throw new Error(`unknown argument type in message template: ${body}`);
  }
}

export function formatMessage(template: string, data: MessageData, lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closing(template, open);
    out += template.slice(i, open) + argument(template.slice(open + 1, close), data, lang);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The argument names a template uses, for the catalogue tests. */
export function templateArguments(template: string): string[] {
  return [...template.matchAll(/\{\s*([A-Za-z]\w*)\s*(?:,|\})/g)].map((m) => m[1]!);
}
