import { Training } from '../domain/training';
import { Registration } from '../domain/registration';
import { Problem } from '../domain/problem';
import {
  InvitationProblemReason,
  InvitationRecord,
  addressesToLookUp,
  afterEventDeleted,
  createKeyOf,
  emptyInvitationRecord,
  invitationApplies,
  invitationStatus,
  withAddresses,
} from '../domain/invitationRecord';
import type { OutlookInvitation } from '../domain/trainingView';
import { DesiredInvitation, InvitationStep, afterStep, desiredInvitation, nextInvitationStep } from '../domain/trainingInvitation';
import { invitationSyncNotice } from '../domain/notification';
import { Locale, t } from '../i18n';
import type { TrainingEvents } from '../graph/trainingEvents';
import type { PeopleAddresses } from '../graph/peopleAddresses';
import { CommandContext } from './context';

/**
 * The trainings mailbox's events kept equal to the trainings (issue 14). `syncInvitation` is
 * what the scheduler runs for an `invitationSync` message: it reads the training, its
 * registrations and the invitation record as they are NOW, looks up the addresses still missing,
 * and takes the steps (create, update, cancel) that bring the event there — recomputed, never
 * replayed, so a retry or a message that runs late converges on the same event, and a person
 * already on the event is never added (mailed) twice. After each step that the mailbox took the
 * record is saved; a failure is told as a value: try again later, or stopped until someone fixes
 * the mailbox or the permission (the organiser sees which).
 */
export interface InvitationServices {
  events: TrainingEvents;
  addresses: PeopleAddresses;
  /** The language of the event's texts (the mailbox is the organisation's, not one person's). */
  locale: Locale;
}

export type SyncOutcome =
  /** The event is as the training is (the steps taken, none when it already was). */
  | { done: InvitationStep['kind'][] }
  /** Graph did not answer or asked to wait: the message is tried again (Retry-After when Graph gave one). */
  | { retry: string; status: number | null; retryAfterMs: number | null }
  /** The mailbox or the permission is missing: nothing more until it is fixed (the periodic check tries again). */
  | { stopped: InvitationProblemReason; detail: string };

/** At most this many steps per run (create, then the attendees who came meanwhile; a cancel). */
const MAX_STEPS = 3;

export function invitationWords(locale: Locale, training: Pick<Training, 'title' | 'organiser'>) {
  return {
    organisedBy: (name: string) => t(locale, 'invitations.organisedBy', { name }),
    cancelMessage: t(locale, 'invitations.cancelMessage', { title: training.title, name: training.organiser.name }),
  };
}

/** What the event should be now, with the addresses looked up so far. */
export function desiredFor(training: Training, registrations: readonly Registration[], record: InvitationRecord | undefined, locale: Locale): DesiredInvitation {
  return desiredInvitation(training, withAddresses(registrations, record?.addresses ?? {}), invitationWords(locale, training));
}

export async function syncInvitation(ctx: CommandContext, services: InvitationServices, trainingId: string): Promise<SyncOutcome> {
  const training = await ctx.store.trainings.get(trainingId);
  if (!training) return { done: [] };
  const stored = await ctx.store.invitations.get(trainingId);
  let record: InvitationRecord = stored ?? emptyInvitationRecord(trainingId);
  if (!invitationApplies(training, stored, ctx.now())) return { done: [] };
  const registrations = await ctx.store.trainings.registrations(trainingId);

  const save = async (next: InvitationRecord): Promise<boolean> => {
    const saved = await ctx.store.invitations.save(next, record.version);
    if (saved.ok) record = saved.value;
    return saved.ok;
  };
  const lost = { retry: 'the invitation record was changed by another sync', status: null, retryAfterMs: null } as const;

  const found = await lookUpAddresses(services.addresses, addressesToLookUp(registrations, record.addresses));
  if (found.length && !(await save({ ...record, addresses: { ...record.addresses, ...Object.fromEntries(found) } }))) return lost;

  const taken: InvitationStep['kind'][] = [];
  for (let i = 0; i < MAX_STEPS; i++) {
    const step = nextInvitationStep(record.synced, desiredFor(training, registrations, record, services.locale));
    if (step.kind === 'none') break;
    const outcome = await perform(services.events, createKeyOf(record), step);
    if ('problem' in outcome && outcome.problem.code === 'invitations.eventMissing' && step.kind !== 'create') {
      // Deleted in the mailbox: a cancellation has nothing left to do; anything else makes the event anew.
      const next = step.kind === 'cancel' ? { ...record, synced: afterStep(record.synced, step), problem: null } : afterEventDeleted(record);
      if (!(await save(next))) return lost;
      if (step.kind === 'cancel') taken.push('cancel');
      continue;
    }
    if ('problem' in outcome) {
      const failed = failureOf(outcome.problem);
      const problem = { reason: 'stopped' in failed ? failed.stopped : 'unavailable', at: ctx.now().toISOString() } as const;
      if (record.problem?.reason !== problem.reason && !(await save({ ...record, problem }))) return lost;
      return failed;
    }
    const synced = afterStep(record.synced, step, outcome.created);
    const joinUrl = outcome.created ? outcome.created.joinUrl : record.joinUrl;
    if (!(await save({ ...record, synced, joinUrl, problem: null, syncedAt: ctx.now().toISOString() }))) return lost;
    taken.push(step.kind);
  }
  if (record.problem && taken.length === 0 && !(await save({ ...record, problem: null }))) return lost;
  return { done: taken };
}

