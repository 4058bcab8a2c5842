import {
  decideAttendance,
  decideCancel,
  decideSignUp,
  promotions,
  seatsTaken,
  waitlistPosition,
  waitlistPositions,
} from './registration';
import { registration, training } from '../../test/helpers/trainingFixtures';

const before = new Date('2026-03-20T08:00:00Z');
const anna = { id: 'u-anna' };
const problemOf = (r: { ok: boolean; problem?: unknown }) => (r.ok ? undefined : r.problem);

describe('sign-up decision', () => {
  it('confirmed while seats are left, waitlisted when they are taken', () => {
    expect(decideSignUp(training({ capacity: 2 }), { confirmed: 1, existing: undefined }, anna, before)).toEqual({ ok: true, value: 'confirmed' });
    expect(decideSignUp(training({ capacity: 2 }), { confirmed: 2, existing: undefined }, anna, before)).toEqual({ ok: true, value: 'waitlisted' });
  });

  it('an active registration answers "already" (a double click), even after the close; a cancelled one signs up anew', () => {
    for (const status of ['confirmed', 'waitlisted', 'attended'] as const) {
      const existing = registration({ userId: anna.id, status });
      expect(decideSignUp(training(), { confirmed: 2, existing }, anna, new Date('2026-03-31T00:00:00Z'))).toEqual({ ok: true, value: 'already' });
    }
    const cancelled = registration({ userId: anna.id, status: 'cancelled' });
    expect(decideSignUp(training(), { confirmed: 0, existing: cancelled }, anna, before)).toEqual({ ok: true, value: 'confirmed' });
  });

  it('closes exactly at the close time', () => {
    const t = training({ start: '2026-03-30T07:00:00.000Z' });
    expect(decideSignUp(t, { confirmed: 0, existing: undefined }, anna, new Date('2026-03-30T06:59:59.999Z')).ok).toBe(true);
    expect(problemOf(decideSignUp(t, { confirmed: 0, existing: undefined }, anna, new Date('2026-03-30T07:00:00.000Z')))).toEqual({
      kind: 'locked',
      code: 'training.closed',
      params: { title: t.title, id: t.id },
    });
  });

  it('with a 24 h lead over the spring-forward night: open at 08:59 on the Sunday, closed at 09:00 (Stockholm)', () => {
    const monday = training({ start: '2026-03-30T07:00:00.000Z', signUpLeadMinutes: 24 * 60 });
    expect(decideSignUp(monday, { confirmed: 0, existing: undefined }, anna, new Date('2026-03-29T08:59:00+02:00')).ok).toBe(true);
    expect(problemOf(decideSignUp(monday, { confirmed: 0, existing: undefined }, anna, new Date('2026-03-29T09:00:00+02:00')))).toMatchObject({
      code: 'training.closed',
    });
  });

  it('refuses a cancelled or held training (locked) and the uninvited (forbidden)', () => {
    const state = { confirmed: 0, existing: undefined };
    expect(problemOf(decideSignUp(training({ status: 'cancelled' }), state, anna, before))).toMatchObject({ kind: 'locked', code: 'training.cancelled' });
    expect(problemOf(decideSignUp(training({ status: 'held' }), state, anna, before))).toMatchObject({ kind: 'locked', code: 'training.held' });
    const invite = training({ audience: { type: 'invite', invitees: [{ id: 'u-olle', name: 'Olle' }] } });
    expect(problemOf(decideSignUp(invite, state, anna, before))).toMatchObject({ kind: 'forbidden', code: 'training.notInvited' });
    expect(decideSignUp(invite, state, { id: 'u-olle' }, before).ok).toBe(true);
  });

  it('a cancelled training says so even to someone already registered', () => {
    const existing = registration({ userId: anna.id });
    expect(problemOf(decideSignUp(training({ status: 'cancelled' }), { confirmed: 1, existing }, anna, before))).toMatchObject({
      code: 'training.cancelled',
    });
  });
});

