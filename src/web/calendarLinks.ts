import { createHmac, timingSafeEqual } from 'node:crypto';
import { Locale } from '../i18n';

/**
 * Signed links to a training's calendar file. Teams opens "Lägg till i kalendern" in the
 * browser, without the app's sign-in, so the link itself carries the proof: an HMAC-SHA256 over
 * training id and user id with a server key. Only links the bot handed out open; nobody can
 * list trainings (or invite-only ones) by trying ids.
 */
export interface CalendarLinks {
  url(trainingId: string, userId: string, locale?: Locale): string;
  verify(trainingId: string, userId: string, signature: string): boolean;
}

export function calendarLinks(key: string, baseUrl: () => string): CalendarLinks {
  const sign = (trainingId: string, userId: string) =>
    createHmac('sha256', key).update(`${trainingId}\n${userId}`, 'utf8').digest('base64url');
  return {
    url(trainingId, userId, locale) {
      const query = new URLSearchParams({ u: userId, sig: sign(trainingId, userId), ...(locale ? { lang: locale } : {}) });
      return `${baseUrl()}/calendar/${encodeURIComponent(trainingId)}.ics?${query}`;
    },
    verify(trainingId, userId, signature) {
      const expected = Buffer.from(sign(trainingId, userId));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
