import { TestApp, startTestApp } from '../helpers/app';
import { CostView } from '../../src/domain/costModel';

/**
 * The demo Kostnadskalkyl (SEED_DEMO): three years from the current one, the three telephony
 * scenarios, this year's utfall, the softphone scenario decided with an https link, and a
 * baseline with later budget changes, so every part of the view has something to show.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true' }, { now: () => new Date('2026-12-07T09:00:00Z') });
}, 60_000);
afterAll(async () => {
  await app.stop();
});

it('has three years, three scenarios, this year\'s utfall, a decided scenario and a baseline that the budget has moved from', async () => {
  const res = await app.request('GET', '/api/costs', { as: 'reader' });
  const view = res.json as CostView;
  const calc = view.calculation;
  expect(calc.years).toEqual([2026, 2027, 2028]);
  expect(calc.scenarios.map((s) => s.name)).toEqual(['Nuvarande telefoni', 'Inringning till Teams-möten', 'Teams som softphone']);
  expect(calc.scenarios[2]!.decided).toMatchObject({ on: '2026-11-19', link: expect.stringMatching(/^https:\/\//) });
  expect(calc.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Microsoft 365-licenser', 'Teams Phone', 'Audio Conferencing', 'Förvaltningsledare', 'Systemansvar', 'Drift och underhåll (infra)']));
  const [current, dialIn, softphone] = view.totals;
  // Plausible sizes: millions a year; the softphone dearer the first year than the current telephony.
  expect(current!.years[2026]!.total.budget).toBeGreaterThan(5_000_000);
  expect(current!.years[2026]!.total.budget).toBeLessThan(10_000_000);
  expect(softphone!.years[2026]!.total.budget).toBeGreaterThan(current!.years[2026]!.total.budget);
  expect(dialIn!.years[2026]!.total.budget).not.toBe(current!.years[2026]!.total.budget);
  expect(current!.years[2026]!.total.outcome).toBeGreaterThan(0);
  expect(current!.years[2027]!.total.outcome).toBe(0);
  expect(view.baseline).toMatchObject({ scenario: 'S-3' });
  expect(view.baseline!.all.change).toBeGreaterThan(0);
  expect(view.baseline!.years[2026]!.change).toBe(0);
});
