import { DateTime } from 'luxon';
import { IsoDate } from './calendar';
import { Holiday, holidayOn, isWorkingDay, workingDayOnOrBefore } from './workingDays';

/**
 * When the monthly follow-up meeting (månadsmöte) is held and when the channel is reminded of
 * it: a rule such as "the first Tuesday of the month at 09:00 Europe/Stockholm", a reminder N
 * days before at the same local time, optionally one on the meeting morning. Pure: the clock
 * is passed in. Local times are turned into instants in the schedule's zone, so a 09:00
 * Stockholm meeting is 08:00 UTC in winter and 07:00 UTC in summer, and a reminder "2 days
 * before" keeps 09:00 even when the clocks change in between. A local time that does not exist
 * that day (02:00–03:00 on the spring change) moves forward by an hour; one that exists twice
 * (the autumn change) is the first of the two.
 *
 * Reminders fall on working days (workingDays.ts): one whose day is a Saturday, a Sunday or a
 * Swedish holiday (midsommarafton, julafton and nyårsafton too) moves to the working day before,
 * at the same local time — "2 days before" the first Tuesday is the Friday before, never the
 * Sunday. The meeting's date stays what the rule says; a meeting on a holiday is pointed out in
 * the settings (`upcomingPlan`). The meeting-morning reminder stays on the meeting's day: it is
 * the morning of a meeting that is held that day.
 *
 * luxon (already the app's calendar library) does the zone arithmetic; a monthly "n-th weekday"
 * rule needs nothing more, so no recurrence library is added.
 */
export const WEEKS = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekOfMonth = (typeof WEEKS)[number];

/** ISO order: monday = 1 … sunday = 7. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "the first Tuesday of the month", "the last Friday of the month". */
export interface MonthlyRule {
  week: WeekOfMonth;
  weekday: Weekday;
}

/**
 * One meeting held on another day than the rule's, in the same month (the first Tuesday is
 * annandag påsk: the förvaltningsledare moves that one to the Wednesday). Its reminders follow it.
 */
export interface MovedMeeting {
  /** The rule's date. */
  from: IsoDate;
  to: IsoDate;
}

export interface FollowUpSchedule {
  rule: MonthlyRule;
  /** Single meetings moved off the rule's date (absent: none). Moves that no longer match the rule are dropped. */
  moved?: MovedMeeting[];
  /** Local start time, HH:mm (24 h). */
  time: string;
  /** IANA zone the rule and the time are read in. */
  timeZone: string;
  /** The reminder this many days before, at the meeting's local time; 0 = none. */
  reminderDaysBefore: number;
  /** Also remind on the meeting morning (MORNING_TIME, or an hour before an earlier meeting). */
  onMeetingMorning: boolean;
  /** Each owner with overdue items also gets a personal message with their items. */
  nudges: boolean;
}

export const MAX_REMINDER_DAYS_BEFORE = 14;
/** The meeting-morning reminder's local time (an hour before the meeting when that is earlier). */
export const MORNING_TIME = '07:00';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const isLocalTime = (value: string): boolean => TIME.test(value);
export const isTimeZone = (zone: string): boolean => DateTime.now().setZone(zone).isValid;

/** The seed project's rhythm: the first Tuesday at 09:00, reminder two days before, nudges on. */
export function defaultFollowUpSchedule(timeZone: string): FollowUpSchedule {
  return { rule: { week: 'first', weekday: 'tuesday' }, time: '09:00', timeZone, reminderDaysBefore: 2, onMeetingMorning: false, nudges: true };
}

/** The meeting date the rule gives in a month (month 1–12). */
export function ruleDateIn(rule: MonthlyRule, year: number, month: number): IsoDate {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' });
  const weekday = WEEKDAYS.indexOf(rule.weekday) + 1;
  if (rule.week === 'last') {
    const last = first.endOf('month').startOf('day');
    return last.minus({ days: (last.weekday - weekday + 7) % 7 }).toISODate()!;
  }
  const firstMatch = first.plus({ days: (weekday - first.weekday + 7) % 7 });
  return firstMatch.plus({ weeks: WEEKS.indexOf(rule.week) }).toISODate()!;
}

/** The rule and its moved meetings: what gives the meeting dates. */
export type MeetingRhythm = Pick<FollowUpSchedule, 'rule' | 'moved'>;

