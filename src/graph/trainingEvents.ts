import type { InvitationAttendee, InvitationDetails, InvitationEvent } from '../domain/trainingInvitation';
import { Result, fail } from '../domain/problem';

/**
 * The trainings mailbox's calendar (TRAININGS_MAILBOX), as the rest of the app sees it:
 * graph/graphTrainingEvents.ts writes the events through Microsoft Graph with the app's own
 * token. Every call may fail: `unavailable` (throttled, 5xx, timeout; `retryAfterMs` when Graph
 * said how long to wait), `not_found` (the mailbox or the event does not exist), `forbidden`
 * (the app may not write that mailbox's calendar). The caller retries from the outbox.
 */
export interface TrainingEvents {
  /** The mailbox the events are in; null when invitations are off. */
  readonly mailbox: string | null;
  /**
   * Creates the training's event, idempotent per `key` (the training's id, or the id and a
   * generation once an event was deleted in the mailbox and is made anew): a retried create
   * finds the one made before.
   */
  create(key: string, event: InvitationEvent): Promise<Result<{ eventId: string; joinUrl: string | null }>>;
  /** Changes what changed; `attendees` (the whole list) only when it changed — Exchange mails those added. */
  update(eventId: string, details: Partial<InvitationDetails>, attendees: InvitationAttendee[] | null): Promise<Result<void>>;
  /** Cancels the event with the organiser's message to its attendees. */
  cancel(eventId: string, message: string): Promise<Result<void>>;
}

const off = async () => fail('unavailable', 'invitations.off');

export const NO_TRAINING_EVENTS: TrainingEvents = { mailbox: null, create: off, update: off, cancel: off };
