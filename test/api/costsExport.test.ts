import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { TestApp, startTestApp } from '../helpers/app';
import { COLUMNS_PER_YEAR, FIRST_ROW, KRONOR_FORMAT, columnLetter, columnOf } from '../../src/api/costsExport';
import { COST_SECTIONS, COST_SIDES, CostView } from '../../src/domain/costModel';

/**
 * GET /api/costs/export read back with exceljs: each scenario sheet's subtotals are SUMs over
 * exactly their section's rows, the grand total a SUM of the subtotals, differences utfall −
 * budget, the comparison sheet refers to the scenario sheets' totals; every cached result equals
 * the API's totals; amounts in whole kronor. The CSV's figures add up to the same totals.
 */
let app: TestApp;
let view: CostView;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => new Date('2026-12-07T09:00:00Z') });
  let version = 0;
  const put = async (body: unknown, path = '/api/costs/cells', method = 'PUT') => {
    const res = await app.request(method, path, { as: 'lead', body, headers: { 'if-match': `"${version}"` } });
    if (res.status !== 200) throw new Error(res.text);
    version = res.json.calculation.version;
    view = res.json;
  };
  await put({ section: 'licenser', name: 'Teams Phone' }, '/api/costs/rows', 'POST');
  await put({ section: 'konsult', name: 'Migreringskonsult' }, '/api/costs/rows', 'POST');
  await put({ name: 'Teams som softphone: [alt/2]', copyOf: 'S-1' }, '/api/costs/scenarios', 'POST');
  const rows = view.calculation.rows.filter((r) => r.section !== 'integration').map((r) => r.id);
  let n = 1;
  for (const scenario of ['S-1', 'S-2'])
    for (const row of rows.slice(0, 6))
      for (const year of [2026, 2027])
        for (const side of COST_SIDES) await put({ measure: 'budget', scenario, row, year, side, entry: { kind: 'kronor', kronor: 10_000 * n++ } });
  for (const row of rows.slice(2, 7)) await put({ measure: 'outcome', row, year: 2026, side: 'internal', entry: { kind: 'fte', fte: 0.35, ratePerYear: 812_345 } });
  await put({ measure: 'outcome', row: rows[0], year: 2026, side: 'external', entry: { kind: 'kronor', kronor: 1_234_567 } });
  // The section with no rows left (Integration's row removed) still has a subtotal.
  await put(undefined, `/api/costs/rows/${view.calculation.rows.find((r) => r.section === 'integration')!.id}`, 'DELETE');
}, 60_000);
afterAll(async () => {
  await app.stop();
});

async function workbook(): Promise<ExcelJS.Workbook> {
  const res = await app.request('GET', '/api/costs/export?format=xlsx', { as: 'reader' });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.buffer as unknown as ArrayBuffer);
  return book;
}
type Formula = { formula: string; result: number };
/** exceljs reads a cached result of 0 (`<v>0</v>`) back as none: the last test checks the XML has a result for every formula. */
const formulaOf = (sheet: ExcelJS.Worksheet, col: number, row: number): Formula => {
  const value = sheet.getCell(row, col).value as Formula;
  return { formula: value.formula, result: value.result ?? 0 };
};

it('has the comparison first and one sheet per scenario (names made valid for Excel)', async () => {
  const book = await workbook();
  expect(book.worksheets.map((s) => s.name)).toEqual(['Jämförelse', 'Nuvarande telefoni', 'Teams som softphone- -alt-2-']);
});

