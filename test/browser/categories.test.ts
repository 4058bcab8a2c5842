import type { Page } from 'playwright-core';
import { THEME_NAMES, TabSession, openTab, screenshot, seriousViolations, startTabSession, watchedPage } from './harness';

/**
 * Inställningar › Kategorier: the förvaltningsledare adds a category (with an English label)
 * and retires one, by keyboard and mouse; the activity log's form then offers the new one and
 * not the retired one, the grid shows the label in the reader's language, and an item keeps the
 * retired category it had. Members read the list without the buttons; no serious accessibility
 * violations in the three themes.
 */
let session: TabSession;
let page: Page;
const pageErrors: string[] = [];
beforeAll(async () => {
  session = await startTabSession();
  page = await watchedPage(session, pageErrors);
});
afterAll(() => session.stop());
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

const table = () => page.getByRole('table', { name: 'Kategorier i aktivitetsloggen' });
const statusOf = (name: string) => table().getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) }).getByRole('cell').nth(2);
const GRID = '[data-testid=activity-grid][data-ready=true]';

async function openSettings(opts: { as?: string; theme?: 'default' | 'dark' | 'contrast'; locale?: 'sv' | 'en' } = {}) {
  await page.goto('about:blank');
  await openTab(page, session.app.url, { view: 'installningar', ...opts });
  await page.getByTestId('settings-upcoming').waitFor();
}

it('the lead adds "Säkerhet" (English "Security") and retires "Telefoni"; the activity form offers the one and not the other', async () => {
  // An item in Telefoni before it is retired: it keeps it.
  const kept = await session.app.request('POST', '/api/activities', { as: 'lead', body: { title: 'Byt växelleverantör', category: 'Telefoni' } });
  await openSettings();
  await table().getByRole('row').nth(7).waitFor(); // header + the seven, once loaded
  await expect(table().getByRole('row').count()).resolves.toBe(8);

  await page.getByRole('textbox', { name: /^Namn/ }).fill('Säkerhet');
  await page.getByLabel('Engelskt namn (valfritt)').fill('Security');
  await page.getByLabel('Engelskt namn (valfritt)').press('Enter');
  await expect(page.getByTestId('categories-announcement').getByText('Kategorin Säkerhet är tillagd.').waitFor()).resolves.toBeUndefined();
  await expect(statusOf('Säkerhet').innerText()).resolves.toBe('Aktiv');
  await expect(page.getByRole('textbox', { name: /^Namn/ }).inputValue()).resolves.toBe('');

  await page.getByRole('button', { name: 'Avveckla kategorin Telefoni' }).click();
  await page.getByTestId('categories-announcement').getByText('Kategorin Telefoni är avvecklad.').waitFor();
  await expect(statusOf('Telefoni').innerText()).resolves.toBe('Avvecklad');
  expect(await session.app.request('GET', '/api/categories').then((r) => r.json.items.find((c: { name: string }) => c.name === 'Telefoni'))).toMatchObject({ retired: true });
  await screenshot(page, 'settings-categories-sv');

  // An empty name is refused at the field.
  await page.getByRole('button', { name: 'Lägg till kategori' }).click();
  await page.getByText('Skriv kategorins namn.').waitFor();
  expect(await page.getByRole('textbox', { name: /^Namn/ }).getAttribute('aria-invalid')).toBe('true');

  // The activity log: the new item form offers Säkerhet, not Telefoni.
  await page.goto('about:blank');
  await openTab(page, session.app.url, {});
  await page.locator(GRID).waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Ny aktivitet' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kategori').locator('option', { hasText: 'Säkerhet' }).waitFor({ state: 'attached' });
  const options = await dialog.getByLabel('Kategori').locator('option').allInnerTexts();
  expect(options).toContain('Säkerhet');
  expect(options).not.toContain('Telefoni');
  await dialog.getByLabel('Titel').fill('Granska gästkonton');
  await dialog.getByLabel('Kategori').selectOption({ label: 'Säkerhet' });
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await dialog.waitFor({ state: 'detached' });
  const created = (await session.app.request('GET', '/api/activities?q=Granska%20g%C3%A4stkonton')).json.items[0];
  expect(created.category).toBe('Säkerhet');

  // The item in Telefoni keeps it: its form shows it, marked as retired.
  await page.locator(`${GRID} tr[data-key="${kept.json.key}"]`).getByRole('button', { name: `Öppna ${kept.json.key}` }).click();
  await expect(page.getByRole('dialog').getByLabel('Kategori').locator('option:checked').innerText()).resolves.toBe('Telefoni (avvecklad)');
  await page.keyboard.press('Escape');

  // In English the grid shows the English label.
  await page.goto('about:blank');
  await openTab(page, session.app.url, { locale: 'en' });
  // (the labels may arrive just after the rows: wait for them rather than read once)
  await page.locator(`${GRID} tr[data-key="${created.key}"]`).filter({ hasText: 'Security' }).waitFor();
  await expect(page.locator(`${GRID} tr[data-key="${created.key}"]`).innerText()).resolves.not.toContain('Säkerhet');
});

it('a member reads the categories without the buttons to change them', async () => {
  await openSettings({ as: 'member' });
  await table().waitFor();
  await page.getByText('Bara förvaltningsledaren kan lägga till och avveckla kategorier.').waitFor();
  await expect(page.getByRole('button', { name: /Avveckla kategorin|Lägg till kategori/ }).count()).resolves.toBe(0);
});

it.each(THEME_NAMES)('has no serious accessibility violations in the %s theme, in English too', async (theme) => {
  await openSettings({ theme, locale: theme === 'dark' ? 'en' : 'sv' });
  await page.getByRole('table', { name: theme === 'dark' ? 'Categories of the activity log' : 'Kategorier i aktivitetsloggen' }).getByRole('row').nth(7).waitFor();
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  expect(await seriousViolations(page)).toEqual([]);
});
