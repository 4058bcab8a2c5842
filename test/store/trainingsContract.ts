import { Training, TrainingFields, changeTraining, newTraining } from '../../src/domain/training';
import { Registrant } from '../../src/domain/registration';
import { Result, unwrap } from '../../src/domain/problem';
import { Store } from '../../src/store/store';
import { trainingOps } from '../helpers/trainingFixtures';
import { entryOnceNamed } from '../helpers/auditFixtures';
import { invitationSyncNotice } from '../../src/domain/notification';
import { emptyInvitationRecord, withInvitationSync } from '../../src/domain/invitationRecord';
import { signUpDecision } from '../../src/domain/trainingChange';

/**
 * The trainings part of the store contract (called from contract.ts, so every backend runs it):
 * ids from a sequence, versions, and above all the seats — enforced inside the store's atomic
 * write, so parallel sign-ups never overbook and the waitlist moves up in arrival order — and the
 * notices a change implies, committed with it. Every change goes through the one primitive,
 * `trainings.change`, with the domain's decisions (domain/trainingChange.ts).
 */
const maria = { id: 'aad-maria', name: 'Maria Lindqvist' };
const NOW = new Date('2025-03-04T08:00:00.000Z');
const START = '2025-03-20T08:00:00.000Z';
const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);

const fields = (over: Partial<TrainingFields> = {}): TrainingFields => ({
  title: 'Teams – kom igång',
  description: 'Grunderna i Teams på 45 minuter.',
  kind: 'miniutbildning',
  audience: { type: 'open' },
  start: START,
  end: at(START, 45).toISOString(),
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/demo',
  place: null,
  capacity: 20,
  organiser: maria,
  signUpLeadMinutes: 0,
  ...over,
});

