import type { Page } from 'playwright-core';
import { THEME_NAMES, TabSession, fillDate, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/**
 * Issue 15, item 2: on Monday 7 December 2026, the first Tuesday (1 December) passed without
 * minutes while November's meeting was held: "Starta möte" offers 1 December first and says it
 * is late, with next month's one click away; the minutes are filed under 1 December.
 */
const NOW = new Date('2026-12-07T09:00:00Z');
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession({}, { now: () => NOW });
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
  const november = await session.app.request('POST', '/api/meetings', { as: 'lead', body: { meetingDate: '2026-11-03' } });
  expect(november.status).toBe(201);
  const finished = await session.app.request('POST', `/api/meetings/${november.json.id}/finish`, { as: 'lead', body: { summary: 'November' } });
  expect(finished.status).toBe(200);
});
afterAll(() => session.stop());

describe('a late meeting', () => {
  it.each(THEME_NAMES.flatMap((theme) => (['sv', 'en'] as const).map((locale) => [theme, locale] as const)))(
    'the start screen with a late meeting has no serious accessibility violations: %s, %s',
    async (theme, locale) => {
      await openTab(page, session.app.url, { view: 'mote', as: 'lead', theme, locale });
      await page.getByTestId('meeting-late').waitFor();
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `mote-forsenat-${locale}-${theme}`);
    },
  );

  it('"Starta möte" offers the missed meeting first and says it is late; the minutes are filed under its date, not next month’s', async () => {
    await openTab(page, session.app.url, { view: 'mote', as: 'lead' });
    const late = page.getByTestId('meeting-late');
    await late.waitFor();
    await expect(late.textContent()).resolves.toContain('Mötet tisdag 1 december 2026 är försenat');
    await expect(late.textContent()).resolves.toContain('Nästa möte enligt schemat är tisdag 5 januari 2027.');
    const date = page.getByLabel('Mötesdatum');
    await expect(date.inputValue()).resolves.toBe('1 dec. 2026');

    // Next month's is one click away, and says it has not come yet; back to the late one.
    await late.getByRole('button', { name: 'Välj nästa möte, tisdag 5 januari 2027' }).click();
    await expect(date.inputValue()).resolves.toBe('5 jan. 2027');
    await page.getByText('tisdag 5 januari 2027 har inte kommit än – protokollet förs under det datumet.').waitFor();
    await fillDate(date, '2026-12-01');
    await expect(page.getByText('har inte kommit än', { exact: false }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Starta möte' }).click();
    await page.getByRole('heading', { level: 2, name: 'Månadsmöte tisdag 1 december 2026' }).waitFor();
    const meetings = (await session.app.request('GET', '/api/meetings', { as: 'lead' })).json;
    expect(meetings.items.filter((m: { status: string }) => m.status === 'pågår').map((m: { meetingDate: string }) => m.meetingDate)).toEqual(['2026-12-01']);

    // Held now: the start screen no longer says anything is late.
    await openTab(page, session.app.url, { view: 'mote', as: 'lead' });
    await page.getByRole('button', { name: /^Fortsätt mötet/ }).waitFor();
    await expect(page.getByTestId('meeting-late').count()).resolves.toBe(0);
    await expect(page.getByLabel('Mötesdatum').inputValue()).resolves.toBe('5 jan. 2027');
  });
});
