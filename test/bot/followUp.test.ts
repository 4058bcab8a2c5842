import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import {
  TeamsUser,
  cardAction,
  cardActions,
  cardText,
  channelCardAction,
  channelMessage,
  installation,
  invokeCard,
  post,
  teamEvent,
  teamInstallation,
  teamsTeam,
  teamsUser,
} from '../helpers/teamsActivity';

/**
 * The monthly follow-up in Teams, over HTTP against the running server with a recording Bot
 * Connector on 127.0.0.1 and an injected clock: the app installed in a team remembers its
 * channels; "följ upp här" chooses the channel; at the reminder's instant exactly one restlista
 * card goes into the channel and each owner with overdue items gets one nudge; "Klar",
 * "Skjut upp" and "Kommentera" on a card change the store through the use cases and the posted
 * card is updated in place (PUT …/activities/{id}); `restlista` posts the card on demand;
 * removing the app from the team forgets it all.
 */
// Meeting Tuesday 2026-12-01 09:00 Stockholm (08:00 UTC); two days before is a Sunday, so the reminder is Friday 2026-11-27 09:00 (08:00 UTC).
const REMINDER_AT = new Date('2026-11-27T08:00:00.000Z');
let now = new Date('2026-11-26T12:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;

const lead = teamsUser('lead', { name: 'Maria Lindqvist' });
const anna = teamsUser('anna', { name: 'Anna Åström' });
const olle = teamsUser('olle', { name: 'Olle Öberg', locale: 'en-GB' });
// In dev mode (the tests' sign-in) someone on no role list acts as the demo lead; a reader is the demo reader.
const reader = teamsUser('reader', { name: 'Karin Holm', aadObjectId: '11111111-1111-4111-8111-000000000005' });
const team = teamsTeam('fu', ['Uppföljning', 'Drift']);
const [followUpChannel, otherChannel] = team.channels as [{ id: string; name: string }, { id: string; name: string }];

const keys: Record<string, string> = {};

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp(
    { ROLE_FORVALTNINGSLEDARE: lead.aadObjectId, ROLE_MEMBERS: [anna.aadObjectId, olle.aadObjectId].join(','), PUBLIC_URL: 'https://forvaltningsstod.example.se' },
    { now: () => now },
  );
  const create = async (name: string, owner: TeamsUser | null, dueDate: string) => {
    const res = await app.request('POST', '/api/activities', {
      as: 'member',
      body: { title: name, category: 'Övrigt', dueDate, owner: owner && { id: owner.aadObjectId, name: owner.name } },
    });
    expect(res.status).toBe(201);
    keys[name] = res.json.key;
  };
  await create('Förnya licensavtal', anna, '2026-11-20'); // overdue
  await create('Uppdatera guider', anna, '2026-11-25'); // overdue
  await create('Avveckla Skype', olle, '2026-11-26'); // overdue
  await create('Utvärdera Teams Premium', olle, '2026-11-30'); // due before the meeting
  await create('Rensa distributionslistor', null, '2026-11-10'); // overdue, no owner
  await create('Nästa års budget', anna, '2027-02-01'); // later
  for (const u of [anna, olle]) await post(app.url, installation(u, connector.serviceUrl, 'add'));
  connector.clear();
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

/** Cards in a channel: posted into it (a new thread) or replied in one of its threads (`19:…;messageid=…`). */
const cardsIn = (channelId: string) =>
  connector.calls
    .filter((c) => c.conversationId?.split(';')[0] === channelId && c.status === 200 && c.method === 'POST')
    .flatMap((c) => (c.body?.attachments ?? []).map((a: { content: unknown }) => a.content));
const channelCards = () => cardsIn(followUpChannel.id);
const posts = (conversationId: string) => connector.calls.filter((c) => c.method === 'POST' && c.conversationId?.split(';')[0] === conversationId && c.status === 200);
const puts = () => connector.calls.filter((c) => c.method === 'PUT' && c.status === 200);

describe('the follow-up channel', () => {
  it('installing the app in a team stores the General channel\'s reference; channel events and @mentions add channels as they become known', async () => {
    const res = await post(app.url, teamInstallation(lead, connector.serviceUrl, team, 'add'));
    expect(res.status).toBe(200);
    expect(await app.store.channels.get(team.id)).toMatchObject({
      conversationId: team.id,
      teamId: team.id,
      teamName: team.name,
      channelName: null,
      reference: { serviceUrl: connector.serviceUrl, conversation: { id: team.id, conversationType: 'channel', tenantId: 'dev-tenant' }, bot: { id: '28:forvaltningsstod-bot' } },
    });
    await post(app.url, teamEvent(lead, connector.serviceUrl, team, 'channelCreated', otherChannel.id));
    expect(await app.store.channels.get(otherChannel.id)).toMatchObject({ channelName: 'Drift', reference: { conversation: { id: otherChannel.id } } });
    expect(connector.calls).toHaveLength(0); // nothing is posted for that
  });

  it('"följ upp här" from a member is refused; from the förvaltningsledare it chooses the channel and answers with the schedule', async () => {
    await post(app.url, channelMessage(anna, connector.serviceUrl, team, followUpChannel.id, 'följ upp här'));
    expect(cardText(cardsIn(followUpChannel.id).at(-1))).toContain('Din roll (medlem) får inte göra detta.');
    expect((await app.request('GET', '/api/settings/follow-up')).json.channel).toBeNull();

    await post(app.url, channelMessage(lead, connector.serviceUrl, team, followUpChannel.id, 'följ upp här'));
    const answer = cardText(cardsIn(followUpChannel.id).at(-1));
    expect(answer).toContain('Kanalen följer upp restlistan');
    expect(answer).toContain(`${team.name} › Uppföljning`);
    expect(answer).toContain('Schema: första tisdagen i månaden kl. 09:00');
    expect(answer).toContain('Nästa möte: tisdag 1 december kl. 09:00');
    expect(answer).toContain('Påminnelse: fredag 27 november kl. 09:00');
    const settings = (await app.request('GET', '/api/settings/follow-up')).json;
    expect(settings.channel).toEqual({ conversationId: followUpChannel.id, teamId: team.id, teamName: team.name, channelName: 'Uppföljning' });
    connector.clear();
  });
});

describe('the reminder', () => {
  let reminderId: string;

  it('is not sent before its instant; at it, exactly one card goes into the channel and one nudge to each owner with overdue items', async () => {
    now = new Date(REMINDER_AT.getTime() - 1);
    expect(await app.jobs.tick()).toMatchObject({ followUpsQueued: 0, sent: 0 });
    expect(connector.calls).toHaveLength(0);

    now = REMINDER_AT;
    expect(await app.jobs.tick()).toMatchObject({ followUpsQueued: 3, sent: 3, undeliverable: 0 });
    for (let i = 0; i < 3; i++) {
      now = new Date(now.getTime() + 60 * 60_000);
      expect(await app.jobs.tick()).toMatchObject({ followUpsQueued: 0, sent: 0 });
    }
    expect(posts(followUpChannel.id)).toHaveLength(1);
    const [card] = channelCards();
    reminderId = (await app.store.outbox.list()).find((m) => m.kind === 'followUpReminder')!.activityId!;
    expect(reminderId).toMatch(/^activity-\d+$/);

    const text = cardText(card);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(text).toContain('Månadsmöte tisdag 1 december kl. 09:00');
    expect(text).toContain('Öppna punkter: 6');
    expect(text).toContain('Försenade: 4');
    expect(text).toContain('Förfaller före mötet: 1');
    expect(text).toContain('Utan ansvarig: 1');
    expect(text).toContain(`**${keys['Förnya licensavtal']}** Förnya licensavtal`);
    expect(text).toContain('Anna Åström · förföll 20 november (7 dagar sedan)');
    expect(text).toContain('Olle Öberg · förfaller 30 november');
    expect(text).not.toContain('Nästa års budget');
    // No document of the register is due for review: no section for them (test/bot/followUpDocuments.test.ts has one).
    expect(text).not.toContain('Dokument att granska');
    const buttons = cardActions(card);
    expect(buttons.filter((a) => a.verb === 'followUpOpen').map((a) => a.title)).toEqual(Array(5).fill(['Klar', 'Skjut upp', 'Kommentera']).flat());
    expect(buttons.find((a) => a.type === 'Action.OpenUrl')).toMatchObject({ title: 'Öppna restlistan', url: 'https://forvaltningsstod.example.se/tab/index.html#/restlista' });

    // One nudge each for Anna and Olle (the unowned item nudges nobody), in their language.
    const [annaNudge] = connector.cardsTo(anna.conversationId);
    expect(connector.cardsTo(anna.conversationId)).toHaveLength(1);
    expect(cardText(annaNudge)).toContain('Dina försenade punkter inför månadsmötet 1 december');
    expect(cardText(annaNudge)).toContain('Hej Anna!');
    expect(cardText(annaNudge)).toContain('Förnya licensavtal');
    expect(cardText(annaNudge)).not.toContain('Avveckla Skype');
    const olleNudges = connector.cardsTo(olle.conversationId);
    expect(olleNudges).toHaveLength(1);
    expect(cardText(olleNudges[0])).toContain('Your overdue items before the monthly meeting 1 December');
    expect(cardText(olleNudges[0])).toContain('Utvärdera Teams Premium');
  });

  it('"Klar" opens a form for the note; saving it closes the item through the use case and the channel card is updated in place', async () => {
    const key = keys['Förnya licensavtal']!;
    const activity = (await app.request('GET', `/api/activities/${key}`)).json.activity;
    const data = { meetingDate: '2026-12-01', view: 'channel', key };
    const form = invokeCard(await post(app.url, channelCardAction(anna, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpOpen', { ...data, form: 'done' })));
    expect(cardText(form)).toContain(`Klar: ${key} Förnya licensavtal`);
    const save = cardActions(form).find((a) => a.verb === 'followUpDone')!;
    expect(save.data).toEqual({ ...data, version: String(activity.version) });
    expect(puts()).toHaveLength(0); // opening a form is only for the one who clicked

    // What Teams sends: the button's data with the input's value.
    const res = await post(app.url, channelCardAction(anna, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpDone', { ...save.data, note: 'Avtalet förnyat till 2029.' }));
    const card = invokeCard(res);
    expect(cardText(card)).toContain(`✓ ${key} är klar (Anna Åström).`);
    expect(cardText(card)).not.toContain('Förnya licensavtal');
    expect(cardText(card)).toContain('Försenade: 3');

    const after = (await app.request('GET', `/api/activities/${key}`)).json;
    expect(after.activity).toMatchObject({ status: 'klar', resolution: 'Avtalet förnyat till 2029.', version: activity.version + 1, updatedBy: { id: anna.aadObjectId } });

    // The card in the channel is replaced for everyone: PUT /v3/conversations/{channel thread}/activities/{the card's id}.
    const [update] = puts();
    expect(puts()).toHaveLength(1);
    expect(update!.path).toBe(`/v3/conversations/${encodeURIComponent(`${followUpChannel.id};messageid=${reminderId}`)}/activities/${reminderId}`);
    expect(update!.body.attachments[0].content).toEqual(card);
    expect(posts(followUpChannel.id)).toHaveLength(1);
  });

  it('a resent "Klar" (same activity) changes nothing twice; a click on a card that is out of date is a conflict that changes nothing', async () => {
    const key = keys['Uppdatera guider']!;
    const activity = (await app.request('GET', `/api/activities/${key}`)).json.activity;
    const click = channelCardAction(olle, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpDone', {
      meetingDate: '2026-12-01',
      view: 'channel',
      key,
      version: String(activity.version),
      note: 'Klart',
    });
    await post(app.url, click);
    await post(app.url, click);
    expect((await app.request('GET', `/api/activities/${key}`)).json.history.filter((h: { field: string }) => h.field === 'status')).toHaveLength(1);

    connector.clear();
    const stale = await post(app.url, { ...click, id: 'another-activity' });
    expect(cardText(invokeCard(stale))).toContain(`${key} hann ändras av någon annan.`);
    expect(puts()).toHaveLength(0);
  });

  it('"Skjut upp" from an owner\'s nudge in their personal chat moves the due date, and the channel card is updated too', async () => {
    connector.clear();
    const key = keys['Avveckla Skype']!;
    const activity = (await app.request('GET', `/api/activities/${key}`)).json.activity;
    const data = { meetingDate: '2026-12-01', view: 'nudge', key };
    const form = invokeCard(await post(app.url, cardAction(olle, connector.serviceUrl, 'followUpOpen', { ...data, form: 'postpone' })));
    expect(cardText(form)).toContain(`Postpone: ${key} Avveckla Skype`);
    // A date in the past is refused in the form, and nothing changes.
    const past = invokeCard(await post(app.url, cardAction(olle, connector.serviceUrl, 'followUpPostpone', { ...data, version: String(activity.version), dueDate: '2026-11-01' })));
    expect(cardText(past)).toContain('Give a new due date, today or later.');
    const res = invokeCard(await post(app.url, cardAction(olle, connector.serviceUrl, 'followUpPostpone', { ...data, version: String(activity.version), dueDate: '2026-12-15' })));
    expect(cardText(res)).toContain(`✓ ${key} is now due 15 December (Olle Öberg).`);
    expect(cardText(res)).toContain('You have no overdue items any more. Thank you!');
    expect((await app.request('GET', `/api/activities/${key}`)).json.activity.dueDate).toBe('2026-12-15');

    const [update] = puts();
    expect(puts()).toHaveLength(1);
    expect(update!.path).toBe(`/v3/conversations/${encodeURIComponent(followUpChannel.id)}/activities/${reminderId}`);
    expect(cardText(update!.body.attachments[0].content)).toContain(`✓ ${key} förfaller nu 15 december (Olle Öberg).`);
  });

  it('"Kommentera" stores a follow-up note for the meeting; a reader may look but not change anything', async () => {
    const key = keys['Utvärdera Teams Premium']!;
    const data = { meetingDate: '2026-12-01', view: 'channel', key };
    const res = invokeCard(await post(app.url, channelCardAction(olle, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpComment', { ...data, comment: 'Pilot med tio licenser i januari.' })));
    expect(cardText(res)).toContain(`✓ Kommentar sparad på ${key} (Olle Öberg).`);
    expect((await app.request('GET', `/api/activities/${key}`)).json.comments).toEqual([
      expect.objectContaining({ text: 'Pilot med tio licenser i januari.', meetingDate: '2026-12-01', by: { id: olle.aadObjectId, name: 'Olle Öberg' } }),
    ]);

    const refused = invokeCard(await post(app.url, channelCardAction(reader, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpComment', { ...data, comment: 'Hej' })));
    expect(cardText(refused)).toContain('Din roll (läsare) får inte göra detta.');
    expect((await app.request('GET', `/api/activities/${key}`)).json.comments).toHaveLength(1);
  });

  it('a reader who presses "Klar", "Skjut upp" or "Kommentera" on the channel card is told at the first click, not after filling in the form', async () => {
    connector.clear();
    const key = keys['Utvärdera Teams Premium']!;
    const before = (await app.request('GET', `/api/activities/${key}`)).json;
    for (const form of ['done', 'postpone', 'comment']) {
      const answer = invokeCard(await post(app.url, channelCardAction(reader, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpOpen', { meetingDate: '2026-12-01', view: 'channel', key, form })));
      expect(cardText(answer)).toContain('Din roll (läsare) får inte göra detta.');
      expect(cardActions(answer).map((a) => a.verb)).not.toContain(form === 'done' ? 'followUpDone' : form === 'postpone' ? 'followUpPostpone' : 'followUpComment');
      expect(cardText(answer)).toContain('Månadsmöte tisdag 1 december kl. 09:00'); // the card as it is, not a form
    }
    expect((await app.request('GET', `/api/activities/${key}`)).json).toEqual(before);
    expect(puts()).toHaveLength(0);
  });

  it('"@Förvaltningsstöd restlista" posts the current card on demand', async () => {
    connector.clear();
    await post(app.url, channelMessage(reader, connector.serviceUrl, team, otherChannel.id, 'restlista'));
    const [card] = cardsIn(otherChannel.id);
    expect(cardText(card)).toContain('Månadsmöte tisdag 1 december kl. 09:00');
    expect(cardText(card)).toContain('Försenade: 1');
  });

  it('downtime across the morning reminder: it is sent once at the next tick, and not at all once the meeting has started', async () => {
    const settings = (await app.request('GET', '/api/settings/follow-up')).json;
    const saved = await app.request('PUT', '/api/settings/follow-up', {
      as: 'lead',
      headers: { 'if-match': `"${settings.version}"` },
      body: { channelId: followUpChannel.id, schedule: { ...settings.schedule, onMeetingMorning: true } },
    });
    expect(saved.status).toBe(200);
    connector.clear();
    now = new Date('2026-12-01T07:30:00.000Z'); // 08:30 on the meeting day; the morning reminder was at 07:00
    expect(await app.jobs.tick()).toMatchObject({ followUpsQueued: 1, sent: 1 });
    expect(cardText(channelCards()[0])).toContain('I dag kl. 09:00: månadsmöte');
    now = new Date('2026-12-01T07:59:00.000Z');
    expect(await app.jobs.tick()).toMatchObject({ followUpsQueued: 0, sent: 0 });
    expect(posts(followUpChannel.id)).toHaveLength(1);
  });

  it('dev mode: someone the app does not know (the Agents Playground\'s user) acts as the demo förvaltningsledare and may close an item from the channel card', async () => {
    connector.clear();
    const alex = teamsUser('playground', { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' });
    const key = keys['Rensa distributionslistor']!;
    const activity = (await app.request('GET', `/api/activities/${key}`)).json.activity;
    const data = { meetingDate: '2026-12-01', view: 'channel', key };
    const form = invokeCard(await post(app.url, channelCardAction(alex, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpOpen', { ...data, form: 'done' })));
    expect(cardText(form)).toContain(`Klar: ${key} Rensa distributionslistor`);
    const done = invokeCard(await post(app.url, channelCardAction(alex, connector.serviceUrl, team, followUpChannel.id, reminderId, 'followUpDone', { ...data, version: String(activity.version), note: 'Listorna rensade.' })));
    expect(cardText(done)).toContain(`✓ ${key} är klar (Alex Wilber).`);
    expect((await app.request('GET', `/api/activities/${key}`)).json.activity).toMatchObject({ status: 'klar', updatedBy: { id: alex.aadObjectId, name: 'Alex Wilber' } });
  });
});

describe('leaving the team', () => {
  it('removing the app from the team forgets its channels and the follow-up channel', async () => {
    await post(app.url, teamInstallation(lead, connector.serviceUrl, team, 'remove'));
    expect(await app.store.channels.list()).toEqual([]);
    expect((await app.request('GET', '/api/settings/follow-up')).json.channel).toBeNull();
  });
});
