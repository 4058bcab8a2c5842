import { TestApp, TestResponse, startTestApp } from '../helpers/app';

/**
 * /api/costs — the Kostnadskalkyl over HTTP: every route, who may read and write, If-Match
 * (missing → 400 as elsewhere, stale → 412 with the view as it is now), the conflict rule under
 * load (50 writes of one cell from one version: 1 × 200, 49 × 412; two cells from one version:
 * both 200), and the baseline frozen by the signature that completes the handover sign-off.
 */
let app: TestApp;
beforeEach(async () => {
  app = await startTestApp({}, { now: () => new Date('2026-12-07T09:00:00Z') });
});
afterEach(async () => {
  await app.stop();
});

interface View {
  calculation: { version: number; years: number[]; rows: { id: string; name: string; section: string; retired: boolean; note: string }[]; scenarios: { id: string; name: string; decided: unknown }[]; cells: Record<string, { entry: { kronor: number } }>; baselines: { reason: string; scenario: string }[] };
  totals: { scenario: string; all: { total: { budget: number; outcome: number; difference: number } }; years: Record<string, { total: { budget: number } }> }[];
  baseline: { all: { baseline: number; now: number; change: number } } | null;
}
const view = (res: TestResponse) => {
  if (res.status !== 200) throw new Error(`${res.status}: ${res.text}`);
  return res.json as View;
};
const read = async (as = 'reader') => view(await app.request('GET', '/api/costs', { as }));
const write = (method: string, path: string, version: number | null, body?: unknown, as = 'lead') =>
  app.request(method, path, { as, ...(body === undefined ? {} : { body }), headers: version === null ? {} : { 'if-match': `"${version}"` } });
const cell = (kronor: number, over: Record<string, unknown> = {}) => ({ measure: 'budget', scenario: 'S-1', row: 'K-01', year: 2026, side: 'external', entry: { kind: 'kronor', kronor }, ...over });

it('everyone signed in reads the defaults (version 0, ETag "0"); only the förvaltningsledare may edit', async () => {
  const res = await app.request('GET', '/api/costs', { as: 'reader' });
  expect(res.status).toBe(200);
  expect(res.headers.get('etag')).toBe('"0"');
  expect(res.json.calculation).toMatchObject({ version: 0, years: [2026, 2027, 2028] });
  expect(res.json.totals).toHaveLength(1);
  expect(res.json.baseline).toBeNull();
  expect((await app.request('GET', '/api/costs', { as: 'member' })).status).toBe(200);
  for (const as of ['reader', 'member']) {
    expect((await app.request('GET', '/api/me', { as })).json.permissions).toMatchObject({ 'costs.read': true, 'costs.edit': false });
    expect((await write('PUT', '/api/costs/cells', 0, cell(5), as)).status).toBe(403);
    expect((await write('POST', '/api/costs/rows', 0, { section: 'licenser', name: 'X' }, as)).status).toBe(403);
    expect((await write('PATCH', '/api/costs/rows/K-01', 0, { note: 'x' }, as)).status).toBe(403);
    expect((await write('DELETE', '/api/costs/rows/K-01', 0, undefined, as)).status).toBe(403);
    expect((await write('POST', '/api/costs/years', 0, {}, as)).status).toBe(403);
    expect((await write('POST', '/api/costs/scenarios', 0, { name: 'X', copyOf: 'S-1' }, as)).status).toBe(403);
    expect((await write('PATCH', '/api/costs/scenarios/S-1', 0, { name: 'X' }, as)).status).toBe(403);
    expect((await write('POST', '/api/costs/scenarios/S-1/decision', 0, { on: '2026-12-01', link: null }, as)).status).toBe(403);
    expect((await write('POST', '/api/costs/baselines', 0, {}, as)).status).toBe(403);
  }
  expect((await app.request('GET', '/api/me', { as: 'lead' })).json.permissions['costs.edit']).toBe(true);
  expect((await read()).calculation.version).toBe(0);
});