async function perform(
  events: TrainingEvents,
  createKey: string,
  step: Exclude<InvitationStep, { kind: 'none' }>,
): Promise<{ created?: { eventId: string; joinUrl: string | null } } | { problem: Problem }> {
  switch (step.kind) {
    case 'create': {
      const created = await events.create(createKey, step.event);
      return created.ok ? { created: created.value } : { problem: created.problem };
    }
    case 'update': {
      const updated = await events.update(step.eventId, step.details, step.attendees);
      return updated.ok ? {} : { problem: updated.problem };
    }
    case 'cancel': {
      const cancelled = await events.cancel(step.eventId, step.message);
      return cancelled.ok ? {} : { problem: cancelled.problem };
    }
  }
}

/** The port's failure as the outbox sees it. */
function failureOf(problem: Problem): Exclude<SyncOutcome, { done: unknown }> {
  const detail = problem.code;
  if (problem.kind === 'forbidden') return { stopped: 'permissionMissing', detail };
  if (problem.kind === 'not_found') return { stopped: problem.code === 'invitations.eventMissing' ? 'eventMissing' : 'mailboxMissing', detail };
  const params = problem.params ?? {};
  const retryAfterMs = typeof params.retryAfterMs === 'number' ? params.retryAfterMs : null;
  const reason = String(params.reason ?? 'unavailable');
  return { retry: reason, status: reason === 'throttled' ? 429 : reason === 'timeout' ? null : 503, retryAfterMs };
}

/** Addresses for the people without one, until the directory refuses or stops answering (the next sync asks again). */
async function lookUpAddresses(addresses: PeopleAddresses, userIds: readonly string[]): Promise<[string, string | null][]> {
  const found: [string, string | null][] = [];
  for (const userId of userIds) {
    const answer = await addresses.addressOf(userId);
    if (!answer.ok) break;
    found.push([userId, answer.value]);
  }
  return found;
}

/**
 * The periodic check (the scheduler, every INVITATION_RECHECK_MS): a sync for every training
 * whose event is not as it should be — a mailbox or permission fixed since, a training published
 * before invitations were turned on, a message that gave up. `round` names the check, so one
 * check queues one sync per training however often it runs.
 */
export async function queueInvitationChecks(ctx: CommandContext, locale: Locale, round: string): Promise<number> {
  const now = ctx.now();
  const records = new Map((await ctx.store.invitations.list()).map((r) => [r.trainingId, r]));
  const due = [];
  for (const training of await ctx.store.trainings.list()) {
    const record = records.get(training.id);
    if (!invitationApplies(training, record, now)) continue;
    const registrations = await ctx.store.trainings.registrations(training.id);
    const behind = nextInvitationStep(record?.synced ?? null, desiredFor(training, registrations, record, locale)).kind !== 'none';
    const unresolved = addressesToLookUp(registrations, record?.addresses ?? {}).length > 0;
    if (behind || record?.problem || unresolved) due.push(invitationSyncNotice(training.id, `check:${round}`, now));
  }
  return due.length ? ctx.store.outbox.enqueue(due) : 0;
}

/** The invitation as a viewer of the training sees it (null while invitations are off); organisers get its state. */
export function invitationOf(
  ctx: CommandContext,
  training: Training,
  registrations: readonly Registration[],
  record: InvitationRecord | undefined,
  organiser: boolean,
): OutlookInvitation | null {
  if (!ctx.invitations) return null;
  const status = organiser && (invitationApplies(training, record, ctx.now()) || record)
    ? invitationStatus(record, desiredFor(training, registrations, record, ctx.invitations.locale), registrations)
    : null;
  return { joinUrl: record?.joinUrl ?? null, status };
}
