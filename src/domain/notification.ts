import { Training } from './training';
import { Registration } from './registration';

/**
 * Telling people things without being asked (proactive messages in the personal chat with the
 * bot): a seat from the waitlist, a training cancelled or moved by the organiser, the reminder
 * the day before. The use cases decide WHO is told WHAT and put it in the store's outbox; the
 * scheduler delivers it. Every message has a dedupe key, so the same news is never queued twice.
 */

/**
 * Where a person can be reached: the personal chat with the bot, as the channel gave it in the
 * last activity (plain JSON, the Bot Framework conversation reference shape), with the
 * language of that activity so proactive messages come in the person's language.
 */
export interface ConversationReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; conversationType?: string; tenantId?: string };
  bot: { id: string; name?: string };
  /** The person in the chat: the channel's user id (29:…) and the Entra object id. */
  user: { id: string; aadObjectId?: string; name?: string };
  locale?: string;
}

export const TRAINING_NOTIFICATION_KINDS = ['promoted', 'trainingCancelled', 'trainingChanged', 'reminder'] as const;
/** The monthly follow-up: the restlista card in the channel, and an owner's overdue items in their chat. */
export const FOLLOW_UP_NOTIFICATION_KINDS = ['followUpReminder', 'followUpNudge'] as const;
/**
 * Not a message to a person: bring the training's Outlook invitation in the trainings mailbox up
 * to date with the training and its registrations (domain/trainingInvitation.ts). Queued with
 * every change while invitations are on; delivered through Microsoft Graph, not the bot.
 */
export const INVITATION_SYNC = 'invitationSync' as const;
export const NOTIFICATION_KINDS = [...TRAINING_NOTIFICATION_KINDS, ...FOLLOW_UP_NOTIFICATION_KINDS, INVITATION_SYNC] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type TrainingNotificationKind = (typeof TRAINING_NOTIFICATION_KINDS)[number];
export const isFollowUpKind = (kind: NotificationKind): kind is (typeof FOLLOW_UP_NOTIFICATION_KINDS)[number] =>
  (FOLLOW_UP_NOTIFICATION_KINDS as readonly string[]).includes(kind);
/** A message for a person or a channel, as opposed to the invitation's sync. */
export type MessageKind = Exclude<NotificationKind, typeof INVITATION_SYNC>;

/** A message to deliver, as queued. The card is built when it is sent, from things as they are then. */
export interface OutboxDraft {
  /** Unique per piece of news: the same key is never queued twice. */
  dedupeKey: string;
  /** The person told in their personal chat; '' for a message into a channel. */
  userId: string;
  kind: NotificationKind;
  /** The training the news is about; null for follow-up messages. */
  trainingId: string | null;
  /** A message into a team channel: the channel's conversation id (then `userId` is ''). */
  channelId?: string | null;
  /** Follow-up messages: the meeting (YYYY-MM-DD) they are about. */
  meetingDate?: string | null;
  createdAt: string;
  /** Not before this instant (UTC ISO). */
  dueAt: string;
  /**
   * Messages that stand for one another: while one with this key waits and nobody holds it, a
   * new one is not queued — the one waiting does the same when it runs (the invitation's sync
   * reads the training as it is then). Once a sender holds it, a new one is queued again.
   */
  coalesceKey?: string | null;
}

export const OUTBOX_STATUSES = ['pending', 'sent', 'undeliverable'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxMessage extends OutboxDraft {
  id: number;
  channelId: string | null;
  meetingDate: string | null;
  /** The connector's id of the sent message (to update it in place later); null until sent. */
  activityId: string | null;
  status: OutboxStatus;
  /** Delivery attempts so far (counted when a message is claimed). */
  attempts: number;
  /** While a sender holds the message; another sender may take it after this instant. */
  leaseUntil: string | null;
  sentAt: string | null;
  /** Why the last attempt failed, or why the message is undeliverable. */
  lastError: string | null;
}

/** The promoted person (now confirmed) is told; the key includes the arrival number, so a later promotion after a new sign-up is news again. */
export function promotedNotice(registration: Registration, now: Date): OutboxDraft {
  return draft('promoted', registration, `promoted:${registration.trainingId}:${registration.userId}:${registration.seq}`, now);
}

/** The organiser cancelled (once, final) or moved the training: each person still registered is told. */
export function trainingNotices(
  training: Pick<Training, 'id' | 'version'>,
  reason: 'cancelled' | 'changed',
  registrations: readonly Registration[],
  now: Date,
): OutboxDraft[] {
  return registrations.map((r) =>
    reason === 'cancelled'
      ? draft('trainingCancelled', r, `cancelled:${training.id}:${r.userId}`, now)
      : draft('trainingChanged', r, `changed:${training.id}:${r.userId}:${training.version}`, now),
  );
}

/** How long before the start the reminder goes out: the day before. */
export const REMINDER_LEAD_MS = 24 * 60 * 60_000;

/**
 * Reminders due now: for each planned training that starts within the next day, every person
 * confirmed since before that day began (REMINDER_LEAD_MS before the start). Someone who signs
 * up or moves up from the waitlist within the last day has just had the details in the
 * confirmation or the promotion message, so they get no second message about it. The key is
 * `reminder:<training>:<user>`: however often this runs, one reminder per person.
 */
export function dueReminders(trainings: readonly Training[], registrations: readonly Registration[], now: Date): OutboxDraft[] {
  const at = now.getTime();
  const soon = new Map(
    trainings
      .filter((t) => t.status === 'planned')
      .filter((t) => {
        const start = Date.parse(t.start);
        return at >= start - REMINDER_LEAD_MS && at < start;
      })
      .map((t) => [t.id, t]),
  );
  return registrations
    .filter((r) => r.status === 'confirmed')
    .filter((r) => {
      const training = soon.get(r.trainingId);
      return training !== undefined && Date.parse(r.updatedAt) < Date.parse(training.start) - REMINDER_LEAD_MS;
    })
    .map((r) => draft('reminder', r, `reminder:${r.trainingId}:${r.userId}`, now));
}

function draft(kind: TrainingNotificationKind, r: Pick<Registration, 'trainingId' | 'userId'>, dedupeKey: string, now: Date): OutboxDraft {
  const at = now.toISOString();
  return { dedupeKey, userId: r.userId, kind, trainingId: r.trainingId, createdAt: at, dueAt: at };
}

/**
 * The training's invitation is to be brought up to date (invitations on). One per change:
 * `change` names it (the training's new version, or a registration's person and version), so a
 * retried write queues it once. The sync itself recomputes from the current state, so however
 * many are queued and in whatever order they run, the event ends as the registrations are.
 */
export function invitationSyncNotice(trainingId: string, change: string, now: Date): OutboxDraft {
  const at = now.toISOString();
  return { dedupeKey: `invitation:${trainingId}:${change}`, userId: '', kind: INVITATION_SYNC, trainingId, createdAt: at, dueAt: at, coalesceKey: `invitation:${trainingId}` };
}
