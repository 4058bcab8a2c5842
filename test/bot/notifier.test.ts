import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { TeamsUser, cardAction, cardText, installation, post, teamsUser } from '../helpers/teamsActivity';

/**
 * Delivering proactive messages when the Bot Connector pushes back: 429 with Retry-After is
 * honoured (nothing sent before it has passed), 5xx backs off, 403 (the bot was blocked) gives
 * up, and a person without a stored chat is undeliverable — each message still sent once.
 * The clock is injected; the scheduler's tick is called instead of waiting.
 */
let now = new Date('2026-03-02T08:00:00.000Z');
const later = (ms: number) => (now = new Date(now.getTime() + ms));
let app: TestApp;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({}, { now: () => now });
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

let n = 0;
/**
 * A one-seat training with `holder` confirmed and `next` first on the waitlist; then the holder
 * cancels. With `nextViaTab`, `next` was registered by an organiser (API) and never chatted with the bot.
 */
async function promote(holder: TeamsUser, next: TeamsUser, opts: { nextViaTab?: boolean } = {}) {
  const res = await app.request('POST', '/api/trainings', {
    as: 'member',
    body: { title: `Kurs ${++n}`, start: '2026-04-14T09:00:00+02:00', end: '2026-04-14T10:00:00+02:00', capacity: 1 },
  });
  const id = res.json.id as string;
  for (const u of [holder, next]) {
    if (u === next && opts.nextViaTab) {
      const registered = await app.request('POST', `/api/trainings/${id}/registrations`, { as: 'member', body: { userId: u.aadObjectId, name: u.name } });
      expect(registered.json.outcome).toBe('waitlisted');
      continue;
    }
    await post(app.url, installation(u, connector.serviceUrl, 'add'));
    await post(app.url, cardAction(u, connector.serviceUrl, 'signUp', { trainingId: id }));
  }
  connector.clear();
  await post(app.url, cardAction(holder, connector.serviceUrl, 'cancel', { trainingId: id }));
  return id;
}
const delivered = (u: TeamsUser) => connector.cardsTo(u.conversationId).filter((c) => cardText(c).includes('Du har fått en plats'));
const outboxOf = async (u: TeamsUser) => (await app.store.outbox.list()).filter((m) => m.userId === u.aadObjectId);

describe('notifier retries', () => {
  it('429 with Retry-After: tried again only after the connector\'s delay, then sent once', async () => {
    const [a, b] = [teamsUser('r1'), teamsUser('r2')];
    await promote(a, b);
    connector.failNext({ status: 429, retryAfter: 2, conversationId: b.conversationId });

    expect(await app.jobs.tick()).toMatchObject({ sent: 0, retrying: 1, throttled: true });
    expect(await outboxOf(b)).toEqual([expect.objectContaining({ status: 'pending', attempts: 1, dueAt: new Date(now.getTime() + 2000).toISOString() })]);

    later(1000);
    expect(await app.jobs.tick()).toMatchObject({ sent: 0, retrying: 0 });
    later(1000);
    expect(await app.jobs.tick()).toMatchObject({ sent: 1 });
    expect(delivered(b)).toHaveLength(1);
    expect(connector.calls.map((c) => c.status)).toEqual([429, 200]);
    expect(await outboxOf(b)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
  });

  it('5xx: backs off (30 s, then 60 s, each ± 20 % jitter) and delivers once the connector answers', async () => {
    const [a, b] = [teamsUser('s1'), teamsUser('s2')];
    await promote(a, b);
    connector.failNext({ status: 500, conversationId: b.conversationId }, 2);

    expect(await app.jobs.tick()).toMatchObject({ retrying: 1, throttled: false });
    later(23_900);
    await app.jobs.tick();
    expect(connector.calls).toHaveLength(1);
    later(12_100);
    expect(await app.jobs.tick()).toMatchObject({ retrying: 1 });
    later(47_900);
    expect(await app.jobs.tick()).toMatchObject({ sent: 0, retrying: 0 });
    later(24_100);
    expect(await app.jobs.tick()).toMatchObject({ sent: 1 });
    expect(connector.calls.map((c) => c.status)).toEqual([500, 500, 200]);
    expect(delivered(b)).toHaveLength(1);
  });

  it('403 (the person blocked the bot) and a missing chat: undeliverable with the reason, never retried', async () => {
    const [a, b, c, d] = [teamsUser('t1'), teamsUser('t2'), teamsUser('t3'), teamsUser('t4')] as const;
    await promote(a, b);
    connector.failNext({ status: 403, conversationId: b.conversationId });
    expect(await app.jobs.tick()).toMatchObject({ undeliverable: 1 });
    expect(await outboxOf(b)).toEqual([expect.objectContaining({ status: 'undeliverable', lastError: expect.stringContaining('refused (403)') })]);

    await promote(c, d, { nextViaTab: true });
    expect(await app.jobs.tick()).toMatchObject({ undeliverable: 1, sent: 0 });
    expect(await outboxOf(d)).toEqual([expect.objectContaining({ status: 'undeliverable', lastError: expect.stringContaining('no conversation reference') })]);

    later(24 * 60 * 60_000);
    expect(await app.jobs.tick()).toMatchObject({ sent: 0, retrying: 0, undeliverable: 0 });
    expect(connector.calls).toHaveLength(0);
    expect(await outboxOf(b)).toEqual([expect.objectContaining({ status: 'undeliverable', attempts: 1 })]);
  });

  it('a proactive message is in the person\'s language (their chat\'s locale)', async () => {
    const [a, b] = [teamsUser('l1'), teamsUser('l2', { locale: 'en-US' })];
    await promote(a, b);
    await app.jobs.tick();
    const [card] = connector.cardsTo(b.conversationId);
    expect(cardText(card)).toContain('You have a seat ✓');
    expect(cardText(card)).toContain('When: Tuesday 14 April 2026, 09:00–10:00');
  });
});
