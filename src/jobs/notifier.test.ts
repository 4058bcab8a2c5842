import pino from 'pino';
import { openSqliteStore } from '../store/sqlite/sqliteStore';
import { Store } from '../store/store';
import { ConversationReference, OutboxDraft } from '../domain/notification';
import { ProactiveSender, SendOutcome } from '../bot/core/turn';
import { createNotifier } from './notifier';
import { createUseCases } from '../commands';

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
      return outcomes[reference.conversation.id] ?? { ok: true, activityId: `id-${reference.conversation.id}` };
    },
    async update() {
      throw new Error('the notifier only sends');
    },
  };
}

/** The delivery use cases on the test's store and clock. */
const deliveryOf = (s: Store) => createUseCases({ store: s, now: () => now, timeZone: 'Europe/Stockholm' }).delivery;

const notifierWith = (sender: ProactiveSender, options = {}) =>
  createNotifier({ delivery: deliveryOf(store), sender, compose: async () => ({ message: { text: 'hej' } }), now: () => now, logger: pino({ level: 'silent' }), options });

beforeEach(async () => {
  now = T0;
  store = openSqliteStore(':memory:');
  for (const n of [1, 2, 3, 4, 5, 6]) await store.conversations.save(`aad-${n}`, ref(n), T0);
});
afterEach(() => store.close());

describe('notifier', () => {
  it('a message whose lease ran out while it was being composed is not sent by both senders: the one that claimed it last sends it', async () => {
    await store.outbox.enqueue([draft(1)]);
    const sent: string[] = [];
    const senderOf = (who: string): ProactiveSender => ({
      async send(reference) {
        sent.push(`${who} ${reference.conversation.id}`);
        return { ok: true, activityId: `${who}-1` };
      },
      async update() {
        throw new Error('the notifier only sends');
      },
    });
    let second: Promise<unknown> = Promise.resolve();
    // The first sender is slow to compose (a store under load): its lease runs out meanwhile, and
    // another instance's round claims the message and sends it.
    const slow = createNotifier({
      delivery: deliveryOf(store),
      sender: senderOf('A'),
      compose: async () => {
        now = new Date(now.getTime() + 2_000);
        second = createNotifier({ delivery: deliveryOf(store), sender: senderOf('B'), compose: async () => ({ message: { text: 'hej' } }), now: () => now, logger: pino({ level: 'silent' }), options: { leaseMs: 1_500 } }).drain();
        await second;
        return { message: { text: 'hej' } };
      },
      now: () => now,
      logger: pino({ level: 'silent' }),
      options: { leaseMs: 1_500 },
    });
    await slow.drain();
    await second;
    expect(sent).toEqual(['B a:1']);
    expect((await store.outbox.list()).map((m) => [m.status, m.attempts, m.activityId])).toEqual([['sent', 2, 'B-1']]);
  });

  it('sends every due message once, in batches, and reports what happened', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5, 6, 7].map(draft));
    const sender = scripted({ 'a:3': { ok: false, status: 503, retryAfterMs: null, error: '503' } });
    const report = await notifierWith(sender, { batchSize: 2 }).drain();
    expect(report).toEqual({ sent: 5, retrying: 1, undeliverable: 1, throttled: false });
    expect(sender.sent.sort()).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6']);
    expect(await notifierWith(sender).drain()).toEqual({ sent: 0, retrying: 0, undeliverable: 0, throttled: false });
  });

  it('a 429 puts that message off for its Retry-After; the round goes on with the others', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5, 6].map(draft));
    const sender = scripted({ 'a:2': { ok: false, status: 429, retryAfterMs: 5_000, error: '429' } });
    const report = await notifierWith(sender, { batchSize: 2 }).drain();
    expect(report).toEqual({ sent: 5, retrying: 1, undeliverable: 0, throttled: true });
    expect(sender.sent).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6']);
    expect(await notifierWith(sender, { batchSize: 2 }).drain()).toMatchObject({ sent: 0, retrying: 0 });
    now = new Date(T0.getTime() + 5_000);
    expect(await notifierWith(scripted({})).drain()).toMatchObject({ sent: 1 });
  });

  it('four 429s in a row pause all sending for the Retry-After', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5].map(draft));
    const throttled: SendOutcome = { ok: false, status: 429, retryAfterMs: 300, error: '429' };
    const sender = scripted({ 'a:1': throttled, 'a:2': throttled, 'a:3': throttled, 'a:4': throttled });
    const started = Date.now();
    expect(await notifierWith(sender, { perSecond: 50 }).drain()).toMatchObject({ sent: 1, retrying: 4, throttled: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('records the connector\'s id of what was sent; a message into a channel goes to the channel, one the app left is undeliverable', async () => {
    const channelRef = { ...ref(99), conversation: { id: '19:ch@thread.tacv2', conversationType: 'channel' } };
    await store.channels.save({ conversationId: '19:ch@thread.tacv2', teamId: '19:t', teamName: 'T', channelName: 'C', reference: channelRef, updatedAt: T0.toISOString() });
    const channelDraft = (key: string, channelId: string): OutboxDraft => ({ ...draft(1), dedupeKey: key, userId: '', kind: 'followUpReminder', trainingId: null, channelId, meetingDate: '2026-03-03' });
    await store.outbox.enqueue([channelDraft('c1', '19:ch@thread.tacv2'), channelDraft('c2', '19:gone@thread.tacv2'), draft(2)]);
    const sender = scripted({});
    expect(await notifierWith(sender).drain()).toMatchObject({ sent: 2, undeliverable: 1 });
    expect(sender.sent).toEqual(['19:ch@thread.tacv2', 'a:2']);
    const byKey = new Map((await store.outbox.list()).map((m) => [m.dedupeKey, m]));
    expect(byKey.get('c1')).toMatchObject({ status: 'sent', activityId: 'id-19:ch@thread.tacv2' });
    expect(byKey.get('c2')).toMatchObject({ status: 'undeliverable', lastError: expect.stringContaining('channel is no longer known') });
    expect(byKey.get('k2')).toMatchObject({ status: 'sent', activityId: 'id-a:2' });
  });

  it('stops after maxPerRound messages', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5].map(draft));
    expect(await notifierWith(scripted({}), { batchSize: 2, maxPerRound: 3 }).drain()).toMatchObject({ sent: 3 });
    expect(await notifierWith(scripted({}), { batchSize: 2, maxPerRound: 3 }).drain()).toMatchObject({ sent: 2 });
  });

  it('a message whose news no longer applies is not sent', async () => {
    await store.outbox.enqueue([draft(1)]);
    const sender = scripted({});
    const notifier = createNotifier({ delivery: deliveryOf(store), sender, compose: async () => ({ skip: 'no longer confirmed' }), now: () => now, logger: pino({ level: 'silent' }) });
    expect(await notifier.drain()).toMatchObject({ sent: 0, undeliverable: 1 });
    expect(sender.sent).toEqual([]);
    expect((await store.outbox.list())[0]).toMatchObject({ status: 'undeliverable', lastError: 'no longer applies: no longer confirmed' });
  });
});

