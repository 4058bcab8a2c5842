import { chromium } from 'playwright-core';
import { defineBenchmark, median, percentile, round, startTempApp } from './support';
import { seedActivities } from './activityFixtures';

/**
 * Navigation → a usable 5,000-item activity log in headless Debian Chromium: from `goto` until
 * the grid marks its first rows rendered (`data-ready="true"`). "Cold" opens a fresh browser
 * context each time (empty cache); "warm" reloads in the same page, as a user switching back.
 */
const ITEMS = 5000;
const RUNS = 9;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const READY = '[data-testid="activity-grid"][data-ready="true"]';

export const tabGrid = defineBenchmark({
  name: `Tab: navigation to a usable ${ITEMS.toLocaleString('en')}-item activity log (headless Chromium)`,
  goal: { text: 'median cold navigation → usable grid < 1 s', met: (f) => Number(f.coldMedianMs) < 1000 },
  async run() {
    const app = await startTempApp();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      await seedActivities(app.store, ITEMS, new Date(), 'Europe/Stockholm');
      const url = `${app.url}/tab/index.html#/aktivitetslogg`;
      const cold: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        const start = Date.now();
        await page.goto(url);
        await page.waitForSelector(READY, { timeout: 30_000 });
        cold.push(Date.now() - start);
        await context.close();
      }
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector(READY, { timeout: 30_000 });
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = Date.now();
        await page.reload();
        await page.waitForSelector(READY, { timeout: 30_000 });
        warm.push(Date.now() - start);
      }
      const rows = await page.locator(`${READY} tbody tr`).count();
      await context.close();
      return {
        items: ITEMS,
        runs: RUNS,
        rowsRendered: rows,
        coldMedianMs: round(median(cold), 0),
        coldP90Ms: round(percentile(cold, 90), 0),
        warmMedianMs: round(median(warm), 0),
        warmP90Ms: round(percentile(warm, 90), 0),
      };
    } finally {
      await browser.close();
      await app.stop();
    }
  },
});
