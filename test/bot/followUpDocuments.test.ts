import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { cardText, channelMessage, installation, post, teamInstallation, teamsTeam, teamsUser } from '../helpers/teamsActivity';

/**
 * The monthly reminder card's "Dokument att granska": the förvaltningsdokumentation register's
 * documents whose review is overdue or due by the meeting, in a section of their own in the
 * channel's card (and an owner's own in their nudge), with where to mark them reviewed; repealed
 * documents and reviews after the meeting are left out. Over HTTP with a recording Bot Connector.
 */
// Meeting Tuesday 2026-12-01 09:00 Stockholm; the reminder is Friday 2026-11-27 09:00 (08:00 UTC).
const REMINDER_AT = new Date('2026-11-27T08:00:00.000Z');
let now = new Date('2026-11-26T12:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;

const lead = teamsUser('lead', { name: 'Maria Lindqvist' });
const anna = teamsUser('anna', { name: 'Anna Åström' });
const team = teamsTeam('docs', ['Uppföljning']);
const [channel] = team.channels as [{ id: string; name: string }];

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({ ROLE_FORVALTNINGSLEDARE: lead.aadObjectId, ROLE_MEMBERS: anna.aadObjectId, PUBLIC_URL: 'https://forvaltningsstod.example.se' }, { now: () => now });
  const doc = async (title: string, documentDate: string, extra: Record<string, unknown> = {}) => {
    const res = await app.request('POST', '/api/documents', {
      as: 'member',
      body: { title, kind: 'rutin', link: 'https://contoso.sharepoint.com/d.docx', documentDate, reviewIntervalMonths: 12, owner: { id: anna.aadObjectId, name: anna.name }, ...extra },
    });
    expect(res.status).toBe(201);
  };
  await doc('Rutin för gäståtkomst', '2025-10-31'); // overdue since 31 October
  await doc('Förvaltningsplan', '2025-11-30', { owner: null }); // due 30 November, before the meeting
  await doc('Rutin för namngivning av team', '2025-12-15'); // after the meeting
  await doc('Gammal rutin', '2020-01-01', { status: 'upphävd' }); // repealed: never due
  await post(app.url, teamInstallation(lead, connector.serviceUrl, team, 'add'));
  await post(app.url, installation(anna, connector.serviceUrl, 'add'));
  await post(app.url, channelMessage(lead, connector.serviceUrl, team, channel.id, 'följ upp här'));
  // Anna needs an item of her own that is overdue to get a nudge at all.
  await app.request('POST', '/api/activities', { as: 'member', body: { title: 'Förnya licensavtal', category: 'Övrigt', dueDate: '2026-11-20', owner: { id: anna.aadObjectId, name: anna.name } } });
  connector.clear();
});
afterAll(async () => {
  await app.stop();
  await connector.stop();
});

const channelCards = () =>
  connector.calls
    .filter((c) => c.conversationId?.split(';')[0] === channel.id && c.status === 200 && c.method === 'POST')
    .flatMap((c) => (c.body?.attachments ?? []).map((a: { content: unknown }) => a.content));

it('the channel card has a section of its own for the documents due for review, most overdue first', async () => {
  now = REMINDER_AT;
  await app.jobs.tick();
  const [card] = channelCards();
  const text = cardText(card);
  expect(text).toContain('Dokument att granska (2)');
  expect(text).toContain('**D-001** Rutin för gäståtkomst');
  expect(text).toContain('Anna Åström · skulle granskas 31 oktober');
  expect(text).toContain('**D-002** Förvaltningsplan');
  expect(text).toContain('ingen ansvarig · granskas senast 30 november');
  expect(text.indexOf('D-001')).toBeLessThan(text.indexOf('D-002'));
  expect(text).toContain('Markera dem som granskade i restlistan eller under Dokumentation i fliken.');
  expect(text).not.toContain('Rutin för namngivning av team');
  expect(text).not.toContain('Gammal rutin');
  // Anna's nudge has her own document, not the unowned one.
  const [nudge] = connector.cardsTo(anna.conversationId);
  expect(cardText(nudge)).toContain('Dokument att granska (1)');
  expect(cardText(nudge)).toContain('Rutin för gäståtkomst');
  expect(cardText(nudge)).not.toContain('Förvaltningsplan');
});

it('once they are reviewed the section is gone from the card posted on demand', async () => {
  for (const id of ['D-001', 'D-002']) {
    const res = await app.request('POST', `/api/documents/${id}/reviews`, { as: 'member', headers: { 'if-match': '"1"' }, body: { note: 'Inga ändringar' } });
    expect(res.status).toBe(200);
  }
  connector.clear();
  await post(app.url, channelMessage(lead, connector.serviceUrl, team, channel.id, 'restlista'));
  const [card] = channelCards();
  expect(cardText(card)).toContain('Månadsmöte tisdag 1 december kl. 09:00');
  expect(cardText(card)).not.toContain('Dokument att granska');
});
