import fc from 'fast-check';
import { registration, training } from '../../test/helpers/trainingFixtures';
import { Registration } from './registration';
import {
  DesiredInvitation,
  SyncedInvitation,
  afterStep,
  desiredInvitation,
  invitedAttendees,
  newlyInvited,
  nextInvitationStep,
  normalisedEmail,
  uninvitable,
} from './trainingInvitation';

const WORDS = { organisedBy: (name: string) => `Utbildare: ${name}`, cancelMessage: 'Utbildningen är inställd.' };
const seatHolder = (n: number, over: Partial<Registration> = {}) =>
  registration({ userId: `u-${n}`, name: `Person ${n}`, email: `Person.${n}@Exempel.se`, status: 'confirmed', seq: n, ...over });

describe('the invitation a training should have', () => {
  it('invites everyone holding a seat whose address is known, each address once, lower case, by address', () => {
    const regs = [
      seatHolder(2),
      seatHolder(1, { status: 'attended' }),
      seatHolder(3, { status: 'waitlisted' }),
      seatHolder(4, { status: 'cancelled' }),
      seatHolder(5, { email: null }),
      seatHolder(6, { email: 'person.2@exempel.se ' }),
      seatHolder(7, { email: 'not an address' }),
    ];
    expect(invitedAttendees(regs)).toEqual([
      { email: 'person.1@exempel.se', name: 'Person 1' },
      { email: 'person.2@exempel.se', name: 'Person 2' },
    ]);
    expect(uninvitable(regs).map((r) => r.userId)).toEqual(['u-5', 'u-7']);
    expect([normalisedEmail(' A@B.SE '), normalisedEmail('a@b'), normalisedEmail(`${'x'.repeat(250)}@b.se`)]).toEqual(['a@b.se', null, null]);
  });

  it('is the training\'s title, description with the organiser, time and place; a cancelled training\'s is cancelled with the organiser\'s words', () => {
    const t = training({ title: 'Teams – kom igång', description: 'Grunderna i Teams.', place: ' Sal 3 ' });
    expect(desiredInvitation(t, [seatHolder(1)], WORDS)).toEqual({
      cancelled: false,
      event: {
        subject: 'Teams – kom igång',
        body: 'Grunderna i Teams.\n\nUtbildare: Maria Lindqvist',
        start: t.start,
        end: t.end,
        location: 'Sal 3',
        attendees: [{ email: 'person.1@exempel.se', name: 'Person 1' }],
      },
    });
    expect(desiredInvitation({ ...t, status: 'cancelled' }, [seatHolder(1)], WORDS)).toEqual({ cancelled: true, message: 'Utbildningen är inställd.' });
    // Registrations of another training are not this event's.
    expect(desiredInvitation(t, [seatHolder(1, { trainingId: 'U-002' })], WORDS)).toMatchObject({ event: { attendees: [] } });
  });
});

describe('the step from the event as written to the event as it should be', () => {
  const t = training({ capacity: 10 });
  const want = (regs: Registration[], over = {}) => desiredInvitation({ ...t, ...over }, regs, WORDS);
  const written = (desired: DesiredInvitation): SyncedInvitation => {
    if (desired.cancelled) throw new Error('not for a cancelled training');
    return { eventId: 'evt-1', event: desired.event, cancelled: false };
  };

  it('30 sign-ups for 10 seats: one event with exactly the 10 who have a seat', () => {
    const regs = Array.from({ length: 30 }, (_, i) => seatHolder(i + 1, { status: i < 10 ? 'confirmed' : 'waitlisted' }));
    const step = nextInvitationStep(null, want(regs));
    expect(step.kind).toBe('create');
    expect(step.kind === 'create' && step.event.attendees.map((a) => a.email)).toEqual(
      regs.slice(0, 10).map((r) => r.email!.toLowerCase()).sort(),
    );
  });

  it('a cancellation with a promotion swaps one attendee for another: only the promoted one is newly invited', () => {
    const before = Array.from({ length: 12 }, (_, i) => seatHolder(i + 1, { status: i < 10 ? 'confirmed' : 'waitlisted' }));
    const synced = written(want(before));
    const after = before.map((r) => (r.userId === 'u-3' ? { ...r, status: 'cancelled' as const } : r.userId === 'u-11' ? { ...r, status: 'confirmed' as const } : r));
    const step = nextInvitationStep(synced, want(after));
    expect(step).toMatchObject({ kind: 'update', eventId: 'evt-1', details: {} });
    if (step.kind !== 'update') throw new Error(step.kind);
    expect(newlyInvited(synced.event.attendees, step.attendees!)).toEqual(['person.11@exempel.se']);
    expect(step.attendees!.map((a) => a.email)).not.toContain('person.3@exempel.se');
  });

  it('a new time updates only the time; nothing changed is no step', () => {
    const regs = [seatHolder(1)];
    const synced = written(want(regs));
    expect(nextInvitationStep(synced, want(regs, { start: '2026-03-31T07:00:00.000Z', end: '2026-03-31T07:45:00.000Z' }))).toEqual({
      kind: 'update',
      eventId: 'evt-1',
      details: { start: '2026-03-31T07:00:00.000Z', end: '2026-03-31T07:45:00.000Z' },
      attendees: null,
    });
    expect(nextInvitationStep(synced, want(regs))).toEqual({ kind: 'none' });
  });

  it('a cancelled training cancels its event once; one cancelled before its event was written needs none', () => {
    const synced = written(want([seatHolder(1)]));
    const step = nextInvitationStep(synced, want([seatHolder(1)], { status: 'cancelled' }));
    expect(step).toEqual({ kind: 'cancel', eventId: 'evt-1', message: 'Utbildningen är inställd.' });
    expect(nextInvitationStep(afterStep(synced, step), want([seatHolder(1)], { status: 'cancelled' }))).toEqual({ kind: 'none' });
    expect(nextInvitationStep(null, want([], { status: 'cancelled' }))).toEqual({ kind: 'none' });
  });
});

