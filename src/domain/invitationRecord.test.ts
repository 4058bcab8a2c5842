import { registration, training } from '../../test/helpers/trainingFixtures';
import { Registration } from './registration';
import { signUpDecision, updateDecision } from './trainingChange';
import { desiredInvitation } from './trainingInvitation';
import {
  InvitationRecord,
  addressesToLookUp,
  emptyInvitationRecord,
  invitationApplies,
  invitationStatus,
  withAddresses,
  withInvitationSync,
} from './invitationRecord';
import { unwrap } from './problem';

const WORDS = { organisedBy: (name: string) => `Utbildare: ${name}`, cancelMessage: 'Inställd.' };
const seat = (n: number, over: Partial<Registration> = {}) =>
  registration({ userId: `u-${n}`, name: `Person ${n}`, email: `person${n}@exempel.se`, status: 'confirmed', seq: n, ...over });

describe("a training's invitation record", () => {
  const t = training({ capacity: 5 });

  it('takes a looked-up address for a registration without a usable one, and looks up only seat holders not asked yet', () => {
    const regs = [seat(1), seat(2, { email: null }), seat(3, { email: 'nope' }), seat(4, { email: null, status: 'waitlisted' }), seat(5, { email: null })];
    const addresses = { 'u-2': 'person2@exempel.se', 'u-5': null };
    expect(withAddresses(regs, addresses).map((r) => r.email)).toEqual(['person1@exempel.se', 'person2@exempel.se', null, null, null]);
    expect(addressesToLookUp(regs, addresses)).toEqual(['u-3']);
  });

  it('applies to a planned training until it ends, and to a written event that still has a change to take', () => {
    const now = new Date(Date.parse(t.end) + 1);
    const written: InvitationRecord = { ...emptyInvitationRecord(t.id), synced: { eventId: 'e', cancelled: false, event: { subject: '', body: '', start: t.start, end: t.end, location: null, attendees: [] } } };
    expect(invitationApplies(t, undefined, new Date(Date.parse(t.start) - 1))).toBe(true);
    expect(invitationApplies(t, undefined, now)).toBe(false);
    expect(invitationApplies({ ...t, status: 'cancelled' }, undefined, new Date(Date.parse(t.start) - 1))).toBe(false);
    expect(invitationApplies({ ...t, status: 'cancelled' }, written, now)).toBe(true);
    expect(invitationApplies(t, { ...written, synced: { ...written.synced!, cancelled: true } }, now)).toBe(false);
  });

  it('tells the organiser: up to date, waiting (also while Graph does not answer), or stopped with the reason; and who cannot be invited', () => {
    const regs = [seat(1), seat(2, { email: null })];
    const desired = desiredInvitation(t, regs, WORDS);
    const event = desired.cancelled ? null : desired.event;
    const synced: InvitationRecord = { ...emptyInvitationRecord(t.id), synced: { eventId: 'e', cancelled: false, event: event! }, version: 3 };
    expect(invitationStatus(synced, desired, regs)).toEqual({ state: 'upToDate', reason: null, uninvitable: ['Person 2'], syncedAt: null });
    expect(invitationStatus(undefined, desired, regs).state).toBe('pending');
    const at = '2025-03-04T08:00:00.000Z';
    expect(invitationStatus({ ...synced, problem: { reason: 'unavailable', at } }, desired, regs)).toMatchObject({ state: 'upToDate', reason: 'unavailable' });
    expect(invitationStatus({ ...emptyInvitationRecord(t.id), problem: { reason: 'unavailable', at } }, desired, regs)).toMatchObject({ state: 'pending', reason: 'unavailable' });
    expect(invitationStatus({ ...emptyInvitationRecord(t.id), problem: { reason: 'permissionMissing', at } }, desired, regs)).toMatchObject({ state: 'failed', reason: 'permissionMissing' });
  });
});

describe('the sync queued with a change', () => {
  const t = training({ capacity: 1 });
  const now = new Date(Date.parse(t.start) - 86_400_000);
  const aggregate = (registrations: Registration[]) => ({ training: t, registrations, nextSeq: 10 });

  it('rides with every change that writes, named by the registration or the training version it wrote, with the coalesce key of the training', () => {
    const signUp = unwrap(withInvitationSync(signUpDecision({ id: 'u-9', name: 'Nio', email: null, department: null }, now), now).decide(aggregate([])));
    expect(signUp.notices).toEqual([
      { dedupeKey: `invitation:${t.id}:u-9:1:10`, userId: '', kind: 'invitationSync', trainingId: t.id, createdAt: now.toISOString(), dueAt: now.toISOString(), coalesceKey: `invitation:${t.id}` },
    ]);
    const moved = unwrap(withInvitationSync(updateDecision(t.version, { place: 'Sal 4' }, now, { id: 'o', name: 'O' }), now).decide(aggregate([])));
    expect(moved.notices.map((n) => n.dedupeKey)).toEqual([`invitation:${t.id}:v${t.version + 1}`]);
  });

  it('is not queued by a change that writes nothing, nor by a refusal', () => {
    const existing = seat(9, { userId: 'u-9', trainingId: t.id });
    const again = unwrap(withInvitationSync(signUpDecision({ id: 'u-9', name: 'Nio', email: null, department: null }, now), now).decide(aggregate([existing])));
    expect(again.notices).toEqual([]);
    const stale = withInvitationSync(updateDecision(t.version + 5, { place: 'Sal 4' }, now, { id: 'o', name: 'O' }), now).decide(aggregate([]));
    expect(stale.ok).toBe(false);
  });
});
