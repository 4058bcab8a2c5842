import type { BrowserContext, Frame, Page } from 'playwright-core';
import { TAB_WINDOW, THEME_NAMES, TabSession, openTab, seriousViolations, startTabSession, tabUrl, watchedPage } from './harness';
import { openInTeamsHost } from './teamsHost';

/**
 * Height for data (issue 15, item 5): in a 1366×768 window the activity log gives its height to
 * the rows — at least 12 without scrolling the page, in a plain browser and inside the simulated
 * Teams host — with one compact header row, a collapsible page description, no pager when all
 * fits, status and priority as badges, and a new row scrolled into view and marked for a moment.
 * The due date is picked with the tab's own date picker (item 6).
 *
 * One server (AUTH_MODE=dev: the Teams host's token is ignored and the demo lead is signed in) and
 * one browser for the whole file.
 */
jest.setTimeout(40_000);

const READY = '[data-testid=activity-grid][data-ready=true]';
const TITLES = [
  'Rutin för bokning av Teams-rum',
  'Behörighetsgrupper för delade postlådor',
  'Arkivering av avslutade team',
  'Gäståtkomst för externa konsulter',
  'Utbildningsmaterial för nyanställda',
  'Licensuppföljning per institution',
  'Telefoniintegration med växeln',
  'Namnstandard för nya team',
];

let session: TabSession;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  session = await startTabSession();
  page = await watchedPage(session, errors, { viewport: TAB_WINDOW });
  context = page.context();
  // More than a screen of items (the demo log has fewer), all on one page of the grid.
  const { count } = (await session.app.request('GET', '/api/activities', { as: 'lead' })).json as { count: number };
  for (let i = count; i < 40; i++) {
    const res = await session.app.request('POST', '/api/activities', {
      as: 'lead',
      body: { title: `${TITLES[i % TITLES.length]} (${i + 1})`, category: 'Support', status: i % 4 === 0 ? 'klar' : 'pågår', resolution: i % 4 === 0 ? 'Klart.' : null },
    });
    expect(res.status).toBe(201);
  }
}, 40_000);
afterAll(async () => {
  await context?.close().catch(() => undefined);
  await session?.stop();
});
afterEach(() => expect(errors.splice(0)).toEqual([]));

/** Rows of the grid whose whole height is inside the window, with the page itself not scrolled. */
async function rowsInView(frame: Page | Frame): Promise<{ rows: number; scrollY: number }> {
  await frame.locator(READY).waitFor({ timeout: 10_000 });
  return frame.evaluate((ready) => {
    const rows = Array.from(document.querySelectorAll(`${ready} tbody tr[data-key]`)).filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight);
    return { rows: rows.length, scrollY: window.scrollY };
  }, READY);
}

/** The visible h1: none when it is only for screen readers. */
const visibleTitle = (frame: Page | Frame) =>
  frame.evaluate(() => {
    const h1 = document.querySelector('h1');
    const box = h1?.getBoundingClientRect();
    return { text: h1?.textContent ?? null, shown: !!box && box.width > 1 && box.height > 1 };
  });

