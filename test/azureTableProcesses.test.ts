import { randomBytes } from 'node:crypto';
import { newTraining } from '../src/domain/training';
import { unwrap } from '../src/domain/problem';
import { openAzureTableStore } from '../src/store/azureTable/azureTableStore';
import { Store } from '../src/store/store';
import { RunningAzurite, startAzurite } from '../scripts/azurite';
import { FakeConnector, startFakeConnector } from './helpers/fakeConnector';
import { FOLLOW_UP_CHANNEL, prepareFollowUp } from './helpers/followUpFixture';
import { trainingFields } from './helpers/trainingFixtures';
import { ServerProcess, startServerProcess, waitFor } from './helpers/serverProcess';
import { cardAction, cardText, invokeCard, post, teamsUser } from './helpers/teamsActivity';
import { entryOnceNamed } from './helpers/auditFixtures';

/**
 * Two instances of the app as Azure runs them: the built server (`node dist/src/index.js`)
 * twice, with STORAGE=azure-table on one Azurite (table service, 127.0.0.1) and a recording
 * Bot Connector on loopback. 200 people click "Anmäl mig" at the same moment — half of the
 * clicks reach one instance, half the other — for a training with 20 seats: exactly 20 get a
 * seat. Meanwhile both schedulers tick every 100 ms with a follow-up reminder due: it is posted
 * into the channel once.
 */
const PEOPLE = 200;
const SEATS = 20;

let azurite: RunningAzurite;
let connector: FakeConnector;
let store: Store;
const tableName = `procs${randomBytes(6).toString('hex')}`;
const running: ServerProcess[] = [];

beforeAll(async () => {
  [azurite, connector] = await Promise.all([startAzurite(), startFakeConnector()]);
  store = await openAzureTableStore({ tableName, connectionString: azurite.connectionString });
}, 30_000);
afterAll(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
  await store?.close();
  await connector?.stop();
  await azurite?.stop();
});

const start = async () => {
  const p = await startServerProcess({
    STORAGE: 'azure-table',
    AZURE_TABLE_CONNECTION_STRING: azurite.connectionString,
    AZURE_TABLE_NAME: tableName,
    NOTIFIER_INTERVAL_MS: '100',
    // Longer than a send takes under the burst on a loaded 2-core machine (production: 30 s). At
    // 1.5 s the first sender's lease could run out during its send, and the second instance then
    // sent the reminder again: delivery is at least once, so the lease must outlast a send.
    JOB_LEASE_MS: '5000',
    SEND_RATE_PER_SECOND: '50',
  });
  running.push(p);
  return p;
};

it(`two instances on one Azurite: ${PEOPLE} sign-ups split across both for ${SEATS} seats → exactly ${SEATS} confirmed; the due reminder is posted once`, async () => {
  const inAWeek = new Date(Date.now() + 7 * 24 * 3600_000);
  const training = await store.trainings.create(
    unwrap(newTraining(trainingFields({ start: inAWeek.toISOString(), end: new Date(inAWeek.getTime() + 45 * 60_000).toISOString(), capacity: SEATS }), new Date())),
    entryOnceNamed('training'),
  );
  await prepareFollowUp(store, connector.serviceUrl, 0, false);

  const [a, b] = await Promise.all([start(), start()]);
  expect(a.url).not.toBe(b.url);

  const people = Array.from({ length: PEOPLE }, (_, i) => teamsUser(i + 1));
  const responses = await Promise.all(
    people.map((u, i) => post(i % 2 ? b.url : a.url, cardAction(u, connector.serviceUrl, 'signUp', { trainingId: training.id }))),
  );
  const texts = responses.map((res) => cardText(invokeCard(res)));
  expect(texts.filter((t) => t.includes('Anmäld ✓'))).toHaveLength(SEATS);
  expect(texts.filter((t) => /Fullt – du står på väntelistan, plats \d+/.test(t))).toHaveLength(PEOPLE - SEATS);

  // What both instances stored: 20 seats, then the waitlist 1…180 in arrival order, one registration each.
  const registrations = await store.trainings.registrations(training.id);
  expect(registrations).toHaveLength(PEOPLE);
  expect(new Set(registrations.map((r) => r.userId)).size).toBe(PEOPLE);
  expect(registrations.filter((r) => r.status === 'confirmed')).toHaveLength(SEATS);
  expect(registrations.filter((r) => r.status === 'waitlisted')).toHaveLength(PEOPLE - SEATS);
  const lastSeat = Math.max(...registrations.filter((r) => r.status === 'confirmed').map((r) => r.seq));
  expect(registrations.filter((r) => r.status === 'waitlisted').every((r) => r.seq > lastSeat)).toBe(true);
  // Each waitlisted person was told the place that the arrival order gives them.
  const byUser = new Map(people.map((u, i) => [u.aadObjectId, texts[i]!]));
  registrations
    .filter((r) => r.status === 'waitlisted')
    .forEach((r, i) => expect([r.userId, byUser.get(r.userId)]).toEqual([r.userId, expect.stringContaining(`plats ${i + 1}`)]));

  // The reminder: both schedulers keep ticking, one message reaches the channel.
  const toChannel = () => connector.calls.filter((c) => c.method === 'POST' && c.status === 200 && c.conversationId === FOLLOW_UP_CHANNEL).length;
  expect(await waitFor(() => toChannel() >= 1, 15_000)).toBe(true);
  await new Promise((r) => setTimeout(r, 1500));
  await Promise.all([a.stop(), b.stop()]);
  expect(toChannel()).toBe(1);
  // Sent once; claimed once, or twice when the first sender's lease ran out while it composed under the burst — then only the second sent it.
  const reminders = (await store.outbox.list()).filter((m) => m.kind === 'followUpReminder');
  expect(reminders.map((m) => m.status)).toEqual(['sent']);
  expect(reminders[0]!.attempts).toBeLessThanOrEqual(2);
  // The 20 with a seat were each sent their confirmation once, by whichever instance took the click.
  const confirmed = new Set(registrations.filter((r) => r.status === 'confirmed').map((r) => teamsUser(Number(r.userId.slice(4))).conversationId));
  for (const id of confirmed) expect(connector.cardsTo(id)).toHaveLength(1);
}, 120_000);
