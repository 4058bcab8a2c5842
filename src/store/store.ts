import { Activity, ActivityDraft, Comment } from '../domain/activity';
import { AuditDraft, AuditFor, AuditHead, AuditPage, AuditQuery, AuditVerification } from '../domain/audit';

export type { AuditFor } from '../domain/audit';
import { Checklist } from '../domain/checklist';
import { Meeting } from '../domain/meeting';
import { Training, TrainingDraft } from '../domain/training';
import { Registration } from '../domain/registration';
import { TrainingDecision } from '../domain/trainingChange';
import { InvitationRecord } from '../domain/invitationRecord';
import { Result } from '../domain/problem';
import { ConversationReference, OutboxDraft, OutboxMessage } from '../domain/notification';
import { FollowUpSettings, TeamChannel } from '../domain/followUp';
import { Categories } from '../domain/categories';
import { CostCalculation } from '../domain/costModel';
import { Rights } from '../domain/rights';
import { ForvaltningTeam } from '../domain/forvaltningTeam';
import { DocumentDraft, RegisterDocument } from '../domain/documentRegister';

export { type CrashHook, type CrashPoint, NO_CRASH } from './crashPoints';

/**
 * The one store interface. Two implementations: SQLite (embedded default, store/sqlite) and
 * Azure Table Storage (deployed, multi-instance; a later issue). Both pass the same contract
 * suite (test/store/contract.ts).
 *
 * Rules every implementation keeps:
 * - Every record carries a version. A write names the version it read; if the stored version
 *   differs the write is a conflict, changes nothing and returns the current record.
 * - Writes that belong together (a change and its history) are one atomic write.
 * - Every write of a record takes its audit entry (domain/audit.ts) and writes it in that same
 *   atomic write; a write that changes nothing writes no entry.
 * - Activity keys come from a sequence inside the store: unique under concurrent creates and
 *   never reused.
 */
export type WriteResult<T, Current = T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'conflict'; current: Current }
  | { ok: false; reason: 'not_found' };

export { StoreUnavailableError } from '../domain/storeUnavailable';

export interface StoreHealth {
  ok: boolean;
  backend: string;
  detail?: string;
}

export interface ActivityStore {
  /** Allocates the next key (A-001, …), stores the activity with version 1 and its audit entry. */
  create(draft: ActivityDraft, audit: AuditFor): Promise<Activity>;
  get(key: string): Promise<Activity | undefined>;
  list(): Promise<Activity[]>;
  /** Stores `next` if the stored version is `expectedVersion`; its version and creation fields are not taken from `next`. */
  update(next: Activity, expectedVersion: number, audit: AuditDraft): Promise<WriteResult<Activity>>;
  /**
   * Removes the item and its comments if the stored version is `expectedVersion`. Its entries in
   * the trail stay, with the deletion's entry, as the trace of what was there.
   */
  delete(key: string, expectedVersion: number, audit: AuditDraft): Promise<WriteResult<Activity>>;
  addComment(comment: Omit<Comment, 'id'>, audit: AuditDraft): Promise<WriteResult<Comment>>;
  comments(key: string): Promise<Comment[]>;
}

export interface ChecklistStore {
  get(): Promise<Checklist | undefined>;
  /**
   * Stores the whole checklist if the stored document's version is `expectedVersion`
   * (0 = it must not exist yet). Returns it with the new version.
   */
  save(next: Checklist, expectedVersion: number, audit: AuditDraft): Promise<WriteResult<Checklist>>;
}

/** The monthly meetings (månadsmöten), each one document with its entries. */
export interface MeetingStore {
  /** Stores a new meeting with version 1 (its version is not taken from `meeting`); conflict if the id exists. */
  create(meeting: Meeting, audit: AuditDraft): Promise<WriteResult<Meeting>>;
  get(id: string): Promise<Meeting | undefined>;
  /** All meetings, newest meeting date first, then the one started last. */
  list(): Promise<Meeting[]>;
  /** Stores the whole meeting if the stored version is `expectedVersion`; not_found when it does not exist. */
  save(next: Meeting, expectedVersion: number, audit: AuditDraft): Promise<WriteResult<Meeting>>;
}

/**
 * Trainings and their registrations. Every change goes through `change`: inside one atomic
 * write (a SQLite transaction; on Azure Table one conditional batch per training partition) the
 * store reads the training's aggregate, reserves the arrival numbers the decision asks for, asks
 * the pure decision (domain/trainingChange.ts) and commits what it returns — the training, the
 * registrations, the notices the change implies AND its audit entry — or nothing. So a training is never
 * overbooked, the waitlist moves up in arrival order, and a promotion is never without its
 * message. Ids (U-001, …) and arrival numbers (seq) come from store sequences.
 */
