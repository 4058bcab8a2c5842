import type { Locale } from '../../../i18n';
import { MAX_FTE, MAX_HOURS, MAX_KRONOR, kronorFor } from '../../../domain/costModel';

/**
 * Kronor for reading and kronor as typed. Amounts are whole kronor, shown with the page
 * language's grouping through Intl: "1 250 000 kr" in Swedish, "SEK 1,250,000" in English
 * (Intl's own way for the currency in en-GB, used everywhere in the view).
 */
const tagOf = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

const formats = new Map<string, Intl.NumberFormat>();
function formatOf(locale: Locale, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${signed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tagOf(locale), {
      style: 'currency',
      currency: 'SEK',
      currencyDisplay: locale === 'sv' ? 'symbol' : 'code',
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
      ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** 1250000 → "1 250 000 kr" / "SEK 1,250,000". */
export const formatKronor = (kronor: number, locale: Locale): string => formatOf(locale, false).format(kronor);

/** A difference or change with its sign always written ("+50 000 kr", "−20 000 kr"), so it reads without colour. */
export const formatSignedKronor = (kronor: number, locale: Locale): string => formatOf(locale, true).format(kronor);

/** A number of hours or FTE as the language writes it ("12,5" / "12.5"). */
export const formatDecimal = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(tagOf(locale), { maximumFractionDigits: 2 }).format(value);

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: 'kronor' | 'tooBig' | 'hours' | 'fte' | 'rate' };

/** Spaces of any kind (the grouping Intl writes is a no-break space) and a trailing "kr"/leading "SEK" are not part of the number. */
const bare = (text: string) =>
  text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr\.?$/i, '')
    .replace(/^sek/i, '');

/**
 * "1 250 000", "1250000", "1 250 000 kr" (and in English "1,250,000") → 1250000. Empty → null
 * (the cell is cleared). Anything else — decimals, signs, letters — is not whole kronor.
 */
export function parseKronor(text: string, locale: Locale, error: 'kronor' | 'rate' = 'kronor'): Parsed<number | null> {
  let s = bare(text);
  if (s === '') return { ok: true, value: null };
  // English groups with commas; a Swedish comma is a decimal sign, and decimals are not kronor.
  if (locale === 'en' && /^\d{1,3}(,\d{3})+$/.test(s)) s = s.replace(/,/g, '');
  if (!/^\d+$/.test(s)) return { ok: false, error };
  const value = Number(s);
  if (value > MAX_KRONOR) return { ok: false, error: 'tooBig' };
  return { ok: true, value };
}

/** "12,5" or "12.5" with at most `decimals` decimals and at most `max` → the number. */
function parseDecimal(text: string, decimals: number, max: number): number | null {
  const s = bare(text).replace(',', '.');
  const pattern = new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`);
  if (!pattern.test(s)) return null;
  const value = Number(s);
  return value <= max ? value : null;
}

export const parseHours = (text: string): Parsed<number> => {
  const value = parseDecimal(text, 1, MAX_HOURS);
  return value === null ? { ok: false, error: 'hours' } : { ok: true, value };
};

export const parseFte = (text: string): Parsed<number> => {
  const value = parseDecimal(text, 2, MAX_FTE);
  return value === null ? { ok: false, error: 'fte' } : { ok: true, value };
};

/**
 * Hours × rate or FTE × yearly rate in whole kronor, by the server's rule (`kronorFor`), shown
 * before saving; the server works the stored figure out again and its answer is what the table shows.
 */
export const previewKronor = (quantity: number, rate: number): number => Number(kronorFor(quantity, 2, rate));

/** A chart axis's kronor, short: "6,2 mn kr" / "SEK 6.2M". */
export const formatCompactKronor = (kronor: number, locale: Locale): string =>
  new Intl.NumberFormat(tagOf(locale), {
    style: 'currency',
    currency: 'SEK',
    currencyDisplay: locale === 'sv' ? 'symbol' : 'code',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(kronor);
