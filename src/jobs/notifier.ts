import type { Logger } from 'pino';
import { OutboxMessage } from '../domain/notification';
import { Store } from '../store/store';
import { ProactiveSender } from '../bot/turn';
import { NoticeComposer } from '../bot/proactive';
import { DEFAULT_RETRY_POLICY, RetryPolicy, nextAttempt } from './retryPolicy';

/**
 * Delivers the outbox: claims due messages (with a lease, so a message is never sent by two
 * senders at once), finds the person's chat, builds the card as things are now and sends it
 * through the bot's ProactiveSender. A failure is retried later (retryPolicy.ts; Retry-After
 * honoured) and a 429 stops the round, so the app stays under Teams' rate limits. A person
 * without a stored chat cannot be reached: the message is marked undeliverable with the reason.
 */
export interface DrainReport {
  sent: number;
  retrying: number;
  undeliverable: number;
  /** The connector answered 429: the round stopped early. */
  throttled: boolean;
}

export interface NotifierOptions {
  /** Messages sent in parallel (one claim). */
  batchSize: number;
  /** How long a claimed message is held before another sender may take it. */
  leaseMs: number;
  /** At most this many messages per round; the rest wait for the next tick. */
  maxPerRound: number;
  /** Pace: at most this many messages per second (Teams allows a bot about 50 per second per tenant). */
  maxPerSecond: number;
  retry: RetryPolicy;
}

export const DEFAULT_NOTIFIER_OPTIONS: NotifierOptions = {
  batchSize: 8,
  leaseMs: 2 * 60_000,
  maxPerRound: 400,
  maxPerSecond: 25,
  retry: DEFAULT_RETRY_POLICY,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Notifier {
  drain(): Promise<DrainReport>;
}

export function createNotifier(deps: {
  store: Store;
  sender: ProactiveSender;
  compose: NoticeComposer;
  now: () => Date;
  logger: Logger;
  options?: Partial<NotifierOptions>;
}): Notifier {
  const { store, sender, logger } = deps;
  const options = { ...DEFAULT_NOTIFIER_OPTIONS, ...deps.options };

  async function deliver(message: OutboxMessage, report: DrainReport): Promise<void> {
    const about = { outbox: message.id, kind: message.kind, user: message.userId, attempt: message.attempts };
    const undeliverable = async (reason: string) => {
      await store.outbox.markFailed(message.id, reason, null);
      report.undeliverable++;
      logger.warn({ ...about, reason }, 'notification undeliverable');
    };
    const reference = await store.conversations.get(message.userId);
    if (!reference) return undeliverable('no conversation reference: the person has not installed the app, or removed it');
    const composed = await deps.compose(message, reference);
    if ('skip' in composed) return undeliverable(`no longer applies: ${composed.skip}`);

    const outcome = await sender.send(reference, composed.message);
    if (outcome.ok) {
      await store.outbox.markSent(message.id, deps.now());
      report.sent++;
      return;
    }
    if (outcome.status === 429) report.throttled = true;
    const next = nextAttempt(message.attempts, outcome, deps.now(), options.retry);
    if ('giveUp' in next) return undeliverable(`${next.giveUp}: ${outcome.error}`);
    await store.outbox.markFailed(message.id, outcome.error, next.retryAt);
    report.retrying++;
    logger.warn({ ...about, status: outcome.status, retryAt: next.retryAt.toISOString() }, 'notification will be retried');
  }

  return {
    async drain() {
      const report: DrainReport = { sent: 0, retrying: 0, undeliverable: 0, throttled: false };
      let taken = 0;
      let paceUntil = 0;
      while (taken < options.maxPerRound && !report.throttled) {
        // Real time, not the injected clock: this is about how fast the connector is called.
        if (paceUntil > Date.now()) await sleep(paceUntil - Date.now());
        const batch = await store.outbox.claimDue(deps.now(), Math.min(options.batchSize, options.maxPerRound - taken), options.leaseMs);
        if (batch.length === 0) break;
        taken += batch.length;
        paceUntil = Date.now() + (batch.length * 1000) / options.maxPerSecond;
        await Promise.all(
          batch.map((m) =>
            deliver(m, report).catch(async (error: unknown) => {
              // Something of ours failed (not the connector): try again after the backoff.
              logger.error({ err: error, outbox: m.id }, 'notification failed');
              const next = nextAttempt(m.attempts, { status: null, retryAfterMs: null }, deps.now(), options.retry);
              await store.outbox.markFailed(m.id, String((error as Error)?.message ?? error), 'retryAt' in next ? next.retryAt : null);
              report.retrying++;
            }),
          ),
        );
      }
      return report;
    },
  };
}
