import ExcelJS from 'exceljs';
import { TestApp, startTestApp } from '../helpers/app';

/**
 * /api/documents: the förvaltningsdokumentation register. Everyone reads it, the team
 * (members, the förvaltningsledare) keeps it; every change names the version it read
 * (If-Match: missing → 400, stale → 412 with the current document); bad input is a 400 that
 * names the field and stores nothing; each write leaves its entry in the trail; the register
 * exports to CSV and xlsx in the caller's language.
 */
let app: TestApp;
const NOW = new Date('2026-12-07T09:00:00.000Z'); // a Monday; today is 2026-12-07 in Stockholm
beforeEach(async () => {
  app = await startTestApp({}, { now: () => NOW });
});
afterEach(async () => {
  await app.stop();
});

const base = {
  title: 'Rutin för gäståtkomst',
  kind: 'rutin',
  link: 'https://contoso.sharepoint.com/sites/o365/Delade%20dokument/Rutin%20g%C3%A4st%C3%A5tkomst.docx',
  owner: { id: 'aad-erik', name: 'Erik Nilsson' },
  versionLabel: '1.2',
  documentDate: '2025-11-30',
  reviewIntervalMonths: 12,
  notes: 'Gäller gäster i alla team',
};
const create = (body: Record<string, unknown> = base, as = 'member', lang: 'sv' | 'en' = 'sv') => app.request('POST', '/api/documents', { as, lang, body });
const ifMatch = (v: number | string) => ({ 'if-match': typeof v === 'number' ? `"${v}"` : v });
const list = async (as = 'reader') => (await app.request('GET', '/api/documents', { as })).json;
const trailOf = async (id: string) =>
  ((await app.request('GET', `/api/audit?record=document:${id}`, { as: 'lead' })).json.entries as { action: string }[]).map((e) => e.action);

describe('creating and reading', () => {
  it('a member adds a document: D-001, version 1, its next review and where it is used; everyone reads it', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe('/api/documents/D-001');
    expect(res.json).toMatchObject({
      ...base,
      id: 'D-001',
      version: 1,
      status: 'gällande',
      lastReviewed: null,
      reviews: [],
      nextReview: '2026-11-30',
      due: 'overdue',
      usedIn: [],
      createdBy: { name: 'Johan Ek' },
    });
    const listed = await list();
    expect(listed).toMatchObject({ count: 1, today: '2026-12-07' });
    expect(listed.nextMeeting).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(listed.items[0]).toEqual(res.json);
    const one = await app.request('GET', '/api/documents/D-001', { as: 'reader' });
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe('"1"');
    expect(one.json).toEqual(res.json);
    expect(await trailOf('D-001')).toEqual(['document.created']);
  });

  it('the förvaltningsledare may add too; a reader may not (403) and nothing is stored', async () => {
    expect((await create(base, 'lead')).status).toBe(201);
    const refused = await create(base, 'reader');
    expect(refused.status).toBe(403);
    expect((await list()).count).toBe(1);
  });

  it('an unknown document is a 404', async () => {
    const res = await app.request('GET', '/api/documents/D-404', { as: 'reader' });
    expect(res.status).toBe(404);
    expect(res.json.error.message).toContain('D-404');
  });

  it('ids are never reused and come in order', async () => {
    for (const title of ['A', 'B', 'C']) expect((await create({ ...base, title })).status).toBe(201);
    expect((await list()).items.map((d: { id: string }) => d.id)).toEqual(['D-001', 'D-002', 'D-003']);
  });
});

