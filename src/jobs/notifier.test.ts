import pino from 'pino';
import { openSqliteStore } from '../store/sqlite/sqliteStore';
import { Store } from '../store/store';
import { ConversationReference, OutboxDraft } from '../domain/notification';
import { ProactiveSender, SendOutcome } from '../bot/turn';
import { createNotifier } from './notifier';

/** The notifier's rounds with a scripted sender: what is sent, retried, given up, and when a round stops. */
const T0 = new Date('2026-03-02T08:00:00.000Z');
let now = T0;
let store: Store;
const ref = (n: number): ConversationReference => ({
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: `a:${n}` },
  bot: { id: '28:bot' },
  user: { id: `29:${n}` },
});
const draft = (n: number): OutboxDraft => ({ dedupeKey: `k${n}`, userId: `aad-${n}`, kind: 'promoted', trainingId: 'U-001', createdAt: T0.toISOString(), dueAt: T0.toISOString() });

function scripted(outcomes: Record<string, SendOutcome>): ProactiveSender & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async send(reference) {
      sent.push(reference.conversation.id);
      return outcomes[reference.conversation.id] ?? { ok: true, activityId: 'x' };
    },
  };
}

const notifierWith = (sender: ProactiveSender, options = {}) =>
  createNotifier({ store, sender, compose: async () => ({ message: { text: 'hej' } }), now: () => now, logger: pino({ level: 'silent' }), options });

beforeEach(async () => {
  now = T0;
  store = openSqliteStore(':memory:');
  for (const n of [1, 2, 3, 4, 5, 6]) await store.conversations.save(`aad-${n}`, ref(n), T0);
});
afterEach(() => store.close());

describe('notifier', () => {
  it('sends every due message once, in batches, and reports what happened', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5, 6, 7].map(draft));
    const sender = scripted({ 'a:3': { ok: false, status: 503, retryAfterMs: null, error: '503' } });
    const report = await notifierWith(sender, { batchSize: 2 }).drain();
    expect(report).toEqual({ sent: 5, retrying: 1, undeliverable: 1, throttled: false });
    expect(sender.sent.sort()).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6']);
    expect(await notifierWith(sender).drain()).toEqual({ sent: 0, retrying: 0, undeliverable: 0, throttled: false });
  });

  it('a 429 ends the round: what was not claimed waits for the next tick', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5, 6].map(draft));
    const sender = scripted({ 'a:2': { ok: false, status: 429, retryAfterMs: 5_000, error: '429' } });
    const report = await notifierWith(sender, { batchSize: 2 }).drain();
    expect(report).toEqual({ sent: 1, retrying: 1, undeliverable: 0, throttled: true });
    expect(sender.sent).toEqual(['a:1', 'a:2']);
    expect(await notifierWith(sender, { batchSize: 2 }).drain()).toMatchObject({ sent: 4, retrying: 0 });
    now = new Date(T0.getTime() + 5_000);
    expect(await notifierWith(scripted({})).drain()).toMatchObject({ sent: 1 });
  });

  it('stops after maxPerRound messages', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5].map(draft));
    expect(await notifierWith(scripted({}), { batchSize: 2, maxPerRound: 3 }).drain()).toMatchObject({ sent: 3 });
    expect(await notifierWith(scripted({}), { batchSize: 2, maxPerRound: 3 }).drain()).toMatchObject({ sent: 2 });
  });

  it('a message whose news no longer applies is not sent', async () => {
    await store.outbox.enqueue([draft(1)]);
    const sender = scripted({});
    const notifier = createNotifier({ store, sender, compose: async () => ({ skip: 'no longer confirmed' }), now: () => now, logger: pino({ level: 'silent' }) });
    expect(await notifier.drain()).toMatchObject({ sent: 0, undeliverable: 1 });
    expect(sender.sent).toEqual([]);
    expect((await store.outbox.list())[0]).toMatchObject({ status: 'undeliverable', lastError: 'no longer applies: no longer confirmed' });
  });
});

describe('notifier pace', () => {
  it('keeps to maxPerSecond across batches', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5, 6].map(draft));
    const started = Date.now();
    expect(await notifierWith(scripted({}), { batchSize: 2, maxPerSecond: 20 }).drain()).toMatchObject({ sent: 6 });
    // Three batches of two at 20 per second: the 2nd and 3rd wait 100 ms each.
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});
