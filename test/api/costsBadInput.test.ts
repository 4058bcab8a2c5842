import { TestApp, startTestApp } from '../helpers/app';

/**
 * Bad input to the Kostnadskalkyl's writes: a 400 that names the field, and nothing stored —
 * the calculation's version and the trail stay as they were. (A body above the server's
 * MAX_BODY_BYTES, such as a 100 KB note, is refused before it is read: 413.)
 */
let app: TestApp;
let version: number;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => new Date('2026-12-07T09:00:00Z') });
  const first = await app.request('PUT', '/api/costs/cells', {
    as: 'lead',
    body: { measure: 'budget', scenario: 'S-1', row: 'K-01', year: 2026, side: 'external', entry: { kind: 'kronor', kronor: 1000 } },
    headers: { 'if-match': '"0"' },
  });
  version = first.json.calculation.version;
});
afterAll(async () => {
  await app.stop();
});

const cell = (over: Record<string, unknown>, entry: unknown = { kind: 'kronor', kronor: 5 }) => ({
  measure: 'budget', scenario: 'S-1', row: 'K-01', year: 2026, side: 'external', entry, ...over,
});
const trailSize = async () => (await app.store.audit.head()).count;

const CASES: [string, string, string, unknown, string][] = [
  ['negative kronor', 'PUT', '/api/costs/cells', cell({}, { kind: 'kronor', kronor: -1 }), 'entry.kronor'],
  ['fractional kronor', 'PUT', '/api/costs/cells', cell({}, { kind: 'kronor', kronor: 10.5 }), 'entry.kronor'],
  ['10^15 kronor', 'PUT', '/api/costs/cells', cell({}, { kind: 'kronor', kronor: 1e15 }), 'entry.kronor'],
  ['text in an amount', 'PUT', '/api/costs/cells', cell({}, { kind: 'kronor', kronor: '1000' }), 'entry.kronor'],
  ['text in a rate', 'PUT', '/api/costs/cells', cell({ side: 'internal' }, { kind: 'fte', fte: 0.5, ratePerYear: 'mycket' }), 'entry.ratePerYear'],
  ['hours with 2 decimals', 'PUT', '/api/costs/cells', cell({ side: 'internal' }, { kind: 'hours', hours: 7.25, ratePerHour: 650 }), 'entry.hours'],
  ['FTE with 3 decimals', 'PUT', '/api/costs/cells', cell({ side: 'internal' }, { kind: 'fte', fte: 0.125, ratePerYear: 650_000 }), 'entry.fte'],
  ['hours on the external side', 'PUT', '/api/costs/cells', cell({}, { kind: 'hours', hours: 7.5, ratePerHour: 650 }), 'entry.kind'],
  ['an unknown row', 'PUT', '/api/costs/cells', cell({ row: 'K-99' }), 'row'],
  ['an unknown year', 'PUT', '/api/costs/cells', cell({ year: 2040 }), 'year'],
  ['an unknown scenario', 'PUT', '/api/costs/cells', cell({ scenario: 'S-9' }), 'scenario'],
  ['a budget without a scenario', 'PUT', '/api/costs/cells', cell({ scenario: undefined }), 'scenario'],
  ['an utfall with a scenario', 'PUT', '/api/costs/cells', cell({ measure: 'outcome' }), 'scenario'],
  ['an unknown side', 'PUT', '/api/costs/cells', cell({ side: 'both' }), 'side'],
  ['an unknown field', 'PUT', '/api/costs/cells', { ...cell({}), extra: 1 }, 'extra'],
  ['a note over 2 000 characters', 'POST', '/api/costs/rows', { section: 'licenser', name: 'Teams Phone', note: 'x'.repeat(2001) }, 'note'],
  ['an empty row name', 'POST', '/api/costs/rows', { section: 'licenser', name: '  ' }, 'name'],
  ['a row name twice in a section', 'POST', '/api/costs/rows', { section: 'licenser', name: 'LICENSER' }, 'name'],
  ['an unknown section', 'POST', '/api/costs/rows', { section: 'övrigt', name: 'X' }, 'section'],
  ['a fractional position', 'PATCH', '/api/costs/rows/K-01', { position: 1.5 }, 'position'],
  ['a copy of an unknown scenario', 'POST', '/api/costs/scenarios', { name: 'Ny', copyOf: 'S-9' }, 'copyOf'],
  ['a scenario name twice', 'POST', '/api/costs/scenarios', { name: 'nuvarande TELEFONI ', copyOf: 'S-1' }, 'name'],
  ['a javascript: decision link', 'POST', '/api/costs/scenarios/S-1/decision', { on: '2026-11-20', link: 'javascript:alert(1)' }, 'link'],
  ['an http decision link', 'POST', '/api/costs/scenarios/S-1/decision', { on: '2026-11-20', link: 'http://example.org/beslut' }, 'link'],
  ['a decision date that is no date', 'POST', '/api/costs/scenarios/S-1/decision', { on: '2026-02-30', link: null }, 'on'],
  ['fields to add a year', 'POST', '/api/costs/years', { year: 2030 }, 'year'],
];

