import { Training, TrainingPatch, changeTraining, isRescheduled } from './training';
import {
  CancelResult,
  Registrant,
  Registration,
  SignUpResult,
  decideAttendance,
  decideCancel,
  decideSignUp,
  holdsSeat,
  promotions,
  seatsTaken,
  signedUp,
  waitlistPosition,
} from './registration';
import { OutboxDraft, promotedNotice, trainingNotices } from './notification';
import { Result, fail, ok } from './problem';
import { AuditDraft, auditDraft, personValue } from './audit';
import { auditChanges } from './auditDiff';
import { Person } from './person';

/**
 * Every change to a training and its registrations, decided in one place: a pure function of
 * the training's aggregate as the store read it inside its atomic write. It says what to write
 * — the training, the registrations — and which notices that write implies (a seat from the
 * waitlist, a training cancelled or moved); the store commits all of it or nothing
 * (`TrainingStore.change`). So a promotion and the message that tells the person are never
 * apart: a crash leaves both or neither.
 */
export interface TrainingAggregate {
  training: Training;
  /** All its registrations, in arrival order. */
  registrations: readonly Registration[];
  /** The first of the arrival numbers the store reserved for this write (`TrainingDecision.arrivals`). */
  nextSeq: number;
}

/** What one atomic write commits, and what the caller is told. Nothing to write: no training, no registrations, no notices. */
export interface TrainingChange<T> {
  /** The training as it is to be stored (its version one up), when it changed. */
  training?: Training;
  /** New and changed registrations, each with its next version. */
  registrations: Registration[];
  /** The messages the change implies, queued in the same write. */
  notices: OutboxDraft[];
  /** The trail's entry of the change, written with it; null exactly when nothing is written. */
  audit: AuditDraft | null;
  result: T;
}

/**
 * The entry a store writes with a change. A change that writes something without an entry is a
 * bug in its decision, and the store refuses to write it.
 */
export function auditOfChange(change: TrainingChange<unknown>): AuditDraft | null {
  const writes = change.training !== undefined || change.registrations.length > 0 || change.notices.length > 0;
  if (writes && !change.audit) throw new Error('a training change that writes must carry its audit entry');
  return writes ? change.audit : null;
}

export interface TrainingDecision<T> {
  /** How many new arrival numbers (seq) the decision may hand out; the store reserves them before it decides. */
  arrivals: number;
  /**
   * The people the decision's trail entry names that are known before it decides (who acts, who
   * signs up): a store whose person table is remote looks them up before it takes the write, so
   * the serialized write of a busy training does not wait on them.
   */
  involves: readonly Person[];
  decide(aggregate: TrainingAggregate): Result<TrainingChange<T>>;
}

const nothing = <T>(result: T): Result<TrainingChange<T>> => ok({ registrations: [], notices: [], audit: null, result });

const participant = (r: Registration): Person => ({ id: r.userId, name: r.name });

const withStatus = (r: Registration, status: Registration['status'], at: string): Registration => ({
  ...r,
  status,
  updatedAt: at,
  version: r.version + 1,
});

const replaced = (all: readonly Registration[], changed: readonly Registration[]) =>
  all.map((r) => changed.find((c) => c.userId === r.userId) ?? r).concat(changed.filter((c) => !all.some((r) => r.userId === c.userId)));

/**
 * A person signs up: confirmed while seats are left, else waitlisted; a repeated sign-up answers
 * 'already' and writes nothing; one who cancelled comes back at the end of the queue.
 */
export function signUpDecision(
  person: Registrant,
  now: Date,
  actor: Person = { id: person.id, name: person.name },
): TrainingDecision<SignUpResult> {
  return {
    arrivals: 1,
    involves: [actor, { id: person.id, name: person.name }],
    decide({ training, registrations, nextSeq }) {
      const existing = registrations.find((r) => r.userId === person.id);
      const decided = decideSignUp(training, { confirmed: seatsTaken(registrations), existing }, person, now);
      if (!decided.ok) return decided;
      if (decided.value === 'already') {
        return nothing({ registration: existing!, outcome: 'already', position: waitlistPosition(existing!, registrations) });
      }
      const registration = signedUp(training.id, person, existing, decided.value, nextSeq, now);
      const position = waitlistPosition(registration, replaced(registrations, [registration]));
      const audit = auditDraft(now, actor, { type: 'training', id: training.id }, actor.id === person.id ? 'training.signedUp' : 'training.registered', [
        { field: 'status', from: existing?.status ?? null, to: registration.status },
      ], participant(registration));
      return ok({ registrations: [registration], notices: [], audit, result: { registration, outcome: decided.value, position } });
    },
  };
}

