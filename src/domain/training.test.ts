import { DateTime } from 'luxon';
import { TrainingFields, changeTraining, isInstant, isRescheduled, newTraining, signUpClosesAt, trainingId } from './training';
import { organiser, training } from '../../test/helpers/trainingFixtures';

const now = new Date('2026-03-01T08:00:00Z');
const fields = (over: Partial<TrainingFields> = {}): TrainingFields => ({
  title: '  Möten i Teams  ',
  description: ' Boka, håll och följ upp möten. ',
  kind: 'miniutbildning',
  audience: { type: 'open' },
  start: '2026-03-30T09:00:00+02:00',
  end: '2026-03-30T09:45:00+02:00',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  place: '',
  capacity: 20,
  organiser,
  signUpLeadMinutes: 0,
  ...over,
});
const problemOf = (r: { ok: boolean; problem?: unknown }) => (r.ok ? undefined : r.problem);
const local = (d: Date) => DateTime.fromJSDate(d).setZone('Europe/Stockholm').toFormat('ccc yyyy-MM-dd HH:mm');

describe('training', () => {
  it('ids are U-001, U-002, … from the sequence', () => {
    expect([1, 2, 42, 1234].map(trainingId)).toEqual(['U-001', 'U-002', 'U-042', 'U-1234']);
  });

  it('accepts instants with an offset only', () => {
    expect(isInstant('2026-03-30T09:00:00+02:00')).toBe(true);
    expect(isInstant('2026-03-30T07:00:00.000Z')).toBe(true);
    expect(isInstant('2026-03-30T09:00')).toBe(false); // local time: ambiguous
    expect(isInstant('2026-02-30T09:00:00Z')).toBe(false);
    expect(isInstant('imorgon')).toBe(false);
  });

  it('a new training is planned, with times in UTC and text trimmed', () => {
    const created = newTraining(fields(), now);
    expect(created).toEqual({
      ok: true,
      value: expect.objectContaining({
        title: 'Möten i Teams',
        description: 'Boka, håll och följ upp möten.',
        start: '2026-03-30T07:00:00.000Z',
        end: '2026-03-30T07:45:00.000Z',
        place: null,
        status: 'planned',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      }),
    });
  });

  it.each([
    [{ end: '2026-03-30T09:00:00+02:00' }, 'end', 'training.endBeforeStart'],
    [{ capacity: 0 }, 'capacity', 'training.capacity'],
    [{ capacity: 2.5 }, 'capacity', 'training.capacity'],
    [{ signUpLeadMinutes: -5 }, 'signUpLeadMinutes', 'training.leadMinutes'],
    [{ meetingUrl: 'http://teams.microsoft.com/l/x' }, 'meetingUrl', 'training.meetingUrl'],
    [{ meetingUrl: 'javascript:alert(1)' }, 'meetingUrl', 'training.meetingUrl'],
    [{ title: '   ' }, 'title', 'validation.required'],
    [{ start: '2026-03-30T09:00' }, 'start', 'validation.instant'],
  ])('refuses %j (field %s)', (over, field, code) => {
    expect(problemOf(newTraining(fields(over), now))).toMatchObject({ kind: 'invalid', field, code });
  });

  it('keeps invitees once each', () => {
    const anna = { id: 'u-anna', name: 'Anna' };
    const created = newTraining(fields({ audience: { type: 'invite', invitees: [anna, anna, organiser] } }), now);
    expect(created.ok && created.value.audience).toEqual({ type: 'invite', invitees: [anna, organiser] });
  });

  describe('sign-up close time', () => {
    it('a 24 h lead before 09:00 on the Monday after the spring-forward night closes at 09:00 on the Sunday, local time', () => {
      // Clocks went from 02:00 to 03:00 in Stockholm on Sunday 29 March 2026.
      const monday = training({ start: '2026-03-30T07:00:00.000Z', signUpLeadMinutes: 24 * 60 });
      expect(local(new Date(monday.start))).toBe('Mon 2026-03-30 09:00');
      expect(local(signUpClosesAt(monday))).toBe('Sun 2026-03-29 09:00');
      expect(signUpClosesAt(monday).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    });

    it('and after the autumn change too (Monday 26 October 2026)', () => {
      const monday = training({ start: '2026-10-26T08:00:00.000Z', signUpLeadMinutes: 24 * 60 });
      expect(local(new Date(monday.start))).toBe('Mon 2026-10-26 09:00');
      expect(local(signUpClosesAt(monday))).toBe('Sun 2026-10-25 09:00');
    });

    it('the lead is real time: across the change night itself 24 h show as 08:00 on the clock', () => {
      const sunday = training({ start: '2026-03-29T07:00:00.000Z', signUpLeadMinutes: 24 * 60 });
      expect(local(new Date(sunday.start))).toBe('Sun 2026-03-29 09:00');
      expect(local(signUpClosesAt(sunday))).toBe('Sat 2026-03-28 08:00');
    });

    it('without a lead it closes at the start', () => {
      expect(signUpClosesAt(training()).toISOString()).toBe(training().start);
    });
  });

  describe('changes', () => {
    const later = new Date('2026-03-02T10:00:00Z');

    it('applies a change and stamps the time; no change is no change', () => {
      const current = training();
      const changed = changeTraining(current, { capacity: 5, place: 'Sal A' }, later);
      expect(changed).toEqual({ ok: true, value: { changed: true, next: { ...current, capacity: 5, place: 'Sal A', updatedAt: later.toISOString() } } });
      expect(changeTraining(current, { capacity: 2, title: current.title }, later)).toEqual({ ok: true, value: { changed: false, next: current } });
    });

    it('planned → held → planned, planned → cancelled; a cancelled training is final', () => {
      const held = changeTraining(training(), { status: 'held' }, later);
      expect(held.ok && held.value.next.status).toBe('held');
      expect(changeTraining(training({ status: 'held' }), { status: 'planned' }, later).ok).toBe(true);
      expect(problemOf(changeTraining(training({ status: 'held' }), { status: 'cancelled' }, later))).toMatchObject({
        kind: 'invalid',
        code: 'training.statusChange',
        field: 'status',
      });
      expect(problemOf(changeTraining(training({ status: 'cancelled' }), { title: 'Ny' }, later))).toMatchObject({
        kind: 'locked',
        code: 'training.cancelled',
      });
    });

    it('checks the merged fields: moving the start past the end is refused', () => {
      expect(problemOf(changeTraining(training(), { start: '2026-03-30T08:00:00Z' }, later))).toMatchObject({ field: 'end' });
    });

    it('a new time, place or link is a reschedule; a new title is not', () => {
      const before = training();
      expect(isRescheduled(before, { ...before, title: 'Annan' })).toBe(false);
      expect(isRescheduled(before, { ...before, start: '2026-03-30T06:00:00.000Z' })).toBe(true);
      expect(isRescheduled(before, { ...before, place: 'Sal B' })).toBe(true);
    });
  });
});