export interface TrainingStore {
  /**
   * Allocates the next id (U-001, …) and stores the training with version 1, its audit entry and
   * the notices its publication implies (`notices`, given the id: the invitation's sync) — in one write.
   */
  create(draft: TrainingDraft, audit: AuditFor, notices?: (id: string) => OutboxDraft[]): Promise<Training>;
  get(id: string): Promise<Training | undefined>;
  /** All trainings by start (then id). */
  list(): Promise<Training[]>;
  /**
   * The one write of a training and its registrations (see above). A refusal of the decision is
   * returned as it is and writes nothing; an unknown training is `training.notFound`. The notices
   * reach the outbox in the same write (SQLite) or ride on the training's entity until
   * `OutboxStore.collect` moves them (Azure Table) — once either way.
   */
  change<T>(trainingId: string, decision: TrainingDecision<T>): Promise<Result<T>>;
  /** The training's registrations in arrival order (seq), all statuses. */
  registrations(trainingId: string): Promise<Registration[]>;
  /** One person's registrations, all statuses, in arrival order. */
  registrationsOf(userId: string): Promise<Registration[]>;
  /** Every registration (for the statistics), in arrival order. */
  allRegistrations(): Promise<Registration[]>;
}

/** The personal chat with the bot, per person (Entra object id): where proactive messages go. */
export interface ConversationStore {
  /**
   * Stores or replaces the person's reference; true when there was none before (a new chat).
   * The same reference again writes nothing (every turn saves it): `updatedAt` is when it last changed.
   */
  save(userId: string, reference: ConversationReference, at: Date): Promise<boolean>;
  get(userId: string): Promise<ConversationReference | undefined>;
  /** Forgets the chat (the app was uninstalled); false when there was none. */
  remove(userId: string): Promise<boolean>;
  list(): Promise<{ userId: string; reference: ConversationReference; updatedAt: string }[]>;
}

/**
 * Messages waiting to be delivered (proactive bot messages). A message is queued once per
 * dedupe key, claimed with a lease by the sender, and ends as sent or undeliverable.
 */
export interface OutboxStore {
  /** Queues the messages whose dedupe key is new (others are left as they are); returns how many were queued. */
  enqueue(messages: readonly OutboxDraft[]): Promise<number>;
  /**
   * Moves the notices that writes left on their aggregates into the queue (Azure Table: those on
   * training entities, written in the same batch as the change that implied them; SQLite queues
   * them in the write itself, so there is nothing to move). Idempotent by dedupe key; returns how
   * many notices were moved. The scheduler calls it before it delivers.
   */
  collect(): Promise<number>;
  /**
   * Takes up to `limit` pending messages due at `now` (oldest due first) that nobody holds: each
   * gets a lease until now + leaseMs and one more attempt counted. Atomic: two senders never
   * take the same message while its lease runs.
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<OutboxMessage[]>;
  /**
   * Holds a claimed message for `leaseMs` more from `now`, if it is still the sender's: pending,
   * and claimed by nobody since (its attempts are still `attempts`). False when another sender
   * took it after the lease ran out, or it is no longer pending: then it must not be sent.
   */
  renewClaim(id: number, attempts: number, now: Date, leaseMs: number): Promise<boolean>;
  /** Delivered; `activityId` is the connector's id of the message (to update it in place later). */
  markSent(id: number, now: Date, activityId?: string | null): Promise<void>;
  /** A failed attempt: due again at `retryAt`, or with null undeliverable for good; `error` says why. */
  markFailed(id: number, error: string, retryAt: Date | null): Promise<void>;
  /**
   * Gives a claimed message back without counting the attempt (it was never handed to the
   * connector, e.g. its conversation is paused after a 429): due again at `dueAt`.
   */
  release(id: number, dueAt: Date): Promise<void>;
  /** When the next pending message can be claimed (its due instant, or its lease's end if later), or null when none is pending. */
  nextDueAt(): Promise<string | null>;
  /** The messages sent into a channel about a meeting, oldest first (to update the posted cards in place). */
  sentToChannel(channelId: string, meetingDate: string): Promise<OutboxMessage[]>;
  /** Every message, oldest first (operations and tests). */
  list(): Promise<OutboxMessage[]>;
}

/**
 * The team channels the bot knows, with where to post in each: stored from the install in a
 * team, channel events and messages in a channel; forgotten when the app leaves the team.
 */
export interface ChannelStore {
  /** Stores or replaces the channel (by conversation id); true when it is new. */
  save(channel: TeamChannel): Promise<boolean>;
  get(conversationId: string): Promise<TeamChannel | undefined>;
  /** All known channels, by team name and channel name (General first). */
  list(): Promise<TeamChannel[]>;
  remove(conversationId: string): Promise<boolean>;
  /** Forgets every channel of a team (the app was removed from it); returns how many. */
  removeTeam(teamId: string): Promise<number>;
}

/** One versioned document (version 0 = none stored yet): the follow-up settings, the categories. */
export interface DocumentStore<T extends { version: number }> {
  get(): Promise<T | undefined>;
  /** Stores the document if the stored version is `expectedVersion` (0 = none stored yet); returns it with the new version. */
  save(next: T, expectedVersion: number, audit: AuditDraft): Promise<WriteResult<T>>;
}

