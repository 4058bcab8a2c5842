import { TestApp, startTestApp } from '../helpers/app';

/** The activity log over HTTP, against the real server and a temporary SQLite database. */
let app: TestApp;
let now = new Date('2026-11-29T09:00:00Z');
beforeAll(async () => {
  app = await startTestApp({}, { now: () => now });
});
afterAll(() => app.stop());

const newItem = (over: Record<string, unknown> = {}) => ({
  title: 'Inringning till Teams-möten',
  description: 'Beslutat i telefoniprojektet',
  category: 'Telefoni',
  owner: { id: 'u-johan', name: 'Johan Ek' },
  dueDate: '2026-11-20',
  ...over,
});

describe('activities API', () => {
  let key: string;

  it('POST creates an item with the next key, defaults and an ETag', async () => {
    const res = await app.request('POST', '/api/activities', { body: newItem() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      key: 'A-001',
      status: 'ny',
      priority: 'normal',
      origin: 'förvaltning',
      version: 1,
      createdBy: { name: 'Maria Lindqvist' },
    });
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe('/api/activities/A-001');
    key = res.json.key;
  });

  it('GET /:key returns the item with its history and comments', async () => {
    const res = await app.request('GET', `/api/activities/${key}`);
    expect(res.status).toBe(200);
    expect(res.json.activity.title).toBe('Inringning till Teams-möten');
    expect(res.json.history).toEqual([expect.objectContaining({ field: 'created', to: 'ny', activityKey: key })]);
    expect(res.json.comments).toEqual([]);
  });

  it('PATCH with the current version changes it and records history; the same version again is 412 with the current record', async () => {
    const ok = await app.request('PATCH', `/api/activities/${key}`, {
      body: { status: 'pågår', dueDate: '2026-12-15' },
      headers: { 'if-match': '"1"' },
      as: 'member',
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ status: 'pågår', dueDate: '2026-12-15', version: 2, updatedBy: { name: 'Johan Ek' } });
    expect(ok.headers.get('etag')).toBe('"2"');

    const stale = await app.request('PATCH', `/api/activities/${key}`, {
      body: { title: 'Min ändring' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.json.error).toMatchObject({ code: 'conflict', reason: 'conflict.stale' });
    expect(stale.json.error.message).toMatch(/Någon annan har sparat/);
    expect(stale.json.current).toMatchObject({ key, version: 2, status: 'pågår', title: 'Inringning till Teams-möten' });

    const after = await app.request('GET', `/api/activities/${key}`);
    expect(after.json.activity.title).toBe('Inringning till Teams-möten');
    expect(after.json.history.map((h: any) => [h.field, h.from, h.to, h.by.name])).toEqual([
      ['created', null, 'ny', 'Maria Lindqvist'],
      ['status', 'ny', 'pågår', 'Johan Ek'],
      ['dueDate', '2026-11-20', '2026-12-15', 'Johan Ek'],
    ]);
  });

  it('PATCH without If-Match is 400 naming the header, and changes nothing', async () => {
    const res = await app.request('PATCH', `/api/activities/${key}`, { body: { title: 'x' } });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'invalid', field: 'If-Match' });
  });

  it('closing needs a resolution note (400, localized), reopening is recorded', async () => {
    const noNote = await app.request('PATCH', `/api/activities/${key}`, {
      body: { status: 'klar' },
      headers: { 'if-match': '2' },
      lang: 'en',
    });
    expect(noNote.status).toBe(400);
    expect(noNote.json.error).toMatchObject({ field: 'resolution', message: expect.stringMatching(/resolution note/) });
    expect(noNote.headers.get('content-language')).toBe('en');

    const closed = await app.request('PATCH', `/api/activities/${key}`, {
      body: { status: 'klar', resolution: 'Konferensnummer finns i alla möten' },
      headers: { 'if-match': '2' },
    });
    expect(closed.json).toMatchObject({ status: 'klar', version: 3 });
    const reopened = await app.request('PATCH', `/api/activities/${key}`, { body: { status: 'pågår' }, headers: { 'if-match': '3' } });
    expect(reopened.json).toMatchObject({ status: 'pågår', resolution: null, version: 4 });
    const history = (await app.request('GET', `/api/activities/${key}`)).json.history;
    // The resolution is a free text: the history (read from the trail) says it changed, not what it said.
    expect(history.slice(-2).map((h: any) => [h.field, h.from, h.to, h.text ?? false])).toEqual([
      ['status', 'klar', 'pågår', false],
      ['resolution', null, null, true],
    ]);
  });

  it('comments and follow-up notes tied to a meeting date', async () => {
    const c = await app.request('POST', `/api/activities/${key}/comments`, {
      body: { text: 'Tas upp på mötet', meetingDate: '2026-12-01' },
      as: 'member2',
    });
    expect(c.status).toBe(201);
    expect(c.json).toMatchObject({ activityKey: key, text: 'Tas upp på mötet', meetingDate: '2026-12-01', by: { name: 'Sara Nilsson' } });
    await app.request('POST', `/api/activities/${key}/comments`, { body: { text: 'En vanlig kommentar' } });
    const comments = (await app.request('GET', `/api/activities/${key}`)).json.comments;
    expect(comments.map((x: any) => [x.text, x.meetingDate])).toEqual([
      ['Tas upp på mötet', '2026-12-01'],
      ['En vanlig kommentar', null],
    ]);
    const missing = await app.request('POST', '/api/activities/A-999/comments', { body: { text: 'x' } });
    expect(missing.status).toBe(404);
  });

  it('lists with filters, search and sort', async () => {
    await app.request('POST', '/api/activities', { body: newItem({ title: 'Lämna Skype för företag', category: 'Integration', owner: null, dueDate: null }) });
    await app.request('POST', '/api/activities', { body: newItem({ title: 'Licensinventering', category: 'Licenser', dueDate: '2026-11-01', priority: 'hög' }) });
    const all = await app.request('GET', '/api/activities');
    expect(all.json.count).toBe(3);
    const keys = (r: any) => r.json.items.map((a: any) => a.key);
    expect(keys(await app.request('GET', '/api/activities?category=Integration,Licenser'))).toEqual(['A-002', 'A-003']);
    expect(keys(await app.request('GET', '/api/activities?owner=none'))).toEqual(['A-002']);
    expect(keys(await app.request('GET', `/api/activities?q=${encodeURIComponent('skype FÖR')}`))).toEqual(['A-002']);
    expect(keys(await app.request('GET', '/api/activities?overdue=true'))).toEqual(['A-003']);
    expect(keys(await app.request('GET', '/api/activities?status=pågår'))).toEqual(['A-001']);
    expect(keys(await app.request('GET', '/api/activities?sort=-key'))).toEqual(['A-003', 'A-002', 'A-001']);
    const bad = await app.request('GET', '/api/activities?status=finished');
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('status.0');
  });

  it('restlista: open items by owner with flags, for the given or the next meeting', async () => {
    const r = await app.request('GET', '/api/restlista?meeting=2026-12-01');
    expect(r.status).toBe(200);
    expect(r.json.today).toBe('2026-11-29');
    expect(r.json.meetingDate).toBe('2026-12-01');
    expect(r.json.counts).toEqual({ open: 3, overdue: 1, dueBeforeMeeting: 0, noOwner: 1, noDueDate: 1 });
    expect(r.json.groups.map((g: any) => [g.owner?.name ?? null, g.items.map((i: any) => i.activity.key)])).toEqual([
      [null, ['A-002']],
      ['Johan Ek', ['A-003', 'A-001']],
    ]);
    expect(r.json.groups[1].items[0]).toMatchObject({ flags: { overdue: true }, daysOverdue: 28 });

    // Without ?meeting the next monthly meeting (first Tuesday) is used.
    expect((await app.request('GET', '/api/restlista')).json.meetingDate).toBe('2026-12-01');
    now = new Date('2026-12-01T23:30:00Z'); // 00:30 on 2 December in Stockholm
    const later = await app.request('GET', '/api/restlista');
    expect([later.json.today, later.json.meetingDate]).toEqual(['2026-12-02', '2027-01-05']);
    now = new Date('2026-11-29T09:00:00Z');
    expect((await app.request('GET', '/api/restlista?meeting=2026-13-01')).json.error.field).toBe('meeting');
  });

  it('restlista: each item carries its priority and its latest follow-up note (null without one)', async () => {
    for (const text of ['Första anteckningen', 'Senaste anteckningen']) {
      expect((await app.request('POST', '/api/activities/A-003/comments', { as: 'member', body: { text, meetingDate: '2026-12-01' } })).status).toBe(201);
    }
    const r = await app.request('GET', '/api/restlista?meeting=2026-12-01');
    const items = new Map(r.json.groups.flatMap((g: any) => g.items).map((i: any) => [i.activity.key, i]));
    expect(items.get('A-003')).toMatchObject({
      activity: { priority: expect.any(String) },
      latestNote: { text: 'Senaste anteckningen', meetingDate: '2026-12-01', by: { name: 'Johan Ek' }, at: expect.any(String) },
    });
    expect(items.get('A-002')).toMatchObject({ latestNote: null });
  });

  it('DELETE: only the förvaltningsledare, with If-Match; the history stays', async () => {
    const created = await app.request('POST', '/api/activities', { body: newItem({ title: 'Dubblett' }) });
    const key = created.json.key;
    const member = await app.request('DELETE', `/api/activities/${key}`, { headers: { 'if-match': '1' }, as: 'member' });
    expect(member.status).toBe(403);
    expect((await app.request('DELETE', `/api/activities/${key}`, { headers: { 'if-match': '7' } })).status).toBe(412);
    expect((await app.request('DELETE', `/api/activities/${key}`, { headers: { 'if-match': '1' } })).status).toBe(204);
    expect((await app.request('GET', `/api/activities/${key}`)).status).toBe(404);
    expect((await app.request('DELETE', `/api/activities/${key}`, { headers: { 'if-match': '1' } })).status).toBe(404);
  });

  it('people to pick: the demo users and everyone the log knows, searchable', async () => {
    const all = await app.request('GET', '/api/people');
    expect(all.status).toBe(200);
    const names = all.json.items.map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Johan Ek', 'Maria Lindqvist', 'Sara Nilsson', 'Anders Berg']));
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'sv')));
    const found = await app.request('GET', '/api/people?q=sara');
    expect(found.json.items).toEqual([{ id: expect.any(String), name: 'Sara Nilsson' }]);
  });

  it('unknown keys are 404 with a localized message', async () => {
    const sv = await app.request('GET', '/api/activities/A-404');
    expect(sv.status).toBe(404);
    expect(sv.json.error.message).toBe('Aktiviteten A-404 finns inte.');
    const en = await app.request('PATCH', '/api/activities/A-404', { body: { title: 'x' }, headers: { 'if-match': '1' }, lang: 'en' });
    expect(en.status).toBe(404);
    expect(en.json.error.message).toBe('Activity A-404 does not exist.');
  });
});