describe('bad input: 400 naming the field, nothing stored', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a javascript: link', { link: 'javascript:alert(document.cookie)' }, 'link'],
    ['an http: link', { link: 'http://intranet.example.se/rutin.docx' }, 'link'],
    ['a data: link', { link: 'data:text/html;base64,PHNjcmlwdD4=' }, 'link'],
    ['huge notes', { notes: 'n'.repeat(20_000) }, 'notes'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a very long title', { title: 't'.repeat(201) }, 'title'],
    ['an unknown kind', { kind: 'roman' }, 'kind'],
    ['an unknown status', { status: 'arkiverad' }, 'status'],
    ['a bad document date', { documentDate: '2026-02-30' }, 'documentDate'],
    ['a date in another format', { documentDate: '30/11/2025' }, 'documentDate'],
    ['a bad last review', { lastReviewed: 'igår' }, 'lastReviewed'],
    ['interval 0', { reviewIntervalMonths: 0 }, 'reviewIntervalMonths'],
    ['interval 61', { reviewIntervalMonths: 61 }, 'reviewIntervalMonths'],
    ['a fractional interval', { reviewIntervalMonths: 1.5 }, 'reviewIntervalMonths'],
    ['an interval as text', { reviewIntervalMonths: 'tolv' }, 'reviewIntervalMonths'],
    ['an unknown field', { colour: 'red' }, 'colour'],
  ])('%s', async (_what, over, field) => {
    const res = await create({ ...base, ...over });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'invalid', field });
    expect(res.json.error.message).not.toBe('');
    expect((await list()).count).toBe(0);
    expect((await app.request('GET', '/api/audit?type=document', { as: 'lead' })).json.entries).toEqual([]);
  });

  it('a missing link or date is required', async () => {
    const { link: _link, ...noLink } = base;
    expect((await create(noLink)).json.error).toMatchObject({ field: 'link' });
    const { documentDate: _date, ...noDate } = base;
    expect((await create(noDate)).json.error).toMatchObject({ field: 'documentDate' });
  });

  it('says what is wrong in the caller\'s language', async () => {
    const sv = await create({ ...base, link: 'javascript:alert(1)' });
    expect(sv.json.error.message).toBe('Länken måste vara en https-adress (t.ex. filen i teamets SharePoint).');
    const en = await create({ ...base, reviewIntervalMonths: 61 }, 'member', 'en');
    expect(en.json.error.message).toBe('The review interval must be a whole number of months from 1 to 60, or empty.');
  });
});

