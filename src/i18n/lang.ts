/**
 * The language of the views: `--lang`, else the locale of the environment
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; zh_* → zh),
 * else the system's locale (what Windows gives Node when none is set), else en.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

type Env = Readonly<Record<string, string | undefined>>;

function fromLocale(locale: string): Lang {
  return /^zh\b|^zh[_-]/i.test(locale) ? 'zh' : 'en';
}

export function detectLang(env: Env = process.env, systemLocale: () => string = () => Intl.DateTimeFormat().resolvedOptions().locale): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (locale !== undefined) return fromLocale(locale);
  return fromLocale(systemLocale());
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** `--lang` when given, else the environment's. */
export function resolveLang(option?: string): Lang {
  return option && isLang(option) ? option : detectLang();
}
