import { DateTime } from 'luxon';

/**
 * Calendar dates (YYYY-MM-DD) seen from a time zone. Instants are UTC ISO strings or Dates;
 * "today" depends on the zone, which is why the clock and the zone are always passed in.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/** The calendar date of `now` in `timeZone` (Europe/Stockholm by default in the app). */
export function localDate(now: Date, timeZone: string): IsoDate {
  const date = DateTime.fromJSDate(now, { zone: timeZone }).toISODate();
  if (!date) throw new Error(`invalid time zone ${timeZone}`);
  return date;
}

/** Whole days from `from` to `to` (both calendar dates); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = DateTime.fromISO(from, { zone: 'UTC' });
  const b = DateTime.fromISO(to, { zone: 'UTC' });
  return Math.round(b.diff(a, 'days').days);
}

/** The instant a calendar date begins in `timeZone`. */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toJSDate();
}
