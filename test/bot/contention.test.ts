import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { cardAction, cardText, invokeCard, post, teamsUser } from '../helpers/teamsActivity';

/**
 * 500 people click "Anmäl mig" at the same moment for a training with 20 seats, each from their
 * own personal chat: exactly 20 get a seat, 480 are on the waitlist in arrival order (the
 * store's seq) and each was told their place; then 5 cancel and exactly the first 5 on the
 * waitlist move up, each told once.
 */
const NOW = new Date('2026-03-02T08:00:00.000Z');
const PEOPLE = 500;
const SEATS = 20;
let app: TestApp;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({}, { now: () => NOW });
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

it(`${PEOPLE} parallel sign-ups for ${SEATS} seats: ${SEATS} confirmed, the rest waitlisted in arrival order; 5 cancel, the first 5 move up`, async () => {
  const created = await app.request('POST', '/api/trainings', {
    as: 'member',
    body: { title: 'Teams – kom igång', start: '2026-03-30T09:00:00+02:00', end: '2026-03-30T09:45:00+02:00', capacity: SEATS },
  });
  const trainingId = created.json.id as string;
  const people = Array.from({ length: PEOPLE }, (_, i) => teamsUser(i + 1));

  const started = performance.now();
  const responses = await Promise.all(people.map((u) => post(app.url, cardAction(u, connector.serviceUrl, 'signUp', { trainingId }))));
  const seconds = (performance.now() - started) / 1000;

  // Every click answered 200 with a card.
  const texts = responses.map((res) => cardText(invokeCard(res)));
  expect(texts.filter((t) => t.includes('Anmäld ✓'))).toHaveLength(SEATS);
  expect(texts.filter((t) => /Fullt – du står på väntelistan, plats \d+/.test(t))).toHaveLength(PEOPLE - SEATS);

  // The store: 20 confirmed first, then the waitlist 1…480 in arrival order (seq).
  const list = (await app.request('GET', `/api/trainings/${trainingId}/registrations`, { as: 'member' })).json.items as any[];
  expect(list).toHaveLength(PEOPLE);
  const seqs = list.map((r) => r.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(list.slice(0, SEATS).every((r) => r.status === 'confirmed')).toBe(true);
  const waitlisted = list.slice(SEATS);
  expect(waitlisted.map((r) => r.position)).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
  // Each waitlisted person was told the place the store gave them.
  const byUser = new Map(people.map((u, i) => [u.aadObjectId, texts[i]!]));
  for (const r of waitlisted) expect(byUser.get(r.userId)).toContain(`plats ${r.position}`);

  // Confirmations went to exactly the 20 with a seat.
  const confirmed = list.slice(0, SEATS).map((r) => r.userId);
  const confirmedPeople = people.filter((u) => confirmed.includes(u.aadObjectId));
  for (const u of confirmedPeople) expect(connector.cardsTo(u.conversationId)).toHaveLength(1);
  expect(connector.calls).toHaveLength(SEATS);

  // Five with a seat cancel (in parallel too): the first five on the waitlist move up.
  connector.clear();
  const leaving = confirmedPeople.slice(0, 5);
  const cancels = await Promise.all(leaving.map((u) => post(app.url, cardAction(u, connector.serviceUrl, 'cancel', { trainingId }))));
  for (const res of cancels) expect(cardText(invokeCard(res))).toContain('Avanmäld');

  const after = (await app.request('GET', `/api/trainings/${trainingId}/registrations`, { as: 'member' })).json.items as any[];
  const firstFive = waitlisted.slice(0, 5).map((r) => r.userId);
  expect(after.filter((r) => r.status === 'confirmed').map((r) => r.userId).sort()).toEqual(
    [...confirmed.filter((id) => !leaving.some((u) => u.aadObjectId === id)), ...firstFive].sort(),
  );
  expect(after.find((r) => r.userId === waitlisted[5].userId)).toMatchObject({ status: 'waitlisted', position: 1 });

  expect(await app.jobs.tick()).toMatchObject({ sent: 5, retrying: 0, undeliverable: 0 });
  await app.jobs.tick();
  const promotedPeople = people.filter((u) => firstFive.includes(u.aadObjectId));
  for (const u of promotedPeople) {
    const cards = connector.cardsTo(u.conversationId);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('Du har fått en plats ✓');
  }
  expect(connector.calls).toHaveLength(5);

  // For the record (the bench measures this properly).
  console.log(`${PEOPLE} parallel sign-up invokes in ${seconds.toFixed(2)} s (${Math.round(PEOPLE / seconds)}/s)`);
}, 60_000);