const person = (n: number): Registrant => ({
  id: `aad-${String(n).padStart(3, '0')}`,
  name: `Person ${n}`,
  email: `person${n}@exempel.se`,
  department: n % 3 ? 'Biblioteket' : null,
});

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problem)}`);
  return r.value;
};

const ops = trainingOps;

export function trainingsContract(storeOf: () => Store): void {
  const create = (over: Partial<TrainingFields> = {}) => storeOf().trainings.create(unwrap(newTraining(fields(over), NOW)), entryOnceNamed('training'));
  const signUpMany = (training: Training, people: number[], now = NOW) =>
    Promise.all(people.map((n) => ops(storeOf()).signUp(training.id, person(n), now)));
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

  describe('trainings', () => {
    it('creates with the next id and version 1; get and list (by start) return the same fields', async () => {
      const store = storeOf();
      const draft = unwrap(newTraining(fields(), NOW));
      const first = await store.trainings.create(draft, entryOnceNamed('training'));
      expect(first).toEqual({ ...draft, id: 'U-001', version: 1 });
      expect(await store.trainings.get('U-001')).toEqual(first);

      const earlier = await create({
        title: 'Pilot för ledningsgruppen',
        kind: 'pilot',
        audience: { type: 'invite', invitees: [maria] },
        start: at(START, -24 * 60).toISOString(),
        end: at(START, -23 * 60).toISOString(),
        meetingUrl: null,
        place: 'Sal B',
        signUpLeadMinutes: 1440,
      });
      expect(earlier).toMatchObject({ id: 'U-002', audience: { type: 'invite', invitees: [maria] }, place: 'Sal B', meetingUrl: null });
      expect(await store.trainings.get('U-002')).toEqual(earlier);
      expect((await store.trainings.list()).map((t) => t.id)).toEqual(['U-002', 'U-001']);
      expect(await store.trainings.get('U-999')).toBeUndefined();
    });

    it('updates with the right version; a stale version is a conflict with the current training; unknown is not_found', async () => {
      const store = storeOf();
      const v1 = await create();
      const when = at(NOW.toISOString(), 5);
      const { next } = unwrap(changeTraining(v1, { title: 'Möten i Teams', place: 'Sal A' }, when));
      expect(await ops(store).update(v1.id, 1, { title: 'Möten i Teams', place: 'Sal A' }, when)).toEqual({
        ok: true,
        value: { training: { ...next, version: 2 }, promoted: [], notify: [], notifyReason: 'changed' },
      });
      const stale = await ops(store).update(v1.id, 1, { title: 'Annan rubrik' }, when);
      expect(stale).toEqual({ ok: false, problem: { kind: 'conflict', code: 'conflict.stale', current: { ...next, version: 2 } } });
      expect((await store.trainings.get(v1.id))!.title).toBe('Möten i Teams');
      expect(await ops(store).update('U-404', 1, { title: 'x' }, when)).toEqual({ ok: false, problem: { kind: 'not_found', code: 'training.notFound', params: { id: 'U-404' } } });
    });
  });

  describe('trainings: sign-up and seats', () => {
    it('100 parallel sign-ups for 20 seats: exactly 20 confirmed, 80 waitlisted at positions 1…80 in arrival order', async () => {
      const training = await create({ capacity: 20 });
      const results = (await signUpMany(training, range(1, 100))).map(value);
      expect(results.filter((r) => r.outcome === 'confirmed')).toHaveLength(20);
      const waiting = results.filter((r) => r.outcome === 'waitlisted').sort((a, b) => a.registration.seq - b.registration.seq);
      expect(waiting).toHaveLength(80);
      expect(waiting.map((r) => r.position)).toEqual(range(1, 80));
      // Everyone confirmed arrived before everyone waiting.
      const lastConfirmed = Math.max(...results.filter((r) => r.outcome === 'confirmed').map((r) => r.registration.seq));
      expect(waiting[0]!.registration.seq).toBeGreaterThan(lastConfirmed);

      const stored = await storeOf().trainings.registrations(training.id);
      expect(stored).toHaveLength(100);
      expect(stored.map((r) => r.seq)).toEqual([...stored.map((r) => r.seq)].sort((a, b) => a - b));
      expect(stored.filter((r) => r.status === 'confirmed')).toHaveLength(20);
      expect(new Set(stored.map((r) => r.seq)).size).toBe(100);
    });

    it('the same person signing up 10 times in parallel gets one registration', async () => {
      const training = await create({ capacity: 5 });
      const results = (await signUpMany(training, Array(10).fill(7))).map(value);
      expect(results.filter((r) => r.outcome === 'confirmed')).toHaveLength(1);
      expect(results.filter((r) => r.outcome === 'already')).toHaveLength(9);
      expect(new Set(results.map((r) => JSON.stringify(r.registration))).size).toBe(1);
      expect(await storeOf().trainings.registrations(training.id)).toEqual([results[0]!.registration]);
      expect(results[0]!.registration).toMatchObject({
        trainingId: training.id,
        userId: 'aad-007',
        name: 'Person 7',
        email: 'person7@exempel.se',
        department: 'Biblioteket',
        status: 'confirmed',
        registeredAt: NOW.toISOString(),
        version: 1,
      });
    });

    it('cancelling 5 confirmed promotes the first 5 waitlisted, each returned, in arrival order', async () => {
      const store = storeOf();
      const training = await create({ capacity: 20 });
      for (const n of range(1, 30)) value(await ops(store).signUp(training.id, person(n), NOW));
      const queue = (await store.trainings.registrations(training.id)).filter((r) => r.status === 'waitlisted');
      const later = at(NOW.toISOString(), 60);
      const cancelled = [];
      for (const n of [3, 9, 1, 20, 14]) cancelled.push(value(await ops(store).cancel(training.id, person(n).id, later)));
      expect(cancelled.map((c) => c.registration.status)).toEqual(Array(5).fill('cancelled'));
      expect(cancelled.map((c) => c.promoted?.userId)).toEqual(queue.slice(0, 5).map((r) => r.userId));
      expect(cancelled.every((c) => c.promoted?.status === 'confirmed' && c.promoted.version === 2)).toBe(true);

      const after = await store.trainings.registrations(training.id);
      expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(20);
      const stillWaiting = after.filter((r) => r.status === 'waitlisted').map((r) => r.userId);
      expect(stillWaiting).toEqual(queue.slice(5).map((r) => r.userId));
      const next = value(await ops(store).signUp(training.id, person(99), later));
      expect(next).toMatchObject({ outcome: 'waitlisted', position: 6 });
    });

    it('cancelling a waitlisted registration promotes nobody and moves those behind up; cancelling twice is harmless', async () => {
      const store = storeOf();
      const training = await create({ capacity: 1 });
      for (const n of range(1, 4)) await ops(store).signUp(training.id, person(n), NOW);
      const result = value(await ops(store).cancel(training.id, person(2).id, NOW));
      expect(result.promoted).toBeNull();
      const again = value(await ops(store).cancel(training.id, person(2).id, NOW));
      expect(again).toEqual({ registration: result.registration, promoted: null });
      expect(value(await ops(store).signUp(training.id, person(4), NOW))).toMatchObject({ outcome: 'already', position: 2 });
    });

    it('signing up again after cancelling re-activates the one registration at the end of the queue', async () => {
      const store = storeOf();
      const training = await create({ capacity: 2 });
      for (const n of range(1, 4)) await ops(store).signUp(training.id, person(n), NOW);
      const first = (await store.trainings.registrations(training.id))[0]!;
      await ops(store).cancel(training.id, first.userId, NOW); // person 3 moves up
      const back = value(await ops(store).signUp(training.id, { ...person(1), department: 'HR-avdelningen' }, at(NOW.toISOString(), 1)));
      expect(back).toMatchObject({ outcome: 'waitlisted', position: 2 });
      expect(back.registration.seq).toBeGreaterThan(Math.max(...(await store.trainings.registrations(training.id)).filter((r) => r.userId !== first.userId).map((r) => r.seq)));
      expect(back.registration).toMatchObject({ status: 'waitlisted', department: 'HR-avdelningen', version: 3 });
      expect((await store.trainings.registrations(training.id)).filter((r) => r.userId === first.userId)).toHaveLength(1);
    });

    it('raising the seats by 3 promotes the first 3 waitlisted in the same write', async () => {
      const store = storeOf();
      const v1 = await create({ capacity: 2 });
      for (const n of range(1, 7)) await ops(store).signUp(v1.id, person(n), NOW);
      const when = at(NOW.toISOString(), 10);
      const written = value(await ops(store).update(v1.id, 1, { capacity: 5 }, when));
      expect(written.training.capacity).toBe(5);
      expect(written.promoted.map((r) => [r.userId, r.status])).toEqual([
        ['aad-003', 'confirmed'],
        ['aad-004', 'confirmed'],
        ['aad-005', 'confirmed'],
      ]);
      expect(written.promoted[0]!.updatedAt).toBe(when.toISOString());
      expect((await store.trainings.registrations(v1.id)).filter((r) => r.status === 'confirmed').map((r) => r.userId)).toEqual(['aad-001', 'aad-002', 'aad-003', 'aad-004', 'aad-005']);
      const positions = (await Promise.all([6, 7].map((n) => ops(store).signUp(v1.id, person(n), NOW)))).map((r) => value(r).position);
      expect(positions).toEqual([1, 2]);
    });

    it('sign-up after the close time is refused (training.closed) and stores nothing', async () => {
      const store = storeOf();
      const training = await create({ signUpLeadMinutes: 60 });
      const refused = await ops(store).signUp(training.id, person(1), at(START, -60));
      expect(refused).toEqual({ ok: false, problem: expect.objectContaining({ kind: 'locked', code: 'training.closed' }) });
      expect(value(await ops(store).signUp(training.id, person(2), at(START, -61))).outcome).toBe('confirmed');
      expect((await store.trainings.registrations(training.id)).map((r) => r.userId)).toEqual(['aad-002']);
    });

    it('takes parallel sign-ups in the order they reach the store, also when one of them is new to it', async () => {
      const store = storeOf();
      const other = await create({ capacity: 5 });
      value(await ops(store).signUp(other.id, person(7), NOW)); // the store has met person 7, not person 8
      const training = await create({ capacity: 1 });
      const [first, second] = await Promise.all([ops(store).signUp(training.id, person(8), NOW), ops(store).signUp(training.id, person(7), NOW)]);
      expect([value(first).outcome, value(second).outcome]).toEqual(['confirmed', 'waitlisted']);
    });

    it('a cancelled training takes no sign-ups and its registrations can no longer be cancelled', async () => {
      const store = storeOf();
      const v1 = await create({ capacity: 1 });
      await signUpMany(v1, [1, 2]);
      const written = value(await ops(store).update(v1.id, 1, { status: 'cancelled' }, NOW));
      expect(written.promoted).toEqual([]);
      expect(written.notify.map((r) => r.userId)).toEqual(['aad-001', 'aad-002']);
      const refused = await ops(store).signUp(v1.id, person(3), NOW);
      expect(!refused.ok && refused.problem).toMatchObject({ kind: 'locked', code: 'training.cancelled' });
      const cancel = await ops(store).cancel(v1.id, person(1).id, NOW);
      expect(!cancel.ok && cancel.problem).toMatchObject({ kind: 'locked', code: 'training.cancelled' });
      expect((await store.trainings.registrations(v1.id)).map((r) => r.status)).toEqual(['confirmed', 'waitlisted']);
    });

    it('invite-only: the invited may sign up, others are forbidden; unknown training is not_found', async () => {
      const store = storeOf();
      const training = await create({ audience: { type: 'invite', invitees: [{ id: person(1).id, name: 'Person 1' }] } });
      expect(value(await ops(store).signUp(training.id, person(1), NOW)).outcome).toBe('confirmed');
      const refused = await ops(store).signUp(training.id, person(2), NOW);
      expect(!refused.ok && refused.problem).toMatchObject({ kind: 'forbidden', code: 'training.notInvited' });
      const unknown = await ops(store).signUp('U-404', person(1), NOW);
      expect(!unknown.ok && unknown.problem).toMatchObject({ kind: 'not_found', code: 'training.notFound' });
      expect(await store.trainings.registrations(training.id)).toHaveLength(1);
    });

    it('cancelling after the start is refused; attendance is marked from the start, and back', async () => {
      const store = storeOf();
      const training = await create({ capacity: 2 });
      await signUpMany(training, [1, 2, 3]);
      const early = await ops(store).setAttendance(training.id, person(1).id, true, at(START, -1));
      expect(!early.ok && early.problem).toMatchObject({ kind: 'locked', code: 'training.notStarted' });
      const late = await ops(store).cancel(training.id, person(1).id, at(START, 5));
      expect(!late.ok && late.problem).toMatchObject({ kind: 'locked', code: 'training.started' });

      const attended = value(await ops(store).setAttendance(training.id, person(1).id, true, at(START, 30)));
      expect(attended).toMatchObject({ status: 'attended', version: 2 });
      expect(value(await ops(store).setAttendance(training.id, person(1).id, true, at(START, 31)))).toEqual(attended);
      expect(value(await ops(store).setAttendance(training.id, person(1).id, false, at(START, 32)))).toMatchObject({ status: 'confirmed', version: 3 });
      expect(value(await ops(store).setAttendance(training.id, person(3).id, true, at(START, 33))).status).toBe('attended');
      const missing = await ops(store).setAttendance(training.id, 'aad-nobody', true, at(START, 30));
      expect(!missing.ok && missing.problem).toMatchObject({ kind: 'not_found', code: 'training.notRegistered' });
    });

    it('lists a person\'s registrations and all registrations in arrival order', async () => {
      const store = storeOf();
      const a = await create();
      const b = await create({ title: 'Andra' });
      await ops(store).signUp(b.id, person(1), NOW);
      await ops(store).signUp(a.id, person(2), NOW);
      await ops(store).signUp(a.id, person(1), NOW);
      expect((await store.trainings.registrationsOf(person(1).id)).map((r) => r.trainingId)).toEqual([b.id, a.id]);
      expect((await store.trainings.allRegistrations()).map((r) => [r.trainingId, r.userId])).toEqual([
        [b.id, 'aad-001'],
        [a.id, 'aad-002'],
        [a.id, 'aad-001'],
      ]);
      expect(await store.trainings.registrationsOf('aad-nobody')).toEqual([]);
    });

    it('a promotion and the notice that tells the person are one write: queued once, however often collect runs, and carried across later writes', async () => {
      const store = storeOf();
      const training = await create({ capacity: 1 });
      await ops(store).signUp(training.id, person(1), NOW);
      await ops(store).signUp(training.id, person(2), NOW);
      const later = at(NOW.toISOString(), 30);
      const { promoted } = value(await ops(store).cancel(training.id, person(1).id, later));
      expect(promoted?.userId).toBe('aad-002');
      // A later write to the same training before the notices are collected must not lose them.
      value(await ops(store).signUp(training.id, person(3), at(NOW.toISOString(), 31)));
      await store.outbox.collect();
      await store.outbox.collect();
      const notices = (await store.outbox.list()).filter((m) => m.trainingId === training.id);
      expect(notices.map((m) => [m.kind, m.userId, m.dedupeKey, m.createdAt])).toEqual([
        ['promoted', 'aad-002', `promoted:${training.id}:aad-002:${promoted!.seq}`, later.toISOString()],
      ]);
      expect(await store.outbox.collect()).toBe(0);
    });

    it('raising the seats queues a notice for each promoted; cancelling the training one for each registered; a refused change queues nothing', async () => {
      const store = storeOf();
      const v1 = await create({ capacity: 1 });
      for (const n of range(1, 4)) await ops(store).signUp(v1.id, person(n), NOW);
      const refused = await ops(store).update(v1.id, 7, { capacity: 3 }, NOW);
      expect(refused.ok).toBe(false);
      await store.outbox.collect();
      expect((await store.outbox.list()).filter((m) => m.trainingId === v1.id)).toEqual([]);

      value(await ops(store).update(v1.id, 1, { capacity: 3 }, at(NOW.toISOString(), 1)));
      value(await ops(store).update(v1.id, 2, { status: 'cancelled' }, at(NOW.toISOString(), 2)));
      await store.outbox.collect();
      const kinds = (await store.outbox.list())
        .filter((m) => m.trainingId === v1.id)
        .map((m) => `${m.kind} ${m.userId}`)
        .sort();
      expect(kinds).toEqual([
        'promoted aad-002',
        'promoted aad-003',
        'trainingCancelled aad-001',
        'trainingCancelled aad-002',
        'trainingCancelled aad-003',
        'trainingCancelled aad-004',
      ]);
    });

    it('imports registrations as given (seed only), in order, and refuses an unknown training', async () => {
      const store = storeOf();
      const training = await create();
      const held = (n: number) => ({
        userId: person(n).id,
        name: person(n).name,
        email: null,
        department: 'Biblioteket',
        status: 'attended' as const,
        registeredAt: at(START, -1000 + n).toISOString(),
        updatedAt: at(START, 60).toISOString(),
      });
      const imported = value(await ops(store).importRegistrations(training.id, [held(1), held(2)]));
      expect(imported.map((r) => [r.userId, r.status, r.version])).toEqual([
        ['aad-001', 'attended', 1],
        ['aad-002', 'attended', 1],
      ]);
      expect(imported[1]!.seq).toBeGreaterThan(imported[0]!.seq);
      expect(await store.trainings.registrations(training.id)).toEqual(imported);
      expect(await ops(store).importRegistrations('U-404', [held(3)])).toMatchObject({ ok: false, problem: { code: 'training.notFound' } });
      expect(await ops(store).importRegistrations(training.id, [held(3), held(1)])).toMatchObject({ ok: false, problem: { code: 'training.alreadyRegistered' } });
      expect(await store.trainings.registrations(training.id)).toEqual(imported);
    });
  });

  describe('trainings: the Outlook invitation (issue 14)', () => {
    it('a publication carries its notices in the same write, queued once however often collect runs', async () => {
      const store = storeOf();
      const draft = unwrap(newTraining(fields(), NOW));
      const training = await store.trainings.create(draft, entryOnceNamed('training'), (id) => [invitationSyncNotice(id, 'v1', NOW)]);
      await store.outbox.collect();
      await store.outbox.collect();
      const queued = (await store.outbox.list()).filter((m) => m.trainingId === training.id);
      expect(queued.map((m) => [m.kind, m.userId, m.dedupeKey, m.status])).toEqual([['invitationSync', '', `invitation:${training.id}:v1`, 'pending']]);
    });

    it('a sync waiting unheld stands for the next ones; once a sender holds it, the next change queues another', async () => {
      const store = storeOf();
      const training = await store.trainings.create(unwrap(newTraining(fields(), NOW)), entryOnceNamed('training'), (id) => [invitationSyncNotice(id, 'v1', NOW)]);
      const signUp = (n: number, at: Date) => store.trainings.change(training.id, withInvitationSync(signUpDecision(person(n), at), at));
      value(await signUp(1, at(NOW.toISOString(), 1)));
      await store.outbox.collect();
      value(await signUp(2, at(NOW.toISOString(), 2)));
      await store.outbox.collect();
      const syncs = async () => (await store.outbox.list()).filter((m) => m.trainingId === training.id && m.kind === 'invitationSync');
      expect((await syncs()).map((m) => m.dedupeKey)).toEqual([`invitation:${training.id}:v1`]);

      const [held] = await store.outbox.claimDue(at(NOW.toISOString(), 3), 10, 10 * 60_000);
      expect(held?.dedupeKey).toBe(`invitation:${training.id}:v1`);
      value(await signUp(3, at(NOW.toISOString(), 4)));
      value(await signUp(4, at(NOW.toISOString(), 5)));
      await store.outbox.collect();
      expect((await syncs()).map((m) => [m.dedupeKey.split(':').slice(2).join(':').replace(/:\d+$/, ''), m.status])).toEqual([
        ['v1', 'pending'],
        [`${person(3).id}:1`, 'pending'],
      ]);
    });

    it('keeps one record per training from version 0; a stale version is a conflict with the stored record; list by training', async () => {
      const store = storeOf();
      expect(await store.invitations.get('U-009')).toBeUndefined();
      const first = { ...emptyInvitationRecord('U-009'), addresses: { 'aad-1': 'anna@exempel.se', 'aad-2': null } };
      const saved = await store.invitations.save(first, 0);
      expect(saved).toEqual({ ok: true, value: { ...first, version: 1 } });
      expect(await store.invitations.save({ ...first, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' }, 0)).toEqual({
        ok: false,
        reason: 'conflict',
        current: { ...first, version: 1 },
      });
      const synced = {
        ...first,
        synced: { eventId: 'AAMk1', cancelled: false, event: { subject: 'T', body: 'B', start: START, end: START, location: null, attendees: [{ email: 'anna@exempel.se', name: 'Anna' }] } },
        problem: { reason: 'permissionMissing' as const, at: NOW.toISOString() },
      };
      expect(await store.invitations.save(synced, 1)).toEqual({ ok: true, value: { ...synced, version: 2 } });
      expect(await store.invitations.save(synced, 1)).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2 } });
      expect(await store.invitations.save(emptyInvitationRecord('U-404'), 3)).toEqual({ ok: false, reason: 'not_found' });
      await store.invitations.save(emptyInvitationRecord('U-002'), 0);
      expect((await store.invitations.list()).map((r) => [r.trainingId, r.version])).toEqual([['U-002', 1], ['U-009', 2]]);
      expect(await store.invitations.get('U-009')).toEqual({ ...synced, version: 2 });
    });
  });
}