describe('changing (PATCH with If-Match)', () => {
  it('changes what is sent, answers the new version, and records the change', async () => {
    await create();
    const res = await app.request('PATCH', '/api/documents/D-001', { as: 'member', headers: ifMatch(1), body: { status: 'under revision', versionLabel: '1.3' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.json).toMatchObject({ status: 'under revision', versionLabel: '1.3', version: 2, title: base.title, updatedBy: { name: 'Johan Ek' } });
    expect(await trailOf('D-001')).toEqual(['document.created', 'document.changed']);
  });

  it('a change that changes nothing writes nothing', async () => {
    await create();
    const res = await app.request('PATCH', '/api/documents/D-001', { as: 'member', headers: ifMatch(1), body: { title: base.title } });
    expect(res.status).toBe(200);
    expect(res.json.version).toBe(1);
    expect(await trailOf('D-001')).toEqual(['document.created']);
  });

  it('If-Match missing → 400; stale → 412 with the current document; nothing changes', async () => {
    await create();
    const missing = await app.request('PATCH', '/api/documents/D-001', { as: 'member', body: { title: 'Ny' } });
    expect(missing.status).toBe(400);
    expect(missing.json.error.field).toBe('If-Match');
    expect((await app.request('PATCH', '/api/documents/D-001', { as: 'lead', headers: ifMatch(1), body: { title: 'Först' } })).status).toBe(200);
    const stale = await app.request('PATCH', '/api/documents/D-001', { as: 'member', headers: ifMatch(1), body: { title: 'Sen' } });
    expect(stale.status).toBe(412);
    expect(stale.json.current).toMatchObject({ id: 'D-001', title: 'Först', version: 2, nextReview: '2026-11-30' });
    expect((await app.request('GET', '/api/documents/D-001')).json.title).toBe('Först');
  });

  it('a reader may not change (403); bad input names the field; an unknown document is 404', async () => {
    await create();
    expect((await app.request('PATCH', '/api/documents/D-001', { as: 'reader', headers: ifMatch(1), body: { title: 'X' } })).status).toBe(403);
    const bad = await app.request('PATCH', '/api/documents/D-001', { as: 'member', headers: ifMatch(1), body: { link: 'javascript:void(0)' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('link');
    const interval = await app.request('PATCH', '/api/documents/D-001', { as: 'member', headers: ifMatch(1), body: { reviewIntervalMonths: 0 } });
    expect(interval.json.error.field).toBe('reviewIntervalMonths');
    expect((await app.request('PATCH', '/api/documents/D-404', { as: 'member', headers: ifMatch(1), body: { title: 'X' } })).status).toBe(404);
    expect((await app.request('GET', '/api/documents/D-001')).json).toMatchObject({ version: 1, title: base.title });
    expect(await trailOf('D-001')).toEqual(['document.created']);
  });
});

describe('Granskad (POST /api/documents/:id/reviews)', () => {
  it('sets the last review to today, starts the next interval, keeps the note in the history and the trail', async () => {
    await create();
    const res = await app.request('POST', '/api/documents/D-001/reviews', { as: 'member', headers: ifMatch(1), body: { note: 'Inga ändringar' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.json).toMatchObject({ lastReviewed: '2026-12-07', nextReview: '2027-12-07', due: null, version: 2 });
    expect(res.json.reviews).toEqual([{ on: '2026-12-07', by: { id: expect.any(String), name: 'Johan Ek' }, note: 'Inga ändringar', at: NOW.toISOString() }]);
    expect(await trailOf('D-001')).toEqual(['document.created', 'document.reviewed']);
  });

  it('takes an earlier day; refuses a day in the future, a bad date and a huge note (400 naming the field)', async () => {
    await create({ ...base, documentDate: '2024-01-31', reviewIntervalMonths: 1 });
    const earlier = await app.request('POST', '/api/documents/D-001/reviews', { as: 'lead', headers: ifMatch(1), body: { on: '2026-10-31', note: '' } });
    expect(earlier.json).toMatchObject({ lastReviewed: '2026-10-31', nextReview: '2026-11-30', due: 'overdue' });
    for (const [body, field] of [
      [{ on: '2026-12-08', note: '' }, 'on'],
      [{ on: '2026-13-01', note: '' }, 'on'],
      [{ note: 'x'.repeat(5000) }, 'note'],
    ] as const) {
      const res = await app.request('POST', '/api/documents/D-001/reviews', { as: 'lead', headers: ifMatch(2), body });
      expect(res.status).toBe(400);
      expect(res.json.error.field).toBe(field);
    }
    expect((await app.request('GET', '/api/documents/D-001')).json.version).toBe(2);
  });

  it('needs If-Match (400), a current one (412 with the document) and the right to edit (403)', async () => {
    await create();
    expect((await app.request('POST', '/api/documents/D-001/reviews', { as: 'member', body: { note: '' } })).status).toBe(400);
    expect((await app.request('POST', '/api/documents/D-001/reviews', { as: 'reader', headers: ifMatch(1), body: { note: '' } })).status).toBe(403);
    const stale = await app.request('POST', '/api/documents/D-001/reviews', { as: 'member', headers: ifMatch(7), body: { note: '' } });
    expect(stale.status).toBe(412);
    expect(stale.json.current).toMatchObject({ id: 'D-001', version: 1 });
    expect(await trailOf('D-001')).toEqual(['document.created']);
  });
});

describe('reviews due (GET /api/documents/reviews-due)', () => {
  it('lists the overdue and the ones due by the next meeting, most overdue first; repealed and later ones are left out', async () => {
    const { nextMeeting } = await list();
    await create({ ...base, title: 'Inte än', documentDate: '2026-12-06' });
    await create({ ...base, title: 'Försenad', documentDate: '2025-10-01' });
    await create({ ...base, title: 'Före mötet', documentDate: `${Number(nextMeeting.slice(0, 4)) - 1}${nextMeeting.slice(4)}` });
    await create({ ...base, title: 'Upphävd', documentDate: '2020-01-01', status: 'upphävd' });
    await create({ ...base, title: 'Utan intervall', documentDate: '2020-01-01', reviewIntervalMonths: null });
    const due = await app.request('GET', '/api/documents/reviews-due', { as: 'reader' });
    expect(due.status).toBe(200);
    expect(due.json.items.map((d: { title: string; due: string }) => [d.title, d.due])).toEqual([
      ['Försenad', 'overdue'],
      ['Före mötet', 'due'],
    ]);
    const forLater = await app.request('GET', '/api/documents/reviews-due?meeting=2027-12-31', { as: 'reader' });
    expect(forLater.json.items.map((d: { title: string }) => d.title)).toEqual(['Försenad', 'Före mötet', 'Inte än']);
    expect((await app.request('GET', '/api/documents/reviews-due?meeting=igår', { as: 'reader' })).json.error.field).toBe('meeting');
  });
});

describe('export', () => {
  beforeEach(async () => {
    await create({ ...base, notes: '=HYPERLINK("https://evil.example")' });
    await create({ ...base, title: 'Beslut om telefoni', kind: 'beslut', owner: null, reviewIntervalMonths: null });
  });

  it('CSV in Swedish: BOM, semicolons, the tab\'s words, formulas neutralized', async () => {
    const res = await app.request('GET', '/api/documents/export?format=csv', { as: 'reader' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="dokumentregister-2026-12-07.csv"');
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Id;Titel;Typ;Länk;Ägare;Version;Dokumentets datum;Status;Senast granskad;Intervall (månader);Nästa granskning;Att granska;Används i checklistan;Anteckningar;Senast ändrad av;Senast ändrad',
    );
    expect(lines[1]).toContain(';Rutin;');
    expect(lines[1]).toContain(';Försenad;');
    expect(lines[1]).toContain('\'=HYPERLINK');
    expect(lines[2]).toContain('D-002;Beslut om telefoni;Beslut;');
  });

  it('xlsx in English reads back with exceljs', async () => {
    const res = await app.request('GET', '/api/documents/export?format=xlsx', { as: 'reader', lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="document-register-2026-12-07.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Document register')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('Kind');
    expect(sheet.getRow(2).getCell(2).value).toBe(base.title);
    expect(sheet.getRow(2).getCell(3).value).toBe('Procedure');
    expect(sheet.getRow(2).getCell(12).value).toBe('Overdue');
    expect(sheet.getRow(3).getCell(3).value).toBe('Decision');
    expect(sheet.rowCount).toBe(3);
  });

  it('refuses an unknown format', async () => {
    const res = await app.request('GET', '/api/documents/export?format=pdf', { as: 'reader' });
    expect(res.status).toBe(400);
    expect(res.json.error.field).toBe('format');
  });
});

describe('checklist evidence in the register', () => {
  it('a checklist item points at a register document; the register says where it is used; an unknown one is refused', async () => {
    await create();
    const checklist = (await app.request('GET', '/api/checklist', { as: 'member' })).json;
    const item = checklist.items[3] as { id: string; version: number };
    const unknown = await app.request('PATCH', `/api/checklist/items/${item.id}`, { as: 'member', headers: ifMatch(item.version), body: { evidenceDocument: 'D-099' } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.field).toBe('evidenceDocument');
    const pointed = await app.request('PATCH', `/api/checklist/items/${item.id}`, { as: 'member', headers: ifMatch(item.version), body: { evidenceDocument: 'D-001' } });
    expect(pointed.status).toBe(200);
    expect(pointed.json.item.evidenceDocument).toBe('D-001');
    const doc = (await app.request('GET', '/api/documents/D-001')).json;
    expect(doc.usedIn).toEqual([{ in: 'checklist', itemId: item.id, text: pointed.json.item.text }]);
    // And back to none.
    const cleared = await app.request('PATCH', `/api/checklist/items/${item.id}`, { as: 'member', headers: ifMatch(item.version + 1), body: { evidenceDocument: null } });
    expect(cleared.json.item.evidenceDocument).toBeNull();
    expect((await app.request('GET', '/api/documents/D-001')).json.usedIn).toEqual([]);
  });
});