it('each scenario sheet: subtotals SUM exactly their section\'s rows, the grand total SUMs the subtotals, differences are utfall − budget; cached results are the API\'s totals', async () => {
  const book = await workbook();
  const calc = view.calculation;
  for (const [s, scenario] of calc.scenarios.entries()) {
    const sheet = book.worksheets[s + 1]!;
    const totals = view.totals.find((t) => t.scenario === scenario.id)!;
    let at = FIRST_ROW;
    const subtotalRows: number[] = [];
    for (const section of COST_SECTIONS) {
      at++; // the section's heading
      const rows = calc.rows.filter((r) => r.section === section);
      rows.forEach((row, i) => expect(sheet.getCell(at + i, 1).text).toContain(row.name));
      const first = at;
      at += rows.length;
      calc.years.forEach((year, y) => {
        for (const side of COST_SIDES) {
          for (const m of [0, 1] as const) {
            const col = columnOf(y, side, m);
            const cell = formulaOf(sheet, col, at);
            expect(cell.formula).toBe(rows.length ? `SUM(${columnLetter(col)}${first}:${columnLetter(col)}${at - 1})` : '0');
            expect(cell.result).toBe(m === 0 ? totals.sections[section][year]![side].budget : totals.sections[section][year]![side].outcome);
          }
          const difference = formulaOf(sheet, columnOf(y, side, 2), at);
          expect(difference.formula).toBe(`${columnLetter(columnOf(y, side, 1))}${at}-${columnLetter(columnOf(y, side, 0))}${at}`);
          expect(difference.result).toBe(totals.sections[section][year]![side].difference);
        }
      });
      subtotalRows.push(at);
      at += 2;
    }
    expect(sheet.getCell(at, 1).text).toBe('Totalt');
    calc.years.forEach((year, y) => {
      for (const side of COST_SIDES) {
        const col = columnOf(y, side, 0);
        expect(formulaOf(sheet, col, at)).toEqual({ formula: `SUM(${subtotalRows.map((r) => `${columnLetter(col)}${r}`).join(',')})`, result: totals.years[year]!.total && totals.years[year]![side].budget });
        expect(formulaOf(sheet, columnOf(y, side, 1), at).result).toBe(totals.years[year]![side].outcome);
      }
      expect(formulaOf(sheet, columnOf(y, 'total', 0), at).result).toBe(totals.years[year]!.total.budget);
      expect(formulaOf(sheet, columnOf(y, 'total', 2), at).result).toBe(totals.years[year]!.total.difference);
      expect(sheet.getCell(at, columnOf(y, 'total', 0)).numFmt).toBe(KRONOR_FORMAT);
    });
    expect(sheet.getRow(4).getCell(2 + COLUMNS_PER_YEAR).text).toBe('Internt budget');
  }
});

it('the comparison sheet refers to each scenario sheet\'s grand total, per year, with the API\'s totals as results', async () => {
  const book = await workbook();
  const sheet = book.worksheets[0]!;
  view.calculation.scenarios.forEach((scenario, s) => {
    const totals = view.totals[s]!;
    expect(sheet.getCell(3 + s, 1).text).toBe(scenario.name);
    view.calculation.years.forEach((year, y) => {
      const budget = formulaOf(sheet, 2 + y * 3, 3 + s);
      expect(budget.formula).toMatch(new RegExp(`^'${book.worksheets[s + 1]!.name.replace(/[[\]()-]/g, '\\$&')}'!${columnLetter(columnOf(y, 'total', 0))}\\d+$`));
      expect(budget.result).toBe(totals.years[year]!.total.budget);
      expect(formulaOf(sheet, 4 + y * 3, 3 + s).result).toBe(totals.years[year]!.total.difference);
    });
  });
});

it('the CSV has one line per amount, adding up to the API\'s totals', async () => {
  const res = await app.request('GET', '/api/costs/export?format=csv', { as: 'reader' });
  const lines = res.text.replace(/^\ufeff/, '').trim().split('\r\n').slice(1).map((l) => l.split(';'));
  for (const [s, scenario] of view.calculation.scenarios.entries()) {
    const budget = lines.filter((l) => l[0] === scenario.name && l[5] === 'budget').reduce((sum, l) => sum + Number(l[6]), 0);
    expect(budget).toBe(view.totals[s]!.all.total.budget);
  }
  const outcome = lines.filter((l) => l[0] === '' && l[5] === 'utfall').reduce((sum, l) => sum + Number(l[6]), 0);
  expect(outcome).toBe(view.totals[0]!.all.total.outcome);
  expect(lines[0]!.slice(1, 5)).toEqual(['Licenser', 'Licenser', '2026', 'Interna resurser']);
});

/** The files of a zip (an xlsx) by name, from its central directory: enough to read the sheets' XML. */
function unzip(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(at + 10);
  at = zip.readUInt32LE(at + 16);
  for (let i = 0; i < count; i++) {
    const [method, size, nameLength, extra, comment, local] = [
      zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42),
    ] as const;
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

it('writes every formula with its cached result (none left for Excel to work out first)', async () => {
  const res = await app.request('GET', '/api/costs/export?format=xlsx', { as: 'reader' });
  const files = unzip(res.buffer);
  const sheets = [...files.keys()].filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  expect(sheets).toHaveLength(3);
  for (const file of sheets) {
    const xml = files.get(file)!;
    const formulas = xml.match(/<f>[^<]*<\/f>/g) ?? [];
    expect(formulas.length).toBeGreaterThan(0);
    expect(xml.match(/<f>[^<]*<\/f><v>-?\d+<\/v>/g)).toHaveLength(formulas.length);
  }
});