/**
 * Whatever happens between two writes to the mailbox — sign-ups, cancellations with promotions,
 * a new time or place, the training cancelled — and whichever writes are lost (a 429, a timeout:
 * the step is recomputed next time from the current registrations), one step brings the event to
 * what it should be, and the attendees in the end are exactly those holding a seat.
 */
describe('convergence (fast-check)', () => {
  type Op =
    | { op: 'signUp'; who: number }
    | { op: 'cancel'; who: number }
    | { op: 'move'; minutes: number }
    | { op: 'place'; place: string | null }
    | { op: 'cancelTraining' }
    | { op: 'sync'; lost: boolean };
  const ops = fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.record({ op: fc.constant('signUp' as const), who: fc.integer({ min: 1, max: 12 }) }) },
      { weight: 3, arbitrary: fc.record({ op: fc.constant('cancel' as const), who: fc.integer({ min: 1, max: 12 }) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('move' as const), minutes: fc.integer({ min: -600, max: 600 }) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('place' as const), place: fc.option(fc.constantFrom('Sal 1', 'Sal 2'), { nil: null }) }) },
      { weight: 1, arbitrary: fc.constant({ op: 'cancelTraining' as const }) },
      { weight: 4, arbitrary: fc.record({ op: fc.constant('sync' as const), lost: fc.boolean() }) },
    ),
    { maxLength: 60 },
  );

  it('one step always converges, lost writes included, and ends with exactly the seat holders invited', () => {
    fc.assert(
      fc.property(ops, (script) => {
        let t = training({ capacity: 4 });
        let regs: Registration[] = [];
        let synced: SyncedInvitation | null = null;
        let nextSeq = 1;
        const desired = () => desiredInvitation(t, regs, WORDS);
        const sync = () => {
          const step = nextInvitationStep(synced, desired());
          synced = afterStep(synced, step, step.kind === 'create' ? { eventId: 'evt-1' } : undefined);
        };
        for (const o of script) {
          if (o.op === 'signUp' && t.status === 'planned' && !regs.some((r) => r.userId === `u-${o.who}` && r.status !== 'cancelled')) {
            const seats = regs.filter((r) => r.status === 'confirmed').length < t.capacity;
            regs = [...regs.filter((r) => r.userId !== `u-${o.who}`), seatHolder(o.who, { status: seats ? 'confirmed' : 'waitlisted', seq: nextSeq++ })];
          } else if (o.op === 'cancel') {
            const had = regs.find((r) => r.userId === `u-${o.who}` && r.status !== 'cancelled');
            if (had) {
              regs = regs.map((r) => (r === had ? { ...r, status: 'cancelled' as const } : r));
              const next = had.status === 'confirmed' ? [...regs].filter((r) => r.status === 'waitlisted').sort((a, b) => a.seq - b.seq)[0] : undefined;
              if (next) regs = regs.map((r) => (r === next ? { ...r, status: 'confirmed' as const } : r));
            }
          } else if (o.op === 'move' && t.status === 'planned') {
            const shift = (iso: string) => new Date(Date.parse(iso) + o.minutes * 60_000).toISOString();
            t = { ...t, start: shift(t.start), end: shift(t.end) };
          } else if (o.op === 'place' && t.status === 'planned') {
            t = { ...t, place: o.place };
          } else if (o.op === 'cancelTraining') {
            t = { ...t, status: 'cancelled' };
          } else if (o.op === 'sync' && !o.lost) {
            sync();
          }
          // From any state, one step reaches the event as it should be.
          const step = nextInvitationStep(synced, desired());
          const after = afterStep(synced, step, step.kind === 'create' ? { eventId: 'evt-1' } : undefined);
          expect(nextInvitationStep(after, desired())).toEqual({ kind: 'none' });
        }
        sync();
        const end = desired();
        if (end.cancelled) {
          expect(synced === null || (synced as SyncedInvitation).cancelled).toBe(true);
        } else {
          expect(synced).not.toBeNull();
          expect((synced as unknown as SyncedInvitation).event.attendees).toEqual(invitedAttendees(regs));
          expect((synced as unknown as SyncedInvitation).event.attendees.length).toBe(regs.filter((r) => r.status === 'confirmed').length);
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
