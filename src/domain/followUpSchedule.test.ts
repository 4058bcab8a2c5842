import { DateTime } from 'luxon';
import {
  FollowUpSchedule,
  defaultFollowUpSchedule,
  dueReminder,
  meetingDateOnOrAfter,
  meetingOn,
  moveProblem,
  remindersOf,
  ruleDateIn,
  ruleOf,
  upcomingMeetings,
  upcomingPlan,
  withMoves,
} from './followUpSchedule';
import { isWorkingDay } from './workingDays';

/**
 * The follow-up schedule with an injected "now": meeting and reminder instants for 24 months,
 * both DST changes in Europe/Stockholm (last Sunday of March and of October), and which
 * reminder is due at a given instant.
 */
const ZONE = 'Europe/Stockholm';
const schedule = (over: Partial<FollowUpSchedule> = {}): FollowUpSchedule => ({ ...defaultFollowUpSchedule(ZONE), ...over });
const NOW = new Date('2026-11-29T10:00:00.000Z');
const iso = (d: Date) => d.toISOString();
const ms = (s: string) => new Date(s).getTime();

describe('follow-up schedule', () => {
  it('the first Tuesday at 09:00 Stockholm for 24 months: 08:00 UTC in winter, 07:00 UTC in summer; reminder two days before at 09:00 local, on the working day before', () => {
    // Summer time 2027: 28 Mar – 31 Oct; 2028: 26 Mar – 29 Oct.
    const expected: [string, string][] = [
      ['2026-12-01', '08'], ['2027-01-05', '08'], ['2027-02-02', '08'], ['2027-03-02', '08'],
      ['2027-04-06', '07'], ['2027-05-04', '07'], ['2027-06-01', '07'], ['2027-07-06', '07'],
      ['2027-08-03', '07'], ['2027-09-07', '07'], ['2027-10-05', '07'], ['2027-11-02', '08'],
      ['2027-12-07', '08'], ['2028-01-04', '08'], ['2028-02-01', '08'], ['2028-03-07', '08'],
      ['2028-04-04', '07'], ['2028-05-02', '07'], ['2028-06-06', '07'], ['2028-07-04', '07'],
      ['2028-08-01', '07'], ['2028-09-05', '07'], ['2028-10-03', '07'], ['2028-11-07', '08'],
    ];
    const meetings = upcomingMeetings(schedule(), NOW, 24);
    expect(meetings.map((m) => [m.date, iso(m.at)])).toEqual(expected.map(([date, hour]) => [date, `${date}T${hour}:00:00.000Z`]));

    // Two days before is a Sunday: the default schedule reminds on the Friday before at 09:00 on the clock in Stockholm —
    // or earlier when that Friday is a holiday (nyårsdagen 2027: Wednesday 30 December, since nyårsafton is off too;
    // 2028: Saturday 1 January, nyårsafton on the Friday, so Thursday 30 December).
    const reminderDays = meetings.map((meeting) => {
      const [reminder] = remindersOf(schedule(), meeting);
      expect(reminder!.kind).toBe('daysBefore');
      return reminder!.at.toLocaleString('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'long' });
    });
    expect(reminderDays.filter((d) => !d.startsWith('fredag'))).toEqual(['onsdag, 2026-12-30 09:00', 'torsdag, 2027-12-30 09:00']);
    expect(reminderDays.every((d) => d.endsWith(' 09:00'))).toBe(true);
    expect(reminderDays.slice(0, 3)).toEqual(['fredag, 2026-11-27 09:00', 'onsdag, 2026-12-30 09:00', 'fredag, 2027-01-29 09:00']);
  });

  it('a reminder across the spring change keeps the local time: 3 days before the last Tuesday of March 2027 falls at Easter, so skärtorsdagen, 119 hours before', () => {
    const s = schedule({ rule: { week: 'last', weekday: 'tuesday' }, reminderDaysBefore: 3 });
    const meeting = meetingOn(s, ruleDateIn(s.rule, 2027, 3));
    expect(meeting).toEqual({ date: '2027-03-30', at: new Date('2027-03-30T07:00:00.000Z') });
    const [reminder] = remindersOf(s, meeting);
    // Saturday 27 March → långfredagen 26 March → Thursday 25 March, 09:00 CET.
    expect(iso(reminder!.at)).toBe('2027-03-25T08:00:00.000Z');
    expect((meeting.at.getTime() - reminder!.at.getTime()) / 3600_000).toBe(119);
  });

  it('a reminder across the autumn change keeps the local time: 10 days before the first Tuesday of November 2026 is a Saturday, so the Friday, 265 hours before', () => {
    const s = schedule({ reminderDaysBefore: 10 });
    const meeting = meetingOn(s, '2026-11-03');
    expect(iso(meeting.at)).toBe('2026-11-03T08:00:00.000Z'); // 09:00 CET
    const [reminder] = remindersOf(s, meeting);
    expect(iso(reminder!.at)).toBe('2026-10-23T07:00:00.000Z'); // Friday 09:00 CEST
    expect((meeting.at.getTime() - reminder!.at.getTime()) / 3600_000).toBe(265);
  });

  it('the meeting-morning reminder is at 07:00 local, or an hour before an earlier meeting', () => {
    const s = schedule({ onMeetingMorning: true });
    const reminders = remindersOf(s, meetingOn(s, '2027-04-06'));
    expect(reminders.map((r) => [r.kind, iso(r.at)])).toEqual([
      ['daysBefore', '2027-04-02T07:00:00.000Z'],
      ['morning', '2027-04-06T05:00:00.000Z'],
    ]);
    const early = schedule({ time: '07:30', reminderDaysBefore: 0, onMeetingMorning: true });
    expect(remindersOf(early, meetingOn(early, '2027-01-05')).map((r) => [r.kind, iso(r.at)])).toEqual([['morning', '2027-01-05T05:30:00.000Z']]);
    expect(remindersOf(schedule({ reminderDaysBefore: 0 }), meetingOn(s, '2027-01-05'))).toEqual([]);
  });

  it('a local time that does not exist moves forward an hour; one that exists twice is the first', () => {
    const gap = schedule({ rule: { week: 'last', weekday: 'sunday' }, time: '02:30' });
    expect(iso(meetingOn(gap, '2027-03-28').at)).toBe('2027-03-28T01:30:00.000Z'); // 03:30 CEST
    expect(iso(meetingOn(gap, '2027-10-31').at)).toBe('2027-10-31T00:30:00.000Z'); // 02:30 CEST, the first 02:30
  });

  it('finds the rule\'s date in a month and the next one on or after a date', () => {
    const firstTuesday = { week: 'first', weekday: 'tuesday' } as const;
    expect(meetingDateOnOrAfter({ rule: firstTuesday }, '2026-12-01')).toBe('2026-12-01');
    expect(meetingDateOnOrAfter({ rule: firstTuesday }, '2026-12-02')).toBe('2027-01-05');
    expect(meetingDateOnOrAfter({ rule: firstTuesday }, '2026-11-29')).toBe('2026-12-01');
    expect(meetingDateOnOrAfter({ rule: firstTuesday }, '2026-03-01')).toBe('2026-03-03');
    expect(ruleDateIn({ week: 'last', weekday: 'friday' }, 2027, 2)).toBe('2027-02-26');
    expect(ruleDateIn({ week: 'fourth', weekday: 'monday' }, 2027, 2)).toBe('2027-02-22');
    expect(ruleDateIn({ week: 'second', weekday: 'sunday' }, 2027, 8)).toBe('2027-08-08');
    expect(ruleOf('2026-12-01')).toEqual(firstTuesday);
    expect(ruleOf('2027-03-30')).toEqual({ week: 'last', weekday: 'tuesday' });
    expect(ruleOf('2027-02-22')).toEqual({ week: 'fourth', weekday: 'monday' });
    for (const date of ['2027-01-29', '2027-06-14', '2028-02-29']) expect(ruleDateIn(ruleOf(date), +date.slice(0, 4), +date.slice(5, 7))).toBe(date);
  });

  describe('which reminder is due', () => {
    const s = schedule({ onMeetingMorning: true });
    // Meeting Tuesday 2027-04-06 09:00 CEST; reminders Friday 04-02 09:00 (two days before is a Sunday) and Tuesday 07:00.
    const reminderAt = ms('2027-04-02T07:00:00.000Z');
    const morningAt = ms('2027-04-06T05:00:00.000Z');
    const meetingAt = ms('2027-04-06T07:00:00.000Z');
    const due = (at: number) => {
      const r = dueReminder(s, new Date(at));
      return r && [r.kind, r.meeting.date, iso(r.at)];
    };

    it('none until the reminder\'s instant, then that one until the morning one, then none once the meeting has started', () => {
      expect(due(reminderAt - 1)).toBeNull();
      expect(due(reminderAt)).toEqual(['daysBefore', '2027-04-06', '2027-04-02T07:00:00.000Z']);
      expect(due(morningAt - 1)).toEqual(['daysBefore', '2027-04-06', '2027-04-02T07:00:00.000Z']);
      expect(due(morningAt)).toEqual(['morning', '2027-04-06', '2027-04-06T05:00:00.000Z']);
      expect(due(meetingAt - 1)).toEqual(['morning', '2027-04-06', '2027-04-06T05:00:00.000Z']);
      expect(due(meetingAt)).toBeNull();
    });

    it('through 24 months each reminder becomes due at its instant (not a millisecond before) and stays due in one stretch, never twice', () => {
      const start = ms('2026-11-29T00:00:00.000Z');
      const expected = upcomingMeetings(s, new Date(start), 24).flatMap((m) => remindersOf(s, m));
      const keyAt = (at: number) => {
        const r = dueReminder(s, new Date(at));
        return r ? `${r.meeting.date}:${r.kind}` : null;
      };
      for (const r of expected) {
        const key = `${r.meeting.date}:${r.kind}`;
        expect(keyAt(r.at.getTime() - 1)).not.toBe(key);
        expect(keyAt(r.at.getTime())).toBe(key);
      }
      // A sweep every 3 hours: the due reminders come in the schedule's order, each in one stretch.
      const runs: string[] = [];
      for (let at = start; at < ms('2028-11-30T00:00:00.000Z'); at += 3 * 3600_000) {
        const key = keyAt(at);
        if (key && runs.at(-1) !== key) runs.push(key);
      }
      expect(runs).toEqual(expected.map((r) => `${r.meeting.date}:${r.kind}`));
    });
  });

  describe('reminders on working days', () => {
    const localDay = (d: Date) => DateTime.fromJSDate(d, { zone: ZONE }).toISODate()!;
    const localTime = (d: Date) => d.toLocaleTimeString('sv-SE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
    const reminderOf = (s: FollowUpSchedule, date: string) => remindersOf(s, meetingOn(s, date)).find((r) => r.kind === 'daysBefore')!;

    it.each([
      ['a Sunday (2 days before the first Tuesday of December 2026)', { week: 'first', weekday: 'tuesday' }, 2, '2026-12-01', '2026-11-27'],
      ['midsommarafton 2027 (3 days before the last Monday of June)', { week: 'last', weekday: 'monday' }, 3, '2027-06-28', '2027-06-24'],
      ['midsommarafton 2028 (4 days before the last Tuesday of June)', { week: 'last', weekday: 'tuesday' }, 4, '2028-06-27', '2028-06-22'],
      ['annandag påsk 2026, after Easter and långfredagen (1 day before the first Tuesday of April)', { week: 'first', weekday: 'tuesday' }, 1, '2026-04-07', '2026-04-02'],
      ['Kristi himmelsfärdsdag 2027 (1 day before the first Friday of May)', { week: 'first', weekday: 'friday' }, 1, '2027-05-07', '2027-05-05'],
      ['julafton 2027, a Friday (3 days before the last Monday of December)', { week: 'last', weekday: 'monday' }, 3, '2027-12-27', '2027-12-23'],
      ['nyårsafton and nyårsdagen before a weekend (2 days before the first Tuesday of January 2027)', { week: 'first', weekday: 'tuesday' }, 2, '2027-01-05', '2026-12-30'],
    ] as const)('a reminder that would fall on %s moves to the working day before, at the same local time; the meeting stays', (_, rule, daysBefore, meetingDate, reminderDay) => {
      const s = schedule({ rule, reminderDaysBefore: daysBefore });
      const [meeting] = upcomingMeetings(s, new Date(`${meetingDate.slice(0, 4)}-01-01T00:00:00Z`), 12).filter((m) => m.date === meetingDate);
      expect(meeting).toEqual(meetingOn(s, meetingDate));
      const reminder = reminderOf(s, meetingDate);
      expect(localDay(reminder.at)).toBe(reminderDay);
      expect(localTime(reminder.at)).toBe('09:00');
      expect(reminder.meeting.date).toBe(meetingDate);
      // Due from its (moved) instant, and then until the meeting starts.
      expect(dueReminder(s, reminder.at)).toMatchObject({ kind: 'daysBefore', meeting: { date: meetingDate } });
      expect(dueReminder(s, new Date(reminder.at.getTime() - 1))).toBeNull();
    });

    it('over five years and every "N days before", each reminder is on the latest working day on or before its calendar day', () => {
      for (const rule of [{ week: 'first', weekday: 'tuesday' }, { week: 'last', weekday: 'friday' }, { week: 'second', weekday: 'monday' }] as const) {
        for (const n of [1, 2, 3, 4, 7, 14]) {
          const s = schedule({ rule, reminderDaysBefore: n });
          for (const meeting of upcomingMeetings(s, new Date('2026-01-01T00:00:00Z'), 60)) {
            const day = localDay(reminderOf(s, meeting.date).at);
            const calendar = new Date(Date.parse(`${meeting.date}T12:00:00Z`) - n * 86400_000).toISOString().slice(0, 10);
            expect(isWorkingDay(day)).toBe(true);
            expect(day <= calendar).toBe(true);
            for (let d = Date.parse(`${day}T12:00:00Z`) + 86400_000; d <= Date.parse(`${calendar}T12:00:00Z`); d += 86400_000) {
              expect(isWorkingDay(new Date(d).toISOString().slice(0, 10))).toBe(false);
            }
          }
        }
      }
    });

    it('the default schedule never reminds on a Saturday or Sunday in five years', () => {
      const s = schedule();
      const days = upcomingMeetings(s, new Date('2026-01-01T00:00:00Z'), 60).flatMap((m) => remindersOf(s, m)).map((r) => r.at.toLocaleDateString('en-GB', { timeZone: ZONE, weekday: 'long' }));
      expect(days).toHaveLength(60);
      expect(days.filter((d) => d === 'Saturday' || d === 'Sunday')).toEqual([]);
    });

    it('the settings\' plan names a meeting that falls on a holiday and says which reminders were moved, from which day', () => {
      // The first Tuesday of January 2026 is trettondedag jul; two days before is a Sunday.
      const s = schedule({ onMeetingMorning: true });
      const [jan, feb] = upcomingPlan(s, new Date('2025-12-20T00:00:00Z'), 2);
      expect(jan).toEqual({
        date: '2026-01-06',
        movedFrom: null,
        suggestedMove: '2026-01-07',
        at: '2026-01-06T08:00:00.000Z',
        holiday: { date: '2026-01-06', name: { sv: 'trettondedag jul', en: 'Epiphany' } },
        reminders: [
          // Sunday 4 January → Friday 2 January.
          { kind: 'daysBefore', at: '2026-01-02T08:00:00.000Z', movedFrom: '2026-01-04' },
          // The meeting morning stays on the meeting's day.
          { kind: 'morning', at: '2026-01-06T06:00:00.000Z', movedFrom: null },
        ],
      });
      expect(feb!.holiday).toBeNull();
      const monday = upcomingPlan(schedule({ reminderDaysBefore: 1 }), new Date('2026-02-20T00:00:00Z'), 1);
      expect(monday[0]!.reminders).toEqual([{ kind: 'daysBefore', at: '2026-03-02T08:00:00.000Z', movedFrom: null }]);
    });
  });

  describe('one meeting moved off a holiday', () => {
    // The last Monday of March 2027 is annandag påsk; the rule's meeting is offered the Tuesday after.
    const lastMonday = schedule({ rule: { week: 'last', weekday: 'monday' }, reminderDaysBefore: 2 });
    const march = new Date('2027-03-01T00:00:00Z');

    it('the settings warn about the holiday and offer the next working day of the month', () => {
      const [meeting] = upcomingPlan(lastMonday, march, 1);
      expect(meeting).toMatchObject({ date: '2027-03-29', movedFrom: null, suggestedMove: '2027-03-30' });
      expect(meeting!.holiday?.name.sv).toBe('annandag påsk');
    });

    it('a moved meeting is held on its new day, its reminder is counted from there (past långfredagen), the other months keep the rule', () => {
      const moved = { ...lastMonday, moved: [{ from: '2027-03-29', to: '2027-03-30' }] };
      const [meeting, april] = upcomingPlan(moved, march, 2);
      expect(meeting).toMatchObject({ date: '2027-03-30', movedFrom: '2027-03-29', holiday: null, suggestedMove: null, at: '2027-03-30T07:00:00.000Z' });
      // 2 days before the Tuesday is Sunday 28 March (påskdagen) → Friday 26 (långfredagen) → Thursday 25.
      expect(meeting!.reminders).toEqual([{ kind: 'daysBefore', at: '2027-03-25T08:00:00.000Z', movedFrom: '2027-03-28' }]);
      expect(april!.date).toBe('2027-04-26');
      expect(meetingDateOnOrAfter(moved, '2027-03-29')).toBe('2027-03-30');
      expect(meetingDateOnOrAfter(moved, '2027-03-31')).toBe('2027-04-26');
    });

    it('a move is one of the rule\'s meetings to another day of its month', () => {
      const rule = lastMonday.rule;
      expect(moveProblem(rule, { from: '2027-03-29', to: '2027-03-31' })).toBeNull();
      expect(moveProblem(rule, { from: '2027-03-30', to: '2027-03-31' })).toBe('followUp.moveNotScheduled');
      expect(moveProblem(rule, { from: '2027-03-29', to: '2027-04-01' })).toBe('followUp.moveMonth');
      expect(moveProblem(rule, { from: '2027-03-29', to: '2027-03-29' })).toBe('followUp.moveMonth');
    });

    it('the kept schedule has one move per meeting, none of another rule, none in the past', () => {
      const kept = withMoves(
        {
          ...lastMonday,
          moved: [
            { from: '2027-03-29', to: '2027-03-31' },
            { from: '2027-03-29', to: '2027-03-30' },
            { from: '2027-03-30', to: '2027-03-31' },
            { from: '2026-12-28', to: '2026-12-29' },
          ],
        },
        '2027-03-01',
      );
      expect(kept.moved).toEqual([{ from: '2027-03-29', to: '2027-03-30' }]);
      expect('moved' in withMoves({ ...lastMonday, moved: [] }, '2027-03-01')).toBe(false);
    });
  });
});
