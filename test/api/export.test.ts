import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { TestApp, startTestApp } from '../helpers/app';
import { EXPORT_COLUMNS } from '../../src/api/activityExport';

/** The export reads back — CSV and xlsx — with the same rows the list shows. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true' }, { now: () => new Date('2026-11-29T09:00:00Z') });
  // Text that a spreadsheet would take for a formula, and text with separators and quotes.
  await app.request('POST', '/api/activities', {
    body: { title: '=HYPERLINK("http://evil")', description: 'Rad 1; "citat"\nRad 2', category: 'Övrigt' },
  });
});
afterAll(() => app.stop());

/** An instant as a person in Stockholm reads it, as the export writes it: 2026-11-29 10:00. */
const local = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
/** Statuses and priorities as the tab writes them. */
const WORDS: Record<string, string> = { ny: 'Ny', pågår: 'Pågår', väntar: 'Väntar', klar: 'Klar', avförd: 'Avförd', hög: 'Hög', normal: 'Normal', låg: 'Låg' };

const expectedRows = async (query = '') => {
  const list = await app.request('GET', `/api/activities${query}`);
  return list.json.items.map((a: any) => [
    a.key,
    a.title,
    a.description,
    a.category,
    a.owner?.name ?? '',
    WORDS[a.status],
    WORDS[a.priority],
    a.dueDate ?? '',
    a.origin,
    a.resolution ?? '',
    a.createdBy.name,
    local(a.createdAt),
    a.updatedBy.name,
    local(a.updatedAt),
  ]);
};

describe('activity export', () => {
  it('CSV: UTF-8 with BOM, semicolons, Swedish headers, same rows as the list; formulas neutralized', async () => {
    const res = await app.request('GET', '/api/activities/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="aktivitetslogg-2026-11-29.csv"');
    expect([...res.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(res.buffer, { delimiter: ';', bom: true, relax_column_count: false });
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(rows[0]!.slice(0, 8)).toEqual(['Nyckel', 'Titel', 'Beskrivning', 'Kategori', 'Ansvarig', 'Status', 'Prioritet', 'Förfallodatum']);
    const expected = await expectedRows();
    expect(expected.length).toBe(15);
    // Local time and the tab's words, e.g. "2026-11-29 10:00" and "Pågår".
    expect(rows[1]![11]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.slice(1).map((r) => r[5])).toContain('Pågår');
    const last = expected[expected.length - 1];
    last[1] = `'${last[1]}`; // the formula is exported as text
    expect(rows.slice(1)).toEqual(expected);
  });

  it('xlsx: opens with exceljs, one sheet "Aktivitetslogg", same rows; filters apply', async () => {
    const res = await app.request('GET', '/api/activities/export?format=xlsx&status=pågår,väntar&sort=dueDate');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.buffer.subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.buffer as any);
    const sheet = book.getWorksheet('Aktivitetslogg')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    const expected = await expectedRows('?status=pågår,väntar&sort=dueDate');
    expect(expected.length).toBeGreaterThan(3);
    // exceljs drops empty trailing cells: compare with them trimmed the same way.
    const trim = (r: string[]) => {
      const copy = [...r];
      while (copy.length && copy[copy.length - 1] === '') copy.pop();
      return copy;
    };
    expect(rows.slice(1).map(trim)).toEqual(expected.map(trim));
  });

  it('an unknown format is 400 naming the parameter', async () => {
    const res = await app.request('GET', '/api/activities/export?format=pdf');
    expect(res.status).toBe(400);
    expect(res.json.error.field).toBe('format');
  });
});
