import { parse } from 'csv-parse/sync';
import { TestApp, startTestApp } from '../helpers/app';
import { REGISTRATION_EXPORT_COLUMNS } from '../../src/api/trainingExport';

/** Trainings and sign-ups over HTTP, against the real server and a temporary SQLite database. */
let app: TestApp;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  app = await startTestApp({}, { now: () => now });
});
afterAll(() => app.stop());

const body = (over: Record<string, unknown> = {}) => ({
  title: 'Möten i Teams',
  description: 'Boka, håll och följ upp möten.',
  start: '2026-03-30T09:00:00+02:00',
  end: '2026-03-30T09:45:00+02:00',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  capacity: 20,
  ...over,
});
const create = async (over: Record<string, unknown> = {}) => {
  const res = await app.request('POST', '/api/trainings', { body: body(over), as: 'member' });
  if (res.status !== 201) throw new Error(`create failed: ${res.text}`);
  return res.json;
};
const register = (id: string, n: number, extra: Record<string, unknown> = {}) =>
  app.request('POST', `/api/trainings/${id}/registrations`, { body: { userId: `u-${n}`, name: `Person ${n}`, ...extra }, as: 'member' });
const registrations = async (id: string) => (await app.request('GET', `/api/trainings/${id}/registrations`, { as: 'member' })).json.items;