describe('the activity log at 1366×768', () => {
  it('in a plain browser: a slim browser-mode line, one header row and at least 12 rows without scrolling; no pager when all fits', async () => {
    await openTab(page, session.app.url);
    const { rows, scrollY } = await rowsInView(page);
    expect(scrollY).toBe(0);
    expect(rows).toBeGreaterThanOrEqual(12);

    // The browser-mode notice is one slim line, and it still says what it is.
    const notice = page.getByTestId('browser-mode');
    await expect(notice.textContent()).resolves.toContain('Webbläsarläge');
    expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(40);
    // One header row: the view tabs, who is signed in and the view's main action side by side.
    const [tabs, signedIn, action] = await Promise.all([
      page.getByRole('tablist').boundingBox(),
      page.getByTestId('signed-in').boundingBox(),
      page.getByRole('button', { name: 'Ny aktivitet' }).boundingBox(),
    ]);
    for (const box of [signedIn!, action!]) expect(Math.abs(box.y + box.height / 2 - (tabs!.y + tabs!.height / 2))).toBeLessThan(12);
    // The page has its heading for screen readers.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Förvaltningsstöd');

    // Forty items fit one page: no pager.
    expect(await page.locator(`${READY} tbody tr[data-key]`).count()).toBe(40);
    expect(await page.getByRole('navigation', { name: 'Sidor' }).count()).toBe(0);
  });

  it('the browser-mode line can be dismissed, and stays dismissed', async () => {
    await openTab(page, session.app.url);
    await page.getByRole('button', { name: 'Dölj meddelandet om webbläsarläge' }).click();
    await page.getByTestId('browser-mode').waitFor({ state: 'detached' });
    await openTab(page, session.app.url);
    await page.locator(READY).waitFor();
    expect(await page.getByTestId('browser-mode').count()).toBe(0);
  });

  it('inside the simulated Teams host: no title repeating the tab’s name, and at least 12 rows without scrolling', async () => {
    const teams = await context.newPage();
    teams.on('pageerror', (e) => errors.push(e.message));
    try {
      const host = await openInTeamsHost(teams, {
        appUrl: session.app.url,
        token: 'dev-mode-ignores-it',
        user: { id: 'dev-lead', userPrincipalName: 'maria.lindqvist@example.se' },
        tenantId: 'dev-tenant',
        team: { name: 'IT-förvaltningen' },
        channel: { name: 'Förvaltning' },
        view: 'aktivitetslogg',
      });
      const tab = host.frame;
      await tab.getByTestId('signed-in').waitFor({ timeout: 10_000 });
      const { rows, scrollY } = await rowsInView(tab);
      expect(scrollY).toBe(0);
      expect(rows).toBeGreaterThanOrEqual(12);
      expect(await tab.getByTestId('browser-mode').count()).toBe(0);
      // The heading is there for screen readers (with the team and channel), not shown.
      const title = await visibleTitle(tab);
      expect(title).toEqual({ text: expect.stringContaining('Förvaltningsstöd'), shown: false });
      expect(title.text).toContain('IT-förvaltningen › Förvaltning');
    } finally {
      await teams.close();
    }
  });

  it('the page description is collapsed behind a button, and opens', async () => {
    await openTab(page, session.app.url);
    const about = page.getByRole('button', { name: 'Om vyn' });
    await expect(about.getAttribute('aria-expanded')).resolves.toBe('false');
    const intro = page.getByText('Det som införandeprojektet lämnade öppet');
    expect(await intro.isVisible()).toBe(false);
    await about.click();
    await intro.waitFor();
    await expect(about.getAttribute('aria-expanded')).resolves.toBe('true');
    await about.click();
    await intro.waitFor({ state: 'hidden' });
  });

  it('shows status and priority as badges, closed items quieter', async () => {
    await openTab(page, session.app.url);
    await page.locator(READY).waitFor();
    const closed = page.locator(`${READY} tbody tr[data-closed=true]`).first();
    const open = page.locator(`${READY} tbody tr[data-closed=false]`).first();
    await expect(closed.getByTestId('status-badge').textContent()).resolves.toMatch(/^(Klar|Avförd)$/);
    await expect(open.getByTestId('priority-badge').textContent()).resolves.toMatch(/^(Hög|Normal|Låg)$/);
    const look = (badge: ReturnType<Page['locator']>) => badge.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await look(closed.getByTestId('status-badge'))).not.toBe(await look(open.getByTestId('status-badge')));
  });

  it('a new item made with the localised date picker is scrolled into view, marked for a moment and announced', async () => {
    await openTab(page, session.app.url);
    await page.locator(READY).waitFor();
    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Påminnelser om licensgranskning');
    const due = dialog.getByRole('combobox', { name: 'Förfallodatum' });
    await due.fill('2030-03-15');
    await due.press('Tab');
    await expect(due.inputValue()).resolves.toBe('15 mars 2030');
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await dialog.waitFor({ state: 'detached' });

    const key = 'A-041';
    const row = page.locator(`${READY} tr[data-key="${key}"]`);
    await row.and(page.locator('[data-highlighted=true]')).waitFor();
    await page.getByRole('status').getByText(`${key} har skapats.`).waitFor();
    await page.waitForFunction((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, `${READY} tr[data-key="${key}"]`);
    // The mark fades after a moment; the announcement stays.
    await page.locator(`${READY} tr[data-key="${key}"][data-highlighted=true]`).waitFor({ state: 'detached', timeout: 6000 });
    const created = (await session.app.request('GET', `/api/activities/${key}`, { as: 'lead' })).json as { activity: { dueDate: string } };
    expect(created.activity.dueDate).toBe('2030-03-15');
  });

  it('an edited row is marked without motion when the reader asks for reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await openTab(page, session.app.url);
      await page.locator(`${READY} tr[data-key="A-003"]`).getByRole('button', { name: 'Öppna A-003' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Prioritet').selectOption({ label: 'Hög' });
      await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const marked = page.locator(`${READY} tr[data-key="A-003"][data-highlighted=true]`);
      await marked.waitFor();
      expect(await marked.evaluate((el) => getComputedStyle(el).transitionDuration.split(',').every((d) => parseFloat(d) === 0))).toBe(true);
      await page.getByRole('status').getByText('A-003 har sparats.').waitFor();
    } finally {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  // In Swedish, the same view is checked in every theme by activityLog.test.ts; here in English,
  // with the 40 more rows (axe takes seconds per page of this size).
  it.each(THEME_NAMES.map((theme) => [theme, 'en'] as const))(
    'has no serious accessibility violations (%s, %s)',
    async (theme, locale) => {
      await page.goto('about:blank');
      await page.goto(tabUrl(session.app.url, { theme, locale }));
      await page.locator(READY).waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});
