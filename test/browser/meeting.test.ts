import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { TabSession, fillDate, openTab, screenshot, seriousViolations, shownDate, startTabSession } from './harness';

/** The monthly meeting: start, step through the restlista recording decisions, finish, minutes. */
let session: TabSession;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  context = await session.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.app.url });
  page = await context.newPage();
  page.setDefaultTimeout(8000);
});
afterAll(() => session.stop());

interface Activity {
  key: string;
  title: string;
  status: string;
  dueDate: string | null;
  version: number;
  resolution: string | null;
}

const get = async (path: string) => (await session.app.request('GET', path, { as: 'lead' })).json;
const openItems = async (): Promise<{ meetingDate: string; today: string; items: Activity[] }> => {
  const r = await get('/api/restlista');
  return { meetingDate: r.meetingDate, today: r.today, items: r.groups.flatMap((g: { items: { activity: Activity }[] }) => g.items.map((i) => i.activity)) };
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const longDate = (date: string) =>
  new Intl.DateTimeFormat('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** A fresh load even when only the hash would change (page.goto to the same URL does not reload). */
async function open(opts: Parameters<typeof openTab>[2]): Promise<void> {
  await page.goto('about:blank');
  await openTab(page, session.app.url, opts);
}

const currentItem = () => page.getByTestId('meeting-item');
async function waitForItem(position: number, key: string): Promise<void> {
  await page.locator(`[data-testid="meeting-item"][data-key="${key}"]`).getByText(`Punkt ${position} av`).waitFor();
  // The item's details (version, comments) are loaded.
  await currentItem().getByRole('heading', { name: 'Senaste kommentarer' }).waitFor();
}

describe('månadsmöte', () => {
  let first: Activity;
  let second: Activity;
  let meetingDate: string;
  const newDue = () => addDays(meetingDate, 30);

  it('as lead: starts the meeting, records two decisions, finishes — the minutes show both and the items changed', async () => {
    const before = await openItems();
    meetingDate = before.meetingDate;
    [first, second] = before.items as [Activity, Activity];
    const total = before.items.length;

    await open({ view: 'mote', as: 'lead' });
    await expect(page.getByLabel('Mötesdatum').inputValue()).resolves.toBe(await shownDate(page, meetingDate));
    await page.getByRole('button', { name: 'Starta möte' }).click();

    await waitForItem(1, first.key);
    await expect(currentItem().getByRole('heading', { level: 3 }).textContent()).resolves.toBe(`Punkt 1 av ${total}${first.key} ${first.title}`);
    // Focus is on the item's heading, so a screen reader announces it.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('meeting-item-heading');

    // 1: closed as klar — the resolution note is asked for.
    await page.getByLabel('Beslut eller anteckning').fill('Klart enligt plan, stängs.');
    await page.getByLabel('Ny status').selectOption({ label: 'Klar' });
    await page.getByRole('button', { name: 'Spara och nästa' }).click();
    await page.getByText('Fyll i fältet.').waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
    await page.getByLabel(/Avslutsnotering/).fill('Levererat och verifierat.');
    await page.getByRole('button', { name: 'Spara och nästa' }).click();

    // 2: a new due date, saved with Ctrl+Enter from the note.
    await waitForItem(2, second.key);
    await page.getByTestId('meeting-announcement').getByText(`${first.key} är protokollförd.`).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('meeting-item-heading');
    await page.getByLabel('Nytt förfallodatum').fill(newDue());
    await page.getByLabel('Beslut eller anteckning').fill('Skjuts en månad i väntan på leverantören.');
    await page.keyboard.press('Control+Enter');
    await page.getByText(`Punkt 3 av ${total}`).waitFor();
    await expect(page.getByTestId('meeting-recorded-count').textContent()).resolves.toBe(`2 av ${total} punkter protokollförda`);

    // Finish with attendees and a summary.
    await page.getByRole('button', { name: 'Avsluta mötet' }).click();
    await page.getByLabel('Närvarande').fill('Maria Lindqvist, Johan Ek, Sara Nilsson');
    await page.getByLabel('Sammanfattning').fill('Två punkter avhandlade.');
    await page.getByRole('button', { name: 'Avsluta och visa protokoll' }).click();

    await page.getByRole('heading', { level: 2, name: `Protokoll månadsmöte ${longDate(meetingDate)}` }).waitFor();
    await expect(page.getByTestId('minutes-attendees').textContent()).resolves.toBe('Maria Lindqvist, Johan Ek, Sara Nilsson');
    const entries = page.getByTestId('minutes-entries').locator('li');
    await expect(entries.count()).resolves.toBe(2);
    const e1 = (await entries.nth(0).textContent())!;
    expect(e1).toContain(first.key);
    expect(e1).toContain('Klart enligt plan, stängs.');
    expect(e1).toMatch(/→ Klar/);
    expect(e1).toContain('Levererat och verifierat.');
    const e2 = (await entries.nth(1).textContent())!;
    expect(e2).toContain(second.key);
    expect(e2).toContain('Skjuts en månad i väntan på leverantören.');
    expect(e2).toMatch(/→ \d+ \w+\.? \d{4}/);

    // The stored items changed, and the note is a follow-up tied to the meeting date.
    const a1 = await get(`/api/activities/${first.key}`);
    expect(a1.activity).toMatchObject({ status: 'klar', resolution: 'Levererat och verifierat.' });
    expect(a1.comments).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Klart enligt plan, stängs.', meetingDate })]));
    expect((await get(`/api/activities/${second.key}`)).activity.dueDate).toBe(newDue());

    expect(await axe()).toEqual([]);
    await screenshot(page, 'mote-protokoll-sv-default');
  });

  it('"Kopiera protokoll" puts the text minutes with both keys on the clipboard; the Markdown export downloads them', async () => {
    await page.getByRole('button', { name: 'Kopiera protokoll' }).click();
    await page.getByRole('button', { name: 'Kopierat' }).waitFor();
    await page.getByTestId('minutes-announcement').getByText('Protokollet är kopierat till urklipp.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Protokoll månadsmöte ${meetingDate}`);
    expect(copied).toContain(first.key);
    expect(copied).toContain(second.key);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera protokollet som Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe(`protokoll-${meetingDate}.md`);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(new RegExp(`^# Protokoll månadsmöte ${meetingDate}`));
    expect(markdown).toContain(first.key);
    expect(markdown).toContain(second.key);
  });

  it('the finished meeting is listed among the past minutes by date and opens from there; readers can read it but not hold a meeting', async () => {
    await page.getByRole('button', { name: 'Alla möten' }).click();
    const link = page.getByTestId('past-minutes').getByRole('button', { name: `Protokoll ${longDate(meetingDate)}` });
    await link.waitFor();
    await expect(page.getByTestId('past-minutes').textContent()).resolves.toContain('2 punkter');

    await open({ view: 'mote', as: 'reader' });
    await page.getByText('Du kan läsa protokollen.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Starta möte' }).count()).resolves.toBe(0);
    await page.getByTestId('past-minutes').getByRole('button', { name: `Protokoll ${longDate(meetingDate)}` }).click();
    await page.getByRole('heading', { level: 2, name: `Protokoll månadsmöte ${longDate(meetingDate)}` }).waitFor();
    await expect(page.getByTestId('minutes-entries').locator('li').count()).resolves.toBe(2);
  });

  it('a change to the item during the meeting (412) is shown with the item as it is now; the note survives and can be saved again', async () => {
    const later = addDays(meetingDate, 35);
    await open({ view: 'mote', as: 'lead' });
    await fillDate(page.getByLabel('Mötesdatum'), later);
    await page.getByRole('button', { name: 'Starta möte' }).click();
    await currentItem().getByText('Punkt 1 av').waitFor();
    const key = (await currentItem().getAttribute('data-key'))!;
    await waitForItem(1, key);
    await page.getByLabel('Beslut eller anteckning').fill('Ansvarig påminns om att rapportera.');

    // Someone else moves the due date after the item was loaded.
    const { activity } = await get(`/api/activities/${key}`);
    const changedDue = addDays(later, 14);
    const patched = await session.app.request('PATCH', `/api/activities/${key}`, {
      as: 'member2',
      headers: { 'if-match': `"${activity.version}"` },
      body: { dueDate: changedDue },
    });
    expect(patched.status).toBe(200);

    await page.getByRole('button', { name: 'Spara och nästa' }).click();
    const conflict = page.getByTestId('meeting-conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toMatch(new RegExp(`Någon har ändrat ${key} under mötet.*Din anteckning finns kvar`));
    await expect(page.getByLabel('Beslut eller anteckning').inputValue()).resolves.toBe('Ansvarig påminns om att rapportera.');
    // The item shows its current due date (the other person's change).
    const [y, m, d] = changedDue.split('-').map(Number);
    const shown = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
    await currentItem().locator('dd').getByText(shown, { exact: true }).waitFor();
    await expect(currentItem().textContent()).resolves.toContain(shown);

    await page.getByRole('button', { name: 'Spara och nästa' }).click();
    await currentItem().getByText('Punkt 2 av').waitFor();
    const meetings = await get('/api/meetings');
    const running = meetings.items.find((x: { meetingDate: string }) => x.meetingDate === later);
    const meeting = await get(`/api/meetings/${running.id}`);
    expect(meeting.entries).toEqual([expect.objectContaining({ activityKey: key, note: 'Ansvarig påminns om att rapportera.', dueDateFrom: changedDue })]);
  });

  it('"Hoppa över" moves on without recording, "Föregående" goes back — and what was typed is still there', async () => {
    const secondKey = (await currentItem().getAttribute('data-key'))!;
    await page.getByLabel('Beslut eller anteckning').fill('Halvskriven anteckning');
    await page.getByRole('button', { name: 'Hoppa över' }).click();
    await currentItem().getByText('Punkt 3 av').waitFor();
    await page.getByTestId('meeting-announcement').getByText(`${secondKey} hoppades över.`).waitFor();
    await expect(page.getByLabel('Beslut eller anteckning').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Föregående' }).click();
    await waitForItem(2, secondKey);
    await expect(page.getByLabel('Beslut eller anteckning').inputValue()).resolves.toBe('Halvskriven anteckning');
    await expect(page.getByTestId('meeting-recorded-count').textContent()).resolves.toMatch(/^1 av \d+ punkter protokollförda$/);
  });

  // Accessibility of the start and stepping screens in every theme and both languages: meetingDecisions.test.ts.
});

/** axe once Fluent's enter animations have finished (a half-faded element would fail colour contrast). */
async function axe(): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return seriousViolations(page);
}
