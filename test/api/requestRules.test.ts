import { TestApp, startTestApp } from '../helpers/app';

/**
 * What a request must be before anything is read or changed: a body is JSON in UTF-8 (415 /
 * 400 otherwise, nothing stored); in dev mode a write sent by a page of another web site is
 * refused (403), so a page the developer visits cannot act as the demo lead; and every error —
 * ours or the HTTP framework's own (no such path, wrong method, too large, not JSON) — has the
 * app's shape `{error: {code, reason, message}}`, localized, never `internal`.
 */
let app: TestApp;
let trainingId: string;
let activityVersion: number;

beforeAll(async () => {
  app = await startTestApp({ MAX_BODY_BYTES: '4096' });
  const created = await app.request('POST', '/api/activities', { body: { title: 'Befintlig', category: 'Support' } });
  activityVersion = created.json.version;
  const training = await app.request('POST', '/api/trainings', {
    as: 'member',
    body: { title: 'Möten i Teams', start: '2027-03-30T09:00:00+02:00', end: '2027-03-30T09:45:00+02:00', capacity: 5 },
  });
  trainingId = training.json.id;
});
afterAll(() => app.stop());

const activityCount = async () => (await app.request('GET', '/api/activities')).json.count as number;
const raw = (method: string, path: string, body: string | Buffer | undefined, headers: Record<string, string>) =>
  app.request(method, path, { ...(body === undefined ? {} : { rawBody: body }), headers });
const json = JSON.stringify({ title: 'Från en annan sida', category: 'Support' });

describe('a body is JSON in UTF-8', () => {
  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['no Content-Type', ''],
    ['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
  ])('%s → 415 in the app\'s shape, nothing created', async (_what, type) => {
    const before = await activityCount();
    const res = await raw('POST', '/api/activities', json, type ? { 'content-type': type } : {});
    expect(res.status).toBe(415);
    expect(res.json.error).toEqual({
      code: 'unsupported_media_type',
      reason: 'http.unsupportedMediaType',
      message: 'Innehållet måste skickas som JSON i UTF-8 (Content-Type: application/json).',
    });
    expect(await activityCount()).toBe(before);
  });

  it('a PATCH with a text body → 415, the item unchanged', async () => {
    const res = await raw('PATCH', '/api/activities/A-001', JSON.stringify({ title: 'Ändrad' }), { 'content-type': 'text/plain', 'if-match': `"${activityVersion}"`, 'accept-language': 'en' });
    expect(res.status).toBe(415);
    expect(res.json.error.message).toBe('The body must be sent as JSON in UTF-8 (Content-Type: application/json).');
    expect((await app.request('GET', '/api/activities/A-001')).json.activity.title).toBe('Befintlig');
  });

  it('application/json with a charset of UTF-8, or a +json type, is read', async () => {
    const res = await raw('POST', '/api/activities', JSON.stringify({ title: 'Med charset', category: 'Support' }), { 'content-type': 'Application/JSON; Charset="UTF-8"' });
    expect(res.status).toBe(201);
    const merge = await raw('POST', '/api/activities', JSON.stringify({ title: 'Med +json', category: 'Support' }), { 'content-type': 'application/merge-patch+json' });
    expect(merge.status).toBe(201);
  });

  it('bytes that are not UTF-8 → 400, never stored with replacement characters', async () => {
    const before = await activityCount();
    const body = Buffer.concat([Buffer.from('{"title":"Tr'), Buffer.from([0xe4, 0xff, 0xfe]), Buffer.from('d","category":"Support"}')]);
    const res = await raw('POST', '/api/activities', body, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.json.error).toEqual({ code: 'invalid', reason: 'validation.encoding', message: 'Innehållet är inte giltig UTF-8.' });
    expect(await activityCount()).toBe(before);
    const latin1 = await raw('POST', '/api/activities', Buffer.from(JSON.stringify({ title: 'Träd', category: 'Support' }), 'latin1'), { 'content-type': 'application/json' });
    expect(latin1.status).toBe(400);
  });

  it('body-less writes stay as they are: a sign-up without a body, a DELETE without one', async () => {
    const signUp = await raw('POST', `/api/trainings/${trainingId}/registrations`, undefined, { 'x-dev-user': 'reader' });
    expect(signUp.status).toBe(201);
    const cancel = await raw('DELETE', `/api/trainings/${trainingId}/registrations/11111111-1111-4111-8111-000000000005`, undefined, { 'x-dev-user': 'reader' });
    expect(cancel.status).toBe(200);
  });
});

