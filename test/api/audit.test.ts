import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { findDevUser } from '../../src/auth/devUsers';
import { TestApp, startTestApp } from '../helpers/app';

/**
 * The trail over HTTP: GET /api/audit reads it (förvaltningsledare and members; readers not),
 * with filters by record, person and local day, newest first, a page at a time, the people it
 * names and the chain's head; GET /api/audit/verify walks the chain; the export carries the
 * sentences and the head, in the caller's language.
 */
let app: TestApp;
let now = new Date('2026-12-07T09:00:00.000Z'); // 10:00 in Stockholm
beforeAll(async () => {
  app = await startTestApp({}, { now: () => now });
  const create = (title: string, as: string) => app.request('POST', '/api/activities', { as, body: { title, category: 'Licenser' } });
  expect((await create('Förnya licensavtal', 'member')).status).toBe(201); // A-001 by Johan Ek
  now = new Date('2026-12-08T22:30:00.000Z'); // 23:30 on the 8th in Stockholm
  expect((await create('Avveckla Skype', 'lead')).status).toBe(201); // A-002 by Maria Lindqvist
  now = new Date('2026-12-08T23:30:00.000Z'); // 00:30 on the 9th in Stockholm
  const patched = await app.request('PATCH', '/api/activities/A-001', { as: 'lead', headers: { 'if-match': '"1"' }, body: { status: 'väntar' } });
  expect(patched.status).toBe(200);
});
afterAll(() => app.stop());

const read = (query = '', as = 'lead', lang: 'sv' | 'en' = 'sv') => app.request('GET', `/api/audit${query}`, { as, lang });
type Entry = { seq: number; action: string; actor: string; record: { type: string; id: string } };

it('gives the förvaltningsledare the trail newest first, with the people it names and the head', async () => {
  const res = await read('?order=newest');
  expect(res.status).toBe(200);
  const entries = res.json.entries as Entry[];
  expect(entries.map((e) => [e.action, e.record.id])).toEqual([
    ['activity.changed', 'A-001'],
    ['activity.created', 'A-002'],
    ['activity.created', 'A-001'],
    ['checklist.created', 'default'],
  ]);
  const names = new Map((res.json.people as { pseudonym: string; name: string }[]).map((p) => [p.pseudonym, p.name]));
  expect(entries.slice(0, 3).map((e) => names.get(e.actor))).toEqual(['Maria Lindqvist', 'Maria Lindqvist', 'Johan Ek']);
  expect(res.json.head).toEqual({ count: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(res.json.next).toBeNull();
});

it('filters by record, by person (object id) and by local day; pages with `after`', async () => {
  expect((await read('?record=activity:A-001')).json.entries.map((e: Entry) => e.action)).toEqual(['activity.created', 'activity.changed']);
  const johan = findDevUser('member')!.id;
  expect((await read(`?person=${johan}`)).json.entries.map((e: Entry) => e.record.id)).toEqual(['A-001']);
  expect((await read('?person=00000000-0000-0000-0000-00000000dead')).json.entries).toEqual([]);
  expect((await read('?type=checklist')).json.entries.map((e: Entry) => e.action)).toEqual(['checklist.created']);
  expect((await read('?type=training')).json.entries).toEqual([]);
  // The 8th in Stockholm holds A-002 (23:30), not the change at 00:30 on the 9th.
  expect((await read('?from=2026-12-08&to=2026-12-08')).json.entries.map((e: Entry) => e.record.id)).toEqual(['A-002']);
  expect((await read('?from=2026-12-09')).json.entries.map((e: Entry) => e.action)).toEqual(['activity.changed']);
  const first = await read('?limit=2');
  expect(first.json.entries.map((e: Entry) => e.seq)).toEqual([1, 2]);
  expect(first.json.next).toBe(2);
  expect((await read(`?limit=2&after=${first.json.next}`)).json.entries.map((e: Entry) => e.seq)).toEqual([3, 4]);
});

it('answers a bad filter with a 400 that names it', async () => {
  for (const [query, field] of [
    ['?record=nonsense:A-1', 'record'],
    ['?record=activity', 'record'],
    ['?limit=100000', 'limit'],
    ['?from=8/12/2026', 'from'],
    ['?order=sideways', 'order'],
    ['?type=secrets', 'type'],
  ]) {
    const res = await read(query);
    expect([query, res.status, res.json.error.field]).toEqual([query, 400, field]);
  }
});

it('lets members read it and walk nothing; readers neither; the förvaltningsledare verifies the chain', async () => {
  expect((await read('', 'member')).status).toBe(200);
  expect((await read('', 'reader')).status).toBe(403);
  expect((await app.request('GET', '/api/audit/verify', { as: 'member' })).status).toBe(403);
  const verified = await app.request('GET', '/api/audit/verify', { as: 'lead' });
  expect(verified.json).toEqual({ ok: true, count: 4, head: (await read()).json.head.hash });
  expect((await app.request('GET', '/api/me', { as: 'member' })).json.permissions).toMatchObject({ 'audit.read': true, 'audit.verify': false });
});

it('exports the sentences and the head as CSV and Excel, in the caller\'s language', async () => {
  const head = (await read()).json.head as { count: number; hash: string };
  const csv = await app.request('GET', '/api/audit/export?format=csv', { as: 'lead' });
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-disposition')).toBe('attachment; filename="handelselogg-2026-12-09.csv"');
  const rows = parse(csv.buffer.toString('utf8').replace(/^\ufeff/, ''), { delimiter: ';' }) as string[][];
  expect(rows[0]).toEqual(['Nr', 'Tidpunkt', 'Vem', 'Post', 'Händelse', 'Hash (SHA-256)', 'Föregående hash']);
  expect(rows[1]!.slice(0, 5)).toEqual(['4', '2026-12-09 00:30:00', 'Maria Lindqvist', 'A-001', 'Maria Lindqvist ändrade status på A-001 från ny till väntar']);
  expect(rows.at(-1)!.slice(4, 6)).toEqual(['Kedjans huvud efter 4 händelser', head.hash]);

  const xlsx = await app.request('GET', '/api/audit/export?format=xlsx&record=activity:A-002', { as: 'lead', lang: 'en' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.buffer as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Event log')!;
  expect(sheet.getRow(2).values).toEqual([undefined, '3', '2026-12-08 23:30:00', 'Maria Lindqvist', 'A-002', expect.stringContaining('Maria Lindqvist created A-002'), expect.any(String), expect.any(String)]);
  expect(sheet.rowCount).toBe(2);
  const chain = book.getWorksheet('Chain')!;
  expect(chain.getRow(1).values).toEqual([undefined, 'Events in the chain', 4]);
  expect(chain.getRow(2).values).toEqual([undefined, 'Head of the chain (SHA-256)', head.hash]);
});