describe('notifier pace', () => {
  it('keeps to the global rate across batches', async () => {
    await store.outbox.enqueue([1, 2, 3, 4, 5, 6].map(draft));
    const started = Date.now();
    expect(await notifierWith(scripted({}), { batchSize: 2, perSecond: 20 }).drain()).toMatchObject({ sent: 6 });
    // Six sends at 20 per second: five gaps of at least 50 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe("notifier: the invitation's syncs", () => {
  const sync = (n: number): OutboxDraft => ({
    dedupeKey: `invitation:U-00${n}:v1`,
    userId: '',
    kind: 'invitationSync',
    trainingId: `U-00${n}`,
    createdAt: T0.toISOString(),
    dueAt: T0.toISOString(),
  });
  type Outcome = Awaited<ReturnType<NonNullable<Parameters<typeof createNotifier>[0]['invitations']>['sync']>>;
  const syncing = (outcomes: Record<string, Outcome>, seen: string[]) =>
    createNotifier({
      delivery: deliveryOf(store),
      invitations: { sync: async (trainingId: string) => (seen.push(trainingId), outcomes[trainingId] ?? { done: [] }) },
      sender: scripted({}),
      compose: async () => {
        throw new Error('a sync is not a chat message');
      },
      now: () => now,
      logger: pino({ level: 'silent' }),
      random: () => 0.5,
      options: { invitationRetry: { baseDelayMs: 1_000, maxDelayMs: 60_000, maxAttempts: 3, jitter: 0.2 } },
    });

  it('go to the syncer, not the bot: done is sent; Graph asking to wait is retried after its Retry-After, else the backoff; a missing mailbox or permission ends the message with the reason', async () => {
    await store.outbox.enqueue([sync(1), sync(2), sync(3), sync(4)]);
    const seen: string[] = [];
    const report = await syncing(
      {
        'U-002': { retry: 'throttled', status: 429, retryAfterMs: 7_000 },
        'U-003': { retry: 'timeout', status: null, retryAfterMs: null },
        'U-004': { stopped: 'permissionMissing', detail: 'invitations.permissionMissing' },
      },
      seen,
    ).drain();
    expect(seen).toEqual(['U-001', 'U-002', 'U-003', 'U-004']);
    expect(report).toMatchObject({ sent: 1, retrying: 2, undeliverable: 1 });
    const byTraining = Object.fromEntries((await store.outbox.list()).map((m) => [m.trainingId, m]));
    expect(byTraining['U-001']).toMatchObject({ status: 'sent' });
    expect(byTraining['U-002']).toMatchObject({ status: 'pending', dueAt: new Date(T0.getTime() + 7_000).toISOString(), lastError: 'throttled' });
    expect(byTraining['U-003']).toMatchObject({ status: 'pending', dueAt: new Date(T0.getTime() + 1_000).toISOString() });
    expect(byTraining['U-004']).toMatchObject({ status: 'undeliverable', lastError: 'permissionMissing: invitations.permissionMissing' });
  });

  it('without the syncer (invitations turned off since) a queued sync ends as undeliverable, and nothing is sent in a chat', async () => {
    await store.outbox.enqueue([sync(1)]);
    const sender = scripted({});
    const report = await notifierWith(sender).drain();
    expect(report).toMatchObject({ sent: 0, undeliverable: 1 });
    expect(sender.sent).toEqual([]);
  });
});
