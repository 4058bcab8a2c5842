import ExcelJS from 'exceljs';
import { TestApp, startTestApp } from '../helpers/app';

/** The handover checklist over HTTP: tick, edit, add, reorder, sign off, read-only after. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => new Date('2026-11-29T09:00:00Z') });
});
afterAll(() => app.stop());

const patch = (id: string, version: number, body: unknown, as = 'member') =>
  app.request('PATCH', `/api/checklist/items/${id}`, { body, headers: { 'if-match': `"${version}"` }, as });

describe('checklist API', () => {
  it('GET seeds the default checklist: 24 items in 6 sections, with progress', async () => {
    const res = await app.request('GET', '/api/checklist', { as: 'reader' });
    expect(res.status).toBe(200);
    expect(res.json.sections).toHaveLength(6);
    expect(res.json.items).toHaveLength(24);
    expect(res.json.progress).toMatchObject({ done: 0, total: 24, percent: 0 });
    expect(res.json).toMatchObject({ signatures: [], signedOffAt: null, locked: false, readOnly: false });
  });

  it('a member ticks an item, sets responsible, comment and evidence link', async () => {
    const res = await patch('T06', 1, {
      done: true,
      responsible: { id: 'u-x', name: 'Karin Holm' },
      comment: 'Granskad 2026-11-20',
      evidenceUrl: 'https://intranet.example.se/o365/forvaltningsdokumentation',
    });
    expect(res.status).toBe(200);
    expect(res.json.item).toMatchObject({ id: 'T06', done: true, doneBy: { name: 'Johan Ek' }, version: 2 });
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.json.checklist.progress.sections[1]).toMatchObject({ sectionId: 'B', done: 1, total: 5, percent: 20 });
  });

  it('a bad evidence link is 400 naming the field and changes nothing', async () => {
    const res = await patch('T07', 1, { evidenceUrl: 'javascript:alert(1)', comment: 'ska inte sparas' });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ field: 'evidenceUrl', message: expect.stringContaining('http') });
    const item = (await app.request('GET', '/api/checklist')).json.items.find((i: any) => i.id === 'T07');
    expect(item).toMatchObject({ comment: '', evidenceUrl: null, version: 1 });
  });

  it('a stale item version is 412 with the current item; another item is not affected', async () => {
    const stale = await patch('T06', 1, { comment: 'min ändring' });
    expect(stale.status).toBe(412);
    expect(stale.json.current).toMatchObject({ id: 'T06', comment: 'Granskad 2026-11-20', version: 2 });
    expect((await patch('T08', 1, { done: true })).status).toBe(200);
  });

  it('the sign-off item is not ticked by hand (400 naming the field; it is done by the signatures)', async () => {
    const res = await patch('T24', 1, { done: true });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ field: 'done', message: expect.stringContaining('signerat') });
    expect((await app.request('GET', '/api/checklist')).json.items.find((i: any) => i.id === 'T24')).toMatchObject({ done: false, version: 1 });
  });

  it('a reader cannot tick (403)', async () => {
    const res = await patch('T09', 1, { done: true }, 'reader');
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('forbidden');
  });

  it('adds an item and moves it', async () => {
    const added = await app.request('POST', '/api/checklist/items', {
      body: { sectionId: 'C', text: { sv: 'Rutin för Teams-telefoni', en: 'Teams telephony routine' }, position: 0 },
      as: 'member',
    });
    expect(added.status).toBe(201);
    const id = added.json.item.id;
    const sectionC = (c: any) => c.items.filter((i: any) => i.sectionId === 'C').map((i: any) => i.id);
    expect(sectionC(added.json.checklist)).toEqual([id, 'T11', 'T12', 'T13', 'T14']);
    const moved = await patch(id, 1, { position: 4 });
    expect(sectionC(moved.json.checklist)).toEqual(['T11', 'T12', 'T13', 'T14', id]);
    const bad = await app.request('POST', '/api/checklist/items', { body: { sectionId: 'C', text: { sv: '' } } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('text.sv');
  });

  it('a member cannot sign off (403); the project owner and the förvaltningsledare can, then it is read-only', async () => {
    const member = await app.request('POST', '/api/checklist/sign-off', { body: { role: 'förvaltningsledare' }, as: 'member' });
    expect(member.status).toBe(403);
    const memberAsOwner = await app.request('POST', '/api/checklist/sign-off', { body: { role: 'projektägare' }, as: 'member' });
    expect(memberAsOwner.status).toBe(403);
    const leadAsOwner = await app.request('POST', '/api/checklist/sign-off', { body: { role: 'projektägare' }, as: 'lead' });
    expect(leadAsOwner.status).toBe(403);

    const first = await app.request('POST', '/api/checklist/sign-off', { body: { role: 'projektägare' }, as: 'owner' });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ locked: true, readOnly: false, signedOffAt: null });
    // Pending: locked for edits (409), until withdrawn.
    expect((await patch('T01', 1, { done: true })).status).toBe(409);

    const second = await app.request('POST', '/api/checklist/sign-off', { body: { role: 'förvaltningsledare' }, as: 'lead' });
    expect(second.status).toBe(200);
    expect(second.json.readOnly).toBe(true);
    expect(second.json.signatures.map((s: any) => [s.role, s.by.name])).toEqual([
      ['projektägare', 'Anders Berg'],
      ['förvaltningsledare', 'Maria Lindqvist'],
    ]);
    expect(second.json.signatures[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.json.signatures[1].hash).toBe(second.json.signatures[0].hash);

    const after = await patch('T01', 1, { done: true }, 'lead');
    expect(after.status).toBe(409);
    expect(after.json.error.message).toMatch(/signerad av båda parter/);
    expect((await app.request('POST', '/api/checklist/items', { body: { sectionId: 'A', text: { sv: 'x' } } })).status).toBe(409);
    expect((await app.request('DELETE', '/api/checklist/sign-off', { as: 'owner' })).status).toBe(409);
  });

  it('GET /api/checklist/export: the signed checklist as a workbook for the registry, in the caller’s language', async () => {
    const signed = (await app.request('GET', '/api/checklist')).json;
    const res = await app.request('GET', '/api/checklist/export', { as: 'reader' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="overlamning-2026-11-29.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.buffer as unknown as ArrayBuffer);
    const items = book.getWorksheet('Checklista')!;
    expect(items.rowCount).toBe(1 + signed.items.length);
    const signOff = items.getRows(2, items.rowCount - 1)!.find((r) => r.getCell(2).text === 'Formell överlämning signerad av projektägare och mottagare')!;
    expect([signOff.getCell(3).text, signOff.getCell(4).text, signOff.getCell(5).text]).toEqual([
      'Klar genom signaturerna',
      'Anders Berg, Maria Lindqvist',
      '2026-11-29 10:00',
    ]);
    const sigs = book.getWorksheet('Signaturer')!;
    expect([2, 3].map((n) => [1, 2, 3, 4].map((c) => sigs.getRow(n).getCell(c).text))).toEqual([
      ['Projektägare', 'Anders Berg', '2026-11-29 10:00', signed.signatures[0].hash],
      ['Förvaltningsledare', 'Maria Lindqvist', '2026-11-29 10:00', signed.signatures[1].hash],
    ]);

    const en = await app.request('GET', '/api/checklist/export', { as: 'reader', lang: 'en' });
    expect(en.headers.get('content-disposition')).toBe('attachment; filename="handover-2026-11-29.xlsx"');
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load(en.buffer as unknown as ArrayBuffer);
    expect(enBook.worksheets.map((w) => w.name)).toEqual(['Checklist', 'Signatures']);
    expect(enBook.getWorksheet('Signatures')!.getRow(2).getCell(1).text).toBe('Project owner');
  });
});
