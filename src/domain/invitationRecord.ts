import { Training } from './training';
import { Registration, holdsSeat } from './registration';
import { TrainingDecision } from './trainingChange';
import { invitationSyncNotice } from './notification';
import { DesiredInvitation, SyncedInvitation, nextInvitationStep, normalisedEmail } from './trainingInvitation';

/**
 * What the app keeps about a training's Outlook invitation (issue 14), one record per training:
 * the event as the mailbox last confirmed it, the Teams link Exchange gave it, the addresses
 * looked up for seat holders who signed up without one, and what stopped the last sync. Only
 * the scheduler's sync writes it, one training at a time; the organiser reads its state.
 */
export interface InvitationRecord {
  trainingId: string;
  synced: SyncedInvitation | null;
  /** The Teams meeting of the event (its onlineMeeting.joinUrl). */
  joinUrl: string | null;
  /**
   * Addresses found in the directory for registrations without one, by person (Entra object id):
   * looked up once per registration; null = the directory has none. Personal data, like the
   * registration itself.
   */
  addresses: Record<string, string | null>;
  /** Why the last sync stopped, until one succeeds. */
  problem: InvitationProblem | null;
  /** The last sync that reached the mailbox (UTC ISO). */
  syncedAt: string | null;
  /** How many times the event was made anew after someone deleted it in the mailbox (absent: never). */
  generation?: number;
  version: number;
}

/** The key of the record's next create: the training's id, then id.1, id.2 … for events made anew (a retried create finds its own). */
export const createKeyOf = (record: Pick<InvitationRecord, 'trainingId' | 'generation'>): string =>
  record.generation ? `${record.trainingId}.${record.generation}` : record.trainingId;

/**
 * The event was deleted in the mailbox (Graph: ErrorItemNotFound). A training that is cancelled
 * needs nothing more (its event is gone); otherwise the event is made anew, with a new create key,
 * and everyone holding a seat is invited to it.
 */
export function afterEventDeleted(record: InvitationRecord): InvitationRecord {
  if (!record.synced) return record;
  return { ...record, synced: null, joinUrl: null, generation: (record.generation ?? 0) + 1 };
}

/** What the organiser is told: the mailbox does not exist (404), the app may not write it (403), the event was deleted there, Graph was not reachable. */
export const INVITATION_PROBLEMS = ['mailboxMissing', 'permissionMissing', 'eventMissing', 'unavailable'] as const;
export type InvitationProblemReason = (typeof INVITATION_PROBLEMS)[number];
export interface InvitationProblem {
  reason: InvitationProblemReason;
  at: string;
}

export const emptyInvitationRecord = (trainingId: string): InvitationRecord => ({
  trainingId,
  synced: null,
  joinUrl: null,
  addresses: {},
  problem: null,
  syncedAt: null,
  version: 0,
});

/** Registrations with the address to invite them at: their own, or the one looked up. */
export function withAddresses(registrations: readonly Registration[], addresses: Record<string, string | null>): Registration[] {
  return registrations.map((r) => (normalisedEmail(r.email) ? r : { ...r, email: addresses[r.userId] ?? null }));
}

/** Seat holders with no usable address that have not been looked up yet. */
export const addressesToLookUp = (registrations: readonly Registration[], addresses: Record<string, string | null>): string[] =>
  registrations.filter((r) => holdsSeat(r) && !normalisedEmail(r.email) && !(r.userId in addresses)).map((r) => r.userId);

/**
 * Whether the training's event is (still) the app's business: a planned training that has not
 * ended, or one whose written event still has a change to take (a cancellation, a last update).
 * A training that ended before invitations were turned on gets no event.
 */
export const invitationApplies = (training: Training, record: InvitationRecord | undefined, now: Date): boolean =>
  (training.status === 'planned' && Date.parse(training.end) > now.getTime()) || (!!record?.synced && !record.synced.cancelled);

export type InvitationState = 'upToDate' | 'pending' | 'failed';

/** The organiser's answer: up to date, waiting for the next sync, or stopped (and why). */
export interface InvitationStatus {
  state: InvitationState;
  reason: InvitationProblemReason | null;
  /** Seat holders the invitation cannot reach (no address known), by name. */
  uninvitable: string[];
  syncedAt: string | null;
}

export function invitationStatus(
  record: InvitationRecord | undefined,
  desired: DesiredInvitation,
  registrations: readonly Registration[],
): InvitationStatus {
  const synced = record?.synced ?? null;
  const uninvitable = withAddresses(registrations, record?.addresses ?? {})
    .filter((r) => holdsSeat(r) && !normalisedEmail(r.email))
    .map((r) => r.name);
  const upToDate = nextInvitationStep(synced, desired).kind === 'none';
  // Graph not answering is a wait (the outbox tries again), not a failure for the organiser to act on.
  const stopped = record?.problem && record.problem.reason !== 'unavailable';
  const state: InvitationState = stopped ? 'failed' : upToDate ? 'upToDate' : 'pending';
  return { state, reason: record?.problem?.reason ?? null, uninvitable, syncedAt: record?.syncedAt ?? null };
}

/**
 * The decision, with the invitation's sync queued in the same write whenever it writes the
 * training or a registration (invitations on). Its key names the change: the training's new
 * version, or the first written registration's person and version.
 */
export function withInvitationSync<T>(decision: TrainingDecision<T>, now: Date): TrainingDecision<T> {
  return {
    ...decision,
    decide(aggregate) {
      const decided = decision.decide(aggregate);
      if (!decided.ok) return decided;
      const change = decided.value;
      const first = change.registrations[0];
      const stamp = change.training ? `v${change.training.version}` : first ? `${first.userId}:${first.version}:${first.seq}` : null;
      if (stamp === null) return decided;
      return { ok: true, value: { ...change, notices: [...change.notices, invitationSyncNotice(aggregate.training.id, stamp, now)] } };
    },
  };
}