/** The monthly follow-up's settings. */
export type FollowUpSettingsStore = DocumentStore<FollowUpSettings>;
/** The activity log's categories as the förvaltningsledare keeps them (none stored: the defaults). */
export type CategoryStore = DocumentStore<Categories>;

/** The cost calculation (Kostnadskalkyl; none stored: the defaults, version 0). */
export type CostCalculationStore = DocumentStore<CostCalculation>;

/** The named rights granted in Inställningar › Roller (none stored: nobody holds one). */
export type RightsStore = DocumentStore<Rights>;

/** The förvaltning team and its last known roster (none stored: no team chosen yet). */
export type ForvaltningTeamStore = DocumentStore<ForvaltningTeam>;

/**
 * The trainings' Outlook invitations as the sync last left them, one record per training
 * (domain/invitationRecord.ts). Operational state, not a record of what people did: no trail
 * entry. Only the scheduler's sync writes, one training at a time; the version still guards it.
 */
export interface InvitationStore {
  get(trainingId: string): Promise<InvitationRecord | undefined>;
  list(): Promise<InvitationRecord[]>;
  /** Stores the record if the stored version is `expectedVersion` (0 = none stored yet); returns it with the new version. */
  save(next: InvitationRecord, expectedVersion: number): Promise<WriteResult<InvitationRecord>>;
}

/**
 * Named leases across processes sharing the store: the scheduler's tick holds one, so of two
 * instances only one queues and delivers at a time (and the global send rate holds for both).
 */
export interface LeaseStore {
  /** Takes (or renews, for the same holder) the lease until now + ms; false while another holder's lease runs. */
  acquire(name: string, holder: string, now: Date, ms: number): Promise<boolean>;
  /** Gives the lease up if `holder` has it. */
  release(name: string, holder: string): Promise<void>;
}

/** Activities (bot turns) already handled: Teams resends a turn it thinks timed out. */
export interface TurnLogStore {
  /** Claims the activity id; false when it was claimed before (a resend: apply nothing again). */
  claim(activityId: string, at: Date): Promise<boolean>;
  /** Forgets claims made before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}

/** Small values the app keeps for itself (e.g. a generated signing key, so links survive restarts). */
export interface SettingsStore {
  /** The stored value, or — the first time — the one `create` makes, stored once even under parallel calls. */
  getOrCreate(name: string, create: () => string): Promise<string>;
}

/**
 * The audit trail as it is read (the entries are written by the other parts, each in its own
 * write). People are pseudonyms in the entries; the person table beside the chain says who each
 * one is, until the person is erased.
 */
export interface AuditStore {
  /** Entries that match, a page at a time (oldest first unless asked otherwise), with the people they name. */
  read(query: AuditQuery): Promise<AuditPage>;
  /** How many entries the chain has and the last one's hash, as the store keeps them beside the chain. */
  head(): Promise<AuditHead>;
  /** Walks the whole chain against the kept head: the first broken link, or the head it ends at. */
  verify(): Promise<AuditVerification>;
  /** The person's pseudonym (by Entra object id), if the trail has named them and they are not erased. */
  pseudonymOf(personId: string): Promise<string | undefined>;
  /**
   * Erases a person from the trail's person table (their pseudonym then stands for nobody the
   * trail can name); the chain is untouched. False when there was no row.
   */
  forget(personId: string): Promise<boolean>;
}

/** The förvaltningsdokumentation register (domain/documentRegister.ts), one record per document. */
export interface DocumentRegisterStore {
  /** Allocates the next id (D-001, …, from a sequence, never reused), stores the document with version 1 and its audit entry in one write. */
  create(draft: DocumentDraft, audit: AuditFor): Promise<RegisterDocument>;
  get(id: string): Promise<RegisterDocument | undefined>;
  /** Every document, by id (D-001 first). */
  list(): Promise<RegisterDocument[]>;
  /** Stores `next` if the stored version is `expectedVersion`; its id, version and creation fields are not taken from `next`. */
  save(next: RegisterDocument, expectedVersion: number, audit: AuditDraft): Promise<WriteResult<RegisterDocument>>;
}

export interface Store {
  readonly backend: string;
  readonly audit: AuditStore;
  readonly activities: ActivityStore;
  readonly checklist: ChecklistStore;
  readonly meetings: MeetingStore;
  readonly trainings: TrainingStore;
  readonly conversations: ConversationStore;
  readonly outbox: OutboxStore;
  readonly turns: TurnLogStore;
  readonly settings: SettingsStore;
  readonly channels: ChannelStore;
  readonly followUp: FollowUpSettingsStore;
  readonly categories: CategoryStore;
  readonly rights: RightsStore;
  readonly team: ForvaltningTeamStore;
  readonly invitations: InvitationStore;
  readonly leases: LeaseStore;
  /** Kostnadskalkyl (issue 16): none stored → the defaults (domain/costDefaults.ts). */
  readonly costs: CostCalculationStore;
  readonly documents: DocumentRegisterStore;
  health(): Promise<StoreHealth>;
  /** A one-time flag, e.g. that demo data was seeded; set returns false if already set. */
  markOnce(name: string): Promise<boolean>;
  close(): Promise<void>;
}
