import { TestApp, startTestApp } from '../helpers/app';

/** Bad input to the trainings API: a clear, localized 400 naming the field, and nothing stored. */
let app: TestApp;
let snapshot: () => Promise<string>;
const valid = {
  title: 'Teams – kom igång',
  start: '2026-03-30T09:00:00+02:00',
  end: '2026-03-30T09:45:00+02:00',
  capacity: 2,
};
beforeAll(async () => {
  app = await startTestApp({ MAX_BODY_BYTES: '4096' }, { now: () => new Date('2026-03-02T08:00:00Z') });
  await app.request('POST', '/api/trainings', { body: valid });
  await app.request('POST', '/api/trainings/U-001/registrations', { body: { userId: 'u-1', name: 'Anna Åberg' } });
  snapshot = async () => {
    const [list, regs] = await Promise.all([
      app.request('GET', '/api/trainings?all=true'),
      app.request('GET', '/api/trainings/U-001/registrations'),
    ]);
    return JSON.stringify([list.json, regs.json]);
  };
});
afterAll(() => app.stop());

const post = (path: string, body: unknown, as = 'lead') =>
  app.request('POST', path, { rawBody: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' }, as });
const create = (over: Record<string, unknown>) => post('/api/trainings', { ...valid, ...over });
const patch = (path: string, body: unknown) => app.request('PATCH', path, { body, headers: { 'if-match': '1' } });

describe('trainings: bad input', () => {
  const cases: [string, () => Promise<any>, number, string | undefined, RegExp][] = [
    ['invalid JSON', () => post('/api/trainings', '{"title":'), 400, undefined, /inte giltig JSON/],
    ['missing title', () => create({ title: undefined }), 400, 'title', /title måste fyllas i/],
    ['title too long', () => create({ title: 'x'.repeat(201) }), 400, 'title', /högst 200/],
    ['missing start', () => create({ start: undefined }), 400, 'start', /start måste fyllas i/],
    ['start without a time zone', () => create({ start: '2026-03-30T09:00' }), 400, 'start', /tidpunkt med tidszon/],
    ['start not a date', () => create({ start: 'på måndag' }), 400, 'start', /tidpunkt/],
    ['end before start', () => create({ end: '2026-03-30T08:00:00+02:00' }), 400, 'end', /Sluttiden måste vara efter/],
    ['no seats', () => create({ capacity: 0 }), 400, 'capacity', /heltal från 1 till 10000/],
    ['seats as text', () => create({ capacity: '20' }), 400, 'capacity', /fel typ/],
    ['half a seat', () => create({ capacity: 2.5 }), 400, 'capacity', /capacity/],
    ['negative lead', () => create({ signUpLeadMinutes: -1 }), 400, 'signUpLeadMinutes', /signUpLeadMinutes/],
    ['http meeting link', () => create({ meetingUrl: 'http://teams.microsoft.com/l/x' }), 400, 'meetingUrl', /https-länk/],
    ['unknown kind', () => create({ kind: 'webinar' }), 400, 'kind', /miniutbildning, champion, pilot/],
    ['unknown audience', () => create({ audience: { type: 'secret' } }), 400, 'audience.type', /audience/],
    ['invitee without id', () => create({ audience: { type: 'invite', invitees: [{ name: 'Chef' }] } }), 400, 'audience.invitees.0.id', /måste fyllas i/],
    ['unknown field', () => create({ status: 'held' }), 400, 'status', /Okänt fält/],
    ['huge description', () => create({ description: 'y'.repeat(10_000) }), 413, undefined, /för stort/],
    ['someone else without a name', () => post('/api/trainings/U-001/registrations', { userId: 'u-2' }), 400, 'name', /name måste fyllas i/],
    ['bad e-mail', () => post('/api/trainings/U-001/registrations', { userId: 'u-2', name: 'B', email: 'inte en adress' }), 400, 'email', /e-postadress/],
    ['user id of the wrong type', () => post('/api/trainings/U-001/registrations', { userId: 42, name: 'B' }), 400, 'userId', /fel typ/],
    ['unknown registration field', () => post('/api/trainings/U-001/registrations', { seat: 1 }), 400, 'seat', /Okänt fält/],
    ['sign-up for an unknown training', () => post('/api/trainings/U-999/registrations', {}), 404, undefined, /U-999 finns inte/],
    ['attendance as text', () => patch('/api/trainings/U-001/registrations/u-1', { attended: 'ja' }), 400, 'attended', /fel typ/],
    ['unknown training status', () => patch('/api/trainings/U-001', { status: 'klar' }), 400, 'status', /planned, cancelled, held/],
    ['seats lowered to zero', () => patch('/api/trainings/U-001', { capacity: 0 }), 400, 'capacity', /heltal/],
    ['a change with one bad field', () => patch('/api/trainings/U-001', { status: 'held', title: 'x'.repeat(300) }), 400, 'title', /högst 200/],
    ['bad list filter', () => app.request('GET', '/api/trainings?status=planned,klar'), 400, 'status.1', /planned, cancelled, held/],
    ['bad from', () => app.request('GET', '/api/trainings?from=igår'), 400, 'from', /ÅÅÅÅ-MM-DD/],
    ['bad export format', () => app.request('GET', '/api/trainings/U-001/registrations?format=pdf'), 400, 'format', /json, csv/],
  ];

  it.each(cases)('%s: a clear error, nothing stored', async (_name, send, status, field, message) => {
    const before = await snapshot();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.json.error.message).toMatch(message);
    if (field) expect(res.json.error.field).toBe(field);
    expect(await snapshot()).toBe(before);
  });

  it('errors come in English when asked', async () => {
    const res = await app.request('POST', '/api/trainings', { body: { ...valid, capacity: 0 }, lang: 'en' });
    expect(res.json.error.message).toBe('The number of seats must be a whole number from 1 to 10000.');
    const link = await app.request('POST', '/api/trainings', { body: { ...valid, meetingUrl: 'ftp://x' }, lang: 'en' });
    expect(link.json.error.message).toBe('The meeting link must be an https link.');
  });
});