describe('dev mode: a write from another web site is refused', () => {
  it.each([
    ['a JSON POST', 'POST', '/api/activities', json],
    ['a body-less POST (a sign-up)', 'POST', () => `/api/trainings/${trainingId}/registrations`, undefined],
    ['a DELETE', 'DELETE', '/api/activities/A-001', undefined],
  ] as const)('%s with Origin https://evil.example → 403, nothing changed', async (_what, method, path, body) => {
    const before = JSON.stringify([(await app.request('GET', '/api/activities')).json, (await app.request('GET', `/api/trainings/${trainingId}/registrations`, { as: 'member' })).json]);
    const res = await raw(method, typeof path === 'function' ? path() : path, body, {
      origin: 'https://evil.example',
      'if-match': `"${activityVersion}"`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    });
    expect(res.status).toBe(403);
    expect(res.json.error).toEqual({
      code: 'forbidden',
      reason: 'auth.crossSite',
      message: 'Demoläget tar inte emot ändringar från en annan webbplats (https://evil.example).',
    });
    const after = JSON.stringify([(await app.request('GET', '/api/activities')).json, (await app.request('GET', `/api/trainings/${trainingId}/registrations`, { as: 'member' })).json]);
    expect(after).toBe(before);
  });

  it('Origin: null (a sandboxed page, a local file) is another site too', async () => {
    const res = await raw('POST', '/api/activities', json, { origin: 'null', 'content-type': 'application/json' });
    expect(res.status).toBe(403);
  });

  it('the app itself, Teams and the Agents Playground may write; no Origin (curl, scripts) is judged by the other rules', async () => {
    for (const origin of [new URL(app.url).origin, app.url.replace('127.0.0.1', 'localhost'), 'https://teams.microsoft.com', 'https://contoso.teams.microsoft.com', 'http://localhost:56150', null]) {
      const res = await raw('POST', '/api/activities', json, { 'content-type': 'application/json', ...(origin ? { origin } : {}) });
      expect([origin, res.status]).toEqual([origin, 201]);
    }
  });

  it('a read from another site is not refused (the browser keeps the answer from the page)', async () => {
    const res = await raw('GET', '/api/activities', undefined, { origin: 'https://evil.example' });
    expect(res.status).toBe(200);
  });
});

describe('one error shape everywhere', () => {
  it('no such path → 404 not_found, localized', async () => {
    const sv = await app.request('GET', '/api/nothing-here');
    expect(sv.status).toBe(404);
    expect(sv.json.error).toEqual({ code: 'not_found', reason: 'http.notFound', message: 'Det finns inget på den här adressen.' });
    const en = await app.request('GET', '/api/nothing-here', { lang: 'en' });
    expect(en.json.error.message).toBe('There is nothing at this address.');
    expect(en.headers.get('content-language')).toBe('en');
  });

  it('a method the path does not take → 405 method_not_allowed', async () => {
    const res = await raw('PUT', '/api/activities', '{}', { 'content-type': 'application/json', 'accept-language': 'en' });
    expect(res.status).toBe(405);
    expect(res.json.error).toEqual({ code: 'method_not_allowed', reason: 'http.methodNotAllowed', message: 'This address does not take PUT.' });
  });

  it.each([
    { what: 'too large', type: 'application/json', body: JSON.stringify({ text: 'x'.repeat(300_000) }), status: 413, code: 'too_large' },
    { what: 'not JSON by its type', type: 'text/plain', body: '{}', status: 415, code: 'unsupported_media_type' },
    { what: 'malformed JSON', type: 'application/json', body: '{"type": "message", ', status: 400, code: 'invalid' },
    { what: 'not UTF-8', type: 'application/json', body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), status: 400, code: 'invalid' },
  ])('the bot endpoint: $what → $status $code in the same shape', async ({ type, body, status, code }) => {
    const res = await raw('POST', '/api/messages', body, { 'content-type': type });
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBe(code);
    expect(typeof res.json.error.message).toBe('string');
    expect(res.json.error.message.length).toBeGreaterThan(0);
  });
});
