import type { Locale } from '../../../i18n';
import { intlTag } from '../../i18n';

/** A day as users read it, in the app's zone (GET /api/me): "28 nov. 2026" / "28 Nov 2026". */
export function formatDay(iso: string | null | undefined, locale: Locale, zone: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: zone,
  }).format(new Date(iso));
}

/** The first 12 characters of a signature's sha256, enough to compare by eye. */
export const shortHash = (hash: string): string => hash.slice(0, 12);
