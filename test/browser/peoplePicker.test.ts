import type { Locator, Page } from 'playwright-core';
import { OpenOptions, TabSession, openTab, screenshot, seriousViolations, startTabSession, watchedPage } from './harness';

/**
 * The people pickers search the organisation's directory (dev mode: the server's demo directory)
 * from two typed characters: debounced, one request for a quick burst of typing, a person the app
 * does not know yet shown with their job title and saved when picked. When the directory does not
 * answer the picker says so calmly, once; when consent is missing it shows the server's words
 * (those two are played by the browser: the answers are stubbed with page.route).
 */
let session: TabSession;
let page: Page;
const pageErrors: string[] = [];
beforeAll(async () => {
  session = await startTabSession();
  page = await watchedPage(session, pageErrors);
}, 60_000);
afterAll(() => session.stop());
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

interface DirectoryPerson {
  id: string;
  name: string;
  mail?: string;
  jobTitle?: string;
  department?: string;
}
interface PeopleAnswer {
  items: DirectoryPerson[];
  directory?: string;
}

const PLAN = 'Förvaltningsplan för nästa år (mål, aktiviteter, budget)'; // T08
const RISK = 'Informationsklassning, riskanalys och kontinuitetsplan'; // T09
const people = async (q?: string): Promise<PeopleAnswer> =>
  (await session.app.request('GET', `/api/people${q ? `?q=${encodeURIComponent(q)}` : ''}`, { as: 'member' })).json;
const item = async (id: string) => (await session.app.request('GET', '/api/checklist')).json.items.find((i: { id: string }) => i.id === id);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Two letters that find, in the demo directory, someone the app does not know yet and who has a
 * job title — asked of the API, so the test does not depend on who the demo staff are.
 */
async function strangerToFind(): Promise<{ letters: string; person: DirectoryPerson & { jobTitle: string } }> {
  const known = new Set((await people()).items.map((p) => p.id.toLowerCase()));
  const statuses = new Set<string>();
  for (const letters of ['an', 'er', 'ma', 'li', 'el', 'ka', 'jo', 'sa', 'in', 'la', 'ni', 'en', 'on', 'ar', 'st', 'be']) {
    const answer = await people(letters);
    statuses.add(String(answer.directory));
    const person = answer.items.find((p) => !known.has(p.id.toLowerCase()) && p.jobTitle);
    if (answer.directory === 'included' && person?.jobTitle) return { letters, person: { ...person, jobTitle: person.jobTitle } };
  }
  throw new Error(`GET /api/people?q= found nobody new with a job title (directory: ${[...statuses].join(', ')}) — is the demo directory there?`);
}

async function openHandover(o: OpenOptions = {}): Promise<void> {
  await openTab(page, session.app.url, { view: 'overlamning', as: 'member', ...o });
  await page.getByTestId('handover-total').waitFor({ timeout: 10_000 });
}
const row = (text: string): Locator => page.locator('li', { has: page.getByRole('checkbox', { name: text, exact: true }) });

/** Opens the item's edit dialog and the responsible picker's box, emptied. */
async function editResponsible(text: string): Promise<{ dialog: Locator; box: Locator }> {
  await page.getByRole('button', { name: `Redigera: ${text}` }).click();
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('combobox', { name: 'Ansvarig' });
  await box.click();
  await box.fill('');
  return { dialog, box };
}

/** Counts the directory searches (GET /api/people?q=) the page sends from now on. */
function countSearches(p: Page): { count: () => number; stop: () => void } {
  let n = 0;
  const seen = (r: { url: () => string }) => {
    if (/\/api\/people\?(.*&)?q=/.test(r.url())) n += 1;
  };
  p.on('request', seen);
  return { count: () => n, stop: () => p.off('request', seen) };
}

