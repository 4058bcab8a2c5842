import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { COST_SECTIONS, COST_SIDES, type CostCalculation, type CostCell, type CostView, cellKey } from '../src/domain/costModel';
import { costView } from '../src/domain/costTotals';
import { bundler, chromiumLaunch } from './bundler';
import { defineBenchmark, median, projectRoot, round } from './support';

/**
 * The kostnadskalkyl's table with 30 rows × 6 years × 3 scenarios (every budget and utfall cell
 * filled): from the data arrived to the table on the screen and editable (its cells buttons in an
 * arrow-key grid), against a plain Fluent <Table> with the same cells as text, on the same page
 * (bench/fixtures/costTable.tsx, bundled like the tab) in headless Chromium. The two are drawn in
 * turn, each from an empty root, RUNS times; the figures are medians of the page's own clock.
 */
const ROWS = 30;
const YEARS = 6;
const SCENARIOS = 3;
const RUNS = 21;
const ORIGIN = 'http://cost-bench.invalid';

/** A calculation of the benchmark's size, built directly (the totals are the domain's, as the API answers them). */
export function benchCalculation(): CostView {
  const years = Array.from({ length: YEARS }, (_, i) => 2026 + i);
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    id: `K-${String(i + 1).padStart(2, '0')}`,
    section: COST_SECTIONS[i % COST_SECTIONS.length]!,
    name: `Kostnadsrad ${i + 1}`,
    note: i % 3 === 0 ? 'Avtal 2026–2028, antal licenser × pris per månad enligt offert från återförsäljaren.' : '',
    retired: false,
    changedIn: 1,
  }));
  const scenarios = Array.from({ length: SCENARIOS }, (_, i) => ({ id: `S-${i + 1}`, name: `Scenario ${i + 1}`, decided: null, changedIn: 1 }));
  const cells: Record<string, CostCell> = {};
  const put = (key: string, kronor: number) => (cells[key] = { entry: { kind: 'kronor', kronor }, changedIn: 1 });
  rows.forEach((row, r) =>
    years.forEach((year, y) =>
      COST_SIDES.forEach((side, s) => {
        scenarios.forEach((scenario, k) => put(cellKey({ measure: 'budget', scenario: scenario.id, row: row.id, year, side }), 10_000 * (r + 1) + 1_000 * y + 100 * k + s));
        put(cellKey({ measure: 'outcome', row: row.id, year, side }), 9_000 * (r + 1) + 1_000 * y + s);
      }),
    ),
  );
  const calculation: CostCalculation = { version: 1, years, rows, scenarios, cells, baselines: [], updatedAt: '2026-12-01T10:00:00.000Z', updatedBy: null };
  return costView(calculation);
}

export const costTable = defineBenchmark({
  name: `Tab: the cost table (${ROWS} rows × ${YEARS} years × ${SCENARIOS} scenarios), data arrived → editable, vs a plain Fluent table (headless Chromium)`,
  goal: { text: 'median cost table / plain Fluent table ≤ 1.5×', met: (f) => Number(f.ratio) <= 1.5 },
  async run() {
    const { bundle, outputOf } = bundler();
    const root = projectRoot();
    const out = mkdtempSync(path.join(tmpdir(), 'fs-bench-costs-'));
    const { CHROMIUM_PATH, CHROMIUM_ARGS } = chromiumLaunch();
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const meta = await bundle({ entryPoints: { costs: path.join(root, 'bench/fixtures/costTable.tsx') }, outdir: out });
      const entry = path.relative(out, path.join(root, outputOf(meta, 'bench/fixtures/costTable.tsx'))).split(path.sep).join('/');
      const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>cost bench</title></head><body><div id="root"></div><script type="module" src="./${entry}"></script></body></html>`;
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      // The bundle served from the temporary folder under a made-up origin (modules need one).
      await context.route(`${ORIGIN}/**`, (route) => {
        const file = new URL(route.request().url()).pathname.slice(1);
        if (file === 'index.html') return route.fulfill({ contentType: 'text/html', body: html });
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(out, file)) });
      });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/index.html`);
      await page.waitForFunction(() => 'costBench' in globalThis);
      const view = benchCalculation();
      type Page = { costBench: { render: (kind: string, view: CostView) => Promise<number> } };
      const draw = (kind: 'costTable' | 'plainTable') => page.evaluate(([k, v]) => (globalThis as unknown as Page).costBench.render(k, v), [kind, view] as const);
      // One of each first: the JIT and the style sheets warm, not measured.
      await draw('costTable');
      await draw('plainTable');
      const times = { costTable: [] as number[], plainTable: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        for (const kind of i % 2 ? (['plainTable', 'costTable'] as const) : (['costTable', 'plainTable'] as const)) times[kind].push(await draw(kind));
      }
      await draw('costTable');
      const editableCells = await page.locator('button[data-cell]').count();
      const costMs = median(times.costTable);
      const plainMs = median(times.plainTable);
      return {
        rows: ROWS,
        years: YEARS,
        scenarios: SCENARIOS,
        runs: RUNS,
        editableCells,
        costTableMedianMs: round(costMs, 1),
        plainFluentTableMedianMs: round(plainMs, 1),
        ratio: round(costMs / plainMs, 2),
      };
    } finally {
      await browser.close();
      rmSync(out, { recursive: true, force: true });
    }
  },
});
