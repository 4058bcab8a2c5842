import { Training, hasStarted, isInvited, signUpClosesAt } from './training';
import { Result, ok, fail } from './problem';

/**
 * Sign-ups (anmälningar) to a training. One registration per person and training; a person
 * who cancels and signs up again gets the same registration back, at the end of the queue.
 *
 * The decisions here are pure: the store calls them INSIDE its atomic write, with the counts
 * it has just read, so two people can never take the last seat at the same time.
 */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'attended'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Registration {
  trainingId: string;
  /** The person's Entra object id. */
  userId: string;
  name: string;
  email: string | null;
  department: string | null;
  status: RegistrationStatus;
  registeredAt: string;
  updatedAt: string;
  /** Arrival order, from the store's sequence; a renewed sign-up gets a new one (end of the queue). */
  seq: number;
  version: number;
}

/** Who signs up: a person with what is known about them. */
export interface Registrant {
  id: string;
  name: string;
  email: string | null;
  department: string | null;
}

export type SignUpOutcome = 'confirmed' | 'waitlisted' | 'already';

export interface SignUpResult {
  registration: Registration;
  outcome: SignUpOutcome;
  /** Place on the waitlist (1 = next in line) when the registration is waitlisted, else null. */
  position: number | null;
}

export interface CancelResult {
  registration: Registration;
  /** The first on the waitlist, who got the freed seat (tell them), or null. */
  promoted: Registration | null;
}

/** A registration that takes a seat. */
export const holdsSeat = (r: Pick<Registration, 'status'>): boolean => r.status === 'confirmed' || r.status === 'attended';
export const isActive = (r: Pick<Registration, 'status'>): boolean => r.status !== 'cancelled';

/** Seats taken: confirmed and attended registrations. */
export const seatsTaken = (registrations: readonly Registration[]): number => registrations.filter(holdsSeat).length;

/**
 * May `person` sign up now? `confirmed` is the number of seats taken (confirmed + attended)
 * and `existing` the person's registration, both read in the same transaction as the write.
 * A repeated sign-up (a double click, a resent turn) answers 'already' and writes nothing.
 */
export function decideSignUp(
  training: Training,
  state: { confirmed: number; existing: Registration | undefined },
  person: Pick<Registrant, 'id'>,
  now: Date,
): Result<SignUpOutcome> {
  const params = { title: training.title, id: training.id };
  if (training.status === 'cancelled') return fail('locked', 'training.cancelled', { params });
  if (state.existing && isActive(state.existing)) return ok('already');
  if (training.status === 'held') return fail('locked', 'training.held', { params });
  if (now.getTime() >= signUpClosesAt(training).getTime()) return fail('locked', 'training.closed', { params });
  if (!isInvited(training, person.id)) return fail('forbidden', 'training.notInvited', { params });
  return ok(state.confirmed < training.capacity ? 'confirmed' : 'waitlisted');
}

/**
 * The registration a sign-up writes with the status `decideSignUp` gave: a new one, or the
 * person's cancelled one re-activated at the end of the queue (a new `seq`, the next version).
 * What the person did not tell now (email, department) is kept from before.
 */
export function signedUp(
  trainingId: string,
  person: Registrant,
  existing: Registration | undefined,
  status: Exclude<SignUpOutcome, 'already'>,
  seq: number,
  now: Date,
): Registration {
  const at = now.toISOString();
  return {
    trainingId,
    userId: person.id,
    name: person.name,
    email: person.email ?? existing?.email ?? null,
    department: person.department ?? existing?.department ?? null,
    status,
    registeredAt: at,
    updatedAt: at,
    seq,
    version: existing ? existing.version + 1 : 1,
  };
}

/**
 * May this registration be cancelled now? Until the training starts, yes; after that the list
 * is what happened (attendance). Cancelling twice answers 'already'.
 */
export function decideCancel(
  training: Training,
  registration: Registration | undefined,
  now: Date,
): Result<'cancelled' | 'already'> {
  const params = { title: training.title, id: training.id };
  if (!registration) return fail('not_found', 'training.notRegistered', { params });
  if (registration.status === 'cancelled') return ok('already');
  if (registration.status === 'attended') return fail('locked', 'training.attended', { params });
  if (training.status === 'cancelled') return fail('locked', 'training.cancelled', { params });
  if (training.status === 'held' || hasStarted(training, now)) return fail('locked', 'training.started', { params });
  return ok('cancelled');
}

/**
 * Marking who came: from the start of the training (not before), not for a cancelled one.
 * Attended → 'attended'; not attended → an attended registration goes back to 'confirmed'.
 * Someone on the waitlist or who cancelled may still have come: the organiser decides.
 */
export function decideAttendance(
  training: Training,
  registration: Registration | undefined,
  attended: boolean,
  now: Date,
): Result<Registration['status']> {
  const params = { title: training.title, id: training.id };
  if (!registration) return fail('not_found', 'training.notRegistered', { params });
  if (training.status === 'cancelled') return fail('locked', 'training.cancelled', { params });
  if (!hasStarted(training, now)) return fail('locked', 'training.notStarted', { params });
  if (attended) return ok('attended');
  return ok(registration.status === 'attended' ? 'confirmed' : registration.status);
}

/** Waitlisted registrations in arrival order. */
export function waitlist(registrations: readonly Registration[]): Registration[] {
  return registrations.filter((r) => r.status === 'waitlisted').sort((a, b) => a.seq - b.seq);
}

/**
 * Who moves up from the waitlist: as many as there are free seats, in arrival order. Only
 * for a planned training that has not started (a seat freed later helps nobody).
 */
export function promotions(training: Training, registrations: readonly Registration[], now: Date): Registration[] {
  if (training.status !== 'planned' || hasStarted(training, now)) return [];
  const free = training.capacity - seatsTaken(registrations);
  return free > 0 ? waitlist(registrations).slice(0, free) : [];
}

/** 1 + the number of waitlisted registrations of the same training that arrived earlier. */
export function waitlistPosition(registration: Registration, registrations: readonly Registration[]): number | null {
  if (registration.status !== 'waitlisted') return null;
  return (
    1 +
    registrations.filter(
      (r) => r.trainingId === registration.trainingId && r.status === 'waitlisted' && r.seq < registration.seq,
    ).length
  );
}

/** Positions of every waitlisted registration (userId → 1, 2, …). */
export function waitlistPositions(registrations: readonly Registration[]): Map<string, number> {
  return new Map(waitlist(registrations).map((r, i) => [r.userId, i + 1]));
}

/** Arrival order (seq). */
export const byArrival = (a: Registration, b: Registration): number => a.seq - b.seq;
