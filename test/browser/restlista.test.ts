import type { Page } from 'playwright-core';
import { TabSession, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/** The restlista view: groups by owner, flags in text, quick actions for members, read-only for readers. */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
});
afterAll(() => session.stop());

interface ApiRestlista {
  today: string;
  meetingDate: string;
  groups: { owner: { id: string; name: string } | null; items: { activity: { key: string; version: number; status: string }; flags: { overdue: boolean }; daysOverdue: number | null }[] }[];
}

const api = {
  restlista: async (): Promise<ApiRestlista> => (await session.app.request('GET', '/api/restlista', { as: 'lead' })).json,
  activity: async (key: string) => (await session.app.request('GET', `/api/activities/${key}`, { as: 'lead' })).json,
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const longDate = (date: string, locale = 'sv-SE') =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

const item = (key: string) => page.locator(`li[data-key="${key}"]`);
const groupHeadings = () => page.getByTestId('restlista-group').locator('h3').allInnerTexts();

async function openRestlista(opts: { as?: string; theme?: 'default' | 'dark' | 'contrast'; locale?: 'sv' | 'en' } = {}) {
  // about:blank first: page.goto to the same URL (only the hash differs) would not reload.
  await page.goto('about:blank');
  await openTab(page, session.app.url, { view: 'restlista', ...opts });
  await page.getByTestId('restlista-group').first().waitFor();
}

describe('restlista', () => {
  let created: { key: string; version: number };

  it('shows the demo items grouped by owner, "Utan ansvarig" first, overdue ones marked in text, and the next meeting date', async () => {
    const data = await api.restlista();
    await openRestlista();
    const expected = data.groups.map((g) => g.owner?.name ?? 'Utan ansvarig');
    expect(expected[0]).toBe('Utan ansvarig');
    expect(await groupHeadings()).toEqual(expected);
    await expect(page.getByTestId('restlista-meeting').textContent()).resolves.toBe(`Nästa möte ${longDate(data.meetingDate)}`);

    const overdue = data.groups.flatMap((g) => g.items).filter((i) => i.flags.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    for (const i of overdue) {
      await expect(item(i.activity.key).textContent()).resolves.toContain(`Försenad ${i.daysOverdue} dag`);
    }
    const notOverdue = data.groups.flatMap((g) => g.items).find((i) => !i.flags.overdue)!;
    await expect(item(notOverdue.activity.key).textContent()).resolves.not.toContain('Försenad');
    // The count card says the same as the server.
    await expect(page.locator('[data-count="overdue"]').textContent()).resolves.toContain(String(overdue.length));
  });

  it('an item created through the API with a past due date appears under its owner, marked overdue', async () => {
    const me = (await session.app.request('GET', '/api/me', { as: 'member' })).json as { id: string; name: string };
    const { today } = await api.restlista();
    const res = await session.app.request('POST', '/api/activities', {
      as: 'member',
      body: { title: 'Rensa gamla distributionslistor', category: 'Övrigt', owner: { id: me.id, name: me.name }, dueDate: addDays(today, -5) },
    });
    expect(res.status).toBe(201);
    created = res.json;
    await openRestlista({ as: 'member' });
    const group = page.getByRole('region', { name: me.name });
    await expect(group.locator(`li[data-key="${created.key}"]`).textContent()).resolves.toMatch(/Rensa gamla distributionslistor.*Försenad 5 dagar/);
  });

  it('as a member: a new due date in the future clears "Försenad", and the result is announced', async () => {
    const { today } = await api.restlista();
    const future = addDays(today, 40);
    await item(created.key).getByRole('button', { name: 'Nytt datum' }).click();
    const popover = page.getByRole('dialog', { name: `Nytt förfallodatum för ${created.key}` });
    await popover.getByLabel('Nytt förfallodatum').fill(future);
    await popover.getByRole('button', { name: 'Spara' }).click();
    await announced(`${created.key}: nytt förfallodatum`);
    await item(created.key).locator('[data-flag="overdue"]').waitFor({ state: 'detached' });
    await expect(item(created.key).textContent()).resolves.not.toContain('Försenad');
    expect((await api.activity(created.key)).activity.dueDate).toBe(future);
  });

  it('as a member: a follow-up note is stored with the meeting date', async () => {
    const { meetingDate } = await api.restlista();
    await item(created.key).getByRole('button', { name: 'Uppföljning' }).click();
    const popover = page.getByRole('dialog', { name: `Uppföljning av ${created.key}` });
    await popover.getByRole('button', { name: 'Spara uppföljning' }).click();
    await popover.getByText('Fyll i fältet.').waitFor();
    await popover.getByLabel(/Anteckning till mötet/).fill('Listorna är inventerade, borttag nästa vecka.');
    await popover.getByRole('button', { name: 'Spara uppföljning' }).click();
    await announced(`${created.key}: uppföljning sparad`);
    const { comments } = await api.activity(created.key);
    expect(comments).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Listorna är inventerade, borttag nästa vecka.', meetingDate })]));
  });

  it('as a member: setting klar asks for a resolution note, then the item leaves the restlista', async () => {
    await item(created.key).getByRole('button', { name: 'Ändra status' }).click();
    await page.getByRole('menuitem', { name: 'Klar' }).click();
    const dialog = page.getByRole('dialog', { name: `Stäng ${created.key} som Klar` });
    await dialog.getByRole('button', { name: 'Stäng punkten' }).click();
    await dialog.getByText('Fyll i fältet.').waitFor();
    expect(await axe()).toEqual([]);
    await dialog.getByLabel(/Avslutsnotering/).fill('Listorna borttagna.');
    await dialog.getByRole('button', { name: 'Stäng punkten' }).click();
    await announced(`${created.key} är stängd (Klar) och har lämnat restlistan.`);
    await item(created.key).waitFor({ state: 'detached' });
    // The keyboard user is not dropped on <body> (nor sent to the top) when the item disappears:
    // the focus goes to the item that took its place.
    await page.waitForFunction((gone) => {
      const key = document.activeElement?.closest('li[data-key]')?.getAttribute('data-key');
      return Boolean(key) && key !== gone;
    }, created.key);
    const { activity } = await api.activity(created.key);
    expect(activity).toMatchObject({ status: 'klar', resolution: 'Listorna borttagna.' });
  });

  it('when someone else changed the item first (412), says so and shows the item as it is now', async () => {
    const data = await api.restlista();
    const target = data.groups.flatMap((g) => g.items).find((i) => i.flags.overdue)!.activity;
    await openRestlista({ as: 'member' });
    // Someone else renames the item after the page was loaded.
    const other = await session.app.request('PATCH', `/api/activities/${target.key}`, {
      as: 'member2',
      headers: { 'if-match': `"${target.version}"` },
      body: { title: 'Ändrad av Sara under tiden' },
    });
    expect(other.status).toBe(200);
    await item(target.key).getByRole('button', { name: 'Ändra status' }).click();
    const wanted = target.status === 'pågår' ? 'väntar' : 'pågår';
    await page.getByRole('menuitem', { name: wanted === 'pågår' ? 'Pågår' : 'Väntar' }).click();
    const notice = page.getByTestId('restlista-notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/Någon annan hann ändra .*Restlistan har laddats om/);
    await item(target.key).getByText('Ändrad av Sara under tiden').waitFor();
    // Nothing was overwritten: the status is still what it was.
    expect((await api.activity(target.key)).activity).toMatchObject({ status: target.status, title: 'Ändrad av Sara under tiden' });
  });

  it('a reader sees the list but no action buttons, and is told why', async () => {
    await openRestlista({ as: 'reader' });
    await page.getByText('Du har läsbehörighet.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Ändra status' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Nytt datum' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Uppföljning' }).count()).resolves.toBe(0);
  });

  it('looks at another meeting date through the date field', async () => {
    const data = await api.restlista();
    const later = addDays(data.meetingDate, 35);
    await openRestlista();
    await page.getByLabel('Mötesdatum').fill(later);
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByTestId('restlista-meeting').filter({ hasText: `Möte ${longDate(later)}` }).waitFor();
    const other = (await session.app.request('GET', `/api/restlista?meeting=${later}`, { as: 'lead' })).json as { counts: { dueBeforeMeeting: number } };
    await expect(page.locator('[data-count="dueBeforeMeeting"]').textContent()).resolves.toContain(String(other.counts.dueBeforeMeeting));
  });

  it('speaks English', async () => {
    const data = await api.restlista();
    await openRestlista({ locale: 'en' });
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('Open items');
    expect((await groupHeadings())[0]).toBe('No owner');
    await expect(page.getByTestId('restlista-meeting').textContent()).resolves.toBe(`Next meeting ${longDate(data.meetingDate, 'en-GB')}`);
    await expect(page.locator('[data-flag="overdue"]').first().textContent()).resolves.toMatch(/^Overdue \d+ days?$/);
    await screenshot(page, 'restlista-en-default');
  });

  // Accessibility in every theme and both languages, as cards and as a table: restlistaPlace.test.ts.
});

async function announced(text: string): Promise<void> {
  await page.getByTestId('restlista-announcement').filter({ hasText: text }).waitFor();
}

/** axe once Fluent's enter animations have finished (a half-faded element would fail colour contrast). */
async function axe(): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return seriousViolations(page);
}
