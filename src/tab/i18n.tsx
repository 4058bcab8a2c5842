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

/** The locale as Intl knows it: Swedish as in Sweden, English as in Britain (day before month, 24-hour clock). */
export const intlTag = (locale: Locale): string => (locale === 'sv' ? 'sv-SE' : 'en-GB');

/** A calendar date (YYYY-MM-DD) for reading, e.g. "1 dec. 2026" / "1 Dec 2026". */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

/** An instant, shown in the app's zone (Europe/Stockholm unless told). */
export function formatDateTime(iso: string | null | undefined, locale: Locale, timeZone = 'Europe/Stockholm'): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** Today's calendar date in the app's time zone (GET /api/me), as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
