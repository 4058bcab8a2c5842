import type { Locator, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOTS, TAB_WINDOW, THEME_NAMES, TabSession, openTab, seriousViolations, startTabSession } from './harness';

/**
 * Issue 15, item 4: the restlista keeps your place. Saving a follow-up, a due date or a status far
 * down a long list leaves the item where it was on the screen with the focus in it, and says what
 * happened; a compact table mode next to the cards, remembered per person; cards show the priority
 * and the latest follow-up note; the summary tiles filter the list. Item 6: the dates are Fluent's
 * localised date picker ("5 jan. 2027"), not the browser's date input. A 1366×768 window, as a
 * Teams tab on a laptop.
 */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context({ viewport: TAB_WINDOW })).newPage();
  page.setDefaultTimeout(8000);
  // A long restlista: the demo items and a dozen more, some with an owner whose group comes last.
  const member = (await session.app.request('GET', '/api/me', { as: 'member2' })).json as { id: string; name: string };
  const { today } = await restlista();
  for (let i = 0; i < 12; i++) {
    const res = await session.app.request('POST', '/api/activities', {
      as: 'lead',
      body: {
        title: `Kontrollera behörigheter i team ${i + 1}`,
        category: 'Övrigt',
        owner: i % 2 ? { id: member.id, name: member.name } : null,
        priority: i % 3 === 0 ? 'hög' : 'normal',
        dueDate: addDays(today, i - 3),
      },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => session.stop());

interface ApiItem {
  activity: { key: string; title: string; priority: string; status: string; dueDate: string | null };
  flags: { overdue: boolean };
}
interface ApiRestlista {
  today: string;
  meetingDate: string;
  counts: { open: number; overdue: number };
  groups: { items: ApiItem[] }[];
}

async function restlista(): Promise<ApiRestlista> {
  return (await session.app.request('GET', '/api/restlista', { as: 'lead' })).json;
}
const allItems = async () => (await restlista()).groups.flatMap((g) => g.items);

/**
 * An item far down the list with a few below it, that keeps its position when its due date moves
 * a day later (the list is sorted by due date): at the bottom of the page no scrolling can keep an
 * item in place, and an item that moves to the bottom cannot stay where it was either.
 */
async function farDownItem(): Promise<ApiItem> {
  const { groups } = await restlista();
  const all = groups.flatMap((g) => g.items);
  const keeps = (g: { items: ApiItem[] }, i: number) => {
    const due = g.items[i]!.activity.dueDate;
    const next = g.items[i + 1]?.activity.dueDate;
    return due !== null && (next === undefined || next === null || next > addDays(due, 1));
  };
  const candidates = groups.flatMap((g) => g.items.filter((_, i) => keeps(g, i)));
  const found = candidates.reverse().find((c) => {
    const at = all.indexOf(c);
    return at >= all.length / 2 && at <= all.length - 4;
  });
  expect(found).toBeDefined();
  return found!;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** "5 jan. 2027": how the date picker writes a date in Swedish. */
const shortDate = (date: string, locale = 'sv-SE') =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

/** What the window shows (1366×768), for the README and a look by eye. */
async function windowShot(name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
const card = (key: string) => page.locator(`li[data-key="${key}"]`);
const row = (key: string) => page.locator(`tr[data-key="${key}"]`);

async function open(opts: { as?: string; theme?: 'default' | 'dark' | 'contrast'; locale?: 'sv' | 'en' } = {}) {
  await openTab(page, session.app.url, { view: 'restlista', ...opts });
  await page.locator('[data-key]').first().waitFor();
}

async function announced(text: string): Promise<void> {
  await page.getByTestId('restlista-announcement').filter({ hasText: text }).waitFor();
}

/** Where the item stands in the window, and how far the page (or the tab's scroll container) is scrolled. */
async function place(item: Locator): Promise<{ top: number; scrolled: number }> {
  return item.evaluate((el) => {
    let scrolled = document.scrollingElement?.scrollTop ?? 0;
    for (let p = el.parentElement; p; p = p.parentElement) scrolled += p === document.body || p === document.documentElement ? 0 : p.scrollTop;
    return { top: el.getBoundingClientRect().top, scrolled };
  });
}

/** Which item (data-key) the focus is in. */
const focusedItem = () => page.evaluate(() => document.activeElement?.closest('[data-key]')?.getAttribute('data-key') ?? null);

/** Scrolls the item to the middle of the window and returns where it stands. */
async function scrollTo(item: Locator) {
  await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const before = await place(item);
  expect(before.scrolled).toBeGreaterThan(400);
  return before;
}

/** The save settled (focus moves late in some browsers): then the item is where it was, with the focus in it. */
async function expectPlaceKept(key: string, item: Locator, before: { top: number; scrolled: number }) {
  await page.waitForTimeout(700);
  const after = await place(item);
  expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(4);
  expect(Math.abs(after.scrolled - before.scrolled)).toBeLessThanOrEqual(4);
  expect(await focusedItem()).toBe(key);
}

describe('the restlista keeps your place', () => {
  let last: ApiItem;

  it('saving a follow-up far down keeps the item where it was, the focus on its button, and announces it', async () => {
    last = await farDownItem();
    await open({ as: 'member' });
    const item = card(last.activity.key);
    const before = await scrollTo(item);
    await item.getByRole('button', { name: 'Uppföljning' }).click();
    const popover = page.getByRole('dialog', { name: `Uppföljning av ${last.activity.key}` });
    await popover.getByLabel(/Anteckning till mötet/).fill('Behörigheterna gås igenom med teamägarna.');
    await popover.getByRole('button', { name: 'Spara uppföljning' }).click();
    await announced(`${last.activity.key}: uppföljning sparad`);
    await expectPlaceKept(last.activity.key, item, before);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Uppföljning');
    // The card shows the note it just got.
    await item.getByTestId('latest-note').filter({ hasText: 'Behörigheterna gås igenom med teamägarna.' }).waitFor();
  });

  it('a new due date through the localised date picker, and a new status, keep the place too', async () => {
    const key = last.activity.key;
    const item = card(key);
    const before = await scrollTo(item);
    const target = addDays(last.activity.dueDate!, 1);

    await item.getByRole('button', { name: 'Nytt datum' }).click();
    const popover = page.getByRole('dialog', { name: `Nytt förfallodatum för ${key}` });
    const field = popover.getByRole('combobox', { name: /Nytt förfallodatum/ });
    await field.fill(target);
    await field.press('Tab');
    await expect(field.inputValue()).resolves.toBe(shortDate(target));
    await popover.getByRole('button', { name: 'Spara' }).click();
    await announced(`${key}: nytt förfallodatum ${shortDate(target)}`);
    await expectPlaceKept(key, item, before);

    const wanted = last.activity.status === 'väntar' ? 'Pågår' : 'Väntar';
    await item.getByRole('button', { name: 'Ändra status' }).click();
    await page.getByRole('menuitem', { name: wanted }).click();
    await announced(`${key}: status ändrad till ${wanted}`);
    await expectPlaceKept(key, item, before);
    await expect(item.textContent()).resolves.toContain(`Status:${wanted}`);
  });

  it('closing an item far down moves the focus to the next item, not to the top', async () => {
    const items = await allItems();
    const closing = items.at(-2)!;
    const next = items.at(-1)!;
    const before = await scrollTo(card(closing.activity.key));
    await card(closing.activity.key).getByRole('button', { name: 'Ändra status' }).click();
    await page.getByRole('menuitem', { name: 'Avförd' }).click();
    const dialog = page.getByRole('dialog', { name: `Stäng ${closing.activity.key} som Avförd` });
    await dialog.getByLabel(/Avslutsnotering/).fill('Görs i det vanliga förvaltningsarbetet.');
    await dialog.getByRole('button', { name: 'Stäng punkten' }).click();
    await announced(`${closing.activity.key} är stängd (Avförd)`);
    await card(closing.activity.key).waitFor({ state: 'detached' });
    await page.waitForTimeout(700);
    expect(await focusedItem()).toBe(next.activity.key);
    expect((await place(card(next.activity.key))).scrolled).toBeGreaterThan(before.scrolled - 400);
  });

  it('cards show the priority and the latest follow-up note, shortened with the full text a click away', async () => {
    const items = await allItems();
    const high = items.find((i) => i.activity.priority === 'hög')!;
    const long = `Mötet beslutade att ${'gå igenom varje team och dess ägare, '.repeat(8)}och rapportera i januari.`;
    await session.app.request('POST', `/api/activities/${high.activity.key}/comments`, { as: 'member', body: { text: 'En äldre anteckning.', meetingDate: null } });
    await session.app.request('POST', `/api/activities/${high.activity.key}/comments`, { as: 'member', body: { text: long, meetingDate: null } });
    await open({ as: 'member' });
    const item = card(high.activity.key);
    await expect(item.textContent()).resolves.toContain('Prioritet:Hög');
    const note = item.getByTestId('latest-note');
    await expect(note.textContent()).resolves.not.toContain('En äldre anteckning.');
    await expect(note.textContent()).resolves.toContain('Johan Ek');
    const shown = await note.locator('[data-note-text]').textContent();
    expect(shown!.length).toBeLessThan(long.length);
    expect(shown!.endsWith('…')).toBe(true);
    const more = note.getByRole('button', { name: 'Visa hela anteckningen' });
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    await more.click();
    await expect(note.locator('[data-note-text]').textContent()).resolves.toBe(long);
    await expect(note.getByRole('button', { name: 'Visa kortare' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await windowShot('restlista-card-note');
  });

  it('a summary tile filters the list (pressed, announced), and "Visa alla" shows everything again', async () => {
    const data = await restlista();
    const overdue = data.groups.flatMap((g) => g.items).filter((i) => i.flags.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    const tile = page.getByRole('button', { name: /Försenade/ });
    await expect(tile.getAttribute('aria-pressed')).resolves.toBe('false');
    await tile.click();
    await expect(tile.getAttribute('aria-pressed')).resolves.toBe('true');
    const status = page.getByTestId('restlista-filter');
    await status.filter({ hasText: `Visar ${overdue.length} av ${data.counts.open} punkter` }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: `Visar ${overdue.length} av ${data.counts.open}` }).count()).resolves.toBeGreaterThan(0);
    expect((await page.locator('li[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(
      overdue.map((i) => i.activity.key).sort(),
    );
    // Another tile replaces the filter; pressing it again removes it.
    const noDate = page.getByRole('button', { name: /Utan datum/ });
    await noDate.click();
    await expect(tile.getAttribute('aria-pressed')).resolves.toBe('false');
    await noDate.click();
    await expect(page.locator('li[data-key]').count()).resolves.toBe(data.counts.open);
    await tile.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await windowShot('restlista-filtered');
    await page.getByRole('button', { name: 'Visa alla' }).click();
    await expect(page.locator('li[data-key]').count()).resolves.toBe(data.counts.open);
    await expect(tile.getAttribute('aria-pressed')).resolves.toBe('false');
    // The sentence goes; screen readers hear that everything is shown again.
    await expect(status.textContent()).resolves.not.toMatch(/Visar \d+ av/);
    await expect(page.getByRole('status').filter({ hasText: `Visar alla ${data.counts.open} punkter.` }).count()).resolves.toBe(1);
  });

  it('a compact table, remembered for this person, with the same actions by keyboard', async () => {
    await open({ as: 'member' });
    await page.getByRole('button', { name: 'Tabell' }).click();
    await expect(page.getByRole('button', { name: 'Tabell' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const items = await allItems();
    await expect(page.locator('tr[data-key]').count()).resolves.toBe(items.length);
    // Below the first screen but not at the page's end, where a row that grows or shrinks (the
    // columns adapt to the new note) moves the end and no scrolling could keep the row in place.
    const target = items[Math.floor(items.length * 0.6)]!.activity.key;
    const high = items.find((i) => i.activity.priority === 'hög')!.activity.key;
    await expect(row(high).textContent()).resolves.toContain('Hög');

    // Keyboard only: to the row's follow-up button, open, type, save.
    const button = row(target).getByRole('button', { name: 'Uppföljning' });
    await button.focus();
    const before = await scrollTo(row(target));
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: `Uppföljning av ${target}` });
    await popover.getByLabel(/Anteckning till mötet/).waitFor();
    await page.keyboard.type('Klart till nästa möte.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await announced(`${target}: uppföljning sparad`);
    await page.waitForTimeout(700);
    expect(await focusedItem()).toBe(target);
    expect(Math.abs((await place(row(target))).top - before.top)).toBeLessThanOrEqual(4);
    await row(target).getByText('Klart till nästa möte.').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await windowShot('restlista-table');

    // Remembered after a reload, for this person only.
    await open({ as: 'member' });
    await page.locator('tr[data-key]').first().waitFor();
    await open({ as: 'lead' });
    await page.locator('li[data-key]').first().waitFor();
    await expect(page.locator('tr[data-key]').count()).resolves.toBe(0);
  });

  it('the meeting date is the localised date picker', async () => {
    const data = await restlista();
    await open({ as: 'lead' });
    const field = page.getByRole('combobox', { name: 'Mötesdatum' });
    await expect(field.inputValue()).resolves.toBe(shortDate(data.meetingDate));
    const later = addDays(data.meetingDate, 35);
    await field.fill(later);
    await field.press('Tab');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByTestId('restlista-meeting').filter({ hasText: 'Möte ' }).waitFor();
    await expect(field.inputValue()).resolves.toBe(shortDate(later));
  });

  it('speaks English', async () => {
    await open({ as: 'lead', locale: 'en' });
    await page.getByRole('button', { name: 'Table' }).waitFor();
    await page.getByRole('button', { name: /Overdue/ }).click();
    await page.getByTestId('restlista-filter').filter({ hasText: /Showing \d+ of \d+ items/ }).waitFor();
    await page.getByRole('button', { name: 'Show all' }).waitFor();
    await expect(page.locator('li[data-key]').first().textContent()).resolves.toContain('Priority:');
  });

  it.each(THEME_NAMES.flatMap((theme) => (['sv', 'en'] as const).map((locale) => [theme, locale] as const)))(
    'has no serious accessibility violations in the %s theme (%s; sv as cards, en as a table), with a tile pressed',
    async (theme, locale) => {
      await open({ as: 'member', theme, locale });
      if ((await page.locator('li[data-key]').count()) === 0) await page.getByRole('button', { name: locale === 'sv' ? 'Kort' : 'Cards' }).click();
      await page.locator('[data-count="overdue"]').click();
      // Swedish as cards, English as a table: each theme sees both (axe takes seconds a run).
      if (locale === 'en') {
        await page.getByRole('button', { name: 'Table' }).click();
        await page.locator('tr[data-key]').first().waitFor();
      }
      expect(await seriousViolations(page)).toEqual([]);
    },
    60_000,
  );
});
