import { TestApp, WARN, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { cardText, installation, message, post, teamsUser } from '../helpers/teamsActivity';

/**
 * The door of POST /api/messages: an activity whose fields have the wrong types is answered 400
 * with a short, fixed message naming the field, logged once at warn level without the body, and
 * changes nothing — before the SDK sees it (botbuilder would throw deep inside and answer 500
 * with its own error text). Without BOT_ID the bot answers only to a loopback serviceUrl and no
 * web page can post to it. And the welcome greets a person by name, never by an id.
 */
let app: TestApp;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({}, { logs: true });
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

const anna = teamsUser('door-anna', { name: 'Anna Åström' });
/** A marker in every bad activity's text: it must never reach the log. */
const SECRET = 'personnummer-19800101-1234';

async function stored() {
  const [conversations, registrations, outbox] = await Promise.all([
    app.store.conversations.list(),
    app.store.trainings.allRegistrations(),
    app.store.outbox.list(),
  ]);
  return JSON.stringify({ conversations, registrations, outbox });
}

const valid = () => message(anna, connector.serviceUrl, `hjälp ${SECRET}`);
type Mutation = (activity: Record<string, any>) => void;
const set = (path: string, value: unknown): Mutation => (activity) => {
  const keys = path.split('.');
  let target = activity;
  for (const key of keys.slice(0, -1)) target = target[key];
  target[keys.at(-1)!] = value;
};

describe('an activity with fields of the wrong type', () => {
  it.each<[string, string, Mutation]>([
    ['serviceUrl as an object', 'serviceUrl', set('serviceUrl', { href: 'http://127.0.0.1/' })],
    ['serviceUrl as an array', 'serviceUrl', set('serviceUrl', ['http://127.0.0.1/'])],
    ['serviceUrl as a number', 'serviceUrl', set('serviceUrl', 8080)],
    ['serviceUrl as a boolean', 'serviceUrl', set('serviceUrl', true)],
    ['serviceUrl that is not a URL', 'serviceUrl', set('serviceUrl', 'not a url')],
    ['serviceUrl that is not http', 'serviceUrl', set('serviceUrl', 'file:///etc/passwd')],
    ['no serviceUrl', 'serviceUrl', set('serviceUrl', undefined)],
    ['conversation as a string', 'conversation', set('conversation', 'a:personal')],
    ['conversation.id as a number', 'conversation.id', set('conversation.id', 42)],
    ['conversation.isGroup as a string', 'conversation.isGroup', set('conversation.isGroup', 'yes')],
    ['from as a string', 'from', set('from', '29:user')],
    ['from.id as a number', 'from.id', set('from.id', 29)],
    ['from.aadObjectId as an object', 'from.aadObjectId', set('from.aadObjectId', { oid: 'x' })],
    ['recipient as null', 'recipient', set('recipient', null)],
    ['recipient.id as an array', 'recipient.id', set('recipient.id', ['28:bot'])],
    ['channelData as a string', 'channelData', set('channelData', 'x')],
    ['channelData as an array', 'channelData', set('channelData', [1])],
    ['channelData.tenant as a number', 'channelData.tenant', set('channelData.tenant', 5)],
    ['channelData.team.id as a number', 'channelData.team.id', set('channelData', { team: { id: 5 } })],
    ['entities as a string', 'entities', set('entities', 'mention')],
    ['entities with a number', 'entities.0', set('entities', [5])],
    ['entities without a type', 'entities.0.type', set('entities', [{ mentioned: { id: 'x' } }])],
    ['attachments as a string', 'attachments', set('attachments', 'x')],
    ['the id as a number', 'id', set('id', 42)],
    ['the type as an array', 'type', set('type', ['message'])],
    ['the text as an object', 'text', set('text', { value: 'hjälp' })],
    ['the locale as a number', 'locale', set('locale', 1053)],
    ['replyToId as a number', 'replyToId', set('replyToId', 7)],
    ['a timestamp that is no time', 'timestamp', set('timestamp', 'igår')],
    ['membersAdded as a string', 'membersAdded', (a) => Object.assign(a, { type: 'conversationUpdate', membersAdded: 'x' })],
    ['membersAdded with an id that is a number', 'membersAdded.0.id', (a) => Object.assign(a, { type: 'conversationUpdate', membersAdded: [{ id: 5 }] })],
  ])('%s → 400 naming %s, logged once without the body, nothing changed', async (_what, field, mutate) => {
    const activity = valid();
    mutate(activity);
    const before = await stored();
    const logsBefore = app.logs().length;
    const res = await post(app.url, activity);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'invalid', reason: 'bot.invalidActivity', message: 'Det här är ingen giltig Bot Framework-aktivitet.', field } });
    expect(await stored()).toBe(before);
    expect(connector.calls).toHaveLength(0);
    const lines = app.logs().slice(logsBefore);
    expect(lines).toEqual([expect.objectContaining({ level: WARN, msg: 'bot request refused', code: 'bot.invalidActivity', field })]);
    expect(app.rawLogs()).not.toContain(SECRET);
  });

  it('the same activity with the right types is answered', async () => {
    const res = await post(app.url, valid());
    expect(res.status).toBe(200);
    expect(cardText(connector.cardsTo(anna.conversationId).at(-1))).toContain('Det här kan jag');
    connector.clear();
  });

  it('null where a channel leaves a field out is taken as left out', async () => {
    const res = await post(app.url, { ...valid(), replyToId: null, locale: null, entities: null });
    expect(res.status).toBe(200);
    connector.clear();
  });
});

