import type { Page } from 'playwright-core';
import { TabSession, openTab, startTabSession } from './harness';

/**
 * The end-to-end story across views, as a member would do it in the tab: create an item
 * in the activity log, edit it, and find it in the restlista marked overdue — in Swedish and in
 * English.
 */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
});
afterAll(() => session.stop());

// The app counts days in its zone (Europe/Stockholm): between 22:00 and 24:00 UTC that is already tomorrow.
const daysAgo = (n: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() - n * 86_400_000));

describe.each([
  { locale: 'sv' as const, t: { new: 'Ny aktivitet', title: 'Titel', category: 'Kategori', owner: 'Ansvarig', due: 'Förfallodatum', create: 'Skapa', open: 'Öppna', save: 'Spara', restlista: 'Restlista', overdue: /Försenad \d+ dagar/, cat: 'Telefoni' } },
  { locale: 'en' as const, t: { new: 'New activity', title: 'Title', category: 'Category', owner: 'Owner', due: 'Due date', create: 'Create', open: 'Open', save: 'Save', restlista: 'Open items', overdue: /Overdue \d+ days/, cat: 'Telephony' } },
])('create → edit → overdue in the restlista ($locale)', ({ locale, t }) => {
  it('the item shows up under its owner, marked overdue with text', async () => {
    const title = `Nummerplan för Teams-telefoni ${locale}`;
    await openTab(page, session.app.url, { as: 'member', locale });
    await page.locator('[data-testid=activity-grid][data-ready=true]').waitFor({ timeout: 10_000 });

    await page.getByRole('button', { name: t.new }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t.title).fill(`${title} (utkast)`);
    await dialog.getByLabel(t.category).selectOption({ label: t.cat });
    await dialog.getByRole('combobox', { name: t.owner }).click();
    await page.getByRole('option', { name: 'Johan Ek' }).click();
    await dialog.getByLabel(t.due).fill(daysAgo(20));
    await dialog.getByRole('button', { name: t.create }).click();
    await dialog.waitFor({ state: 'detached' });

    const created = (await session.app.request('GET', `/api/activities?q=${encodeURIComponent(title)}`)).json.items[0];
    expect(created).toMatchObject({ title: `${title} (utkast)`, owner: { name: 'Johan Ek' }, dueDate: daysAgo(20) });

    await page.getByRole('button', { name: `${t.open} ${created.key}` }).click();
    await dialog.getByLabel(t.title).fill(title);
    await dialog.getByLabel(t.due).fill(daysAgo(3));
    await dialog.getByRole('button', { name: t.save }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: t.restlista }).click();
    const item = page.locator('article, li, section, div').filter({ hasText: created.key }).filter({ hasText: title }).last();
    await item.waitFor();
    expect(await item.innerText()).toMatch(t.overdue);
    const restlista = (await session.app.request('GET', '/api/restlista')).json;
    const group = restlista.groups.find((g: { owner: { name: string } | null }) => g.owner?.name === 'Johan Ek');
    expect(group.items.find((i: { activity: { key: string } }) => i.activity.key === created.key)).toMatchObject({
      flags: { overdue: true },
      daysOverdue: 3,
    });
  });
});
