import {
  Meeting,
  byNewest,
  finishMeeting,
  meetingEntry,
  meetingId,
  meetingSummary,
  meetingToHold,
  nextUnrecorded,
  recordEntry,
  startMeeting,
} from './meeting';
import { activity, johan, maria, sara } from '../../test/helpers/domainFixtures';

const now = new Date('2026-12-01T08:00:00Z');
const later = new Date('2026-12-01T09:30:00Z');
const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};
const started = () => value(startMeeting(meetingId('2026-12-01', 1), '2026-12-01', maria, now));

describe('monthly meeting', () => {
  it('starts open, with no entries, by whom and when', () => {
    expect(started()).toEqual({
      id: 'M-2026-12-01-1',
      meetingDate: '2026-12-01',
      status: 'pågår',
      startedAt: now.toISOString(),
      startedBy: maria,
      finishedAt: null,
      finishedBy: null,
      attendees: '',
      summary: '',
      entries: [],
      version: 0,
    });
    expect(startMeeting('M-x', '2026-02-30', maria, now)).toMatchObject({ ok: false, problem: { kind: 'invalid', field: 'meetingDate' } });
  });

  it('an entry records the item before and after the decision', () => {
    const before = activity({ title: 'Licensinventering', status: 'pågår', dueDate: '2026-11-20', owner: johan });
    const after = { ...before, status: 'klar' as const, resolution: 'Inventering klar', version: 2 };
    const entry = meetingEntry(before, after, '  Stängs: klart enligt Johan  ', sara, later);
    expect(entry).toEqual({
      activityKey: before.key,
      title: 'Licensinventering',
      owner: johan,
      note: 'Stängs: klart enligt Johan',
      statusFrom: 'pågår',
      statusTo: 'klar',
      dueDateFrom: '2026-11-20',
      dueDateTo: '2026-11-20',
      resolution: 'Inventering klar',
      at: later.toISOString(),
      by: sara,
    });
    // An open item carries no resolution into the minutes.
    const moved = { ...before, dueDate: '2027-01-31' };
    expect(meetingEntry(before, moved, 'Skjuts till januari', maria, later)).toMatchObject({
      statusTo: 'pågår',
      dueDateTo: '2027-01-31',
      resolution: null,
    });
  });

  it('keeps entries in the order recorded, the same item may come up twice', () => {
    const a = activity({ title: 'Första' });
    const b = activity({ title: 'Andra' });
    let m = started();
    m = value(recordEntry(m, meetingEntry(a, a, 'Ett', maria, now)));
    m = value(recordEntry(m, meetingEntry(b, b, 'Två', maria, now)));
    m = value(recordEntry(m, meetingEntry(a, a, 'Tre', maria, later)));
    expect(m.entries.map((e) => [e.activityKey, e.note])).toEqual([
      [a.key, 'Ett'],
      [b.key, 'Två'],
      [a.key, 'Tre'],
    ]);
  });

  it('an entry needs a note (the decision)', () => {
    const a = activity();
    const r = recordEntry(started(), meetingEntry(a, a, '   ', maria, now));
    expect(r).toMatchObject({ ok: false, problem: { kind: 'invalid', code: 'validation.required', field: 'note' } });
  });

  it('finishing records attendees, summary, who and when; after that it is locked', () => {
    const a = activity();
    const m = value(recordEntry(started(), meetingEntry(a, a, 'Ett', maria, now)));
    const done = value(finishMeeting(m, { attendees: ' Maria, Johan, Sara ', summary: 'Genomgång av restlistan' }, maria, later));
    expect(done).toMatchObject({
      status: 'avslutat',
      finishedAt: later.toISOString(),
      finishedBy: maria,
      attendees: 'Maria, Johan, Sara',
      summary: 'Genomgång av restlistan',
    });
    expect(done.entries).toHaveLength(1);
    expect(recordEntry(done, meetingEntry(a, a, 'Sent', maria, later))).toMatchObject({
      ok: false,
      problem: { kind: 'locked', code: 'meeting.finished' },
    });
    expect(finishMeeting(done, {}, maria, later)).toMatchObject({ ok: false, problem: { kind: 'locked', code: 'meeting.finished' } });
  });

  it('a meeting with no entries may be finished', () => {
    const done = value(finishMeeting(started(), {}, johan, later));
    expect(done).toMatchObject({ status: 'avslutat', attendees: '', summary: '', entries: [] });
  });

  it('summarizes for lists and sorts newest date first, then newest started', () => {
    const a = activity();
    const m = value(recordEntry(started(), meetingEntry(a, a, 'Ett', maria, now)));
    expect(meetingSummary(m)).toEqual({
      id: 'M-2026-12-01-1',
      meetingDate: '2026-12-01',
      status: 'pågår',
      entryCount: 1,
      startedBy: maria,
      finishedAt: null,
    });
    const at = (id: string, date: string, startedAt: string): Meeting => ({ ...started(), id, meetingDate: date, startedAt });
    const list = [
      at('a', '2026-11-03', '2026-11-03T08:00:00.000Z'),
      at('b', '2026-12-01', '2026-12-01T08:00:00.000Z'),
      at('c', '2026-12-01', '2026-12-01T10:00:00.000Z'),
    ];
    expect([...list].sort(byNewest).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('a decision that assigns the item (issue 15, item 1)', () => {
  it('the entry keeps the owner and priority it had when they changed, and leaves them out when they did not', () => {
    const before = activity({ owner: null, priority: 'normal' });
    const after = { ...before, owner: sara, priority: 'hög' as const, version: before.version + 1 };
    const entry = meetingEntry(before, after, 'Sara tar den', maria, now);
    expect(entry).toMatchObject({ owner: sara, ownerFrom: null, priorityFrom: 'normal', priorityTo: 'hög' });

    const unchanged = meetingEntry(before, before, 'Tas upp igen', maria, now);
    expect(unchanged).not.toHaveProperty('ownerFrom');
    expect(unchanged).not.toHaveProperty('priorityFrom');
    expect(unchanged).not.toHaveProperty('priorityTo');
  });

  it('the next item to decide is the first one after the current that is not yet recorded, wrapping round; none left = the end', () => {
    const keys = ['A-001', 'A-002', 'A-003', 'A-004'];
    expect(nextUnrecorded(keys, new Set(['A-001']), 0)).toBe(1);
    // were decided earlier (or out of order): straight to A-004.
    expect(nextUnrecorded(keys, new Set(['A-001', 'A-002', 'A-003']), 0)).toBe(3);
    // After the last one, the skipped A-002 is still to decide.
    expect(nextUnrecorded(keys, new Set(['A-001', 'A-003', 'A-004']), 3)).toBe(1);
    expect(nextUnrecorded(keys, new Set(keys), 2)).toBe(keys.length);
    expect(nextUnrecorded([], new Set(), 0)).toBe(0);
  });
});

describe('which meeting to hold (issue 15, item 2)', () => {
  const firstTuesday = { week: 'first', weekday: 'tuesday' } as const;

  it('after a first Tuesday that passed without minutes, that meeting is offered, late — not next month’s', () => {
    expect(meetingToHold({ rule: firstTuesday, today: '2026-12-07', scheduledSince: null, meetingDates: ['2026-11-03'] })).toEqual({
      date: '2026-12-01',
      late: true,
      next: '2027-01-05',
    });
    // Also when the schedule was in place before it, with no minutes ever.
    expect(meetingToHold({ rule: firstTuesday, today: '2026-12-07', scheduledSince: '2026-10-15', meetingDates: [] })).toMatchObject({ date: '2026-12-01', late: true });
  });

  it('a meeting filed after the meeting before it (held, a day early or late, still running, or before the schedule changed) means it was held', () => {
    for (const held of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-07']) {
      expect(meetingToHold({ rule: firstTuesday, today: '2026-12-07', scheduledSince: null, meetingDates: ['2026-11-03', held] })).toEqual({
        date: '2027-01-05',
        late: false,
        next: '2027-01-05',
      });
    }
  });

  it('on the meeting day itself, that day’s meeting; with no meetings ever and no saved schedule, or a schedule set after the date, nothing is late', () => {
    expect(meetingToHold({ rule: firstTuesday, today: '2027-01-05', scheduledSince: null, meetingDates: ['2026-11-03'] })).toEqual({
      date: '2027-01-05',
      late: false,
      next: '2027-01-05',
    });
    expect(meetingToHold({ rule: firstTuesday, today: '2026-12-07', scheduledSince: null, meetingDates: [] })).toMatchObject({ date: '2027-01-05', late: false });
  });

  it('follows a meeting moved off the rule\'s date: the moved day is the one scheduled, held or late', () => {
    const moved = [{ from: '2026-12-01', to: '2026-12-02' }];
    expect(meetingToHold({ rule: firstTuesday, moved, today: '2026-12-01', scheduledSince: null, meetingDates: ['2026-11-03'] })).toEqual({
      date: '2026-12-02',
      late: false,
      next: '2026-12-02',
    });
    expect(meetingToHold({ rule: firstTuesday, moved, today: '2026-12-07', scheduledSince: null, meetingDates: ['2026-11-03'] })).toEqual({
      date: '2026-12-02',
      late: true,
      next: '2027-01-05',
    });
    expect(meetingToHold({ rule: firstTuesday, moved, today: '2026-12-07', scheduledSince: null, meetingDates: ['2026-11-03', '2026-12-02'] })).toMatchObject({
      date: '2027-01-05',
      late: false,
    });
    expect(meetingToHold({ rule: firstTuesday, today: '2026-12-07', scheduledSince: '2026-12-03', meetingDates: [] })).toMatchObject({ date: '2027-01-05', late: false });
    // The schedule moved to the second Wednesday after this month's meeting was held on the first Tuesday.
    const secondWednesday = { week: 'second', weekday: 'wednesday' } as const;
    expect(meetingToHold({ rule: secondWednesday, today: '2026-12-11', scheduledSince: '2026-12-11', meetingDates: ['2026-11-03', '2026-12-01'] })).toEqual({
      date: '2027-01-13',
      late: false,
      next: '2027-01-13',
    });
  });

  it('two missed months: the latest missed meeting; the last weekday of a month and a year boundary', () => {
    expect(meetingToHold({ rule: firstTuesday, today: '2027-01-20', scheduledSince: null, meetingDates: ['2026-11-03'] })).toEqual({
      date: '2027-01-05',
      late: true,
      next: '2027-02-02',
    });
    const lastThursday = { week: 'last', weekday: 'thursday' } as const;
    expect(meetingToHold({ rule: lastThursday, today: '2027-01-04', scheduledSince: '2026-01-01', meetingDates: [] })).toEqual({
      date: '2026-12-31',
      late: true,
      next: '2027-01-28',
    });
  });
});