describe('without BOT_ID (anonymous, local only)', () => {
  it.each(['https://example.com/', 'http://10.0.0.7:8080/', 'http://169.254.169.254/latest/'])('a serviceUrl off this machine (%s) is refused at the door: no call goes out', async (serviceUrl) => {
    const before = await stored();
    const res = await post(app.url, message(anna, serviceUrl, 'hjälp'));
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({ code: 'forbidden', reason: 'bot.serviceUrlNotLocal', message: 'Utan BOT_ID svarar boten bara till en serviceUrl på den här datorn.', field: 'serviceUrl' });
    expect(await stored()).toBe(before);
  });

  it('localhost and 127.0.0.1 are this machine', async () => {
    const res = await post(app.url, message(anna, connector.serviceUrl.replace('127.0.0.1', 'localhost'), 'hjälp'));
    expect(res.status).toBe(200);
    expect(connector.activitiesTo(anna.conversationId)).toHaveLength(1);
    connector.clear();
  });

  it('a post from a web page of another site is refused', async () => {
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify(message(anna, connector.serviceUrl, 'hjälp')),
    });
    expect(res.status).toBe(403);
    expect(connector.calls).toHaveLength(0);
  });
});

describe('the welcome greets a person by name', () => {
  // Teams' installationUpdate has no from.name (seen in the Agents Playground: "Välkommen, 00000000-…!").
  const nameless = (user: ReturnType<typeof teamsUser>) => {
    const activity = installation(user, connector.serviceUrl, 'add');
    return { ...activity, from: { id: user.id, aadObjectId: user.aadObjectId } };
  };

  it('asks Teams for the member when the activity does not name them', async () => {
    const sara = teamsUser('door-sara', { name: 'Sara Nilsson', aadObjectId: '00000000-0000-0000-0000-0000000000021' });
    connector.members.set(sara.id, { name: 'Sara Nilsson', aadObjectId: sara.aadObjectId });
    const res = await post(app.url, nameless(sara));
    expect(res.status).toBe(200);
    const lookup = connector.calls.find((c) => c.method === 'GET');
    expect(lookup?.path).toBe(`/v3/conversations/${encodeURIComponent(sara.conversationId)}/members/${encodeURIComponent(sara.id)}`);
    const [card] = connector.cardsTo(sara.conversationId);
    expect(cardText(card)).toContain('Välkommen, Sara!');
    expect(connector.activitiesTo(sara.conversationId)[0]!.body.summary).toBe('Välkommen, Sara!');
    connector.clear();
  });

  it('greets without a name when Teams cannot say who it is — never with an id', async () => {
    const nobody = teamsUser('door-nobody', { aadObjectId: '00000000-0000-0000-0000-0000000000029' });
    const res = await post(app.url, nameless(nobody));
    expect(res.status).toBe(200);
    const [card] = connector.cardsTo(nobody.conversationId);
    expect(cardText(card)).toContain('Välkommen!');
    expect(cardText(card)).not.toContain('00000000');
    expect(cardText(card)).not.toContain('29:');
    connector.clear();
  });

  it('dev mode: a demo user Teams does not know is greeted by their demo name', async () => {
    const karin = teamsUser('door-karin', { aadObjectId: '11111111-1111-4111-8111-000000000005' });
    await post(app.url, nameless(karin));
    expect(cardText(connector.cardsTo(karin.conversationId)[0])).toContain('Välkommen, Karin!');
    connector.clear();
  });
});
