import type { Locator, Page } from 'playwright-core';
import { THEME_NAMES, TabSession, fillDate, openTab, seriousViolations, startTabSession } from './harness';

/**
 * Issue 15, items 6 and 8, in the "Ny utbildning" dialog at a Teams tab's height (1366×640):
 * the date and times are shown in the reader's language ("5 jan. 2027", "09:00", Monday first),
 * never the browser's; the dialog fits the tab with its actions in view and ends with the primary
 * button; a question before something that cannot be undone has a red, last, confirming button.
 */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context({ viewport: { width: 1366, height: 640 }, locale: 'en-US' })).newPage();
  page.setDefaultTimeout(8000);
});
afterAll(() => session.stop());

async function newTraining(locale: 'sv' | 'en' = 'sv', theme?: (typeof THEME_NAMES)[number]): Promise<Locator> {
  await openTab(page, session.app.url, { view: 'utbildningar', as: 'lead', locale, theme });
  await page.getByRole('button', { name: locale === 'sv' ? 'Ny utbildning' : 'New training' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

describe('dates, times and dialogs', () => {
  it('shows a typed date as "5 jan. 2027" and times on a 24-hour clock, with a Monday-first calendar — in a browser set to US English', async () => {
    const dialog = await newTraining();
    const date = dialog.getByRole('combobox', { name: 'Datum' });
    await fillDate(date, '2027-01-05');
    await expect(date.inputValue()).resolves.toBe('5 jan. 2027');

    // The calendar: Swedish month, Monday in the first column.
    await date.click();
    const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') }).last();
    await calendar.getByText('januari 2027').waitFor();
    const firstDay = await calendar.getByRole('grid').locator('th').first().getAttribute('title');
    expect(firstDay).toBe('måndag');
    await page.keyboard.press('Escape');

    const start = dialog.getByRole('combobox', { name: 'Starttid' });
    await start.fill('9');
    await start.blur();
    await expect(start.inputValue()).resolves.toBe('09:00');
    await start.click();
    const options = await page.getByRole('listbox').getByRole('option').allTextContents();
    expect(options.length).toBeGreaterThan(24);
    expect(options.every((o) => /^\d\d:\d\d$/.test(o))).toBe(true);
    expect(options).toContain('13:30');
    await page.keyboard.press('Escape');
  });

  it('speaks English too: "5 Jan 2027", still 24-hour times', async () => {
    const dialog = await newTraining('en');
    const date = dialog.getByRole('combobox', { name: 'Date' });
    await fillDate(date, '2027-01-05');
    await expect(date.inputValue()).resolves.toBe('5 Jan 2027');
    const end = dialog.getByRole('combobox', { name: 'End time' });
    await end.fill('1615');
    await end.blur();
    await expect(end.inputValue()).resolves.toBe('16:15');
  });

  it('"Ny utbildning" fits the tab: the body scrolls, the buttons stay in view, "Avbryt" first and the primary action last', async () => {
    const dialog = await newTraining();
    const buttons = dialog.locator('form > div > div').last().getByRole('button');
    await expect(buttons.allTextContents()).resolves.toEqual(['Avbryt', 'Skapa utbildningen']);
    const primary = dialog.getByRole('button', { name: 'Skapa utbildningen' });
    const box = await primary.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    const surface = await dialog.boundingBox();
    expect(surface!.height).toBeLessThanOrEqual(640);
    // The fields scroll inside the dialog, not the page under it.
    const content = dialog.locator('.fui-DialogContent');
    const scrolls = await content.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY !== 'visible');
    expect(scrolls).toBe(true);
  });

  it('a question before cancelling a training ends with its confirming button, red', async () => {
    await openTab(page, session.app.url, { view: 'utbildningar', as: 'lead', locale: 'sv' });
    await page.getByRole('button', { name: /^Ställ in / }).first().click();
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    const buttons = question.getByRole('button');
    const texts = await buttons.allTextContents();
    const confirm = buttons.last();
    expect(await confirm.getAttribute('data-destructive')).toBe('true');
    expect(texts[texts.length - 1]).not.toMatch(/^(Avbryt|Behåll)/);
    const colour = await confirm.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 0, g = 0, b = 0] = colour.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(g + 60);
    expect(r).toBeGreaterThan(b + 60);
    await buttons.first().click();
    await question.waitFor({ state: 'hidden' });
  });

  it('an unticked checkbox\'s label reads as text, as a ticked one does — not as if it were disabled', async () => {
    await openTab(page, session.app.url, { view: 'installningar', as: 'lead', locale: 'sv' });
    const morning = page.locator('.fui-Checkbox').filter({ hasText: 'morgon' });
    await morning.waitFor();
    expect(await morning.locator('input').isChecked()).toBe(false);
    const colourOf = (label: Locator) => label.evaluate((el) => getComputedStyle(el).color);
    const ticked = page.locator('.fui-Checkbox').filter({ has: page.locator('input:checked') }).first();
    expect(await colourOf(morning)).toBe(await colourOf(ticked));
    expect(await colourOf(morning)).toBe('rgb(36, 36, 36)');
  });

  // Each theme once, the languages taking turns: the views under it have their own checks in both.
  it.each([['default', 'sv'], ['dark', 'en'], ['contrast', 'sv'], ['contrast', 'en']] as const)(
    'the dialog with its calendar open has no serious accessibility violations: %s, %s',
    async (theme, locale) => {
      const dialog = await newTraining(locale, theme);
      await dialog.getByRole('combobox', { name: locale === 'sv' ? 'Datum' : 'Date' }).click();
      await page.getByRole('grid').first().waitFor();
      // The view under the dialog has its own accessibility test (trainings.test.ts).
      expect(await seriousViolations(page, undefined, { within: '[role="dialog"]' })).toEqual([]);
      await page.keyboard.press('Escape');
    },
  );
});