it.each(CASES)('refuses %s: 400 naming the field, nothing stored', async (_what, method, path, body, field) => {
  const before = await trailSize();
  const res = await app.request(method, path, { as: 'lead', body, headers: { 'if-match': `"${version}"` } });
  expect([res.status, res.json.error.field]).toEqual([400, field]);
  expect(res.json.error.message).toEqual(expect.any(String));
  expect((await app.request('GET', '/api/costs', { as: 'lead' })).json.calculation.version).toBe(version);
  expect(await trailSize()).toBe(before);
});

it('says what an amount must be, in Swedish and English', async () => {
  const huge = await app.request('PUT', '/api/costs/cells', { as: 'lead', body: cell({}, { kind: 'kronor', kronor: 1e15 }), headers: { 'if-match': `"${version}"` } });
  expect(huge.json.error.message).toBe('Fältet entry.kronor måste vara hela kronor, från 0 till 1 000 000 000 000.');
  const res = await app.request('PUT', '/api/costs/cells', { as: 'lead', lang: 'en', body: cell({}, { kind: 'kronor', kronor: -1 }), headers: { 'if-match': `"${version}"` } });
  expect(res.json.error).toMatchObject({ field: 'entry.kronor', message: 'The field entry.kronor must be whole kronor, from 0 to 1,000,000,000,000.' });
  const hours = await app.request('PUT', '/api/costs/cells', { as: 'lead', body: cell({ side: 'internal' }, { kind: 'hours', hours: 7.25, ratePerHour: 650 }), headers: { 'if-match': `"${version}"` } });
  expect(hours.json.error.message).toBe('Fältet entry.hours måste vara timmar med högst en decimal, från 0 till 100 000.');
});

it('a 100 KB note is refused before it is read (413), nothing stored', async () => {
  const before = await trailSize();
  const res = await app.request('POST', '/api/costs/rows', { as: 'lead', body: { section: 'licenser', name: 'Stor', note: 'x'.repeat(100 * 1024) }, headers: { 'if-match': `"${version}"` } });
  expect(res.status).toBe(413);
  expect((await app.request('GET', '/api/costs', { as: 'lead' })).json.calculation.version).toBe(version);
  expect(await trailSize()).toBe(before);
});

it('an unknown row or scenario in the path is 404', async () => {
  expect((await app.request('PATCH', '/api/costs/rows/K-99', { as: 'lead', body: { note: 'x' }, headers: { 'if-match': `"${version}"` } })).status).toBe(404);
  expect((await app.request('DELETE', '/api/costs/rows/K-99', { as: 'lead', headers: { 'if-match': `"${version}"` } })).status).toBe(404);
  expect((await app.request('PATCH', '/api/costs/scenarios/S-9', { as: 'lead', body: { name: 'x' }, headers: { 'if-match': `"${version}"` } })).status).toBe(404);
  expect((await app.request('POST', '/api/costs/scenarios/S-9/decision', { as: 'lead', body: { on: '2026-11-20', link: null }, headers: { 'if-match': `"${version}"` } })).status).toBe(404);
});