describe('trainings API', () => {
  let first: any;

  it('POST creates a planned training with the next id, defaults, an ETag and the organiser', async () => {
    const res = await app.request('POST', '/api/trainings', { body: body(), as: 'member' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      id: 'U-001',
      kind: 'miniutbildning',
      audience: { type: 'open' },
      start: '2026-03-30T07:00:00.000Z',
      end: '2026-03-30T07:45:00.000Z',
      place: null,
      status: 'planned',
      signUpLeadMinutes: 0,
      organiser: { name: 'Johan Ek' },
      version: 1,
      confirmed: 0,
      waitlisted: 0,
      seatsLeft: 20,
      signUpOpen: true,
      signUpClosesAt: '2026-03-30T07:00:00.000Z',
      myStatus: null,
      myPosition: null,
    });
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe('/api/trainings/U-001');
    first = res.json;
  });

  it('a reader may not create (403, nothing stored) but sees the list, signs up, and again gets the same registration', async () => {
    const refused = await app.request('POST', '/api/trainings', { body: body(), as: 'reader' });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toBe('Din roll (läsare) får inte göra detta.');
    expect((await app.request('GET', '/api/trainings?all=true')).json.count).toBe(1);

    const signedUp = await app.request('POST', `/api/trainings/${first.id}/registrations`, { as: 'reader' });
    expect(signedUp.status).toBe(201);
    expect(signedUp.json).toMatchObject({
      outcome: 'confirmed',
      position: null,
      registration: { trainingId: 'U-001', userId: '11111111-1111-4111-8111-000000000005', name: 'Karin Holm', status: 'confirmed' },
      training: { seatsLeft: 19, myStatus: 'confirmed' },
    });
    const again = await app.request('POST', `/api/trainings/${first.id}/registrations`, { as: 'reader', body: {} });
    expect(again.status).toBe(200);
    expect(again.json.outcome).toBe('already');
    expect(again.json.registration).toEqual(signedUp.json.registration);

    const list = await app.request('GET', '/api/trainings', { as: 'reader' });
    expect(list.json.items).toEqual([expect.objectContaining({ id: 'U-001', confirmed: 1, seatsLeft: 19, myStatus: 'confirmed' })]);
    const me = await app.request('GET', '/api/me', { as: 'reader' });
    expect(me.json.permissions).toMatchObject({ 'training.signUp': true, 'training.organise': false });
  });

  it('60 parallel registrations for 20 seats: 20 confirmed, 40 waitlisted at positions 1…40 in arrival order', async () => {
    const t = await create({ title: 'Kapacitetsprov', capacity: 20 });
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => register(t.id, i + 1)));
    expect(results.map((r) => r.status)).toEqual(Array(60).fill(201));
    expect(results.filter((r) => r.json.outcome === 'confirmed')).toHaveLength(20);
    const waiting = results.filter((r) => r.json.outcome === 'waitlisted').sort((a, b) => a.json.registration.seq - b.json.registration.seq);
    expect(waiting.map((r) => r.json.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const items = await registrations(t.id);
    expect(items).toHaveLength(60);
    expect(items.filter((r: any) => r.status === 'confirmed')).toHaveLength(20);
    expect(items.filter((r: any) => r.status === 'waitlisted').map((r: any) => r.position)).toEqual(waiting.map((r) => r.json.position));

    // Cancelling a confirmed seat promotes the first in line, and says who.
    const seated = items.find((r: any) => r.status === 'confirmed');
    const cancelled = await app.request('DELETE', `/api/trainings/${t.id}/registrations/${seated.userId}`, { as: 'member' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.registration).toMatchObject({ userId: seated.userId, status: 'cancelled' });
    expect(cancelled.json.promoted).toMatchObject({ userId: waiting[0]!.json.registration.userId, status: 'confirmed' });
    const after = await registrations(t.id);
    expect(after.filter((r: any) => r.status === 'waitlisted').map((r: any) => r.position)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));

    // Raising the seats by 3 (If-Match) promotes the next three, in order.
    const patched = await app.request('PATCH', `/api/trainings/${t.id}`, { body: { capacity: 23 }, headers: { 'if-match': '"1"' }, as: 'member' });
    expect(patched.status).toBe(200);
    expect(patched.json.promoted.map((r: any) => r.userId)).toEqual(waiting.slice(1, 4).map((r) => r.json.registration.userId));
    expect(patched.json.training).toMatchObject({ capacity: 23, version: 2, confirmed: 23, waitlisted: 36, seatsLeft: 0 });
    expect(patched.headers.get('etag')).toBe('"2"');
  });

  it('cancelling: one\'s own registration yes, someone else\'s only as organiser', async () => {
    const t = await create({ capacity: 1 });
    await app.request('POST', `/api/trainings/${t.id}/registrations`, { as: 'reader' });
    await register(t.id, 500);
    const foreign = await app.request('DELETE', `/api/trainings/${t.id}/registrations/u-500`, { as: 'reader' });
    expect(foreign.status).toBe(403);
    const readerId = '11111111-1111-4111-8111-000000000005';
    const own = await app.request('DELETE', `/api/trainings/${t.id}/registrations/${readerId}`, { as: 'reader' });
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ registration: { status: 'cancelled' }, promoted: { userId: 'u-500', status: 'confirmed' } });
    const nobody = await app.request('DELETE', `/api/trainings/${t.id}/registrations/u-404`, { as: 'member' });
    expect(nobody.status).toBe(404);
    expect(nobody.json.error.reason).toBe('training.notRegistered');
  });

  it('exports the registrations as CSV: BOM, semicolons, Swedish headers and status words, positions; formulas neutralized', async () => {
    const t = await create({ capacity: 1 });
    await register(t.id, 1, { email: 'asa.oberg@exempel.se', department: 'Biblioteket' });
    await register(t.id, 2, { name: '=HYPERLINK("http://evil")', department: 'Rad 1\nRad 2; "citat"' });
    const res = await app.request('GET', `/api/trainings/${t.id}/registrations?format=csv`, { as: 'member' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="anmalningar-${t.id}.csv"`);
    expect([...res.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.text).toContain('\r\n');
    const rows: string[][] = parse(res.buffer, { delimiter: ';', bom: true });
    expect(rows[0]).toEqual(['Namn', 'E-post', 'Avdelning', 'Status', 'Köplats', 'Anmäld']);
    expect(rows[0]).toEqual(REGISTRATION_EXPORT_COLUMNS.map((c) => c.header));
    expect(rows.slice(1)).toEqual([
      ['Person 1', 'asa.oberg@exempel.se', 'Biblioteket', 'bekräftad', '', '2026-03-02 09:00'],
      [`'=HYPERLINK("http://evil")`, '', 'Rad 1\nRad 2; "citat"', 'på väntelistan', '1', '2026-03-02 09:00'],
    ]);
    expect((await app.request('GET', `/api/trainings/${t.id}/registrations?format=csv`, { as: 'reader' })).status).toBe(403);
  });

  it('PATCH needs If-Match; a stale version is 412 with the current training', async () => {
    const t = await create();
    expect((await app.request('PATCH', `/api/trainings/${t.id}`, { body: { title: 'x' }, as: 'member' })).json.error.field).toBe('If-Match');
    await app.request('PATCH', `/api/trainings/${t.id}`, { body: { place: 'Sal A' }, headers: { 'if-match': '1' }, as: 'member' });
    const stale = await app.request('PATCH', `/api/trainings/${t.id}`, { body: { title: 'Min' }, headers: { 'if-match': '1' }, as: 'member' });
    expect(stale.status).toBe(412);
    expect(stale.json.current).toMatchObject({ id: t.id, version: 2, place: 'Sal A', title: 'Möten i Teams' });
  });

  it('cancelling a training lists whom to tell; it then takes no sign-ups (409, localized)', async () => {
    const t = await create({ capacity: 1 });
    await register(t.id, 1);
    await register(t.id, 2);
    const res = await app.request('PATCH', `/api/trainings/${t.id}`, { body: { status: 'cancelled' }, headers: { 'if-match': '1' }, as: 'member' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ notifyReason: 'cancelled', promoted: [], training: { status: 'cancelled', signUpOpen: false } });
    expect(res.json.notify.map((r: any) => [r.userId, r.status])).toEqual([['u-1', 'confirmed'], ['u-2', 'waitlisted']]);
    const refused = await app.request('POST', `/api/trainings/${t.id}/registrations`, { as: 'reader', lang: 'en' });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: 'locked', reason: 'training.cancelled', message: 'The training Möten i Teams is cancelled.' });
    expect(await registrations(t.id)).toHaveLength(2);
  });

  it('sign-up closes the lead time before the start: 409 and nothing stored', async () => {
    const t = await create({ signUpLeadMinutes: 24 * 60 });
    expect(t.signUpClosesAt).toBe('2026-03-29T07:00:00.000Z'); // 09:00 on the Sunday, after the spring-forward night
    now = new Date('2026-03-29T07:00:00Z');
    try {
      const res = await app.request('POST', `/api/trainings/${t.id}/registrations`, { as: 'reader' });
      expect(res.status).toBe(409);
      expect(res.json.error).toMatchObject({ reason: 'training.closed', message: 'Anmälan till Möten i Teams är stängd.' });
      expect(await registrations(t.id)).toEqual([]);
    } finally {
      now = new Date('2026-03-02T08:00:00Z');
    }
  });

  it('attendance: organisers mark it from the start; before, 409; readers may not', async () => {
    const t = await create();
    await register(t.id, 7);
    const mark = (attended: unknown, as = 'member') =>
      app.request('PATCH', `/api/trainings/${t.id}/registrations/u-7`, { body: { attended }, as });
    expect((await mark(true)).json.error.reason).toBe('training.notStarted');
    now = new Date('2026-03-30T07:30:00Z');
    try {
      expect((await mark(true, 'reader')).status).toBe(403);
      const res = await mark(true);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ userId: 'u-7', status: 'attended' });
      expect((await mark(false)).json.status).toBe('confirmed');
    } finally {
      now = new Date('2026-03-02T08:00:00Z');
    }
  });

  it('invite-only trainings are shown to the invited and organisers; others cannot sign up', async () => {
    const t = await create({ kind: 'pilot', audience: { type: 'invite', invitees: [{ id: 'u-chef', name: 'Chef Chefsson' }] } });
    expect((await app.request('GET', '/api/trainings', { as: 'reader' })).json.items.map((i: any) => i.id)).not.toContain(t.id);
    expect((await app.request('GET', '/api/trainings', { as: 'member' })).json.items.map((i: any) => i.id)).toContain(t.id);
    expect((await app.request('GET', `/api/trainings/${t.id}`, { as: 'reader' })).status).toBe(404);
    const res = await app.request('POST', `/api/trainings/${t.id}/registrations`, { as: 'reader' });
    expect(res.status).toBe(403);
    expect(res.json.error.reason).toBe('training.notInvited');
    expect((await register(t.id, 1)).status).toBe(403);
    expect((await app.request('POST', `/api/trainings/${t.id}/registrations`, { body: { userId: 'u-chef', name: 'Chef Chefsson' }, as: 'member' })).status).toBe(201);
  });

  it('GET filters: upcoming by default, all=true, from, status, kind; GET /:id with an ETag; unknown is 404', async () => {
    now = new Date('2026-04-01T08:00:00Z');
    try {
      expect((await app.request('GET', '/api/trainings')).json.count).toBe(0);
      const all = (await app.request('GET', '/api/trainings?all=true')).json;
      expect(all.count).toBeGreaterThan(5);
      expect((await app.request('GET', '/api/trainings?from=2026-03-30')).json.count).toBe(all.count);
      expect((await app.request('GET', '/api/trainings?all=true&status=cancelled')).json.items.map((t: any) => t.status)).toEqual(['cancelled']);
      expect((await app.request('GET', '/api/trainings?all=true&kind=pilot,champion')).json.count).toBe(1);
    } finally {
      now = new Date('2026-03-02T08:00:00Z');
    }
    const one = await app.request('GET', '/api/trainings/U-001', { as: 'reader' });
    expect(one.json).toMatchObject({ id: 'U-001', myStatus: 'confirmed' });
    expect(one.headers.get('etag')).toBe('"1"');
    const missing = await app.request('GET', '/api/trainings/U-999');
    expect(missing.status).toBe(404);
    expect(missing.json.error.message).toBe('Utbildningen U-999 finns inte.');
  });

  it('GET /api/trainings/stats is the statistics (not a training id), for organisers only', async () => {
    const res = await app.request('GET', '/api/trainings/stats', { as: 'member' });
    expect(res.status).toBe(200);
    expect(res.json.byKind.map((k: any) => k.kind)).toEqual(['miniutbildning', 'champion', 'pilot']);
    expect(res.json.total.trainings).toBeGreaterThan(5);
    expect((await app.request('GET', '/api/trainings/stats', { as: 'reader' })).status).toBe(403);
  });
});
