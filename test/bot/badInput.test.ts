import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { BOT, cardAction, cardText, message, post, teamsUser } from '../helpers/teamsActivity';

/**
 * Bad input to the bot: card actions with a missing or unknown verb, an unknown training, huge
 * strings, wrong types; a huge message; things that are not activities. Each gets an answer in
 * the person's language (a Universal Actions error or an error card) — never a 500 — and
 * nothing is stored: no registration, no queued message, no remembered chat.
 */
const NOW = new Date('2026-03-02T08:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;
let trainingId: string;
let closedId: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({}, { now: () => NOW });
  const create = async (over: Record<string, unknown>) =>
    (
      await app.request('POST', '/api/trainings', {
        as: 'member',
        body: { title: 'Möten i Teams', start: '2026-03-30T09:00:00+02:00', end: '2026-03-30T09:45:00+02:00', capacity: 5, ...over },
      })
    ).json.id as string;
  trainingId = await create({});
  // Sign-up closes 60 days before the start: already closed.
  closedId = await create({ title: 'Stängd kurs', signUpLeadMinutes: 60 * 24 * 60 });
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

const sv = teamsUser('bad-sv');
const en = teamsUser('bad-en', { locale: 'en-US' });

async function counts() {
  const [registrations, outbox, conversations] = await Promise.all([
    app.store.trainings.allRegistrations(),
    app.store.outbox.list(),
    app.store.conversations.list(),
  ]);
  return { registrations: registrations.length, outbox: outbox.length, conversations: conversations.length };
}

const invokeWith = (user: typeof sv, value: unknown) => ({ ...cardAction(user, connector.serviceUrl, 'x', {}), value });
const execute = (verb: unknown, data: unknown) => ({ action: { type: 'Action.Execute', verb, data } });
const unusable = (field: string) => `Knappen skickade något som inte går att använda (${field}). Visa utbildningarna igen och försök på nytt.`;

describe('bad card actions', () => {
  it.each([
    ['a missing verb', execute(undefined, { trainingId: 'U-001' }), 400, unusable('action.verb')],
    ['an unknown verb', execute('deleteEverything', {}), 400, 'Okänd åtgärd. Visa utbildningarna igen och försök på nytt.'],
    ['a verb that is not a string', execute(42, {}), 400, unusable('action.verb')],
    ['an unknown training', execute('signUp', { trainingId: 'U-999' }), 404, 'Utbildningen U-999 finns inte.'],
    ['a training id that is a number', execute('signUp', { trainingId: 42 }), 400, unusable('trainingId')],
    ['data that is a string', execute('signUp', 'x'), 400, unusable('action.data')],
    ['no data', execute('cancel', undefined), 400, unusable('trainingId')],
    ['a 100 kB training id', execute('signUp', { trainingId: 'U'.repeat(100_000) }), 400, 'Åtgärden innehöll för mycket data (högst 4096 tecken).'],
    ['a 100 kB extra field', execute('listTrainings', { note: 'x'.repeat(100_000) }), 400, 'Åtgärden innehöll för mycket data (högst 4096 tecken).'],
    ['an id with odd characters', execute('showTraining', { trainingId: "U-001'; DROP TABLE trainings" }), 400, unusable('trainingId')],
    ['a refresh of a training without its id', execute('refresh', { view: 'training' }), 400, unusable('trainingId')],
    ['a value that is a string', 'x', 400, unusable('action')],
    ['no value', undefined, 400, unusable('action')],
    ['an action that is null', { action: null }, 400, unusable('action')],
  ])('%s → a localized Universal Actions error, nothing stored', async (_what, value, status, text) => {
    const before = await counts();
    const res = await post(app.url, invokeWith(sv, value));
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ statusCode: status, type: 'application/vnd.microsoft.error', value: { code: expect.any(String), message: text } });
    expect(await counts()).toEqual(before);
    expect(connector.calls).toHaveLength(0);
  });

  it('answers in English for an English client', async () => {
    const res = await post(app.url, invokeWith(en, execute('signUp', { trainingId: 'U-999' })));
    expect(res.status).toBe(404);
    expect(res.body.value).toEqual({ code: 'not_found', message: 'Training U-999 does not exist.' });
    const unknown = await post(app.url, invokeWith(en, execute('nope', {})));
    expect(unknown.body.value.message).toBe('Unknown action. Show the trainings again and try once more.');
  });

  it('what the person can act on (sign-up closed) answers 200 with an error card: the reason and a code', async () => {
    const before = await counts();
    const res = await post(app.url, cardAction(sv, connector.serviceUrl, 'signUp', { trainingId: closedId }));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = cardText(res.body.value);
    expect(text).toContain('Det gick inte');
    expect(text).toContain('Anmälan till Stängd kurs är stängd.');
    expect(text).toContain('Felkod: training.closed');
    expect((await counts()).registrations).toBe(before.registrations);
  });

  it('an invoke the bot does not offer answers 400, not 500 or 501', async () => {
    const res = await post(app.url, { ...cardAction(sv, connector.serviceUrl, 'signUp', { trainingId }), name: 'task/fetch' });
    expect(res.status).toBe(400);
    expect(res.body.value.message).toBe('Den här åtgärden stöds inte.');
  });

  it('a broken Action.Submit fallback gets an error card in the chat', async () => {
    const before = await counts();
    const res = await post(app.url, message(sv, connector.serviceUrl, '', { value: { verb: 'signUp', trainingId: 42 } }));
    expect(res.status).toBe(200);
    const [card] = connector.cardsTo(sv.conversationId);
    expect(cardText(card)).toContain(unusable('trainingId'));
    expect((await counts()).registrations).toBe(before.registrations);
    connector.clear();
  });
});

describe('bad messages and requests', () => {
  it('a message with 50 kB of text gets the help card, and signs no one up', async () => {
    await post(app.url, message(sv, connector.serviceUrl, 'hej'));
    connector.clear();
    const before = await counts();
    const res = await post(app.url, message(sv, connector.serviceUrl, 'utbildningar '.repeat(4200).slice(0, 50_000)));
    expect(res.status).toBe(200);
    const [card] = connector.cardsTo(sv.conversationId);
    expect(cardText(card)).toContain('Det förstod jag inte.');
    expect(await counts()).toEqual(before);
    connector.clear();
  });

  it.each([
    ['not JSON', '{"type": "message", "text": '],
    ['JSON that is not an object', '[1, 2, 3]'],
    ['an activity without a type', JSON.stringify({ text: 'utbildningar', from: { id: 'x' } })],
    ['an activity with a type that is a number', JSON.stringify({ type: 42, serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'c' }, from: { id: 'x' }, recipient: BOT })],
  ])('%s → 400', async (_what, body) => {
    const before = await counts();
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('an activity of 300 kB is refused with 413 before it is read', async () => {
    const res = await post(app.url, message(sv, connector.serviceUrl, 'x'.repeat(300_000)));
    expect(res.status).toBe(413);
  });

  it('an activity from someone without a Teams user id is refused without storing anything', async () => {
    const before = await counts();
    const activity = { ...cardAction(sv, connector.serviceUrl, 'signUp', { trainingId }), from: {} };
    const res = await post(app.url, activity);
    expect(res.status).toBe(401);
    expect(res.body.value.message).toBe('Jag kan inte se vem du är. Öppna chatten med appen i Teams och försök igen.');
    expect(await counts()).toEqual(before);
  });
});
