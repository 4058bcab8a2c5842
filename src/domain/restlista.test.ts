import type { Comment } from './activity';
import { latestNotes, restlista, restlistaFlags } from './restlista';
import { activity, johan, sara } from '../../test/helpers/domainFixtures';

const TZ = 'Europe/Stockholm';

describe('restlista', () => {
  it('keeps only open items, groups them by owner (unassigned first) and sorts by due date', () => {
    const items = [
      activity({ key: 'A-001', owner: sara, dueDate: '2026-05-10' }),
      activity({ key: 'A-002', owner: johan, dueDate: '2026-05-20' }),
      activity({ key: 'A-003', owner: johan, dueDate: '2026-05-01' }),
      activity({ key: 'A-004', owner: null, dueDate: null }),
      activity({ key: 'A-005', owner: johan, dueDate: null }),
      activity({ key: 'A-006', owner: johan, status: 'klar', resolution: 'Klart' }),
      activity({ key: 'A-007', owner: sara, status: 'avförd', resolution: 'Utgår' }),
    ];
    const r = restlista(items, { now: new Date('2026-05-05T10:00:00Z'), timeZone: TZ, meetingDate: '2026-06-02' });
    expect(r.groups.map((g) => g.owner?.name ?? null)).toEqual([null, 'Johan Ek', 'Sara Nilsson']);
    expect(r.groups[1]!.items.map((i) => i.activity.key)).toEqual(['A-003', 'A-002', 'A-005']);
    expect(r.counts).toEqual({ open: 5, overdue: 1, dueBeforeMeeting: 2, noOwner: 1, noDueDate: 2 });
    expect(r.groups[1]!.items[0]!.daysOverdue).toBe(4);
  });

  it('flags overdue, due before the meeting, no owner and no due date', () => {
    const today = '2026-05-05';
    const meeting = '2026-06-02';
    expect(restlistaFlags(activity({ dueDate: '2026-05-04' }), today, meeting)).toMatchObject({ overdue: true, dueBeforeMeeting: false });
    expect(restlistaFlags(activity({ dueDate: today }), today, meeting)).toMatchObject({ overdue: false, dueBeforeMeeting: true });
    expect(restlistaFlags(activity({ dueDate: meeting }), today, meeting)).toMatchObject({ dueBeforeMeeting: true });
    expect(restlistaFlags(activity({ dueDate: '2026-06-03' }), today, meeting)).toMatchObject({ overdue: false, dueBeforeMeeting: false });
    expect(restlistaFlags(activity({ owner: null, dueDate: null }), today, meeting)).toEqual({
      overdue: false,
      dueBeforeMeeting: false,
      noOwner: true,
      noDueDate: true,
    });
  });

  // "Today" is the date in Stockholm, not in UTC: around midnight the two differ, by one hour
  // in winter (CET, +01:00) and two in summer (CEST, +02:00). Both DST changes are covered.
  describe.each([
    // [now (UTC), Stockholm date that is "today", label]
    ['2026-03-28T22:59:59Z', '2026-03-28', 'last second of Saturday before spring-forward (CET)'],
    ['2026-03-28T23:00:00Z', '2026-03-29', 'midnight of the spring-forward day (CET)'],
    ['2026-03-29T21:59:59Z', '2026-03-29', 'last second of the spring-forward day (now CEST)'],
    ['2026-03-29T22:00:00Z', '2026-03-30', 'midnight after spring-forward (CEST, 22:00 UTC)'],
    ['2026-10-24T21:59:59Z', '2026-10-24', 'last second before the fall-back day (CEST)'],
    ['2026-10-24T22:00:00Z', '2026-10-25', 'midnight of the fall-back day (CEST)'],
    ['2026-10-25T22:59:59Z', '2026-10-25', 'last second of the fall-back day (now CET)'],
    ['2026-10-25T23:00:00Z', '2026-10-26', 'midnight after fall-back (CET, 23:00 UTC)'],
  ])('at %s (%s: %s)', (now, today) => {
    it('an item due today is not overdue, one due yesterday is', () => {
      const dueToday = activity({ dueDate: today });
      const dayBefore = new Date(`${today}T12:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      const dueYesterday = activity({ dueDate: dayBefore.toISOString().slice(0, 10) });
      const r = restlista([dueToday, dueYesterday], { now: new Date(now), timeZone: TZ, meetingDate: '2026-12-01' });
      const flags = new Map(r.groups.flatMap((g) => g.items).map((i) => [i.activity.key, i]));
      expect(r.today).toBe(today);
      expect(flags.get(dueToday.key)!.flags).toMatchObject({ overdue: false, dueBeforeMeeting: true });
      expect(flags.get(dueYesterday.key)!.flags.overdue).toBe(true);
      expect(flags.get(dueYesterday.key)!.daysOverdue).toBe(1);
    });
  });

  it('counts days overdue across the spring-forward night as whole days', () => {
    const a = activity({ dueDate: '2026-03-28' });
    const r = restlista([a], { now: new Date('2026-03-30T06:00:00Z'), timeZone: TZ, meetingDate: '2026-04-07' });
    expect(r.groups[0]!.items[0]!.daysOverdue).toBe(2);
  });

  describe('latest follow-up note', () => {
    const note = (activityKey: string, at: string, text: string, id = text): Comment => ({
      id,
      activityKey,
      at,
      by: johan,
      text,
      meetingDate: '2026-06-02',
    });

    it('each item gets its newest note, whatever order the comments come in; items without one get null', () => {
      const a = activity({ dueDate: '2026-05-10' });
      const b = activity({ dueDate: '2026-05-11' });
      const comments = [
        note(a.key, '2026-05-03T09:00:00.000Z', 'Senare'),
        note(a.key, '2026-05-01T09:00:00.000Z', 'Tidigare'),
      ];
      const r = restlista([a, b], { now: new Date('2026-05-05T10:00:00Z'), timeZone: TZ, meetingDate: '2026-06-02', comments });
      const [first, second] = r.groups[0]!.items;
      expect(first!.latestNote).toEqual({ at: '2026-05-03T09:00:00.000Z', by: johan, text: 'Senare', meetingDate: '2026-06-02' });
      expect(second!.latestNote).toBeNull();
    });

    it('of notes written at the same moment, the one written last counts', () => {
      const at = '2026-05-03T09:00:00.000Z';
      expect(latestNotes([note('A-1', at, 'Först'), note('A-1', at, 'Sist')]).get('A-1')!.text).toBe('Sist');
    });

    it('without comments every item has no note (the bot cards ask without them)', () => {
      const r = restlista([activity()], { now: new Date('2026-05-05T10:00:00Z'), timeZone: TZ, meetingDate: '2026-06-02' });
      expect(r.groups[0]!.items[0]!.latestNote).toBeNull();
    });
  });

  it('the priority travels with the item', () => {
    const r = restlista([activity({ priority: 'hög' })], { now: new Date('2026-05-05T10:00:00Z'), timeZone: TZ, meetingDate: '2026-06-02' });
    expect(r.groups[0]!.items[0]!.activity.priority).toBe('hög');
  });
});
