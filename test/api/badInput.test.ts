import { TestApp, startTestApp } from '../helpers/app';

/** Bad input gets a clear, localized error naming the field, and changes nothing. */
let app: TestApp;
let snapshot: () => Promise<string>;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true', MAX_BODY_BYTES: '4096' });
  snapshot = async () => {
    const [activities, a1, checklist] = await Promise.all([
      app.request('GET', '/api/activities'),
      app.request('GET', '/api/activities/A-001'),
      app.request('GET', '/api/checklist'),
    ]);
    return JSON.stringify([activities.json, a1.json, checklist.json]);
  };
});
afterAll(() => app.stop());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request('POST', path, { rawBody: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('bad input', () => {
  const cases: [string, () => ReturnType<typeof post>, number, string | undefined, RegExp][] = [
    ['invalid JSON', () => post('/api/activities', '{"title": "x",'), 400, undefined, /inte giltig JSON/],
    ['empty body', () => post('/api/activities', ''), 400, undefined, /saknar innehåll/],
    ['array instead of object', () => post('/api/activities', [1, 2]), 400, 'body', /fel typ/],
    ['missing title', () => post('/api/activities', { category: 'Support' }), 400, 'title', /title måste fyllas i/],
    ['blank title', () => post('/api/activities', { title: '   ', category: 'Support' }), 400, 'title', /title/],
    ['title too long', () => post('/api/activities', { title: 'x'.repeat(201), category: 'Support' }), 400, 'title', /högst 200/],
    ['unknown category', () => post('/api/activities', { title: 'x', category: 'Ekonomi' }), 400, 'category', /Licenser, Utbildning/],
    ['wrong type', () => post('/api/activities', { title: 42, category: 'Support' }), 400, 'title', /fel typ/],
    ['bad date', () => post('/api/activities', { title: 'x', category: 'Support', dueDate: '2026-02-30' }), 400, 'dueDate', /ÅÅÅÅ-MM-DD/],
    ['unknown field', () => post('/api/activities', { title: 'x', category: 'Support', key: 'A-999' }), 400, 'key', /Okänt fält/],
    ['owner without id', () => post('/api/activities', { title: 'x', category: 'Support', owner: { name: 'Johan' } }), 400, 'owner.id', /owner.id/],
    ['comment too long', () => post('/api/activities/A-001/comments', { text: 'x'.repeat(4001) }), 400, 'text', /högst 4000/],
    ['sign-off with unknown role', () => post('/api/checklist/sign-off', { role: 'rektor' }), 400, 'role', /projektägare/],
    ['body over the limit', () => post('/api/activities', { title: 'x', category: 'Support', description: 'y'.repeat(10_000) }), 413, undefined, /för stort/],
    [
      'PATCH with a bad If-Match',
      () => app.request('PATCH', '/api/activities/A-001', { body: { title: 'x' }, headers: { 'if-match': 'abc' } }),
      400,
      'If-Match',
      /If-Match/,
    ],
    [
      'PATCH of a checklist item with a bad type',
      () => app.request('PATCH', '/api/checklist/items/T01', { body: { done: 'ja' }, headers: { 'if-match': '1' } }),
      400,
      'done',
      /fel typ/,
    ],
  ];

  it.each(cases)('%s: a clear error naming the field, nothing changed', async (_name, send, status, field, message) => {
    const before = await snapshot();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.json.error.message).toMatch(message);
    if (field) expect(res.json.error.field).toBe(field);
    expect(await snapshot()).toBe(before);
  });

  it('errors come in English when asked', async () => {
    const res = await app.request('POST', '/api/activities', { body: { title: 'x', category: 'Ekonomi' }, lang: 'en' });
    expect(res.json.error.message).toBe('There is no category Ekonomi. Choose one of: Licenser, Utbildning, Telefoni, Integration, Dokumentation, Support, Övrigt.');
  });

  it('an unknown demo user is 401; an unknown route is a JSON 404; health is 200 with the store', async () => {
    expect((await app.request('GET', '/api/me', { as: 'nobody' })).status).toBe(401);
    const missing = await app.request('GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
    const health = await app.request('GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', store: { ok: true, backend: 'sqlite' } });
  });
});