/** The meeting date in a month (1–12): the rule's, or the day that one meeting was moved to. */
export function meetingDateIn(rhythm: MeetingRhythm, year: number, month: number): IsoDate {
  const date = ruleDateIn(rhythm.rule, year, month);
  return rhythm.moved?.find((m) => m.from === date)?.to ?? date;
}

/** The first meeting date on or after `today` (a meeting day counts as "next" all day). */
export function meetingDateOnOrAfter(rhythm: MeetingRhythm, today: IsoDate): IsoDate {
  let month = DateTime.fromISO(today, { zone: 'UTC' }).startOf('month');
  for (;;) {
    const date = meetingDateIn(rhythm, month.year, month.month);
    if (date >= today) return date;
    month = month.plus({ months: 1 });
  }
}

/** Why a move cannot be kept: it is not a meeting of the rule, or it leaves its month (or stays put). */
export type MoveProblem = 'followUp.moveNotScheduled' | 'followUp.moveMonth';

/** A move is one of the rule's meetings to another day of the same month (so the meetings keep their order, one a month). */
export function moveProblem(rule: MonthlyRule, move: MovedMeeting): MoveProblem | null {
  const year = Number(move.from.slice(0, 4));
  const month = Number(move.from.slice(5, 7));
  if (ruleDateIn(rule, year, month) !== move.from) return 'followUp.moveNotScheduled';
  if (move.to.slice(0, 7) !== move.from.slice(0, 7) || move.to === move.from) return 'followUp.moveMonth';
  return null;
}

/** The schedule as kept: one move per meeting (the last given), none that no longer match its rule, none before `today`. */
export function withMoves(schedule: FollowUpSchedule, today: IsoDate): FollowUpSchedule {
  const byFrom = new Map<IsoDate, MovedMeeting>();
  for (const move of schedule.moved ?? []) {
    if (moveProblem(schedule.rule, move) === null && (move.from >= today || move.to >= today)) byFrom.set(move.from, { from: move.from, to: move.to });
  }
  const { moved: _old, ...rest } = schedule;
  const moved = [...byFrom.values()].sort((a, b) => a.from.localeCompare(b.from));
  return moved.length ? { ...rest, moved } : rest;
}

/** The rule a date satisfies: 2026-12-01 → the first Tuesday; the 29th–31st → the last. */
export function ruleOf(date: IsoDate): MonthlyRule {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  const nth = Math.ceil(d.day / 7);
  return { week: nth >= 5 ? 'last' : WEEKS[nth - 1]!, weekday: WEEKDAYS[d.weekday - 1]! };
}

/** A local date and time in a zone as an instant. */
export function localInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const d = DateTime.fromISO(date, { zone: timeZone }).set({ hour: hour!, minute: minute!, second: 0, millisecond: 0 });
  if (!d.isValid) throw new Error(`invalid local time ${date} ${time} ${timeZone}`);
  return d.toJSDate();
}

/** A meeting: its local date and its start as an instant. */
export interface ScheduledMeeting {
  date: IsoDate;
  at: Date;
}

export type ReminderKind = 'daysBefore' | 'morning';

export interface ScheduledReminder {
  kind: ReminderKind;
  at: Date;
  meeting: ScheduledMeeting;
}

export function meetingOn(schedule: FollowUpSchedule, date: IsoDate): ScheduledMeeting {
  return { date, at: localInstant(date, schedule.time, schedule.timeZone) };
}

/** The meeting of the schedule (its rule and moved meetings) on or after a local date. */
export function meetingOnOrAfter(schedule: FollowUpSchedule, today: IsoDate): ScheduledMeeting {
  return meetingOn(schedule, meetingDateOnOrAfter(schedule, today));
}

const localDateOf = (instant: Date, timeZone: string): IsoDate => DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;

