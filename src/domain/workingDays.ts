import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { IsoDate } from './calendar';

/**
 * Working days (arbetsdagar) in Sweden: Monday–Friday except the public holidays (röda dagar) and
 * the eves that are days off in practice — midsommarafton, julafton and nyårsafton. The
 * follow-up's reminders fall on working days only (followUpSchedule.ts).
 *
 * The holidays come from date-holidays (a kept library with the Easter-dependent rules:
 * långfredagen, annandag påsk, Kristi himmelsfärdsdag, and midsommar's "Friday after 19 June").
 * It lists the three eves as type 'bank', not 'public', so they are named here explicitly (by
 * date, so they are included whatever type a later version of the library gives them); its
 * 'observance' and 'optional' days (skärtorsdagen, annandag pingst, valborgsmässoafton …) are
 * working days. Pure: a year's holidays are computed once and kept (a few dozen dates a year).
 * The dates are calendar dates in Sweden (Europe/Stockholm).
 */
export interface Holiday {
  date: IsoDate;
  /** The holiday's name in Swedish and English ("långfredagen" / "Good Friday"). */
  name: { sv: string; en: string };
}

const library = new Holidays('SE');

/** The eves that are days off though the library does not call them public, with their names. */
function evesOf(year: number): Holiday[] {
  // Midsommarafton: the Friday between 19 and 25 June.
  const june19 = DateTime.fromObject({ year, month: 6, day: 19 }, { zone: 'UTC' });
  const midsummerEve = june19.plus({ days: (5 - june19.weekday + 7) % 7 }).toISODate()!;
  return [
    { date: midsummerEve, name: { sv: 'midsommarafton', en: 'Midsummer Eve' } },
    { date: `${year}-12-24`, name: { sv: 'julafton', en: 'Christmas Eve' } },
    { date: `${year}-12-31`, name: { sv: 'nyårsafton', en: "New Year's Eve" } },
  ];
}

const dateOf = (holiday: { date: string }): IsoDate => holiday.date.slice(0, 10);

function computeYear(year: number): Map<IsoDate, Holiday> {
  const english = new Map(library.getHolidays(year, 'en').filter((h) => h.type === 'public').map((h) => [dateOf(h), h.name]));
  const days = new Map<IsoDate, Holiday>();
  for (const h of library.getHolidays(year, 'sv')) {
    if (h.type !== 'public' || days.has(dateOf(h))) continue;
    days.set(dateOf(h), { date: dateOf(h), name: { sv: h.name, en: english.get(dateOf(h)) ?? h.name } });
  }
  for (const eve of evesOf(year)) if (!days.has(eve.date)) days.set(eve.date, eve);
  return days;
}

const byYear = new Map<number, Map<IsoDate, Holiday>>();

function holidaysOfYear(year: number): Map<IsoDate, Holiday> {
  let days = byYear.get(year);
  if (!days) {
    days = computeYear(year);
    byYear.set(year, days);
  }
  return days;
}

/** The year's Swedish holidays that are days off, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  return [...holidaysOfYear(year).values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The holiday on a date (a day off even when it is a weekday), or null. */
export function holidayOn(date: IsoDate): Holiday | null {
  return holidaysOfYear(Number(date.slice(0, 4))).get(date) ?? null;
}

const weekdayOf = (date: IsoDate): number => DateTime.fromISO(date, { zone: 'UTC' }).weekday;

/** Monday–Friday and not a holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  return weekdayOf(date) <= 5 && holidayOn(date) === null;
}

/** The date itself when it is a working day, else the nearest working day before it. */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let day = DateTime.fromISO(date, { zone: 'UTC' });
  while (!isWorkingDay(day.toISODate()!)) day = day.minus({ days: 1 });
  return day.toISODate()!;
}
