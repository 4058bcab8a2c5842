import type { Page } from 'playwright-core';
import { OpenOptions, THEME_NAMES, TabSession, openTab, screenshot, seriousViolations, startTabSession, watchedPage } from './harness';

/**
 * Inställningar › Roller och rättigheter (dev mode with demo data, no Microsoft Graph): the demo
 * förvaltningsledare sees their own access and that no förvaltning team is chosen, grants
 * projektägare to a person found by typing two letters, sees them listed, and withdraws it after
 * confirming; a change someone else made first is reloaded and said; a member reads without the
 * buttons. No serious accessibility violations in the three themes, in Swedish and English.
 */
const JOHAN = { id: '11111111-1111-4111-8111-000000000003', name: 'Johan Ek' }; // the demo member
const SARA = { id: '11111111-1111-4111-8111-000000000004', name: 'Sara Nilsson' }; // the demo member2
const LISTED = 'aaaaaaaa-0000-4000-8000-000000000001';

let session: TabSession;
let page: Page;
const pageErrors: string[] = [];
beforeAll(async () => {
  // One object id in ROLE_PROJEKTAGARE: the lists show it in their disclosure.
  session = await startTabSession({ ROLE_PROJEKTAGARE: LISTED });
  page = await watchedPage(session, pageErrors);
}, 60_000);
afterAll(() => session.stop());
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

const overview = async () => (await session.app.request('GET', '/api/access', { as: 'lead' })).json;
const grantByApi = async (person: { id: string; name: string }) => {
  const version = (await overview()).rights.version;
  const answer = await session.app.request('POST', '/api/rights', { as: 'lead', headers: { 'if-match': `"${version}"` }, body: { right: 'projektägare', person } });
  expect(answer.status).toBe(200);
};
const withdrawByApi = async (personId: string) => {
  const version = (await overview()).rights.version;
  const answer = await session.app.request('DELETE', `/api/rights/${encodeURIComponent('projektägare')}/${personId}`, { as: 'lead', headers: { 'if-match': `"${version}"` } });
  expect(answer.status).toBe(200);
};

/** Opens Inställningar › Roller directly (its hash) and waits for the overview. */
async function openRoles(o: OpenOptions = {}): Promise<void> {
  await openTab(page, session.app.url, { view: 'installningar/roller', ...o });
  await page.getByTestId('roles-team').waitFor();
}

const holders = () => page.getByRole('table', { name: 'De som har rättigheten projektägare' });
const announcement = () => page.getByTestId('roles-announcement');
/** Waits until focus is on the element with this accessible label (aria-label, else its text). */
const focusOn = (name: string) =>
  page.waitForFunction((wanted) => {
    const focused = document.activeElement;
    return (focused?.getAttribute('aria-label') ?? focused?.textContent) === wanted;
  }, name);

it('the förvaltningsledare grants projektägare to someone found by two letters, sees them listed, and withdraws it after confirming', async () => {
  await openTab(page, session.app.url, { view: 'installningar' });
  await page.getByRole('tab', { name: 'Roller och rättigheter' }).click();
  await page.getByTestId('roles-team').waitFor();
  expect(new URL(page.url()).hash).toBe('#/installningar/roller');

  // Your own access, and where roles come from without a team or Graph.
  await page.getByTestId('roles-you').getByText('Du är förvaltningsledare — som demoanvändare (utvecklingsläge).').waitFor();
  await expect(page.getByTestId('roles-team').innerText()).resolves.toMatch(/^Inget förvaltningsteam är valt ännu\. En ägare av teamet väljer det genom att skriva ”följ upp här”/);
  await page.getByTestId('roles-no-graph').getByText(/rollerna kommer från listorna i appens konfiguration och från demoanvändarna/).waitFor();
  await page.getByText('Ingen har fått rättigheten projektägare här ännu.').waitFor();
  await expect(page.getByTestId('roles-lists').innerText()).resolves.toContain('ROLE_PROJEKTAGARE ger rättigheten projektägare: 1 objekt-id');

  // Two letters in the picker; Johan Ek among the people offered (name, then title and department).
  const box = page.getByRole('combobox', { name: 'Person' });
  await box.click();
  await box.pressSequentially('jo', { delay: 40 });
  await page.getByRole('option', { name: /^Johan Ek(,|$)/ }).click();
  await expect(box.inputValue()).resolves.toBe('Johan Ek');
  await page.getByRole('button', { name: 'Ge rättighet' }).click();
  await announcement().getByText('Johan Ek har nu rättigheten projektägare.').waitFor();
  const row = holders().getByRole('row').filter({ has: page.getByRole('cell', { name: 'Johan Ek', exact: true }) });
  await expect(row.getByRole('cell').nth(1).innerText()).resolves.toBe('Maria Lindqvist');
  await expect(box.inputValue()).resolves.toBe('');
  expect((await overview()).rights.grants).toMatchObject([{ right: 'projektägare', person: JOHAN, grantedBy: { name: 'Maria Lindqvist' } }]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'installningar-roller-sv-default');

  // Granting it again is refused at the field, before anything is sent.
  await box.click();
  await box.pressSequentially('jo', { delay: 40 });
  await page.getByRole('option', { name: /^Johan Ek(,|$)/ }).click();
  await page.getByRole('button', { name: 'Ge rättighet' }).click();
  await page.getByText('Johan Ek har redan rättigheten projektägare.').waitFor();

  // Withdraw: cancelling keeps it and returns focus to the button; confirming withdraws it.
  const withdraw = page.getByRole('button', { name: 'Ta bort rättigheten projektägare för Johan Ek' });
  await withdraw.click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort rättigheten?' });
  await dialog.getByText('Johan Ek har inte längre rättigheten projektägare när du har tagit bort den.').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await dialog.waitFor({ state: 'detached' });
  await focusOn('Ta bort rättigheten projektägare för Johan Ek');
  expect((await overview()).rights.grants).toHaveLength(1);

  await withdraw.press('Enter');
  await dialog.getByRole('button', { name: 'Ta bort rättigheten' }).click();
  await dialog.waitFor({ state: 'detached' });
  await announcement().getByText('Johan Ek har inte längre rättigheten projektägare.').waitFor();
  await page.getByText('Ingen har fått rättigheten projektägare här ännu.').waitFor();
  await focusOn('Projektägare'); // the right's heading: the row is gone
  expect((await overview()).rights.grants).toEqual([]);
});