it('every write answers the new view with its ETag: cells (kronor, hours, FTE), rows, years, scenarios, the decision, a baseline', async () => {
  let res = await write('PUT', '/api/costs/cells', 0, cell(1_000_000));
  expect(res.status).toBe(200);
  expect(res.headers.get('etag')).toBe('"1"');
  expect(view(res).totals[0]!.all.total).toEqual({ budget: 1_000_000, outcome: 0, difference: -1_000_000 });

  res = await write('PUT', '/api/costs/cells', 1, { measure: 'outcome', row: 'K-04', year: 2026, side: 'internal', entry: { kind: 'fte', fte: 0.1, ratePerYear: 650_001 } });
  expect(view(res).calculation.cells['o|K-04|2026|internal']!.entry).toEqual({ kind: 'fte', fte: 0.1, ratePerYear: 650_001, kronor: 65_000 });
  res = await write('PUT', '/api/costs/cells', 2, cell(0, { row: 'K-05', side: 'internal', entry: { kind: 'hours', hours: 7.5, ratePerHour: 650 } }));
  expect(view(res).totals[0]!.all.total).toEqual({ budget: 1_004_875, outcome: 65_000, difference: -939_875 });

  res = await write('POST', '/api/costs/rows', 3, { section: 'licenser', name: 'Teams Phone', note: '1 050 licenser × 80 kr × 12' });
  expect(view(res).calculation.rows.slice(0, 2).map((r) => r.name)).toEqual(['Licenser', 'Teams Phone']);
  res = await write('PATCH', '/api/costs/rows/K-07', 4, { name: 'Teams Phone Standard', position: 0 });
  expect(view(res).calculation.rows.slice(0, 2).map((r) => r.id)).toEqual(['K-07', 'K-01']);
  res = await write('DELETE', '/api/costs/rows/K-07', 5);
  expect(view(res).calculation.rows.map((r) => r.id)).not.toContain('K-07');
  const locked = await write('DELETE', '/api/costs/rows/K-01', 6);
  expect(locked.status).toBe(409);
  expect(locked.json.error).toMatchObject({ reason: 'costs.rowHasAmounts' });
  res = await write('PATCH', '/api/costs/rows/K-01', 6, { retired: true });
  expect(view(res).calculation.rows[0]!.retired).toBe(true);
  expect(view(res).totals[0]!.all.total.budget).toBe(1_004_875);

  res = await write('POST', '/api/costs/years', 7, {});
  expect(view(res).calculation.years).toEqual([2026, 2027, 2028, 2029]);
  res = await write('POST', '/api/costs/scenarios', 8, { name: 'Teams som softphone', copyOf: 'S-1' });
  expect(view(res).totals.map((t) => t.all.total.budget)).toEqual([1_004_875, 1_004_875]);
  res = await write('PATCH', '/api/costs/scenarios/S-2', 9, { name: 'Teams som softphone (Operator Connect)' });
  expect(view(res).calculation.scenarios[1]!.name).toBe('Teams som softphone (Operator Connect)');

  expect((await write('POST', '/api/costs/baselines', 10, {})).json.error).toMatchObject({ reason: 'costs.noDecidedScenario' });
  res = await write('POST', '/api/costs/scenarios/S-2/decision', 10, { on: '2026-11-20', link: 'https://example.sharepoint.com/beslut.pdf' });
  expect(view(res).calculation.scenarios.map((s) => Boolean(s.decided))).toEqual([false, true]);
  res = await write('POST', '/api/costs/baselines', 11, {});
  expect(view(res).calculation.baselines).toMatchObject([{ reason: 'manual', scenario: 'S-2' }]);
  res = await write('PUT', '/api/costs/cells', 12, cell(100_000, { scenario: 'S-2', row: 'K-02', year: 2027 }));
  expect(view(res).baseline!.all).toEqual({ baseline: 1_004_875, now: 1_104_875, change: 100_000 });
  // A baseline may also be asked for without a body.
  expect((await write('POST', '/api/costs/baselines', 13)).status).toBe(200);

  // The same value again writes nothing: 200 with the view as it is.
  const same = await write('PUT', '/api/costs/cells', 14, cell(100_000, { scenario: 'S-2', row: 'K-02', year: 2027 }));
  expect([same.status, same.headers.get('etag')]).toEqual([200, '"14"']);

  const trail = await app.request('GET', '/api/audit?type=costs&order=oldest', { as: 'lead' });
  expect(trail.json.entries).toHaveLength(14);
});

