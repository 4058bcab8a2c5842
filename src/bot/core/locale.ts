import { Locale, localeFromAcceptLanguage } from '../../i18n';

/**
 * The language of a turn: the Teams client's locale (sv-SE, en-US, en-GB, …) mapped to the
 * languages the app speaks; anything else gets the configured default.
 */
export function turnLocale(activityLocale: string | null | undefined, fallback: Locale): Locale {
  const tag = activityLocale?.trim();
  if (!tag || tag.length > 35) return fallback;
  return localeFromAcceptLanguage(tag, fallback);
}
