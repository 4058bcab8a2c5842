import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { TeamsUser, cardText, channelMessage, installation, post, teamInstallation, teamsTeam, teamsUser } from '../helpers/teamsActivity';

/**
 * The follow-up's delivery when the Bot Connector misbehaves: it answers 429 with Retry-After to
 * 20 % of the calls and 500 to 5 % (seeded, so every run is the same). The scheduler ticks with
 * an injected clock that moves a minute per tick. Every message — the channel's card and one
 * nudge per owner — is delivered exactly once: retried after the Retry-After or the backoff,
 * never sent twice.
 */
const OWNERS = 40;
const REMINDER_AT = new Date('2026-11-29T08:00:00.000Z');
let now = new Date('2026-11-28T12:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;
const lead = teamsUser('fault-lead', { name: 'Maria Lindqvist' });
const team = teamsTeam('faults', ['Uppföljning']);
const channelId = team.channels[0]!.id;
const owners: TeamsUser[] = Array.from({ length: OWNERS }, (_, i) => teamsUser(`f${i}`));

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({ ROLE_FORVALTNINGSLEDARE: lead.aadObjectId, SEND_RATE_PER_SECOND: '50' }, { now: () => now });
  for (const [i, owner] of owners.entries()) {
    const res = await app.request('POST', '/api/activities', {
      as: 'member',
      body: { title: `Punkt ${i}`, category: 'Övrigt', dueDate: '2026-11-2' + (i % 5), owner: { id: owner.aadObjectId, name: owner.name } },
    });
    expect(res.status).toBe(201);
    await post(app.url, installation(owner, connector.serviceUrl, 'add'));
  }
  await post(app.url, teamInstallation(lead, connector.serviceUrl, team, 'add'));
  await post(app.url, channelMessage(lead, connector.serviceUrl, team, channelId, 'följ upp här'));
  expect((await app.request('GET', '/api/settings/follow-up')).json.channel.conversationId).toBe(channelId);
  connector.clear();
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

it('429 with Retry-After to 20 % of the calls and 500 to 5 %: every message is delivered exactly once', async () => {
  connector.faults({ rate429: 0.2, retryAfter: 1, rate500: 0.05, seed: 20261129 });
  now = REMINDER_AT;
  let ticks = 0;
  for (; ticks < 60; ticks++) {
    await app.jobs.tick();
    if ((await app.store.outbox.list()).every((m) => m.status !== 'pending')) break;
    now = new Date(now.getTime() + 60_000);
  }
  const outbox = await app.store.outbox.list();
  expect(outbox).toHaveLength(OWNERS + 1);
  expect(outbox.filter((m) => m.status !== 'sent')).toEqual([]);

  const delivered = connector.calls.filter((c) => c.method === 'POST' && c.status === 200);
  const refused = connector.calls.filter((c) => c.status === 429 || c.status === 500);
  // The faults really happened, and each refused call was tried again.
  expect(refused.filter((c) => c.status === 429).length).toBeGreaterThanOrEqual(4);
  expect(refused.filter((c) => c.status === 500).length).toBeGreaterThanOrEqual(1);
  expect(connector.calls).toHaveLength(delivered.length + refused.length);

  // Exactly once: one card in the channel, one nudge per owner, nothing else.
  expect(delivered.filter((c) => c.conversationId === channelId)).toHaveLength(1);
  for (const owner of owners) {
    const cards = delivered.filter((c) => c.conversationId === owner.conversationId);
    expect([owner.name, cards.length]).toEqual([owner.name, 1]);
    expect(cardText(cards[0]!.body.attachments[0].content)).toContain('Dina försenade punkter');
  }
  expect(delivered).toHaveLength(OWNERS + 1);
  // Retried messages record their attempts.
  expect(Math.max(...outbox.map((m) => m.attempts))).toBeGreaterThan(1);
  expect(ticks).toBeLessThan(60);
});
