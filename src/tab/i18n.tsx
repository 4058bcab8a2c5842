import { createContext, useCallback, useContext } from 'react';
import { Locale, MessageKey, t } from '../i18n';

/** The tab's language: Swedish first; from the Teams context, ?locale=, or the browser. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const lang = candidate?.toLowerCase().split(/[-_]/)[0];
    if (lang === 'sv' || lang === 'en') return lang;
  }
  return 'sv';
}

export const LocaleContext = createContext<Locale>('sv');

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useCallback((key, params) => t(locale, key, params), [locale]);
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A calendar date (YYYY-MM-DD) for reading, e.g. "1 dec. 2026" / "1 Dec 2026". */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

/** An instant, shown in the app's zone (Europe/Stockholm unless told). */
export function formatDateTime(iso: string | null | undefined, locale: Locale, timeZone = 'Europe/Stockholm'): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