/** A registration is cancelled; a freed seat goes to the first on the waitlist, who is told. */
export function cancelDecision(userId: string, now: Date, actor: Person): TrainingDecision<CancelResult> {
  return {
    arrivals: 0,
    involves: [actor],
    decide({ training, registrations }) {
      const existing = registrations.find((r) => r.userId === userId);
      const decided = decideCancel(training, existing, now);
      if (!decided.ok) return decided;
      if (decided.value === 'already') return nothing({ registration: existing!, promoted: null });
      const at = now.toISOString();
      const registration = withStatus(existing!, 'cancelled', at);
      // One seat freed: at most one moves up.
      const [promoted] = holdsSeat(existing!)
        ? promotions(training, replaced(registrations, [registration]), now).slice(0, 1).map((r) => withStatus(r, 'confirmed', at))
        : [];
      const audit = auditDraft(now, actor, { type: 'training', id: training.id }, 'training.registrationCancelled', [
        { field: 'status', from: existing!.status, to: registration.status },
        ...(promoted ? [{ field: 'promoted', from: null, to: personValue(participant(promoted)) }] : []),
      ], participant(registration));
      return ok({
        registrations: promoted ? [registration, promoted] : [registration],
        notices: promoted ? [promotedNotice(promoted, now)] : [],
        audit,
        result: { registration, promoted: promoted ?? null },
      });
    },
  };
}

/** Whether the person came (from the start of the training). */
export function attendanceDecision(userId: string, attended: boolean, now: Date, actor: Person): TrainingDecision<Registration> {
  return {
    arrivals: 0,
    involves: [actor],
    decide({ training, registrations }) {
      const existing = registrations.find((r) => r.userId === userId);
      const decided = decideAttendance(training, existing, attended, now);
      if (!decided.ok) return decided;
      if (decided.value === existing!.status) return nothing(existing!);
      const registration = withStatus(existing!, decided.value, now.toISOString());
      const audit = auditDraft(now, actor, { type: 'training', id: training.id }, 'training.attendanceMarked', [
        { field: 'status', from: existing!.status, to: registration.status },
      ], participant(registration));
      return ok({ registrations: [registration], notices: [], audit, result: registration });
    },
  };
}

export interface TrainingUpdated {
  training: Training;
  /** Moved up from the waitlist because seats were added (arrival order): each is told they have a seat. */
  promoted: Registration[];
  /** The registered (confirmed and waitlisted) who are told that the training was cancelled or moved in time or place. */
  notify: Registration[];
  notifyReason: 'cancelled' | 'changed' | null;
}

const awaitsTraining = (r: Registration): boolean => r.status === 'confirmed' || r.status === 'waitlisted';

/**
 * The organiser edits the training from `expectedVersion` (a stale version is a conflict), or
 * cancels it. More seats promote from the waitlist; a cancelled or moved training is news for
 * everyone still registered. All of it in the one write.
 */
export function updateDecision(expectedVersion: number, patch: TrainingPatch, now: Date, actor: Person): TrainingDecision<TrainingUpdated> {
  return {
    arrivals: 0,
    involves: [actor],
    decide({ training: current, registrations }) {
      if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });
      const changed = changeTraining(current, patch, now);
      if (!changed.ok) return changed;
      if (!changed.value.changed) return nothing({ training: current, promoted: [], notify: [], notifyReason: null });
      const training: Training = { ...changed.value.next, id: current.id, createdAt: current.createdAt, version: current.version + 1 };
      const at = training.updatedAt;
      const promoted = promotions(training, registrations, new Date(at)).map((r) => withStatus(r, 'confirmed', at));
      const notifyReason =
        training.status === 'cancelled' ? 'cancelled' : training.status === 'planned' && isRescheduled(current, training) ? 'changed' : null;
      const notify = notifyReason ? replaced(registrations, promoted).filter(awaitsTraining) : [];
      const when = new Date(at);
      const audit = auditDraft(now, actor, { type: 'training', id: training.id }, 'training.changed', [
        ...auditChanges(current, training),
        ...promoted.map((r) => ({ field: 'promoted', from: null, to: personValue(participant(r)) })),
      ]);
      return ok({
        training,
        registrations: promoted,
        audit,
        notices: [...promoted.map((r) => promotedNotice(r, when)), ...(notifyReason ? trainingNotices(training, notifyReason, notify, when) : [])],
        result: { training, promoted, notify, notifyReason },
      });
    },
  };
}

/**
 * SEED AND IMPORT ONLY: registrations stored as given — status and times — each with the next
 * arrival number in the order given, without the sign-up rules. Someone already registered is
 * an error (the import is wrong).
 */
export function importDecision(
  given: readonly Omit<Registration, 'trainingId' | 'seq' | 'version'>[],
  actor: Person | null,
  now: Date,
): TrainingDecision<Registration[]> {
  return {
    arrivals: given.length,
    involves: actor ? [actor] : [],
    decide({ training, registrations, nextSeq }) {
      const taken = new Set(registrations.map((r) => r.userId));
      const added: Registration[] = [];
      for (const [i, r] of given.entries()) {
        if (taken.has(r.userId)) return fail('conflict', 'training.alreadyRegistered', { params: { id: training.id, userId: r.userId } });
        taken.add(r.userId);
        added.push({ ...r, trainingId: training.id, email: r.email ?? null, department: r.department ?? null, seq: nextSeq + i, version: 1 });
      }
      if (added.length === 0) return nothing(added);
      const audit = auditDraft(now, actor, { type: 'training', id: training.id }, 'training.imported', added.map((r) => ({
        field: 'registrations',
        from: null,
        to: personValue(participant(r)),
      })));
      return ok({ registrations: added, notices: [], audit, result: added });
    },
  };
}
