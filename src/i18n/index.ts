import { sv as serverSv } from './sv';
import { en as serverEn } from './en';
import type * as followUp from './followUp';
import * as tabCommon from './tab/common';
import type { TabMessageKey } from './tab';

/** All user-visible text comes from here: Swedish first, English second. */
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Every key there is: the server's and the tab's (Swedish is the reference; en must match).
 * The follow-up's server texts (./followUp) are added by the server modules that use them, so
 * they stay out of the tab's bundle.
 */
export type MessageKey = keyof typeof serverSv | keyof typeof followUp.sv | TabMessageKey;

/**
 * The texts loaded now: the server's and the tab's common ones. Each tab view adds its own
 * file when its chunk loads (`addMessages`), so a browser downloads only the words it shows.
 */
const catalogs: Record<Locale, Record<string, string>> = {
  sv: { ...serverSv, ...tabCommon.sv },
  en: { ...serverEn, ...tabCommon.en },
};

export function addMessages(messages: { sv: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(catalogs.sv, messages.sv);
  Object.assign(catalogs.en, messages.en);
}

/** A parameter that is itself text to translate, e.g. a role name: `msg('role.reader')`. */
export const msg = (key: MessageKey): string => `${MSG_PREFIX}${key}`;
const MSG_PREFIX = 'i18n:';

/** The message for `key` with `{name}` placeholders filled; unknown keys fall back to the key. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = String(value);
    return text.startsWith(MSG_PREFIX) ? t(locale, text.slice(MSG_PREFIX.length)) : text;
  });
}

/**
 * The caller's language from an Accept-Language header: the first listed language we have
 * (by quality), else the default.
 */
export function localeFromAcceptLanguage(header: string | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.lang && !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) {
    if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  }
  return fallback;
}
