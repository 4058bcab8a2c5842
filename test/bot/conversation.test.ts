import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { TeamsUser, cardActions, cardText, installation, message, post, teamsUser } from '../helpers/teamsActivity';

/**
 * Chatting with the bot in Teams: install (welcome card, the chat remembered), the commands in
 * Swedish and English, help — over HTTP against the running server with the demo trainings,
 * the Bot Connector replaced by a recording server on loopback.
 */
const NOW = new Date('2026-03-23T08:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({ SEED_DEMO: 'true' }, { now: () => NOW });
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});
beforeEach(() => connector.clear());

/** Says something and returns the one card the bot answered with. */
const say = async (user: TeamsUser, text: string) => {
  const before = connector.cardsTo(user.conversationId).length;
  const res = await post(app.url, message(user, connector.serviceUrl, text));
  expect(res.status).toBe(200);
  const cards = connector.cardsTo(user.conversationId);
  expect(cards).toHaveLength(before + 1);
  return cards[before];
};

describe('the bot in a personal chat', () => {
  const anna = teamsUser('anna', { name: 'Anna Åström' });

  it('installing the app sends the welcome card once and remembers the chat', async () => {
    expect(await app.store.conversations.get(anna.aadObjectId)).toBeUndefined();
    const res = await post(app.url, installation(anna, connector.serviceUrl, 'add'));
    expect(res.status).toBe(200);

    const [reply] = connector.activitiesTo(anna.conversationId);
    expect(reply!.method).toBe('POST');
    expect(reply!.path).toMatch(new RegExp(`^/v3/conversations/${encodeURIComponent(anna.conversationId)}/activities`));
    const card = reply!.body.attachments[0].content;
    expect(reply!.body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(card)).toContain('Välkommen, Anna!');
    expect(cardText(card)).toContain('**utbildningar**');
    expect(cardActions(card).map((a) => a.verb)).toEqual(['listTrainings', 'myRegistrations']);

    expect(await app.store.conversations.get(anna.aadObjectId)).toMatchObject({
      serviceUrl: connector.serviceUrl,
      conversation: { id: anna.conversationId, conversationType: 'personal', tenantId: 'dev-tenant' },
      user: { id: anna.id, aadObjectId: anna.aadObjectId },
      locale: 'sv-SE',
    });

    // Teams also says "members added" for the same install: no second welcome.
    await post(app.url, { ...installation(anna, connector.serviceUrl, 'add'), type: 'conversationUpdate', membersAdded: [{ id: 'x' }, { id: '28:forvaltningsstod-bot' }] });
    expect(connector.activitiesTo(anna.conversationId)).toHaveLength(1);
  });

  it('"utbildningar" lists the upcoming trainings with seats left, and a sign-up button on each', async () => {
    const card = await say(anna, 'utbildningar');
    const text = cardText(card);
    expect(text).toContain('Kommande utbildningar');
    const signUps = cardActions(card).filter((a) => a.type === 'Action.Execute' && a.verb === 'signUp');
    expect(signUps).toHaveLength(7);
    for (const action of signUps) expect(action.data.trainingId).toMatch(/^U-\d{3}$/);
    expect(text).toMatch(/\d+ platser kvar av \d+/);
    expect(text).toMatch(/Fullt – \d+ på väntelistan/);
    expect(cardActions(card).filter((a) => a.title === 'Ställ mig på väntelistan')).toHaveLength(1);
    // Times in Stockholm, in Swedish.
    expect(text).toMatch(/(måndag|tisdag|onsdag|torsdag|fredag) \d{1,2} \w+ 2026 kl\. \d{2}:\d{2}–\d{2}:\d{2}/);
    // The card refreshes for this person, so they see their own state.
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'refresh', data: { view: 'list' } }, userIds: [anna.id] });
  });

  it('"trainings" from an English client answers in English', async () => {
    const eric = teamsUser('eric', { locale: 'en-US', name: 'Eric Lund' });
    const card = await say(eric, 'trainings');
    const text = cardText(card);
    expect(text).toContain('Upcoming trainings');
    expect(text).toMatch(/\d+ seats left of \d+/);
    expect(text).toMatch(/Full – \d+ on the waitlist/);
    expect(text).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} \w+ 2026, \d{2}:\d{2}–\d{2}:\d{2}/);
    expect(cardActions(card).some((a) => a.title === 'Sign up')).toBe(true);
    expect(text).not.toContain('platser');
  });

  it('"mina" / "my" show one\'s registrations (a demo user signed up earlier sees theirs)', async () => {
    expect(cardText(await say(anna, 'mina'))).toContain('Du är inte anmäld till någon kommande utbildning.');
    // Karin Holm (demo reader) is signed up for one upcoming training; Peter Sjöberg is 2nd on a waitlist.
    const karin = teamsUser('karin', { aadObjectId: '11111111-1111-4111-8111-000000000005', name: 'Karin Holm', locale: 'en-GB' });
    const mine = cardText(await say(karin, 'my'));
    expect(mine).toContain('My registrations');
    expect(mine).toContain('Signed up ✓');
    const peter = teamsUser('peter', { aadObjectId: '11111111-1111-4111-8111-000000000006', name: 'Peter Sjöberg' });
    expect(cardText(await say(peter, 'Mina anmälningar'))).toContain('På väntelistan, plats 2');
  });

  it('"hjälp" lists the commands; unknown text gets the help card with a hint; an @mention is ignored', async () => {
    const help = cardText(await say(anna, 'hjälp'));
    expect(help).toContain('Det här kan jag');
    expect(help).toContain('**mina** – Dina anmälningar');
    expect(help).not.toContain('förstod jag inte');

    expect(cardText(await say(anna, 'kan jag boka ett rum?'))).toContain('Det förstod jag inte');
    expect(cardText(await say(anna, '<at>Förvaltningsstöd</at> Utbildningar'))).toContain('Kommande utbildningar');
    expect(cardText(await say(teamsUser('e2', { locale: 'en-US' }), 'HELP'))).toContain('What I can do');
  });

  it('a resent message (same activity id) is answered once', async () => {
    const activity = message(anna, connector.serviceUrl, 'utbildningar');
    await post(app.url, activity);
    await post(app.url, activity);
    expect(connector.cardsTo(anna.conversationId)).toHaveLength(1);
  });

  it('uninstalling forgets the chat (removing the app from a team does not)', async () => {
    const fromTeam = { ...installation(anna, connector.serviceUrl, 'remove'), conversation: { id: '19:team-channel', conversationType: 'channel', tenantId: 'dev-tenant' } };
    expect((await post(app.url, fromTeam)).status).toBe(200);
    expect(await app.store.conversations.get(anna.aadObjectId)).toBeDefined();
    const res = await post(app.url, installation(anna, connector.serviceUrl, 'remove'));
    expect(res.status).toBe(200);
    expect(await app.store.conversations.get(anna.aadObjectId)).toBeUndefined();
    expect(connector.calls).toHaveLength(0);
  });
});
