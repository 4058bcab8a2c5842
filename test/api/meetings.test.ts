import { parse } from 'csv-parse/sync';
import { TestApp, startTestApp } from '../helpers/app';

/** The monthly meeting over HTTP: start, record decisions item by item, finish, minutes. */
let app: TestApp;
const now = new Date('2026-12-01T08:00:00Z'); // 09:00 in Stockholm, the first Tuesday
beforeAll(async () => {
  app = await startTestApp({}, { now: () => now });
});
afterAll(() => app.stop());

const DATE = '2026-12-01';
const createItem = async (title: string, over: Record<string, unknown> = {}) => {
  const res = await app.request('POST', '/api/activities', {
    body: { title, category: 'Telefoni', owner: { id: 'u-johan', name: 'Johan Ek' }, status: 'pågår', dueDate: '2026-11-20', ...over },
  });
  expect(res.status).toBe(201);
  return res.json as { key: string; version: number };
};
const record = (id: string, body: unknown, as = 'lead', lang: 'sv' | 'en' = 'sv') =>
  app.request('POST', `/api/meetings/${id}/entries`, { body, as, lang });
const detail = async (key: string) => (await app.request('GET', `/api/activities/${key}`)).json;
const meeting = async (id: string) => (await app.request('GET', `/api/meetings/${id}`)).json;

