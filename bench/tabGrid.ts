import { chromium } from 'playwright-core';
import { defineBenchmark, median, percentile, round, startTempApp } from './support';
import { seedActivities } from './activityFixtures';
import { chromiumLaunch } from './bundler';

/**
 * Navigation → a usable 5,000-item activity log in headless Debian Chromium. The figure is the
 * browser's own clock: from navigation start to the `fs:grid-ready` mark the grid sets when
 * its first page of rows is rendered (also `data-ready="true"`). The wall clock seen from the
 * test driver (goto → selector, including DevTools-protocol overhead) is reported beside it.
 * "Cold" opens a fresh browser context each time (empty cache); "warm" reloads the same page.
 */
const ITEMS = 5000;
const RUNS = 9;
const READY = '[data-testid="activity-grid"][data-ready="true"]';

export const tabGrid = defineBenchmark({
  name: `Tab: navigation to a usable ${ITEMS.toLocaleString('en')}-item activity log (headless Chromium)`,
  goal: { text: 'median cold navigation → usable grid < 1 s', met: (f) => Number(f.coldMedianMs) < 1000 },
  async run() {
    const app = await startTempApp();
    const { CHROMIUM_PATH, CHROMIUM_ARGS } = chromiumLaunch();
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      await seedActivities(app.store, ITEMS, new Date(), 'Europe/Stockholm');
      const url = `${app.url}/tab/index.html#/aktivitetslogg`;
      const readyMark = (page: import('playwright-core').Page) =>
        page.evaluate(() => performance.getEntriesByName('fs:grid-ready')[0]?.startTime ?? NaN);
      const cold: number[] = [];
      const coldWall: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        const start = Date.now();
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForSelector(READY, { timeout: 30_000 });
        coldWall.push(Date.now() - start);
        cold.push(await readyMark(page));
        await context.close();
      }
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector(READY, { timeout: 30_000 });
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.reload({ waitUntil: 'commit' });
        await page.waitForSelector(READY, { timeout: 30_000 });
        warm.push(await readyMark(page));
      }
      const rows = await page.locator(`${READY} tbody tr`).count();
      await context.close();
      return {
        items: ITEMS,
        runs: RUNS,
        rowsRendered: rows,
        coldMedianMs: round(median(cold), 0),
        coldP90Ms: round(percentile(cold, 90), 0),
        coldWallClockMedianMs: round(median(coldWall), 0),
        warmMedianMs: round(median(warm), 0),
        warmP90Ms: round(percentile(warm, 90), 0),
      };
    } finally {
      await browser.close();
      await app.stop();
    }
  },
});