it('a grant made by someone else first is reloaded and said; nothing is overwritten', async () => {
  await openRoles();
  await grantByApi(SARA); // behind the page's back: the page's version is stale
  const box = page.getByRole('combobox', { name: 'Person' });
  await box.click();
  await box.pressSequentially('jo', { delay: 40 });
  await page.getByRole('option', { name: /^Johan Ek(,|$)/ }).click();
  await page.getByRole('button', { name: 'Ge rättighet' }).click();
  await page.getByTestId('roles-problem').getByText('Någon annan ändrade rättigheterna — listan är uppdaterad. Försök igen.').waitFor();
  await holders().getByRole('cell', { name: 'Sara Nilsson', exact: true }).waitFor();
  expect((await overview()).rights.grants.map((g: { person: { name: string } }) => g.person.name)).toEqual(['Sara Nilsson']);

  // Trying again now succeeds (the person is still chosen).
  await page.getByRole('button', { name: 'Ge rättighet' }).click();
  await announcement().getByText('Johan Ek har nu rättigheten projektägare.').waitFor();
  await withdrawByApi(JOHAN.id);
});

it('a member sees who holds which right, without the buttons to grant or withdraw', async () => {
  await openRoles({ as: 'member' });
  await page.getByTestId('roles-you').getByText('Du är medlem — som demoanvändare (utvecklingsläge).').waitFor();
  await page.getByText('Bara förvaltningsledaren kan ge och ta bort rättigheter.').waitFor();
  await holders().getByRole('cell', { name: 'Sara Nilsson', exact: true }).waitFor();
  await expect(page.getByRole('button', { name: 'Ge rättighet' }).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: /^Ta bort rättigheten/ }).count()).resolves.toBe(0);

  // The demo project owner holds the right as a demo user.
  await openRoles({ as: 'owner' });
  await page.getByTestId('roles-you').getByText('Du har rättigheten projektägare — som demoanvändare (utvecklingsläge).').waitFor();
});

it('a chosen team: its name, who chose it and when, and its roster with the role each member gets (the answer played by the browser: dev mode reads no rosters)', async () => {
  const real = await overview();
  const stubbed = {
    ...real,
    team: { id: 'team-1', name: 'Förvaltning O365', chosenBy: { id: 'x', name: 'Maria Lindqvist' }, chosenAt: '2026-11-03T08:30:00.000Z' },
    roster: [
      { id: 'g', name: 'Gunilla Gäst', role: 'guest' },
      { id: 'm', name: 'Johan Ek', role: 'member' },
      { id: 'o', name: 'Maria Lindqvist', role: 'owner' },
    ],
    rosterSince: '2026-12-01T07:00:00.000Z',
    rostersFromGraph: true,
  };
  await page.route('**/api/access', (route) => route.fulfill({ status: 200, contentType: 'application/json', headers: { etag: `"${real.rights.version}"` }, body: JSON.stringify(stubbed) }));
  try {
    await openRoles();
    await expect(page.getByTestId('roles-team').innerText()).resolves.toBe('Förvaltning O365 — valt av Maria Lindqvist 3 nov. 2026 09:30.');
    await expect(page.getByTestId('roles-no-graph').count()).resolves.toBe(0);
    const roster = page.getByRole('table', { name: 'Förvaltningsteamets medlemmar och rollen var och en får i appen' });
    const rows = await roster.getByRole('row').allInnerTexts();
    expect(rows.map((r) => r.split(/\s*\t\s*|\n/).filter(Boolean))).toEqual([
      ['Namn', 'Roll i teamet', 'Roll i appen'],
      ['Maria Lindqvist', 'Ägare', 'förvaltningsledare'],
      ['Johan Ek', 'Medlem', 'medlem'],
      ['Gunilla Gäst', 'Gäst', 'läsare'],
    ]);
    await page.getByText('Så som Teams visade teamet 1 dec. 2026 08:00.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await page.unroute('**/api/access');
  }
});

describe('no serious accessibility violations', () => {
  // Sara Nilsson holds projektägare (above): the table and its "Ta bort" buttons are there.
  for (const theme of THEME_NAMES) {
    for (const locale of ['sv', 'en'] as const) {
      it(`in the ${theme} theme in ${locale}`, async () => {
        await openRoles({ theme, locale });
        await page.getByRole('button', { name: locale === 'sv' ? 'Ta bort rättigheten projektägare för Sara Nilsson' : 'Withdraw the project owner right from Sara Nilsson' }).waitFor();
        // The lists' disclosure open, so its ids are checked too.
        await page.locator('[data-testid=roles-lists] summary').first().click();
        await page.getByText(LISTED, { exact: true }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        if ((locale === 'sv') !== (theme === 'default')) await screenshot(page, `installningar-roller-${locale}-${theme}`);
      });
    }
  }
});