it('If-Match: missing → 400 naming it; stale → 412 with the view now; a version never reached → 412', async () => {
  await write('PUT', '/api/costs/cells', 0, cell(5));
  const bare = await write('PUT', '/api/costs/cells', null, cell(6));
  expect(bare.status).toBe(400);
  expect(bare.json.error.field).toBe('If-Match');
  const stale = await write('PUT', '/api/costs/cells', 0, cell(7));
  expect(stale.status).toBe(412);
  expect(stale.json.current.calculation.version).toBe(1);
  expect(stale.json.current.totals[0].all.total.budget).toBe(5);
  expect((await write('PUT', '/api/costs/cells', 9, cell(8))).status).toBe(412);
  expect((await write('PATCH', '/api/costs/rows/K-01', 9, { note: 'x' })).status).toBe(412);
  expect((await read()).calculation.version).toBe(1);
});

it('50 concurrent PUTs of one cell from one version: one 200, 49 × 412 with the winner in `current`; two different cells from one version both succeed', async () => {
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => write('PUT', '/api/costs/cells', 0, cell(1000 + i))));
  expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  expect(results.filter((r) => r.status === 412)).toHaveLength(49);
  const stored = await read();
  const winner = view(results.find((r) => r.status === 200)!);
  expect(stored.calculation).toEqual(winner.calculation);
  expect(stored.calculation.version).toBe(1);
  expect(results.filter((r) => r.status === 412).every((r) => r.json.current.calculation.cells['b|S-1|K-01|2026|external'].entry.kronor === winner.calculation.cells['b|S-1|K-01|2026|external']!.entry.kronor)).toBe(true);
  expect((await app.request('GET', '/api/audit?type=costs', { as: 'lead' })).json.entries).toHaveLength(1);

  const [a, b] = await Promise.all([write('PUT', '/api/costs/cells', 1, cell(11, { year: 2027 })), write('PUT', '/api/costs/cells', 1, cell(22, { year: 2028 }))]);
  expect([a.status, b.status]).toEqual([200, 200]);
  const both = await read();
  expect(both.calculation.version).toBe(3);
  expect([both.calculation.cells['b|S-1|K-01|2027|external']!.entry.kronor, both.calculation.cells['b|S-1|K-01|2028|external']!.entry.kronor]).toEqual([11, 22]);
}, 30_000);

it('the signature that completes the handover sign-off freezes the decided scenario\'s budget once (reason signOff)', async () => {
  await write('PUT', '/api/costs/cells', 0, cell(250_000));
  await write('POST', '/api/costs/scenarios/S-1/decision', 1, { on: '2026-11-20', link: null });
  expect((await app.request('POST', '/api/checklist/sign-off', { body: { role: 'projektägare' }, as: 'owner' })).status).toBe(200);
  expect((await read()).calculation.baselines).toEqual([]);
  expect((await app.request('POST', '/api/checklist/sign-off', { body: { role: 'förvaltningsledare' }, as: 'lead' })).status).toBe(200);
  const after = await read();
  expect(after.calculation.baselines).toMatchObject([{ reason: 'signOff', scenario: 'S-1' }]);
  expect(after.baseline!.all).toEqual({ baseline: 250_000, now: 250_000, change: 0 });
  const trail = await app.request('GET', '/api/audit?type=costs&order=newest', { as: 'lead' });
  expect(trail.json.entries[0]).toMatchObject({ action: 'costs.baselineFrozen' });
});

it('the export answers xlsx and CSV to readers, named in the caller\'s language', async () => {
  const xlsx = await app.request('GET', '/api/costs/export?format=xlsx', { as: 'reader' });
  expect(xlsx.status).toBe(200);
  expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="kostnadskalkyl-2026-12-07.xlsx"');
  const csv = await app.request('GET', '/api/costs/export?format=csv', { as: 'member', lang: 'en' });
  expect(csv.headers.get('content-disposition')).toBe('attachment; filename="cost-calculation-2026-12-07.csv"');
  expect(csv.text.split('\r\n')[0]).toBe('\ufeffScenario;Section;Row;Year;Side;Measure;SEK');
  expect((await app.request('GET', '/api/costs/export?format=pdf', { as: 'reader' })).status).toBe(400);
});