describe('people pickers search the organisation’s directory', () => {
  it('typing two letters shows, after the pause, someone new from the directory with their job title; picked, they are saved as responsible', async () => {
    const { letters, person } = await strangerToFind();
    await openHandover();
    const { dialog, box } = await editResponsible(PLAN);

    await box.pressSequentially(letters, { delay: 40 });
    // The option's accessible name is the name, then (after a pause) the job title.
    const option = page.getByRole('option', { name: new RegExp(`^${escape(person.name)}\\W+${escape(person.jobTitle)}`) });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain(person.jobTitle);
    // The open list with the directory's people: no serious accessibility violations (light, Swedish).
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'personvaljare-katalog-sv-default');

    await option.click();
    await expect(box.inputValue()).resolves.toBe(person.name); // the box shows the name alone
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await row(PLAN).getByText(`Ansvarig: ${person.name}`).waitFor();
    expect((await item('T08')).responsible).toEqual({ id: person.id, name: person.name });

    await openHandover(); // reloaded: the server has them
    await row(PLAN).getByText(`Ansvarig: ${person.name}`).waitFor();
  });

  it('four characters typed quickly ask the server at most twice', async () => {
    const { letters } = await strangerToFind();
    await openHandover();
    const { dialog, box } = await editResponsible(RISK);
    const searches = countSearches(page);
    const typed = `${letters}${letters}`.slice(0, 4);
    await box.pressSequentially(typed, { delay: 30 });
    await page.waitForTimeout(900); // past the debounce and the answer
    searches.stop();
    // What was typed stays (Fluent clears the selection while no option starts with the text; the picker keeps it).
    await expect(box.inputValue()).resolves.toBe(typed);
    expect(searches.count()).toBeGreaterThanOrEqual(1);
    expect(searches.count()).toBeLessThanOrEqual(2);

    // Back and forth: each text is asked once; its answer is kept for the next time it is typed.
    const again = countSearches(page);
    await box.press('Backspace');
    await box.press('Backspace'); // two letters: not asked yet in this picker
    await page.waitForTimeout(600);
    await box.pressSequentially(`${letters}${letters}`.slice(2, 4), { delay: 30 });
    await page.waitForTimeout(600);
    await box.press('Backspace');
    await box.press('Backspace');
    await page.waitForTimeout(600);
    again.stop();
    expect(again.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('the activity log’s owner picker offers the directory too, and saves the person picked from it', async () => {
    const { letters, person } = await strangerToFind();
    await openTab(page, session.app.url, { as: 'member' });
    await page.locator('[data-testid=activity-grid][data-ready=true]').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Katalogens person som ansvarig');
    const box = dialog.getByRole('combobox', { name: 'Ansvarig' });
    await box.click();
    await box.fill('');
    await box.pressSequentially(letters, { delay: 40 });
    await page.getByRole('option', { name: new RegExp(`^${escape(person.name)}\\W`) }).click();
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await dialog.waitFor({ state: 'detached' });
    const created = (await session.app.request('GET', `/api/activities?q=${encodeURIComponent('Katalogens person')}`)).json.items[0];
    expect(created.owner).toEqual({ id: person.id, name: person.name });
  });

  it('a directory that does not answer is said once, calmly; the known people are still offered', async () => {
    await page.route(/\/api\/people\?(.*&)?q=/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ items: [], directory: 'unavailable' }) }),
    );
    try {
      await openHandover();
      let { dialog, box } = await editResponsible(PLAN);
      await box.pressSequentially('Sar', { delay: 40 });
      const notice = page.getByTestId('directory-unavailable');
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain('Organisationens katalog svarar inte just nu');
      // In a polite live region, not an alert.
      await expect(notice.evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live'))).resolves.toBe('polite');
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.getByRole('option', { name: 'Sara Nilsson' }).waitFor();
      await box.pressSequentially('a', { delay: 40 });
      await page.waitForTimeout(500);
      expect(await page.getByTestId('directory-unavailable').count()).toBe(1);
      await box.press('Escape');
      await screenshot(page, 'personvaljare-katalog-svarar-inte-sv-default');
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Another picker later in the same session keeps quiet.
      ({ dialog, box } = await editResponsible(RISK));
      await box.pressSequentially('Sar', { delay: 40 });
      await page.getByRole('option', { name: 'Sara Nilsson' }).waitFor();
      await page.waitForTimeout(600);
      expect(await page.getByTestId('directory-unavailable').count()).toBe(0);
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await page.unroute(/\/api\/people\?(.*&)?q=/);
    }
  });

  it('missing consent shows the server’s message (in a browser, without the Teams consent button)', async () => {
    const message = 'Appen behöver ditt medgivande för att söka i organisationens katalog.';
    await page.route(/\/api\/people\?(.*&)?q=/, (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'consent_required', reason: 'user', message } }),
      }),
    );
    try {
      await openHandover({ locale: 'en' });
      await page.getByRole('button', { name: /^Edit: / }).first().click();
      const dialog = page.getByRole('dialog');
      const box = dialog.getByRole('combobox', { name: 'Responsible' });
      await box.click();
      await box.fill('');
      await box.pressSequentially('Sa', { delay: 40 });
      const notice = page.getByTestId('directory-consent');
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain(message);
      await box.press('Escape'); // the list closes; the notice stays
      await screenshot(page, 'personvaljare-medgivande-en-default');
      expect(await notice.getByRole('button', { name: 'Grant access' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await page.unroute(/\/api\/people\?(.*&)?q=/);
    }
  });

  it('the consent page tells, in both languages, that the window can be closed', async () => {
    await page.goto(`${session.app.url}/tab/consent-done.html`);
    await page.getByText('Klart – du kan stänga fönstret.').waitFor();
    await page.getByText('Done – you can close this window.').waitFor();
    await page.goto(`${session.app.url}/tab/consent-done.html?error=access_denied`);
    await page.getByText(/Behörigheten gavs inte \(access_denied\)/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
