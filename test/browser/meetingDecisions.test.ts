import type { Page } from 'playwright-core';
import { THEME_NAMES, TabSession, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/**
 * Issue 15, item 1: in the monthly meeting the decision assigns the owner ("Sara tar den") and the
 * priority; "Spara och nästa" goes to the next item not yet recorded in this meeting (also one
 * someone else recorded meanwhile); the step list shows which items are done.
 */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
});
afterAll(() => session.stop());

interface Activity {
  key: string;
  title: string;
  version: number;
  owner: { id: string; name: string } | null;
  priority: string;
}
const request = (method: string, path: string, body?: unknown, as = 'lead') => session.app.request(method, path, { as, body });
const get = async (path: string) => (await request('GET', path)).json;

const currentItem = () => page.getByTestId('meeting-item');
async function waitForItem(position: number, key: string): Promise<void> {
  await page.locator(`[data-testid="meeting-item"][data-key="${key}"]`).getByText(`Punkt ${position} av`).waitFor();
  await currentItem().getByRole('heading', { name: 'Senaste kommentarer' }).waitFor();
}
const step = (key: string) => page.getByTestId('meeting-steps').locator(`li[data-key="${key}"]`);

describe('the meeting assigns the item', () => {
  let items: Activity[];
  let meetingId: string;

  beforeAll(async () => {
    const restlista = await get('/api/restlista');
    items = restlista.groups.flatMap((g: { items: { activity: Activity }[] }) => g.items.map((i) => i.activity));
    expect(items.length).toBeGreaterThan(5);
    const started = await request('POST', '/api/meetings', { meetingDate: restlista.meetingDate });
    expect(started.status).toBe(201);
    meetingId = started.json.id;
    // The second item was already decided (say, at the start of the meeting on another computer).
    const earlier = await request('POST', `/api/meetings/${meetingId}/entries`, { activityKey: items[1]!.key, activityVersion: items[1]!.version, note: 'Tas upp i januari' });
    expect(earlier.status).toBe(201);
  });

  it('"Sara Nilsson tar den": owner and priority are chosen in the decision, the item changes, and the next item not yet recorded follows', async () => {
    const [first, second, third] = items as [Activity, Activity, Activity];
    // The restlista puts the items without an owner first.
    expect(first.owner).toBeNull();

    await openTab(page, session.app.url, { view: 'mote', as: 'lead' });
    await page.getByRole('button', { name: /^Fortsätt mötet/ }).click();
    await waitForItem(1, first.key);
    await expect(step(second.key).getAttribute('data-done')).resolves.toBe('true');
    await expect(step(second.key).textContent()).resolves.toContain('protokollförd');
    await expect(step(first.key).getByRole('button').getAttribute('aria-current')).resolves.toBe('step');

    const owner = currentItem().getByRole('combobox', { name: 'Ansvarig' });
    await owner.click();
    await owner.fill('');
    await owner.pressSequentially('Sara Nil', { delay: 40 });
    await page.getByRole('option', { name: /^Sara Nilsson/ }).click();
    // The most common decision is written for you.
    await expect(page.getByLabel('Beslut eller anteckning').inputValue()).resolves.toBe('Sara Nilsson tar den.');
    await page.getByLabel('Prioritet').selectOption({ label: 'Hög' });
    await screenshot(page, 'mote-beslut-ansvarig-sv-default');
    await page.getByRole('button', { name: 'Spara och nästa' }).click();

    // Not the second item (already recorded): the third.
    await waitForItem(3, third.key);
    await page.getByTestId('meeting-announcement').getByText(`${first.key} är protokollförd.`).waitFor();
    await expect(step(first.key).getAttribute('data-done')).resolves.toBe('true');
    await expect(step(third.key).getByRole('button').getAttribute('aria-current')).resolves.toBe('step');
    await expect(page.getByTestId('meeting-recorded-count').textContent()).resolves.toBe(`2 av ${items.length} punkter protokollförda`);

    const { activity, history, comments } = await get(`/api/activities/${first.key}`);
    expect(activity).toMatchObject({ owner: { name: 'Sara Nilsson' }, priority: 'hög' });
    expect(history.slice(-2).map((h: { field: string; to: string; by: { name: string } }) => [h.field, h.to, h.by.name])).toEqual([
      ['owner', 'Sara Nilsson', 'Maria Lindqvist'],
      ['priority', 'hög', 'Maria Lindqvist'],
    ]);
    expect(comments).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Sara Nilsson tar den.' })]));
    const meeting = await get(`/api/meetings/${meetingId}`);
    expect(meeting.entries.at(-1)).toMatchObject({ activityKey: first.key, owner: { name: 'Sara Nilsson' }, ownerFrom: null, priorityFrom: first.priority, priorityTo: 'hög' });
    // In the restlista the item now stands under Sara Nilsson.
    const restlista = await get('/api/restlista');
    const group = restlista.groups.find((g: { items: { activity: { key: string } }[] }) => g.items.some((i) => i.activity.key === first.key));
    expect(group.owner?.name).toBe('Sara Nilsson');
  });

  it('an item someone else recorded meanwhile is passed over too; a recorded item can be opened from the step list', async () => {
    const [, second, third, fourth, fifth] = items as [Activity, Activity, Activity, Activity, Activity];
    const other = await request('POST', `/api/meetings/${meetingId}/entries`, { activityKey: fourth.key, activityVersion: fourth.version, note: 'Klaras av via mejl' }, 'member');
    expect(other.status).toBe(201);

    await page.getByLabel('Beslut eller anteckning').fill('Ingen ändring.');
    await page.getByRole('button', { name: 'Spara och nästa' }).click();
    await waitForItem(5, fifth.key);
    for (const key of [third.key, fourth.key]) await expect(step(key).getAttribute('data-done')).resolves.toBe('true');

    await step(second.key).getByRole('button').click();
    await waitForItem(2, second.key);
    await currentItem().getByText('Redan protokollfört i det här mötet: Tas upp i januari').waitFor();
  });

  it.each(THEME_NAMES.flatMap((theme) => (['sv', 'en'] as const).map((locale) => [theme, locale] as const)))(
    'the meeting view (start and an item with its decision form and steps) has no serious accessibility violations: %s, %s',
    async (theme, locale) => {
      await openTab(page, session.app.url, { view: 'mote', as: 'lead', theme, locale });
      const resume = page.getByRole('button', { name: locale === 'sv' ? /^Fortsätt mötet/ : /^Resume the meeting/ });
      await resume.waitFor();
      expect(await axe()).toEqual([]);
      await resume.click();
      await page.getByTestId('meeting-steps').waitFor();
      await currentItem().getByRole('heading', { name: locale === 'sv' ? 'Senaste kommentarer' : 'Latest comments' }).waitFor();
      await currentItem().getByRole('combobox', { name: locale === 'sv' ? 'Ansvarig' : 'Owner' }).waitFor();
      expect(await axe()).toEqual([]);
      await screenshot(page, `mote-beslut-${locale}-${theme}`);
    },
  );
});

async function axe(): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return seriousViolations(page);
}
