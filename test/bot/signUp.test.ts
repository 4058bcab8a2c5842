import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { TeamsUser, cardAction, cardActions, cardText, installation, invokeCard, message, post, teamsUser } from '../helpers/teamsActivity';

/**
 * Signing up through Adaptive Cards (Action.Execute), end to end: the updated card, the
 * confirmation with Stockholm time, meeting link, calendar file and cancel button, the
 * waitlist, resent and double-clicked invokes, cancelling with the next in line told
 * proactively, uninstalling, the organiser cancelling through the API, and the reminders.
 */
let now = new Date('2026-03-02T08:00:00.000Z');
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

const createTraining = async (over: Record<string, unknown>) => {
  const res = await app.request('POST', '/api/trainings', {
    as: 'member',
    body: { title: 'Möten i Teams', start: '2026-03-30T09:00:00+02:00', end: '2026-03-30T09:45:00+02:00', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/demo-123', capacity: 2, ...over },
  });
  expect(res.status).toBe(201);
  return res.json as { id: string; version: number };
};
const registrations = async (id: string) => (await app.request('GET', `/api/trainings/${id}/registrations`, { as: 'member' })).json.items as any[];
const click = (user: TeamsUser, verb: string, data: unknown) => post(app.url, cardAction(user, connector.serviceUrl, verb, data));
const install = (user: TeamsUser) => post(app.url, installation(user, connector.serviceUrl, 'add'));
/** Cards sent to the person since the last clear. */
const cardsOf = (user: TeamsUser) => connector.cardsTo(user.conversationId);

const [u1, u2, u3, u4, u5] = [teamsUser(1), teamsUser(2), teamsUser(3), teamsUser(4), teamsUser(5)] as const;

describe('signing up through cards', () => {
  let training: { id: string; version: number };
  let firstWaitlisted: ReturnType<typeof cardAction>;

  beforeAll(async () => {
    training = await createTraining({});
    for (const u of [u1, u2, u3, u4, u5]) await install(u);
    connector.clear();
  });

  it('"Anmäl mig" answers with the updated card and sends a confirmation: Stockholm time, meeting link, calendar file, cancel', async () => {
    const res = await click(u1, 'signUp', { trainingId: training.id });
    const card = invokeCard(res);
    expect(cardText(card)).toContain('Anmäld ✓');
    expect(card.refresh).toMatchObject({ action: { verb: 'refresh', data: { view: 'training', trainingId: training.id } }, userIds: [u1.id] });

    const [confirmation] = cardsOf(u1);
    const text = cardText(confirmation);
    expect(text).toContain('Bekräftelse: du är anmäld ✓');
    // 07:00 UTC on the day after the switch to summer time is 09:00 in Stockholm.
    expect(text).toContain('När: måndag 30 mars 2026 kl. 09:00–09:45');
    expect(text).toContain('Var: Teams-möte');
    expect(text).toContain('Arrangör: Johan Ek');
    const actions = cardActions(confirmation);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'Action.OpenUrl', title: 'Gå med i mötet', url: 'https://teams.microsoft.com/l/meetup-join/demo-123' }));
    expect(actions).toContainEqual(expect.objectContaining({ type: 'Action.Execute', title: 'Avanmäl', verb: 'cancel', data: { trainingId: training.id } }));
    const calendar = actions.find((a) => a.title === 'Lägg till i kalendern')!;
    expect(calendar.type).toBe('Action.OpenUrl');
    expect(calendar.url).toMatch(new RegExp(`^${app.publicUrl}/calendar/${training.id}\\.ics\\?u=${u1.aadObjectId}&sig=[\\w-]+&lang=sv$`));

    // The calendar file opens in the browser without sign-in, thanks to the signature.
    const ics = await fetch(calendar.url!);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await ics.text();
    expect(body).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*END:VEVENT[\s\S]*END:VCALENDAR/);
    expect(body).toContain('DTSTART:20260330T070000Z');
    expect(body).toContain('DTEND:20260330T074500Z');
    expect(body).toContain('SUMMARY:Möten i Teams');
    expect(body).toContain(`UID:${training.id}@localhost`);
    expect(body).toContain('LOCATION:https://teams.microsoft.com/l/meetup-join/demo-123');
    expect(body).toContain('Arrangör: Johan Ek');
  });

  it('a full training puts people on the waitlist: "Fullt – du står på väntelistan, plats N", no confirmation', async () => {
    expect(cardText(invokeCard(await click(u2, 'signUp', { trainingId: training.id })))).toContain('Anmäld ✓');
    firstWaitlisted = cardAction(u3, connector.serviceUrl, 'signUp', { trainingId: training.id });
    expect(cardText(invokeCard(await post(app.url, firstWaitlisted)))).toContain('Fullt – du står på väntelistan, plats 1');
    const fourth = cardText(invokeCard(await click(u4, 'signUp', { trainingId: training.id })));
    expect(fourth).toContain('Fullt – du står på väntelistan, plats 2');
    expect(fourth).toContain('Du får ett meddelande här direkt om en plats blir ledig.');
    expect(cardsOf(u3)).toHaveLength(0);
    expect((await registrations(training.id)).map((r) => [r.userId, r.status, r.position])).toEqual([
      [u1.aadObjectId, 'confirmed', null],
      [u2.aadObjectId, 'confirmed', null],
      [u3.aadObjectId, 'waitlisted', 1],
      [u4.aadObjectId, 'waitlisted', 2],
    ]);
  });

  it('a resent invoke (same activity id) gets the current state and applies nothing again; a double click gives one registration', async () => {
    const again = await post(app.url, firstWaitlisted);
    expect(cardText(invokeCard(again))).toContain('På väntelistan, plats 1');
    const double = await Promise.all([click(u2, 'signUp', { trainingId: training.id }), click(u2, 'signUp', { trainingId: training.id })]);
    for (const res of double) expect(cardText(invokeCard(res))).toMatch(/Anmäld ✓|Du är redan anmäld ✓/);
    expect(await registrations(training.id)).toHaveLength(4);
    expect(cardsOf(u2)).toHaveLength(1); // the one confirmation from the first sign-up
  });

  it('the Action.Submit fallback signs up too: the clicked message is replaced and the confirmation sent', async () => {
    const other = await createTraining({ title: 'Planner och To Do', capacity: 10 });
    const res = await post(app.url, message(u5, connector.serviceUrl, '', { value: { verb: 'signUp', trainingId: other.id }, replyToId: 'card-message-1' }));
    expect(res.status).toBe(200);
    const [update, confirmation] = connector.activitiesTo(u5.conversationId);
    expect(update!.method).toBe('PUT');
    expect(update!.path).toContain('/activities/card-message-1');
    expect(cardText(update!.body.attachments[0].content)).toContain('Anmäld ✓');
    expect(cardText(confirmation!.body.attachments[0].content)).toContain('Bekräftelse: du är anmäld ✓');
  });

  it('"Avanmäl" frees the seat: the first on the waitlist moves up and is told proactively, exactly once', async () => {
    connector.clear();
    const res = await click(u1, 'cancel', { trainingId: training.id });
    const text = cardText(invokeCard(res));
    expect(text).toContain('Avanmäld');
    expect(text).toContain('Platsen går till nästa på väntelistan.');
    // Full again (the seat went to the next in line): what is left is the waitlist.
    expect(cardActions(invokeCard(res)).filter((a) => a.verb === 'signUp').map((a) => a.title)).toEqual(['Ställ mig på väntelistan']);

    const regs = await registrations(training.id);
    expect(regs.find((r) => r.userId === u3.aadObjectId)).toMatchObject({ status: 'confirmed' });
    expect(regs.find((r) => r.userId === u4.aadObjectId)).toMatchObject({ status: 'waitlisted', position: 1 });

    expect(cardsOf(u3)).toHaveLength(0); // not in the turn: through the outbox
    const report = await app.jobs.tick();
    expect(report).toMatchObject({ sent: 1, undeliverable: 0 });
    const [promoted] = cardsOf(u3);
    expect(cardText(promoted)).toContain('Du har fått en plats ✓');
    expect(cardText(promoted)).toContain('När: måndag 30 mars 2026 kl. 09:00–09:45');
    expect(cardActions(promoted).map((a) => a.title)).toEqual(['Gå med i mötet', 'Lägg till i kalendern', 'Avanmäl']);
    expect(connector.activitiesTo(u3.conversationId)[0]!.body.summary).toBe('Du har fått en plats på Möten i Teams');

    await app.jobs.tick();
    expect(cardsOf(u3)).toHaveLength(1);
    expect(connector.calls).toHaveLength(1);
  });

  it('each person sees their own state when a card refreshes', async () => {
    const refresh = (u: TeamsUser) => click(u, 'refresh', { view: 'training', trainingId: training.id });
    expect(cardText(invokeCard(await refresh(u3)))).toContain('Anmäld ✓');
    expect(cardText(invokeCard(await refresh(u4)))).toContain('På väntelistan, plats 1');
    expect(cardText(invokeCard(await refresh(u1)))).toContain('Avanmäld');
  });

  it('uninstalling removes the chat; the organiser cancelling through the API tells everyone still registered', async () => {
    await post(app.url, installation(u4, connector.serviceUrl, 'remove'));
    expect(await app.store.conversations.get(u4.aadObjectId)).toBeUndefined();

    connector.clear();
    const current = await app.request('GET', `/api/trainings/${training.id}`, { as: 'member' });
    const cancelled = await app.request('PATCH', `/api/trainings/${training.id}`, {
      as: 'member',
      body: { status: 'cancelled' },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.notify).toHaveLength(3);

    const report = await app.jobs.tick();
    expect(report).toMatchObject({ sent: 2, undeliverable: 1 });
    for (const u of [u2, u3]) {
      const cards = cardsOf(u);
      expect(cards).toHaveLength(1);
      expect(cardText(cards[0])).toContain('Inställd: Möten i Teams');
    }
    expect(cardsOf(u1)).toHaveLength(0);
    const outbox = await app.store.outbox.list();
    expect(outbox.find((m) => m.userId === u4.aadObjectId && m.kind === 'trainingCancelled')).toMatchObject({
      status: 'undeliverable',
      lastError: expect.stringContaining('no conversation reference'),
    });
  });

  it('the day before, each confirmed person gets exactly one reminder, however often the scheduler runs', async () => {
    const tomorrow = await createTraining({ title: 'Forms – enkäter och quiz', start: '2026-03-10T13:00:00+01:00', end: '2026-03-10T13:45:00+01:00', capacity: 2 });
    for (const u of [u1, u2, u3]) await click(u, 'signUp', { trainingId: tomorrow.id });
    connector.clear();

    now = new Date('2026-03-09T11:00:00.000Z'); // 25 hours before: not yet
    expect((await app.jobs.tick()).remindersQueued).toBe(0);
    now = new Date('2026-03-09T12:30:00.000Z');
    expect((await app.jobs.tick()).remindersQueued).toBe(2);
    expect((await app.jobs.tick()).remindersQueued).toBe(0);
    now = new Date('2026-03-09T18:00:00.000Z');
    await app.jobs.tick();

    for (const u of [u1, u2]) {
      const reminders = cardsOf(u).filter((c) => cardText(c).includes('Påminnelse'));
      expect(reminders).toHaveLength(1);
      expect(cardText(reminders[0])).toContain('Påminnelse: Forms – enkäter och quiz');
      expect(cardText(reminders[0])).toContain('Utbildningen börjar tisdag 10 mars 2026 kl. 13:00–13:45.');
    }
    expect(cardsOf(u3)).toHaveLength(0); // on the waitlist
    expect(connector.calls).toHaveLength(2);
  });

  it('once the training has started, the card offers no "Avanmäl" (as the tab does not): the domain decides what may be done', async () => {
    now = new Date('2026-03-10T12:10:00.000Z'); // 13:10 in Stockholm: ten minutes in
    const card = invokeCard(await click(u1, 'showTraining', { trainingId: (await app.request('GET', '/api/trainings?all=true', { as: 'member' })).json.items.find((t: { title: string }) => t.title === 'Forms – enkäter och quiz').id }));
    expect(cardText(card)).toContain('Anmäld ✓');
    expect(cardActions(card).map((a) => a.verb)).not.toContain('cancel');
  });
});
