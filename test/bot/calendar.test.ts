import { rmSync } from 'node:fs';
import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { cardAction, cardActions, installation, post, teamsUser } from '../helpers/teamsActivity';
import { startApp } from '../../src/index';

/**
 * "Lägg till i kalendern": a signed link to the training's .ics file that works in a browser
 * without sign-in, survives a restart (the generated key is kept in the store), and refuses
 * anything it did not sign.
 */
const NOW = new Date('2026-10-01T08:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;
let trainingId: string;
let link: URL;
const person = teamsUser('cal', { locale: 'en-US' });

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({}, { now: () => NOW });
  const created = await app.request('POST', '/api/trainings', {
    as: 'member',
    // In winter time: 10:00 in Stockholm is 09:00 UTC.
    body: { title: 'OneNote för grupper', description: 'Gemensamma anteckningar.', start: '2026-11-03T10:00:00+01:00', end: '2026-11-03T10:45:00+01:00', place: 'Universitetsbiblioteket, rum 3', capacity: 10 },
  });
  trainingId = created.json.id;
  await post(app.url, installation(person, connector.serviceUrl, 'add'));
  await post(app.url, cardAction(person, connector.serviceUrl, 'signUp', { trainingId }));
  const confirmation = connector.cardsTo(person.conversationId).at(-1);
  link = new URL(cardActions(confirmation).find((a) => a.title === 'Add to calendar')!.url!);
});
let restarted = false;
afterAll(async () => {
  if (restarted) rmSync(app.dataDir, { recursive: true, force: true });
  else await app.stop();
  await connector.stop();
});

describe('calendar files', () => {
  it('serves the training as an iCalendar event in UTC, in the link\'s language, with the room as location', async () => {
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${trainingId}.ics"`);
    const ics = await res.text();
    const lines = ics.split(/\r\n/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('DTSTART:20261103T090000Z');
    expect(lines).toContain('DTEND:20261103T094500Z');
    expect(lines).toContain('SUMMARY:OneNote för grupper');
    expect(lines).toContain('LOCATION:Universitetsbiblioteket\\, rum 3');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SEQUENCE:1');
    expect(ics).toContain('Organiser: Johan Ek');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('keeps the same UID and raises SEQUENCE when the training changes, and says CANCELLED when it is cancelled', async () => {
    const uid = (await (await fetch(link)).text()).match(/^UID:(.+)$/m)![1];
    const current = await app.request('GET', `/api/trainings/${trainingId}`, { as: 'member' });
    await app.request('PATCH', `/api/trainings/${trainingId}`, { as: 'member', body: { status: 'cancelled' }, headers: { 'if-match': current.headers.get('etag')! } });
    const after = await (await fetch(link)).text();
    expect(after).toContain(`UID:${uid}`);
    expect(after).toContain('SEQUENCE:2');
    expect(after).toContain('STATUS:CANCELLED');
  });

  it.each([
    ['no signature', (u: URL) => u.searchParams.delete('sig')],
    ['a wrong signature', (u: URL) => u.searchParams.set('sig', 'A'.repeat(43))],
    ['another person', (u: URL) => u.searchParams.set('u', 'aad-someone-else')],
    ['no person', (u: URL) => u.searchParams.delete('u')],
    ['another training', (u: URL) => (u.pathname = '/calendar/U-002.ics')],
  ])('%s → 403, nothing served', async (_what, change) => {
    const forged = new URL(link);
    change(forged);
    const res = await fetch(forged);
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.message).toBe("The link to the calendar file is not valid. Use the button in the bot's confirmation.");
  });

  it('a name that is not an .ics file → 404', async () => {
    const res = await fetch(new URL(`/calendar/${trainingId}.txt${link.search}`, link));
    expect(res.status).toBe(404);
  });

  it('links keep working after a restart: the generated key is kept in the store', async () => {
    await app.close();
    restarted = true;
    const again = await startApp({ PORT: '0', DATA_DIR: app.dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', NOTIFIER_INTERVAL_MS: '0' }, { now: () => NOW });
    try {
      const moved = new URL(link.pathname + link.search, again.url);
      expect((await fetch(moved)).status).toBe(200);
    } finally {
      await again.close();
    }
  });
});