describe('meetings API', () => {
  let id: string;
  let telephony: { key: string; version: number };
  let licences: { key: string; version: number };
  let untouched: { key: string; version: number };

  beforeAll(async () => {
    telephony = await createItem('Inringning till Teams-möten');
    licences = await createItem('Licensinventering', { category: 'Licenser', owner: null, dueDate: '2026-11-30' });
    untouched = await createItem('=Formel i titeln; "citat"', { category: 'Övrigt' });
  });

  it('starts a meeting (201), and starting again while it is open returns the same one (200)', async () => {
    const first = await app.request('POST', '/api/meetings', { body: { meetingDate: DATE } });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      meetingDate: DATE,
      status: 'pågår',
      startedBy: { name: 'Maria Lindqvist' },
      finishedAt: null,
      entries: [],
      version: 1,
    });
    expect(first.headers.get('etag')).toBe('"1"');
    id = first.json.id;
    expect(first.headers.get('location')).toBe(`/api/meetings/${id}`);

    const again = await app.request('POST', '/api/meetings', { body: { meetingDate: DATE }, as: 'member' });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(id);
    expect((await app.request('GET', `/api/meetings/${id}`)).headers.get('etag')).toBe('"1"');
  });

  it('records decisions: the item changes with history, the note becomes a follow-up comment, entries in order', async () => {
    const closed = await record(
      id,
      {
        activityKey: telephony.key,
        activityVersion: 1,
        note: 'Beslut: stängs, konferensnummer finns i alla möten',
        status: 'klar',
        resolution: 'Klart enligt Johan',
      },
      'member',
    );
    expect(closed.status).toBe(201);
    expect(closed.json.activity).toMatchObject({ key: telephony.key, status: 'klar', resolution: 'Klart enligt Johan', version: 2 });
    expect(closed.json.meeting.entries).toHaveLength(1);

    const moved = await record(id, { activityKey: licences.key, activityVersion: 1, note: 'Skjuts till januari', dueDate: '2027-01-31' });
    expect(moved.status).toBe(201);
    expect(moved.json.activity).toMatchObject({ status: 'pågår', dueDate: '2027-01-31', version: 2 });

    const t = await detail(telephony.key);
    expect(t.history.slice(1).map((h: any) => [h.field, h.from, h.to, h.by.name])).toEqual([
      ['status', 'pågår', 'klar', 'Johan Ek'],
      ['resolution', null, null, 'Johan Ek'],
    ]);
    expect(t.comments).toEqual([
      expect.objectContaining({ text: 'Beslut: stängs, konferensnummer finns i alla möten', meetingDate: DATE, by: expect.objectContaining({ name: 'Johan Ek' }) }),
    ]);
    const l = await detail(licences.key);
    expect(l.history.slice(1).map((h: any) => [h.field, h.from, h.to])).toEqual([['dueDate', '2026-11-30', '2027-01-31']]);
    expect(l.comments.map((c: any) => [c.text, c.meetingDate])).toEqual([['Skjuts till januari', DATE]]);

    const m = await meeting(id);
    expect(m.version).toBe(3);
    expect(m.entries).toEqual([
      {
        activityKey: telephony.key,
        title: 'Inringning till Teams-möten',
        owner: { id: 'u-johan', name: 'Johan Ek' },
        note: 'Beslut: stängs, konferensnummer finns i alla möten',
        statusFrom: 'pågår',
        statusTo: 'klar',
        dueDateFrom: '2026-11-20',
        dueDateTo: '2026-11-20',
        resolution: 'Klart enligt Johan',
        at: now.toISOString(),
        by: expect.objectContaining({ name: 'Johan Ek' }),
      },
      expect.objectContaining({ activityKey: licences.key, owner: null, statusFrom: 'pågår', statusTo: 'pågår', dueDateFrom: '2026-11-30', dueDateTo: '2027-01-31', resolution: null }),
    ]);
  });

  it('a note without a change records the entry and the comment but leaves the item as it is', async () => {
    const res = await record(id, { activityKey: untouched.key, activityVersion: 1, note: 'Ingen ändring, tas upp igen', status: 'pågår' });
    expect(res.status).toBe(201);
    expect(res.json.activity).toMatchObject({ key: untouched.key, version: 1 });
    const u = await detail(untouched.key);
    expect(u.history).toHaveLength(1);
    expect(u.comments).toHaveLength(1);
    expect((await meeting(id)).entries.map((e: any) => e.activityKey)).toEqual([telephony.key, licences.key, untouched.key]);
  });

  it('a stale activityVersion is 412 with the current item, and nothing is written anywhere', async () => {
    const before = await meeting(id);
    const itemBefore = await detail(telephony.key);
    const stale = await record(id, { activityKey: telephony.key, activityVersion: 1, note: 'Återöppnas', status: 'pågår' });
    expect(stale.status).toBe(412);
    expect(stale.json.error).toMatchObject({ code: 'conflict', reason: 'conflict.stale' });
    expect(stale.json.current).toMatchObject({ key: telephony.key, version: 2, status: 'klar' });
    expect(await meeting(id)).toEqual(before);
    expect(await detail(telephony.key)).toEqual(itemBefore);
  });

  it('refuses bad input, readers, unknown meetings and items, and closing without a resolution — changing nothing', async () => {
    const before = JSON.stringify([await meeting(id), await detail(licences.key)]);
    const reader = await record(id, { activityKey: licences.key, activityVersion: 2, note: 'x' }, 'reader');
    expect(reader.status).toBe(403);
    expect((await app.request('POST', '/api/meetings', { body: { meetingDate: DATE }, as: 'reader' })).status).toBe(403);

    for (const note of ['', '   ']) {
      const empty = await record(id, { activityKey: licences.key, activityVersion: 2, note });
      expect(empty.status).toBe(400);
      expect(empty.json.error).toMatchObject({ code: 'invalid', field: 'note' });
    }
    const missing = await record(id, { activityKey: licences.key, activityVersion: 2 }, 'lead', 'en');
    expect(missing.json.error).toMatchObject({ field: 'note', message: 'The field note is required.' });
    const unknownField = await record(id, { activityKey: licences.key, activityVersion: 2, note: 'x', assignee: null });
    expect(unknownField.json.error).toMatchObject({ code: 'invalid', field: 'assignee' });
    const noResolution = await record(id, { activityKey: licences.key, activityVersion: 2, note: 'Stängs', status: 'avförd' });
    expect(noResolution.status).toBe(400);
    expect(noResolution.json.error.field).toBe('resolution');

    const noItem = await record(id, { activityKey: 'A-999', activityVersion: 1, note: 'x' });
    expect(noItem.status).toBe(404);
    expect(noItem.json.error.message).toBe('Aktiviteten A-999 finns inte.');
    const noMeeting = await record('M-2026-12-01-9', { activityKey: licences.key, activityVersion: 2, note: 'x' });
    expect(noMeeting.status).toBe(404);
    expect(noMeeting.json.error.message).toBe('Mötet M-2026-12-01-9 finns inte.');
    expect((await app.request('GET', '/api/meetings/M-404')).status).toBe(404);
    expect((await app.request('POST', '/api/meetings', { body: { meetingDate: '2026-02-30' } })).json.error.field).toBe('meetingDate');
    expect(JSON.stringify([await meeting(id), await detail(licences.key)])).toBe(before);
  });

  it('parallel decisions on different items all land in the meeting', async () => {
    const items = await Promise.all([1, 2, 3, 4, 5].map((n) => createItem(`Parallell ${n}`)));
    const results = await Promise.all(items.map((a) => record(id, { activityKey: a.key, activityVersion: 1, note: `Beslut ${a.key}` })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const m = await meeting(id);
    expect(m.entries).toHaveLength(8);
    expect(m.entries.slice(3).map((e: any) => e.activityKey).sort()).toEqual(items.map((a) => a.key).sort());
  });

  it('finishing locks the meeting: recording is then 409, finishing again too; the list shows it', async () => {
    const done = await app.request('POST', `/api/meetings/${id}/finish`, {
      body: { attendees: 'Maria Lindqvist, Johan Ek, Sara Nilsson', summary: 'Restlistan genomgången.\nNästa möte 5 januari.' },
    });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'avslutat', finishedAt: now.toISOString(), finishedBy: { name: 'Maria Lindqvist' } });

    const late = await record(id, { activityKey: licences.key, activityVersion: 2, note: 'För sent' });
    expect(late.status).toBe(409);
    expect(late.json.error).toMatchObject({ code: 'locked', reason: 'meeting.finished' });
    expect((await detail(licences.key)).comments).toHaveLength(1);
    expect((await app.request('POST', `/api/meetings/${id}/finish`, { body: {} })).status).toBe(409);
    expect((await app.request('POST', `/api/meetings/${id}/finish`, { body: { summary: 'x'.repeat(4001) } })).json.error.field).toBe('summary');

    // A finished meeting is not reopened by starting again: a new one is started for the date.
    const next = await app.request('POST', '/api/meetings', { body: { meetingDate: DATE } });
    expect(next.status).toBe(201);
    expect(next.json.id).not.toBe(id);
    const older = await app.request('POST', '/api/meetings', { body: { meetingDate: '2026-11-03' } });
    expect(older.status).toBe(201);

    const list = await app.request('GET', '/api/meetings', { as: 'reader' });
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([
      { id: next.json.id, meetingDate: DATE, status: 'pågår', entryCount: 0, startedBy: expect.objectContaining({ name: 'Maria Lindqvist' }), finishedAt: null },
      { id, meetingDate: DATE, status: 'avslutat', entryCount: 8, startedBy: expect.objectContaining({ name: 'Maria Lindqvist' }), finishedAt: now.toISOString() },
      expect.objectContaining({ id: older.json.id, meetingDate: '2026-11-03' }),
    ]);
  });

  it('the minutes in Swedish: text and Markdown with the items and decisions', async () => {
    const text = await app.request('GET', `/api/meetings/${id}/minutes?format=text`, { as: 'reader' });
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-disposition')).toBe(`attachment; filename="protokoll-${DATE}.txt"`);
    expect(text.text).toContain(`Protokoll månadsmöte ${DATE}`);
    expect(text.text).toContain('Mötesledare: Maria Lindqvist');
    expect(text.text).toContain('Närvarande: Maria Lindqvist, Johan Ek, Sara Nilsson');
    expect(text.text).toContain('Sammanfattning: Restlistan genomgången.\n                Nästa möte 5 januari.');
    expect(text.text).toContain(`1. ${telephony.key} Inringning till Teams-möten`);
    expect(text.text).toContain('Beslut/anteckning: Beslut: stängs, konferensnummer finns i alla möten');
    expect(text.text).toContain('Status: pågår → klar');
    expect(text.text).toContain('Avslutsnotering: Klart enligt Johan');
    expect(text.text).toContain('Ansvarig: ingen ansvarig');
    expect(text.text).toContain('Nytt förfallodatum: 2027-01-31 (tidigare 2026-11-30)');
    expect(text.text).toContain('Startat: 2026-12-01 09:00');

    const md = await app.request('GET', `/api/meetings/${id}/minutes?format=md`);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toBe(`attachment; filename="protokoll-${DATE}.md"`);
    expect(md.text).toMatch(new RegExp(`^# Protokoll månadsmöte ${DATE}\n`));
    expect(md.text).toContain(`### 2. ${licences.key} Licensinventering`);
    expect(md.text).toContain('- **Status:** pågår → klar');
    expect(md.text).toContain('- **Beslut/anteckning:** Skjuts till januari');
    expect(md.text).toContain(`### 3. ${untouched.key} \\=Formel i titeln; "citat"`);
  });

  it('the minutes in English translate labels and statuses', async () => {
    const text = await app.request('GET', `/api/meetings/${id}/minutes`, { lang: 'en' });
    expect(text.status).toBe(200);
    expect(text.headers.get('content-disposition')).toBe(`attachment; filename="minutes-${DATE}.txt"`);
    expect(text.headers.get('content-language')).toBe('en');
    expect(text.text).toContain(`Minutes of the monthly meeting ${DATE}`);
    expect(text.text).toContain('Held by: Maria Lindqvist');
    expect(text.text).toContain('Status: in progress → done');
    expect(text.text).toContain('Decision/note: Skjuts till januari');
    expect(text.text).toContain('New due date: 2027-01-31 (previously 2026-11-30)');
    expect(text.text).toContain('Owner: no owner');
    expect(text.text).not.toMatch(/klar|pågår/);
    const md = await app.request('GET', `/api/meetings/${id}/minutes?format=md`, { lang: 'en' });
    expect(md.text).toContain('- **Resolution:** Klart enligt Johan');
    expect(md.headers.get('content-disposition')).toBe(`attachment; filename="minutes-${DATE}.md"`);
  });

  it('the minutes as CSV read back with the right header row, one row per item; formulas neutralized', async () => {
    const sv = await app.request('GET', `/api/meetings/${id}/minutes?format=csv`);
    expect(sv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(sv.headers.get('content-disposition')).toBe(`attachment; filename="protokoll-${DATE}.csv"`);
    expect([...sv.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(sv.text).toContain('\r\n');
    const rows: string[][] = parse(sv.buffer, { delimiter: ';', bom: true });
    expect(rows[0]).toEqual([
      'Mötesdatum',
      'Nyckel',
      'Titel',
      'Ansvarig',
      'Beslut/anteckning',
      'Status före',
      'Status efter',
      'Förfallodatum före',
      'Förfallodatum efter',
      'Ändrad prioritet',
      'Avslutsnotering',
      'Registrerad',
      'Registrerad av',
    ]);
    expect(rows).toHaveLength(9);
    expect(rows[1]).toEqual([
      DATE,
      telephony.key,
      'Inringning till Teams-möten',
      'Johan Ek',
      'Beslut: stängs, konferensnummer finns i alla möten',
      'pågår',
      'klar',
      '2026-11-20',
      '2026-11-20',
      '',
      'Klart enligt Johan',
      '2026-12-01 09:00',
      'Johan Ek',
    ]);
    expect(rows[3]![2]).toBe(`'=Formel i titeln; "citat"`);

    const en = await app.request('GET', `/api/meetings/${id}/minutes?format=csv`, { lang: 'en' });
    const enRows: string[][] = parse(en.buffer, { delimiter: ';', bom: true });
    expect(enRows[0]!.slice(0, 5)).toEqual(['Meeting date', 'Key', 'Title', 'Owner', 'Decision/note']);
    expect(enRows[1]!.slice(5, 7)).toEqual(['in progress', 'done']);
    expect(en.headers.get('content-disposition')).toBe(`attachment; filename="minutes-${DATE}.csv"`);
    expect((await app.request('GET', `/api/meetings/${id}/minutes?format=pdf`)).json.error.field).toBe('format');
  });

  it('an open meeting’s minutes say they are a draft; /api/me tells the tab who may hold meetings', async () => {
    const list = (await app.request('GET', '/api/meetings')).json.items;
    const open = await app.request('GET', `/api/meetings/${list[0].id}/minutes`);
    expect(open.text).toContain('Utkast: mötet pågår fortfarande.');
    expect(open.text).toContain('Inga punkter togs upp.');
    expect((await app.request('GET', '/api/me', { as: 'member' })).json.permissions['meeting.hold']).toBe(true);
    expect((await app.request('GET', '/api/me', { as: 'reader' })).json.permissions['meeting.hold']).toBe(false);
  });
});

describe('starting a meeting', () => {
  it('ten people starting the same date at once all end up in one meeting; without a date the next first Tuesday', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => app.request('POST', '/api/meetings', { body: { meetingDate: '2027-02-02' }, as: 'member' })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(9);
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);

    const noDate = await app.request('POST', '/api/meetings', { body: {} });
    expect(noDate.json.meetingDate).toBe('2026-12-01'); // today is the first Tuesday
  });
});
