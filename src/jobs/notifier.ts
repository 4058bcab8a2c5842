import type { Logger } from 'pino';
import { ConversationReference, INVITATION_SYNC, OutboxMessage } from '../domain/notification';
import { UseCases } from '../commands';
import type { ProactiveSender } from '../bot/core/turn';
import type { NoticeComposer } from '../bot/trainings/noticeComposer';
import { DEFAULT_RETRY_POLICY, RetryPolicy, nextAttempt } from './retryPolicy';
import { Pacer, TEAMS_PER_CONVERSATION_PER_SECOND, createPacer } from './pacer';

/**
 * Delivers the outbox, exactly once per message as far as the connector lets anyone know:
 * claims due messages (a lease and a counted attempt, committed before anything is sent, so a
 * message is never sent by two senders at once), finds where it goes (the person's chat, or the
 * team channel), builds the card as things are now, waits for its turn under Teams' rate
 * limits (pacer.ts), renews the claim — only if nobody claimed the message since, when
 * composing outlasted the lease — and sends it through the bot's ProactiveSender; then marks it sent with the
 * connector's message id. One message is in flight at a time: if the process dies, at most that
 * one is in doubt, and it is sent again only if the connector never acknowledged it to us (its
 * lease runs out and it is still pending). A failure is retried later (retryPolicy.ts,
 * Retry-After honoured) and the round goes on with the others; several 429s in a row pause all
 * sending. A person without a stored chat, or a channel the app has left, is undeliverable with
 * the reason.
 */
export interface DrainReport {
  sent: number;
  retrying: number;
  undeliverable: number;
  /** The connector answered 429 at least once in this round. */
  throttled: boolean;
}

export interface NotifierOptions {
  /** Messages claimed at once (then sent one after the other). */
  batchSize: number;
  /** How long a claimed message is held before another sender may take it. */
  leaseMs: number;
  /** At most this many messages per round; the rest wait for the next tick. */
  maxPerRound: number;
  /** Messages per second across all conversations (Teams allows a bot about 50 per second per tenant). */
  perSecond: number;
  /** Messages per second in one conversation (Teams: 7). */
  perConversation: number;
  /** This many 429s in a row pause all sending for the Retry-After. */
  pauseAfter429s: number;
  /** A conversation paused longer than this: the message is given back (due then) instead of waited for. */
  maxWaitMs: number;
  retry: RetryPolicy;
  /** The invitation's syncs: Graph asks for an exponential backoff from a few seconds. */
  invitationRetry: RetryPolicy;
}

export const DEFAULT_NOTIFIER_OPTIONS: NotifierOptions = {
  batchSize: 8,
  leaseMs: 2 * 60_000,
  maxPerRound: 400,
  perSecond: 30,
  perConversation: TEAMS_PER_CONVERSATION_PER_SECOND,
  pauseAfter429s: 4,
  maxWaitMs: 5_000,
  retry: DEFAULT_RETRY_POLICY,
  invitationRetry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 10_000, maxDelayMs: 15 * 60_000 },
};

export interface Notifier {
  /**
   * One round. `keepGoing` is asked before each claim (the scheduler renews its lease there);
   * false ends the round.
   */
  drain(keepGoing?: () => Promise<boolean>): Promise<DrainReport>;
}