describe('cancel decision', () => {
  it('cancels until the start; twice is "already"; not registered is not_found', () => {
    expect(decideCancel(training(), registration(), before)).toEqual({ ok: true, value: 'cancelled' });
    expect(decideCancel(training(), registration({ status: 'cancelled' }), before)).toEqual({ ok: true, value: 'already' });
    expect(problemOf(decideCancel(training(), undefined, before))).toMatchObject({ kind: 'not_found', code: 'training.notRegistered' });
  });

  it('refuses after the start, for a held or cancelled training and for an attended registration', () => {
    expect(problemOf(decideCancel(training(), registration(), new Date('2026-03-30T07:00:00Z')))).toMatchObject({ code: 'training.started' });
    expect(problemOf(decideCancel(training({ status: 'held' }), registration(), before))).toMatchObject({ code: 'training.started' });
    expect(problemOf(decideCancel(training({ status: 'cancelled' }), registration(), before))).toMatchObject({ code: 'training.cancelled' });
    expect(problemOf(decideCancel(training(), registration({ status: 'attended' }), before))).toMatchObject({ code: 'training.attended' });
  });
});

describe('attendance decision', () => {
  const during = new Date('2026-03-30T07:10:00Z');
  it('from the start: attended, and back to confirmed', () => {
    expect(decideAttendance(training(), registration(), true, during)).toEqual({ ok: true, value: 'attended' });
    expect(decideAttendance(training(), registration({ status: 'attended' }), false, during)).toEqual({ ok: true, value: 'confirmed' });
    expect(decideAttendance(training(), registration({ status: 'waitlisted' }), false, during)).toEqual({ ok: true, value: 'waitlisted' });
    expect(decideAttendance(training(), registration({ status: 'waitlisted' }), true, during)).toEqual({ ok: true, value: 'attended' });
  });
  it('not before the start, not for a cancelled training, not for someone not registered', () => {
    expect(problemOf(decideAttendance(training(), registration(), true, before))).toMatchObject({ code: 'training.notStarted' });
    expect(problemOf(decideAttendance(training({ status: 'cancelled' }), registration(), true, during))).toMatchObject({ code: 'training.cancelled' });
    expect(problemOf(decideAttendance(training(), undefined, true, during))).toMatchObject({ kind: 'not_found' });
  });
});

describe('waitlist', () => {
  const queue = () => {
    const [a, b, c, d, e] = [1, 2, 3, 4, 5].map(() => registration({ status: 'waitlisted' }));
    const seated = registration({ status: 'confirmed' });
    // Listed out of arrival order on purpose.
    return { all: [e!, seated, c!, a!, d!, b!], a: a!, b: b!, c: c!, d: d!, e: e! };
  };

  it('promotes as many as there are free seats, in arrival order', () => {
    const { all, a, b } = queue();
    expect(promotions(training({ capacity: 1 }), all, before)).toEqual([]);
    expect(promotions(training({ capacity: 3 }), all, before)).toEqual([a, b]);
    expect(promotions(training({ capacity: 100 }), all, before)).toHaveLength(5);
    expect(seatsTaken([...all, registration({ status: 'attended' }), registration({ status: 'cancelled' })])).toBe(2);
  });

  it('promotes nobody once the training has started, or when it is not planned', () => {
    const { all } = queue();
    expect(promotions(training({ capacity: 3 }), all, new Date('2026-03-30T07:00:00Z'))).toEqual([]);
    expect(promotions(training({ capacity: 3, status: 'cancelled' }), all, before)).toEqual([]);
    expect(promotions(training({ capacity: 3, status: 'held' }), all, before)).toEqual([]);
  });

  it('position = 1 + the waitlisted who arrived earlier', () => {
    const { all, a, c, e } = queue();
    expect(waitlistPosition(a, all)).toBe(1);
    expect(waitlistPosition(c, all)).toBe(3);
    expect(waitlistPosition(e, all)).toBe(5);
    expect(waitlistPosition(registration(), all)).toBeNull();
    expect([...waitlistPositions(all).values()]).toEqual([1, 2, 3, 4, 5]);
    expect(waitlistPositions(all).get(e.userId)).toBe(5);
  });
});
