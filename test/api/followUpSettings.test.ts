import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { post, teamInstallation, teamsTeam, teamsUser } from '../helpers/teamsActivity';

/**
 * GET/PUT /api/settings/follow-up: members read the follow-up channel, the schedule, the known
 * channels and the next meetings with their reminders; the förvaltningsledare changes them with
 * If-Match; bad input is a 400 that names the field and changes nothing. The restlista's and
 * the meeting's "next meeting" follow the schedule.
 */
const NOW = new Date('2026-11-29T10:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;
const team = teamsTeam('api', ['Uppföljning']);
const channelId = team.channels[0]!.id;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({}, { now: () => NOW });
  const res = await post(app.url, teamInstallation(teamsUser('installer'), connector.serviceUrl, team, 'add'));
  expect(res.status).toBe(200);
  // The channel becomes known when something happens in it (here: the app is added from it).
  await post(app.url, { ...teamInstallation(teamsUser('installer'), connector.serviceUrl, team, 'add'), conversation: { id: channelId, conversationType: 'channel' }, channelData: { team: { id: team.id, name: team.name }, channel: { id: channelId, name: 'Uppföljning' } } });
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

const schedule = {
  rule: { week: 'last', weekday: 'thursday' },
  time: '13:30',
  timeZone: 'Europe/Stockholm',
  reminderDaysBefore: 3,
  onMeetingMorning: true,
  nudges: false,
};
const put = (body: unknown, version: number | null, as = 'lead', lang: 'sv' | 'en' = 'sv') =>
  app.request('PUT', '/api/settings/follow-up', { as, lang, body, headers: version === null ? {} : { 'if-match': `"${version}"` } });

describe('follow-up settings API', () => {
  it('before anything is saved: the default schedule, no channel, the channels the bot knows and the next three first Tuesdays', async () => {
    const res = await app.request('GET', '/api/settings/follow-up', { as: 'member' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    expect(res.json).toMatchObject({
      channel: null,
      version: 0,
      schedule: { rule: { week: 'first', weekday: 'tuesday' }, time: '09:00', timeZone: 'Europe/Stockholm', reminderDaysBefore: 2, onMeetingMorning: false, nudges: true },
    });
    expect(res.json.channels).toEqual([
      { conversationId: team.id, teamId: team.id, teamName: team.name, channelName: null },
      { conversationId: channelId, teamId: team.id, teamName: team.name, channelName: 'Uppföljning' },
    ]);
    // Two days before is a Sunday: the reminder is on the working day before (30 December: nyårsdagen and nyårsafton are off).
    expect(res.json.upcoming).toEqual([
      { date: '2026-12-01', movedFrom: null, suggestedMove: null, at: '2026-12-01T08:00:00.000Z', holiday: null, reminders: [{ kind: 'daysBefore', at: '2026-11-27T08:00:00.000Z', movedFrom: '2026-11-29' }] },
      { date: '2027-01-05', movedFrom: null, suggestedMove: null, at: '2027-01-05T08:00:00.000Z', holiday: null, reminders: [{ kind: 'daysBefore', at: '2026-12-30T08:00:00.000Z', movedFrom: '2027-01-03' }] },
      { date: '2027-02-02', movedFrom: null, suggestedMove: null, at: '2027-02-02T08:00:00.000Z', holiday: null, reminders: [{ kind: 'daysBefore', at: '2027-01-29T08:00:00.000Z', movedFrom: '2027-01-31' }] },
    ]);
    expect((await app.request('GET', '/api/restlista')).json.meetingDate).toBe('2026-12-01');
  });

  it('readers may not see it; members may not change it', async () => {
    expect((await app.request('GET', '/api/settings/follow-up', { as: 'reader' })).status).toBe(403);
    const res = await put({ channelId, schedule }, 0, 'member');
    expect(res.status).toBe(403);
    expect((await app.request('GET', '/api/me', { as: 'member' })).json.permissions).toMatchObject({ 'followUp.read': true, 'followUp.configure': false });
    expect((await app.request('GET', '/api/me', { as: 'lead' })).json.permissions).toMatchObject({ 'followUp.configure': true });
  });

  it.each([
    ['schedule.time', { channelId, schedule: { ...schedule, time: '25:00' } }, 'Fältet schedule.time måste vara en tid som TT:MM, t.ex. 09:00.'],
    ['schedule.timeZone', { channelId, schedule: { ...schedule, timeZone: 'Mars/Olympus' } }, 'Fältet schedule.timeZone måste vara en IANA-tidszon, t.ex. Europe/Stockholm.'],
    ['schedule.reminderDaysBefore', { channelId, schedule: { ...schedule, reminderDaysBefore: 15 } }, null],
    ['schedule.rule.week', { channelId, schedule: { ...schedule, rule: { week: 'fifth', weekday: 'thursday' } } }, null],
    ['schedule.extra', { channelId, schedule: { ...schedule, extra: 1 } }, null],
    ['channelId', { channelId: '19:unknown@thread.tacv2', schedule }, 'Appen känner inte till kanalen. Lägg till appen i teamet, eller skriv ”följ upp här” till boten i kanalen.'],
    ['channelId', { schedule }, null],
  ])('400 naming %s, nothing changed', async (field, body, message) => {
    const res = await put(body, 0);
    expect(res.status).toBe(400);
    expect(res.json.error.field).toBe(field);
    if (message) expect(res.json.error.message).toBe(message);
    expect((await app.request('GET', '/api/settings/follow-up')).json.version).toBe(0);
  });

  it('needs If-Match; the lead saves channel and schedule; the restlista\'s next meeting follows; a stale version is 412 with the current settings', async () => {
    expect((await put({ channelId, schedule }, null)).status).toBe(400);
    const saved = await put({ channelId, schedule }, 0);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"1"');
    expect(saved.json).toMatchObject({
      version: 1,
      channel: { conversationId: channelId, teamId: team.id, teamName: team.name, channelName: 'Uppföljning' },
      schedule,
      updatedBy: { name: 'Maria Lindqvist' },
      updatedAt: NOW.toISOString(),
    });
    // The last Thursday of December 2026 (nyårsafton, named) at 13:30 CET; reminders 3 days before at 13:30 and that morning at 07:00.
    expect(saved.json.upcoming[0]).toEqual({
      date: '2026-12-31',
      movedFrom: null,
      suggestedMove: '2026-12-30',
      at: '2026-12-31T12:30:00.000Z',
      holiday: { date: '2026-12-31', name: { sv: 'nyårsafton', en: "New Year's Eve" } },
      reminders: [
        { kind: 'daysBefore', at: '2026-12-28T12:30:00.000Z', movedFrom: null },
        { kind: 'morning', at: '2026-12-31T06:00:00.000Z', movedFrom: null },
      ],
    });
    expect((await app.request('GET', '/api/restlista')).json.meetingDate).toBe('2026-12-31');
    const started = await app.request('POST', '/api/meetings', { as: 'member', body: {} });
    expect(started.json.meetingDate).toBe('2026-12-31');

    const stale = await put({ channelId: null, schedule }, 0, 'lead', 'en');
    expect(stale.status).toBe(412);
    expect(stale.json.current).toMatchObject({ version: 1, channel: { conversationId: channelId } });
    expect(stale.json.error.message).toMatch(/Someone else/);

    const cleared = await put({ channelId: null, schedule: { ...schedule, reminderDaysBefore: 0 } }, 1);
    expect(cleared.json).toMatchObject({ version: 2, channel: null, schedule: { reminderDaysBefore: 0 } });
  });
});
