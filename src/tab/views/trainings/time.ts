import type { Locale } from '../../../i18n';
import { intlTag } from '../../i18n';

/**
 * Times of trainings: stored as UTC instants, entered and shown as wall-clock time in the app's
 * zone (`zone`: GET /api/me's timeZone, Europe/Stockholm unless configured otherwise). The
 * offset (+01:00 in winter, +02:00 in summer in Stockholm) is that of the date in question,
 * found with the Intl API, so a training booked in winter for a date in April gets summer time.
 */
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(zone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(zone, format);
  }
  return format;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeOf(instant: number, zone: string): WallTime {
  const parts = Object.fromEntries(wallClock(zone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes the zone is ahead of UTC at this instant (Stockholm: 60 or 120). */
export function offsetMinutes(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const w = wallTimeOf(whole, zone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole) / 60_000);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * "2027-04-06" + "10:00" in the zone → "2027-04-06T10:00:00+02:00" (an instant with the
 * offset valid then, Stockholm here), or null when the date or time is not a real one.
 */
export function localInstant(date: string, time: string, zone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset of the instant itself: guess with the offset at the wall time read as UTC, then correct once.
  const guess = offsetMinutes(wall, zone);
  const offset = offsetMinutes(wall - guess * 60_000, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A UTC instant as the zone's date and time a form shows: { date: "2027-04-06", time: "10:00" }. */
export function localDateAndTime(iso: string, zone: string): { date: string; time: string } {
  const w = wallTimeOf(Date.parse(iso), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}


/** "tis 6 apr. 2027 10:00–11:00" / "Tue 6 Apr 2027 10:00–11:00", in the zone's time. */
export function formatTrainingTime(start: string, end: string, locale: Locale, zone: string): string {
  const day = new Intl.DateTimeFormat(intlTag(locale), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone });
  const clock = new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
  const [s, e] = [new Date(start), new Date(end)];
  const sameDay = localDateAndTime(start, zone).date === localDateAndTime(end, zone).date;
  return sameDay
    ? `${day.format(s)} ${clock.format(s)}–${clock.format(e)}`
    : `${day.format(s)} ${clock.format(s)} – ${day.format(e)} ${clock.format(e)}`;
}

/** A short date for labels: "6 apr. 2027" / "6 Apr 2027". */
export function formatShortDate(iso: string, locale: Locale, zone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }).format(new Date(iso));
}

/** An instant with date and time: "29 nov. 2026 10:15". */
export function formatInstant(iso: string, locale: Locale, zone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(iso));
}

/** "2025-09" → "sep. 2025" / "Sep 2025". */
export function formatMonth(month: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, 1)));
}

/** The university term a training belongs to, by its start in `zone`: spring (vårtermin) January–June, autumn (hösttermin) July–December. */
export interface Term {
  year: number;
  season: 'spring' | 'autumn';
}

const yearMonths = new Map<string, Intl.DateTimeFormat>();
export function termOf(iso: string, zone: string): Term {
  let format = yearMonths.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric' });
    yearMonths.set(zone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return { year, season: month <= 6 ? 'spring' : 'autumn' };
}