/** The next `count` meetings that start after `now`. */
export function upcomingMeetings(schedule: FollowUpSchedule, now: Date, count: number): ScheduledMeeting[] {
  const meetings: ScheduledMeeting[] = [];
  let from = localDateOf(now, schedule.timeZone);
  while (meetings.length < count) {
    const meeting = meetingOnOrAfter(schedule, from);
    if (meeting.at.getTime() > now.getTime()) meetings.push(meeting);
    from = DateTime.fromISO(meeting.date, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
  }
  return meetings;
}

/** The first working day after `date` in its month, or else the last one before it; null in a month without one. */
function workingDayInMonthNear(date: IsoDate): IsoDate | null {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  for (let d = day.plus({ days: 1 }); d.month === day.month; d = d.plus({ days: 1 })) if (isWorkingDay(d.toISODate()!)) return d.toISODate()!;
  for (let d = day.minus({ days: 1 }); d.month === day.month; d = d.minus({ days: 1 })) if (isWorkingDay(d.toISODate()!)) return d.toISODate()!;
  return null;
}

/** The day N days before the meeting by the calendar, before it is moved to a working day. */
const calendarDaysBefore = (schedule: FollowUpSchedule, meeting: ScheduledMeeting): IsoDate =>
  DateTime.fromISO(meeting.date, { zone: 'UTC' }).minus({ days: schedule.reminderDaysBefore }).toISODate()!;

/**
 * The meeting's reminders, earliest first: N days before at the same local time — on the working
 * day on or before that day — and the morning one.
 */
export function remindersOf(schedule: FollowUpSchedule, meeting: ScheduledMeeting): ScheduledReminder[] {
  const reminders: ScheduledReminder[] = [];
  if (schedule.reminderDaysBefore > 0) {
    const day = workingDayOnOrBefore(calendarDaysBefore(schedule, meeting));
    reminders.push({ kind: 'daysBefore', at: localInstant(day, schedule.time, schedule.timeZone), meeting });
  }
  if (schedule.onMeetingMorning) {
    const morning = localInstant(meeting.date, MORNING_TIME, schedule.timeZone);
    const hourBefore = new Date(meeting.at.getTime() - 60 * 60_000);
    reminders.push({ kind: 'morning', at: morning < hourBefore ? morning : hourBefore, meeting });
  }
  return reminders;
}

/**
 * The reminder to send at `now`, or null: the latest reminder at or before `now` of the next
 * meeting that has not started. After downtime across a reminder's instant this is still that
 * reminder (sent late, once, while the meeting is ahead); after downtime across both, only the
 * later one. The caller makes it once per (channel, meeting, kind) with the outbox's dedupe key.
 */
export function dueReminder(schedule: FollowUpSchedule, now: Date): ScheduledReminder | null {
  const [next] = upcomingMeetings(schedule, now, 1);
  const due = remindersOf(schedule, next!).filter((r) => r.at.getTime() <= now.getTime());
  return due.at(-1) ?? null;
}

/** A coming meeting as the settings show it: its holiday (if it falls on one) and its reminders, moved or not. */
export interface UpcomingMeeting {
  date: IsoDate;
  /** The rule's date when this meeting was moved to `date`, else null. */
  movedFrom: IsoDate | null;
  /** For a meeting on a holiday: the working day the settings offer to move it to (the next in its month, else the one before), else null. */
  suggestedMove: IsoDate | null;
  /** The start, UTC ISO. */
  at: string;
  /** The Swedish holiday the meeting falls on (the meeting stays on it; the settings warn), or null. */
  holiday: Holiday | null;
  reminders: {
    kind: ReminderKind;
    at: string;
    /** The day the reminder would have been on by the calendar when it was moved to the working day before, else null. */
    movedFrom: IsoDate | null;
  }[];
}

/** The next `count` meetings after `now` with their holidays and reminders: what the settings show, saved or while editing. */
export function upcomingPlan(schedule: FollowUpSchedule, now: Date, count: number): UpcomingMeeting[] {
  return upcomingMeetings(schedule, now, count).map((meeting) => ({
    date: meeting.date,
    movedFrom: schedule.moved?.find((m) => m.to === meeting.date)?.from ?? null,
    suggestedMove: holidayOn(meeting.date) ? workingDayInMonthNear(meeting.date) : null,
    at: meeting.at.toISOString(),
    holiday: holidayOn(meeting.date),
    reminders: remindersOf(schedule, meeting).map((r) => {
      const nominal = r.kind === 'daysBefore' ? calendarDaysBefore(schedule, meeting) : meeting.date;
      return { kind: r.kind, at: r.at.toISOString(), movedFrom: localDateOf(r.at, schedule.timeZone) === nominal ? null : nominal };
    }),
  }));
}