export function createNotifier(deps: {
  delivery: UseCases['delivery'];
  /** Brings a training's Outlook invitation up to date (the `invitationSync` messages); absent: invitations are off. */
  invitations?: Pick<UseCases['invitations'], 'sync'>;
  sender: ProactiveSender;
  compose: NoticeComposer;
  now: () => Date;
  logger: Logger;
  options?: Partial<NotifierOptions>;
  pacer?: Pacer;
  /** For the backoff's jitter. */
  random?: () => number;
}): Notifier {
  const { delivery, sender, logger } = deps;
  const options = { ...DEFAULT_NOTIFIER_OPTIONS, ...deps.options };
  // A claimed message must be sent well within its lease, or another sender could take it too:
  // claim no more than a quarter-lease's worth at the pace, and never wait longer than that.
  const claimSize = Math.max(1, Math.min(options.batchSize, Math.floor((options.perSecond * options.leaseMs) / 4000)));
  const maxWaitMs = Math.min(options.maxWaitMs, options.leaseMs / 4);
  // One pacer for the notifier's life: the limits hold across rounds.
  const pacer = deps.pacer ?? createPacer({ perSecond: options.perSecond, perConversation: options.perConversation, windowMs: 1000 });
  let throttledInARow = 0;

  /**
   * An invitation's sync goes to Microsoft Graph, not the connector: not paced with the chats
   * (one at a time, Graph's own limits are far above this), retried with Graph's Retry-After or
   * the backoff; a missing mailbox or permission ends the message (the record tells the
   * organiser, the periodic check tries again once it is fixed).
   */
  async function syncInvitation(message: OutboxMessage, report: DrainReport): Promise<void> {
    const about = { outbox: message.id, kind: message.kind, training: message.trainingId ?? undefined, attempt: message.attempts };
    if (!deps.invitations || !message.trainingId) {
      await delivery.markFailed(message.id, 'invitations are off', null);
      report.undeliverable++;
      return;
    }
    const outcome = await deps.invitations.sync(message.trainingId);
    if ('done' in outcome) {
      await delivery.markSent(message.id, null);
      report.sent++;
      if (outcome.done.length) logger.info({ ...about, steps: outcome.done }, 'invitation brought up to date');
      return;
    }
    if ('stopped' in outcome) {
      await delivery.markFailed(message.id, `${outcome.stopped}: ${outcome.detail}`, null);
      report.undeliverable++;
      logger.warn({ ...about, reason: outcome.stopped }, 'invitation stopped until the mailbox or the permission is fixed');
      return;
    }
    const next = nextAttempt(message.attempts, { status: outcome.status, retryAfterMs: outcome.retryAfterMs }, deps.now(), options.invitationRetry, deps.random);
    if ('giveUp' in next) {
      await delivery.markFailed(message.id, `${next.giveUp}: ${outcome.retry}`, null);
      report.undeliverable++;
      return;
    }
    await delivery.markFailed(message.id, outcome.retry, next.retryAt);
    report.retrying++;
    logger.warn({ ...about, reason: outcome.retry, retryAt: next.retryAt.toISOString() }, 'invitation will be retried');
  }

  async function deliver(message: OutboxMessage, report: DrainReport): Promise<void> {
    if (message.kind === INVITATION_SYNC) return syncInvitation(message, report);
    const about = { outbox: message.id, kind: message.kind, user: message.userId || undefined, channel: message.channelId ?? undefined, attempt: message.attempts };
    const undeliverable = async (reason: string) => {
      await delivery.markFailed(message.id, reason, null);
      report.undeliverable++;
      logger.warn({ ...about, reason }, 'notification undeliverable');
    };
    const target = await delivery.addressOf(message);
    if ('undeliverable' in target) return undeliverable(target.undeliverable);
    const composed = await deps.compose(message, target.reference);
    if ('skip' in composed) return undeliverable(`no longer applies: ${composed.skip}`);

    const conversation = target.reference.conversation.id;
    const wait = pacer.waitFor(conversation);
    if (wait > maxWaitMs) {
      // Paused (throttled) for longer than is worth holding the round for: due again then, the attempt not counted.
      await delivery.giveBack(message.id, new Date(deps.now().getTime() + wait));
      return;
    }
    await pacer.take(conversation);
    // Finding the address and composing read the store, which may have taken longer than the
    // lease under load: send only if the message is still ours, and hold it for the send.
    if (!(await delivery.renewClaim(message, options.leaseMs))) {
      logger.info(about, 'notification taken by another sender while it was composed: not sent here');
      return;
    }
    const outcome = await sender.send(target.reference, composed.message);
    if (outcome.ok) {
      throttledInARow = 0;
      await delivery.markSent(message.id, outcome.activityId);
      report.sent++;
      return;
    }
    if (outcome.status === 429) {
      report.throttled = true;
      if (++throttledInARow >= options.pauseAfter429s) pacer.pause(outcome.retryAfterMs ?? 1000);
    } else {
      throttledInARow = 0;
    }
    const next = nextAttempt(message.attempts, outcome, deps.now(), options.retry, deps.random);
    if ('giveUp' in next) return undeliverable(`${next.giveUp}: ${outcome.error}`);
    await delivery.markFailed(message.id, outcome.error, next.retryAt);
    report.retrying++;
    logger.warn({ ...about, status: outcome.status, retryAt: next.retryAt.toISOString() }, 'notification will be retried');
  }

  return {
    async drain(keepGoing) {
      const report: DrainReport = { sent: 0, retrying: 0, undeliverable: 0, throttled: false };
      let taken = 0;
      while (taken < options.maxPerRound) {
        if (keepGoing && !(await keepGoing())) break;
        const batch = await delivery.claimDue(Math.min(claimSize, options.maxPerRound - taken), options.leaseMs);
        if (batch.length === 0) break;
        taken += batch.length;
        // One after the other: at most one message is in flight (and in doubt, should the process die).
        for (const message of batch) {
          await deliver(message, report).catch(async (error: unknown) => {
            // Something of ours failed (not the connector): try again after the backoff.
            logger.error({ err: error, outbox: message.id }, 'notification failed');
            const next = nextAttempt(message.attempts, { status: null, retryAfterMs: null }, deps.now(), options.retry, deps.random);
            await delivery.markFailed(message.id, String((error as Error)?.message ?? error), 'retryAt' in next ? next.retryAt : null);
            report.retrying++;
          });
        }
      }
      return report;
    },
  };
}
