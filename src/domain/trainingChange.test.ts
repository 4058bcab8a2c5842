import { registration, training } from '../../test/helpers/trainingFixtures';
import { auditOfChange, cancelDecision, signUpDecision, updateDecision } from './trainingChange';

/** The decisions are pure: what to write and which notices it implies, from the aggregate the store read. */
const NOW = new Date('2026-03-10T08:00:00.000Z');
const person = { id: 'u-new', name: 'Ny Person', email: null, department: null };
const organiser = { id: 'u-org', name: 'Karin Organisatör' };

describe('training changes', () => {
  it('a cancel that frees a seat writes the cancellation, the promotion and the notice together', () => {
    const a = registration({ userId: 'u-a', seq: 1 });
    const b = registration({ userId: 'u-b', seq: 2 });
    const w = registration({ userId: 'u-w', seq: 3, status: 'waitlisted' });
    const decided = cancelDecision('u-a', NOW, organiser).decide({ training: training(), registrations: [a, b, w], nextSeq: 4 });
    if (!decided.ok) throw new Error(decided.problem.code);
    const { registrations, notices, result, training: changedTraining, audit } = decided.value;
    expect(changedTraining).toBeUndefined();
    expect(registrations.map((r) => [r.userId, r.status, r.version])).toEqual([
      ['u-a', 'cancelled', 2],
      ['u-w', 'confirmed', 2],
    ]);
    expect(notices).toEqual([
      { kind: 'promoted', userId: 'u-w', trainingId: 'U-001', dedupeKey: 'promoted:U-001:u-w:3', createdAt: NOW.toISOString(), dueAt: NOW.toISOString() },
    ]);
    expect(result.promoted?.userId).toBe('u-w');
    // One entry for the one change: the cancellation, and who moved up because of it.
    expect(audit).toEqual({
      at: NOW.toISOString(),
      actor: organiser,
      record: { type: 'training', id: 'U-001' },
      action: 'training.registrationCancelled',
      subject: { id: 'u-a', name: a.name },
      changes: [
        { field: 'status', from: 'confirmed', to: 'cancelled' },
        { field: 'promoted', from: null, to: { person: { id: 'u-w', name: w.name } } },
      ],
    });
  });

  it('a sign-up is recorded as one\'s own, or as registered by the organiser; no contact details in the entry', () => {
    const own = signUpDecision({ ...person, email: 'ny@example.se' }, NOW).decide({ training: training(), registrations: [], nextSeq: 1 });
    expect(own.ok && own.value.audit).toMatchObject({ actor: { id: 'u-new', name: 'Ny Person' }, action: 'training.signedUp', subject: { id: 'u-new', name: 'Ny Person' } });
    expect(JSON.stringify(own.ok && own.value.audit)).not.toContain('ny@example.se');
    const byOrganiser = signUpDecision(person, NOW, organiser).decide({ training: training(), registrations: [], nextSeq: 1 });
    expect(byOrganiser.ok && byOrganiser.value.audit).toMatchObject({ actor: organiser, action: 'training.registered', changes: [{ field: 'status', from: null, to: 'confirmed' }] });
  });

  it('what writes nothing says so: a repeated sign-up, a repeated cancel', () => {
    const a = registration({ userId: 'u-new', seq: 1 });
    const again = signUpDecision(person, NOW).decide({ training: training(), registrations: [a], nextSeq: 2 });
    expect(again).toMatchObject({ ok: true, value: { registrations: [], notices: [], audit: null, result: { outcome: 'already' } } });
    const cancelled = registration({ userId: 'u-c', status: 'cancelled' });
    const twice = cancelDecision('u-c', NOW, organiser).decide({ training: training(), registrations: [cancelled], nextSeq: 9 });
    expect(twice).toMatchObject({ ok: true, value: { registrations: [], notices: [], audit: null } });
  });

  it('a sign-up takes the arrival number the store reserved', () => {
    const decided = signUpDecision(person, NOW).decide({ training: training({ capacity: 0 }), registrations: [], nextSeq: 41 });
    expect(decided).toMatchObject({ ok: true, value: { registrations: [{ userId: 'u-new', seq: 41, status: 'waitlisted' }], result: { position: 1 } } });
  });

  it('an update from a stale version is a conflict with the training as it is; moving it tells everyone still registered', () => {
    const t = training({ version: 3, capacity: 1 });
    expect(updateDecision(2, { capacity: 9 }, NOW, organiser).decide({ training: t, registrations: [], nextSeq: 1 })).toEqual({
      ok: false,
      problem: { kind: 'conflict', code: 'conflict.stale', current: t },
    });
    const regs = [registration({ userId: 'u-1' }), registration({ userId: 'u-2', status: 'waitlisted' }), registration({ userId: 'u-3', status: 'cancelled' })];
    const moved = updateDecision(3, { place: 'Sal B' }, NOW, organiser).decide({ training: t, registrations: regs, nextSeq: 1 });
    if (!moved.ok) throw new Error(moved.problem.code);
    expect(moved.value.training).toMatchObject({ place: 'Sal B', version: 4, updatedAt: NOW.toISOString() });
    expect(moved.value.notices.map((n) => [n.kind, n.userId, n.dedupeKey])).toEqual([
      ['trainingChanged', 'u-1', 'changed:U-001:u-1:4'],
      ['trainingChanged', 'u-2', 'changed:U-001:u-2:4'],
    ]);
    expect(moved.value.audit).toMatchObject({ action: 'training.changed', changes: [{ field: 'place', from: t.place, to: 'Sal B' }] });
  });

  it('a decision that writes without its entry is refused by the store\'s check', () => {
    const decided = cancelDecision('u-a', NOW, organiser).decide({ training: training(), registrations: [registration({ userId: 'u-a' })], nextSeq: 2 });
    if (!decided.ok) throw new Error(decided.problem.code);
    expect(auditOfChange(decided.value)).toBe(decided.value.audit);
    expect(() => auditOfChange({ ...decided.value, audit: null })).toThrow(/audit entry/);
    expect(auditOfChange({ registrations: [], notices: [], audit: null, result: null })).toBeNull();
  });
});
