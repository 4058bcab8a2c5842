import { createContext, useCallback, useContext, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { Locale, MessageKey, addMessages, msg, t } from '../i18n';
import { onTextsArrived, textsArrived, textsOf } from '../i18n/tab';

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

/** What `msg()` puts before a key given as a parameter (src/i18n/index.ts). */
const MSG_PREFIX = msg('' as MessageKey);

/** A `msg()` parameter whose key has no text (yet), if any. */
function untranslatedParam(locale: Locale, params: Record<string, string | number> | undefined): string | undefined {
  for (const value of Object.values(params ?? {})) {
    if (typeof value !== 'string' || !value.startsWith(MSG_PREFIX)) continue;
    const key = value.slice(MSG_PREFIX.length);
    if (t(locale, key) === key) return key;
  }
  return undefined;
}

/**
 * The translate function of the current language. A view brings its own catalog along, but a
 * component it shares with another view (the restlista's flags in Månadsmöte) may want words
 * whose catalog no view has loaded yet — in a view opened directly, by a bookmark, a reload or a
 * channel tab. Such a text is never shown as its key: while rendering, the component waits for
 * its catalog (it suspends, and the nearest <Suspense> — the shell's — shows its spinner for the
 * moment that takes); asked for outside rendering (an event handler, an effect), the catalog is
 * fetched and every component that uses `useT` renders again once it is in. The function stays the
 * same for a language, so effects that depend on it do not run again.
 */
export function useT(): Translate {
  const locale = useContext(LocaleContext);
  useSyncExternalStore(onTextsArrived, textsArrived);
  // True from each render of this component until it is committed: only then may a missing text suspend.
  const rendering = useRef(true);
  rendering.current = true;
  useLayoutEffect(() => {
    rendering.current = false;
  });
  return useCallback(
    (key, params) => {
      const text = t(locale, key, params);
      const missing = text === key ? key : untranslatedParam(locale, params);
      const arriving = missing === undefined ? undefined : textsOf(missing, addMessages);
      if (arriving && rendering.current) throw arriving;
      return text;
    },
    [locale],
  );
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
