import { training, registration } from '../../test/helpers/trainingFixtures';
import { dueReminders, promotedNotice, trainingNotices } from './notification';

const START = '2026-03-30T07:00:00.000Z';
const before = (hours: number) => new Date(Date.parse(START) - hours * 60 * 60_000);

describe('notifications', () => {
  const t = training({ id: 'U-007', start: START, end: '2026-03-30T07:45:00.000Z' });
  const early = (over = {}) => registration({ trainingId: 'U-007', updatedAt: before(72).toISOString(), ...over });

  it('reminds each person confirmed since before the last day, once per training and person', () => {
    const a = early();
    const b = early();
    const waiting = early({ status: 'waitlisted' });
    const cancelled = early({ status: 'cancelled' });
    const late = registration({ trainingId: 'U-007', updatedAt: before(3).toISOString() });
    const due = dueReminders([t], [a, b, waiting, cancelled, late], before(20));
    expect(due.map((d) => d.dedupeKey)).toEqual([`reminder:U-007:${a.userId}`, `reminder:U-007:${b.userId}`]);
    expect(due[0]).toEqual({ dedupeKey: `reminder:U-007:${a.userId}`, userId: a.userId, kind: 'reminder', trainingId: 'U-007', createdAt: before(20).toISOString(), dueAt: before(20).toISOString() });
  });

  it('reminds only within the day before the start, and only for planned trainings', () => {
    const a = early();
    expect(dueReminders([t], [a], before(25))).toEqual([]);
    expect(dueReminders([t], [a], before(24))).toHaveLength(1);
    expect(dueReminders([t], [a], before(0.01))).toHaveLength(1);
    expect(dueReminders([t], [a], before(0))).toEqual([]);
    expect(dueReminders([{ ...t, status: 'cancelled' }], [a], before(20))).toEqual([]);
  });

  it('keys a promotion by the registration\'s arrival, so a later promotion after a new sign-up is news again', () => {
    const r = registration({ trainingId: 'U-007', seq: 41 });
    expect(promotedNotice(r, before(48)).dedupeKey).toBe(`promoted:U-007:${r.userId}:41`);
    expect(promotedNotice({ ...r, seq: 97 }, before(48)).dedupeKey).not.toBe(promotedNotice(r, before(48)).dedupeKey);
  });

  it('tells everyone registered once when cancelled; a move is news per version', () => {
    const people = [registration({ trainingId: 'U-007' }), registration({ trainingId: 'U-007', status: 'waitlisted' })];
    expect(trainingNotices(t, 'cancelled', people, before(48)).map((n) => [n.kind, n.dedupeKey])).toEqual(
      people.map((p) => ['trainingCancelled', `cancelled:U-007:${p.userId}`]),
    );
    expect(trainingNotices({ ...t, version: 4 }, 'changed', people, before(48)).map((n) => n.dedupeKey)).toEqual(
      people.map((p) => `changed:U-007:${p.userId}:4`),
    );
  });
});
