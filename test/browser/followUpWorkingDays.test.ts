import type { Page } from 'playwright-core';
import { THEME_NAMES, TabSession, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/**
 * Issue 15, item 7 in the tab: reminders on working days. Inställningar shows the coming meetings
 * of the schedule in the form while it is edited, before it is saved; a reminder that would fall
 * on a Sunday or on midsommarafton is shown on the working day before (and says from which day);
 * a meeting that falls on a holiday is pointed out, by name, in Swedish and English. No serious
 * accessibility violations in three themes and both languages with the warning shown.
 */
let now = new Date('2026-11-29T10:00:00.000Z');
let session: TabSession;
let page: Page;

beforeAll(async () => {
  session = await startTabSession({}, { now: () => now });
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
});
afterAll(() => session.stop());

const upcoming = () => page.getByTestId('settings-upcoming');
const items = () => upcoming().locator('li');

async function openSettings(opts: { theme?: 'default' | 'dark' | 'contrast'; locale?: 'sv' | 'en' } = {}) {
  await openTab(page, session.app.url, { view: 'installningar', ...opts });
  await upcoming().waitFor();
}

/** The last Thursday of the month: 31 December 2026 is nyårsafton. */
async function chooseLastThursday(locale: 'sv' | 'en' = 'sv') {
  await page.getByLabel(locale === 'sv' ? 'Vecka i månaden' : 'Week of the month').selectOption('last');
  await page.getByLabel(locale === 'sv' ? 'Veckodag' : 'Weekday').selectOption('thursday');
  await answered();
}

/** The list shows the answer for the schedule as it is in the form (not saved). */
const answered = () => page.locator('[data-testid="settings-upcoming"][data-state="unsaved"]').waitFor();

async function axe(): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return seriousViolations(page);
}

describe('Inställningar: reminders on working days', () => {
  it('the default schedule reminds on the Friday before, never the Sunday, and says so', async () => {
    await openSettings();
    await page.getByTestId('settings-working-days').filter({ hasText: 'skickas närmast föregående arbetsdag' }).waitFor();
    const [first, second] = await items().allInnerTexts();
    expect(first).toMatch(/tisdag 1 december 2026 (kl\. )?09:00\s+Påminnelse: fredag 27 november 2026 (kl\. )?09:00 \(flyttad från söndag 29 november, som inte är en arbetsdag\)/);
    // Two days before 5 January is a Sunday; nyårsdagen and nyårsafton are off too.
    expect(second).toMatch(/Påminnelse: onsdag 30 december 2026 (kl\. )?09:00 \(flyttad från söndag 3 januari/);
    expect(first).not.toMatch(/söndag 29 november 2026/);
  });

  it('shows the coming meetings of the changed schedule before it is saved, and warns when a meeting falls on a holiday', async () => {
    await openSettings();
    await expect(page.getByTestId('settings-upcoming-hint').textContent()).resolves.toBe('Enligt det sparade schemat.');
    await chooseLastThursday();
    await expect(page.getByTestId('settings-upcoming-hint').textContent()).resolves.toBe('Enligt dina ändringar, som inte är sparade än.');
    const first = items().first();
    await expect(first.innerText()).resolves.toMatch(/torsdag 31 december 2026 (kl\. )?09:00/);
    await expect(first.getByTestId('settings-upcoming-holiday').innerText()).resolves.toContain(
      'Mötet infaller på nyårsafton, en ledig dag. Påminnelserna flyttas till arbetsdagar, men mötesdagen flyttas bara om du flyttar just det här mötet.',
    );
    await expect(upcoming().getByTestId('settings-upcoming-holiday').count()).resolves.toBe(1);
    // Nothing was saved by looking.
    expect((await session.app.request('GET', '/api/settings/follow-up', { as: 'lead' })).json.version).toBe(0);
    expect(await axe()).toEqual([]);
    await screenshot(page, 'installningar-sv-helgdag');
  });

  it('a reminder that would fall on midsommarafton is shown on the Thursday before', async () => {
    now = new Date('2027-06-01T10:00:00.000Z');
    try {
      await openSettings();
      // The last Monday of June 2027 is the 28th; three days before is midsommarafton, Friday 25 June.
      await page.getByLabel('Vecka i månaden').selectOption('last');
      await page.getByLabel('Veckodag').selectOption('monday');
      await page.getByLabel('Påminnelse i kanalen').selectOption('3');
      await answered();
      await expect(items().first().innerText()).resolves.toMatch(
        /måndag 28 juni 2027 (kl\. )?09:00\s+Påminnelse: torsdag 24 juni 2027 (kl\. )?09:00 \(flyttad från fredag 25 juni, som inte är en arbetsdag\)/,
      );
    } finally {
      now = new Date('2026-11-29T10:00:00.000Z');
    }
  });

  it('moves the one meeting on nyårsafton to the working day before; saved, it is the meeting the app holds, and it moves back', async () => {
    await openSettings();
    await chooseLastThursday();
    await items().first().getByRole('button', { name: 'Flytta mötet till onsdag 30 december' }).click();
    const moved = items().first();
    await moved.getByTestId('settings-upcoming-moved').waitFor();
    await expect(moved.innerText()).resolves.toMatch(/onsdag 30 december 2026 (kl\. )?09:00/);
    await expect(moved.getByTestId('settings-upcoming-moved').innerText()).resolves.toContain('Flyttat från torsdag 31 december. Övriga möten följer schemat.');
    await expect(items().nth(1).innerText()).resolves.toMatch(/torsdag 28 januari 2027/);
    await expect(upcoming().getByTestId('settings-upcoming-holiday').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.locator('[data-testid="settings-upcoming"][data-state="saved"]').waitFor();
    const saved = (await session.app.request('GET', '/api/settings/follow-up', { as: 'lead' })).json;
    expect(saved.schedule.moved).toEqual([{ from: '2026-12-31', to: '2026-12-30' }]);
    expect((await session.app.request('GET', '/api/meetings', { as: 'lead' })).json.due).toMatchObject({ date: '2026-12-30', late: false });

    await items().first().getByRole('button', { name: 'Flytta tillbaka till torsdag 31 december' }).click();
    await items().first().getByTestId('settings-upcoming-holiday').waitFor();
    // Back to the first Tuesday, as the other tests expect.
    await page.getByLabel('Vecka i månaden').selectOption('first');
    await page.getByLabel('Veckodag').selectOption('tuesday');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.locator('[data-testid="settings-upcoming"][data-state="saved"]').waitFor();
    const back = (await session.app.request('GET', '/api/settings/follow-up', { as: 'lead' })).json.schedule;
    expect(back).toMatchObject({ rule: { week: 'first', weekday: 'tuesday' } });
    expect(back.moved).toBeUndefined();
  });

  it('speaks English, the holiday named in English', async () => {
    await openSettings({ locale: 'en' });
    await chooseLastThursday('en');
    await expect(items().first().getByTestId('settings-upcoming-holiday').innerText()).resolves.toContain(
      "This meeting falls on New Year's Eve, a day off. The reminders move to working days, but the meeting only moves if you move this one.",
    );
    await expect(items().nth(0).innerText()).resolves.toMatch(/Thursday,? 31 December 2026/);
    expect(await axe()).toEqual([]);
  });

  for (const locale of ['sv', 'en'] as const) {
    it.each(THEME_NAMES)(`has no serious accessibility violations with the holiday warning in the %s theme (${locale})`, async (theme) => {
      await openSettings({ theme, locale });
      await chooseLastThursday(locale);
      await upcoming().getByTestId('settings-upcoming-holiday').waitFor();
      expect(await axe()).toEqual([]);
    });
  }
});
