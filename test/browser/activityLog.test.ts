import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import { CATEGORIES, STATUSES, newActivity } from '../../src/domain/activity';
import { findDevUser } from '../../src/auth/devUsers';
import { OpenOptions, THEME_NAMES, TabSession, openTab as openInTab, screenshot, seriousViolations, startTabSession, watchedPage } from './harness';

/** The activity log view against the real server: create/edit in a dialog, 412 conflicts, history, filters, export, 5,000 items. */
let session: TabSession;
let page: Page;
const pageErrors: string[] = [];
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));
beforeAll(async () => {
  session = await startTabSession();
  page = await newPage(session);
});

/** Opens the tab afresh: the same URL again would only be a same-document hash change, keeping the old state. */
async function openTab(p: Page, base: string, o: OpenOptions): Promise<void> {
  await p.goto('about:blank');
  await openInTab(p, base, o);
}

const newPage = (s: TabSession): Promise<Page> => watchedPage(s, pageErrors);
afterAll(() => session.stop());

const READY = '[data-testid=activity-grid][data-ready=true]';
const ready = (p: Page) => p.locator(READY).waitFor({ timeout: 10_000 });
const row = (p: Page, key: string) => p.locator(`${READY} tr[data-key="${key}"]`);
const gridKeys = (p: Page) => p.locator(`${READY} tbody tr[data-key]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
const api = async (path: string, as = 'lead') => (await session.app.request('GET', path, { as })).json;
/** The text of the elements that describe a control (Fluent Field: its validation message and hint). */
const description = (control: Locator) =>
  control.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
/** Dialogs and drawers fade and slide in: wait until no animation runs (axe would measure colours mid-fade). */
const settled = (p: Page) => p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
/** A date as the tab shows it, formatted by the browser itself. */
const shown = (p: Page, iso: string) =>
  p.evaluate((d) => new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), iso);

async function pickOwner(p: Page, dialog: Locator, name: string) {
  await dialog.getByRole('combobox', { name: 'Ansvarig' }).click();
  await p.getByRole('option', { name }).click();
}

describe('aktivitetslogg (activity log view)', () => {
  it('as a member: creates through the dialog, refuses an empty title, edits, shows the history and takes a comment', async () => {
    await openTab(page, session.app.url, { as: 'member' });
    await ready(page);
    const before = (await api('/api/activities')).count;

    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await dialog.getByText('Skriv en titel.').waitFor();
    expect(await dialog.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(await description(dialog.getByLabel('Titel'))).toContain('Skriv en titel.');
    await page.waitForFunction(() => document.activeElement?.id === 'activity-field-title');
    expect((await api('/api/activities')).count).toBe(before);

    await dialog.getByLabel('Titel').fill('Rutin för bokning av Teams-rum');
    await dialog.getByLabel('Beskrivning').fill('Mötesrummen ska kunna bokas från Teams; rutinen saknas.');
    await dialog.getByLabel('Kategori').selectOption({ label: 'Support' });
    await pickOwner(page, dialog, 'Sara Nilsson');
    await dialog.getByLabel('Prioritet').selectOption({ label: 'Hög' });
    await dialog.getByLabel('Förfallodatum').fill('2030-03-15');
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await dialog.waitFor({ state: 'detached' });
    const key = `A-${String(before + 1).padStart(3, '0')}`;
    await row(page, key).waitFor();
    expect(await row(page, key).innerText()).toMatch(/Rutin för bokning av Teams-rum[\s\S]*Support[\s\S]*Sara Nilsson[\s\S]*Ny[\s\S]*Hög/);
    const created = (await api(`/api/activities/${key}`)).activity;
    expect(created).toMatchObject({ category: 'Support', priority: 'hög', dueDate: '2030-03-15', owner: { name: 'Sara Nilsson' }, createdBy: { name: 'Johan Ek' } });

    // Edit by keyboard: Enter on the row's "Öppna" button.
    await row(page, key).getByRole('button', { name: `Öppna ${key}` }).press('Enter');
    await dialog.getByLabel('Status').selectOption({ label: 'Pågår' });
    await dialog.getByLabel('Förfallodatum').fill('2030-04-01');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`${key} har sparats.`).waitFor();
    const rowText = await row(page, key).innerText();
    expect(rowText).toContain('Pågår');
    expect(rowText).toContain(await shown(page, '2030-04-01'));
    expect((await api(`/api/activities/${key}`)).activity).toMatchObject({ status: 'pågår', dueDate: '2030-04-01', version: 2 });

    // History panel: who, field, from → to; then a follow-up comment.
    await row(page, key).getByRole('button', { name: `Historik för ${key}` }).click();
    const drawer = page.getByRole('dialog', { name: `Historik för ${key}` });
    const history = drawer.getByTestId('history');
    await history.waitFor();
    const historyText = await history.innerText();
    expect(historyText).toContain('Status: Ny → Pågår');
    expect(historyText).toContain(`Förfallodatum: ${await shown(page, '2030-03-15')} → ${await shown(page, '2030-04-01')}`);
    expect(historyText).toContain('Skapad med status Ny');
    expect(historyText).toContain('Johan Ek');
    await drawer.getByLabel('Ny kommentar').fill('Rutinen skickad till servicedesken för granskning.');
    await drawer.getByLabel('Uppföljning av möte (valfritt)').fill('2030-03-05');
    await drawer.getByRole('button', { name: 'Lägg till kommentar' }).click();
    await drawer.getByText('Kommentaren har lagts till.').waitFor();
    const comments = await drawer.getByTestId('comments').innerText();
    expect(comments).toContain('Uppföljning möte 2030-03-05');
    expect(comments).toContain('Rutinen skickad till servicedesken för granskning.');
    expect((await api(`/api/activities/${key}`)).comments).toEqual([
      expect.objectContaining({ text: 'Rutinen skickad till servicedesken för granskning.', meetingDate: '2030-03-05', by: expect.objectContaining({ name: 'Johan Ek' }) }),
    ]);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('closing without a resolution shows the server’s message next to the resolution field, and nothing changes', async () => {
    await openTab(page, session.app.url, { as: 'member' });
    await ready(page);
    await row(page, 'A-001').getByRole('button', { name: 'Öppna A-001' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Status').selectOption({ label: 'Klar' });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    const resolution = dialog.getByLabel('Avslutsnotering');
    await dialog.getByText('Skriv en avslutsnotering när du sätter status klar eller avförd.').waitFor();
    expect(await resolution.getAttribute('aria-invalid')).toBe('true');
    expect(await description(resolution)).toContain('Skriv en avslutsnotering');
    expect((await api('/api/activities/A-001')).activity.status).toBe('pågår');

    // Leaving with unsaved changes asks first; the typed status is still there when the user stays.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.getByRole('button', { name: 'Fortsätt redigera' }).click();
    expect(await dialog.getByLabel('Status').inputValue()).toBe('klar');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.getByRole('button', { name: 'Stäng utan att spara' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('412: the second saver sees what the other person changed and can save on top — both changes kept', async () => {
    expect((await api('/api/activities/A-003')).activity).toMatchObject({ version: 1, priority: 'normal', dueDate: null });
    const leadPage = await newPage(session);
    const memberPage = await newPage(session);
    await Promise.all([openTab(leadPage, session.app.url, { as: 'lead' }), openTab(memberPage, session.app.url, { as: 'member' })]);
    await Promise.all([ready(leadPage), ready(memberPage)]);
    await row(leadPage, 'A-003').getByRole('button', { name: 'Öppna A-003' }).click();
    await row(memberPage, 'A-003').getByRole('button', { name: 'Öppna A-003' }).click();

    const memberDialog = memberPage.getByRole('dialog');
    await memberDialog.getByLabel('Prioritet').selectOption({ label: 'Hög' });
    await memberDialog.getByRole('button', { name: 'Spara' }).click();
    await memberDialog.waitFor({ state: 'detached' });

    const leadDialog = leadPage.getByRole('dialog');
    await leadDialog.getByLabel('Förfallodatum').fill('2030-06-30');
    await leadDialog.getByRole('button', { name: 'Spara' }).click();
    const panel = leadDialog.getByTestId('conflict-panel');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('Johan Ek sparade A-003');
    expect(await panel.getByTestId('conflict-theirs').innerText()).toMatch(/Prioritet\s+Normal\s+Hög/);
    expect(await panel.getByTestId('conflict-yours').innerText()).toMatch(new RegExp(`Förfallodatum\\s+Inget datum\\s+${await shown(leadPage, '2030-06-30')}`));
    // The date picker shows her date in her language ("30 juni 2030").
    expect(await leadDialog.getByLabel('Förfallodatum').inputValue()).toBe(await shown(leadPage, '2030-06-30'));
    await settled(leadPage);
    expect(await seriousViolations(leadPage)).toEqual([]);
    await screenshot(leadPage, 'aktivitetslogg-conflict-sv-default');

    await panel.getByRole('button', { name: 'Spara min ändring ovanpå deras' }).click();
    await leadDialog.waitFor({ state: 'detached' });
    expect((await api('/api/activities/A-003')).activity).toMatchObject({ priority: 'hög', dueDate: '2030-06-30', version: 3 });
    expect(await row(leadPage, 'A-003').innerText()).toContain('Hög');
    await leadPage.close();
    await memberPage.close();
  });

  it('sorts by a header (click or Enter, aria-sort), filters and searches, and exports what is shown', async () => {
    await openTab(page, session.app.url, { as: 'lead' });
    await ready(page);
    const total = (await api('/api/activities')).count;

    const titleHeader = page.getByRole('columnheader', { name: 'Titel' });
    await titleHeader.getByRole('button').click();
    expect(await titleHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await gridKeys(page)).toEqual((await api('/api/activities?sort=title')).items.map((a: { key: string }) => a.key));
    await titleHeader.getByRole('button').press('Enter');
    expect(await titleHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await gridKeys(page)).toEqual((await api('/api/activities?sort=-title')).items.map((a: { key: string }) => a.key));

    // Status = väntar
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Väntar' });
    const waiting = (await api('/api/activities?status=väntar&sort=-title')).items.map((a: { key: string }) => a.key);
    expect(waiting.length).toBeGreaterThan(0);
    expect(await gridKeys(page)).toEqual(waiting);
    expect(await page.getByTestId('result-count').innerText()).toBe(`Visar ${waiting.length} av ${total}`);

    // CSV of exactly these rows, with the Swedish header.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const rows: string[][] = parse(readFileSync((await csv.path())!), { delimiter: ';', bom: true });
    expect(rows[0]).toContain('Nyckel');
    expect(rows.slice(1).map((r) => r[0])).toEqual(waiting);
    await page.getByRole('button', { name: 'Rensa filter' }).click();

    // Owner: "Utan ansvarig" = the unassigned items.
    await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Utan ansvarig' });
    const unassigned = (await api('/api/activities?owner=none&sort=-title')).items.map((a: { key: string }) => a.key);
    expect(unassigned.length).toBeGreaterThan(0);
    expect(await gridKeys(page)).toEqual(unassigned);
    await page.getByRole('button', { name: 'Rensa filter' }).click();

    // Overdue only: every row says so in words.
    await page.getByRole('switch', { name: 'Endast försenade' }).click();
    const overdue = (await api('/api/activities?overdue=true')).count;
    expect(overdue).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=activity-grid] tbody tr[data-key]').length === n, overdue);
    expect(await page.locator(`${READY} [data-testid=overdue]`).count()).toBe(overdue);
    expect(await page.locator(`${READY} [data-testid=overdue]`).first().innerText()).toBe('Försenad');
    await page.getByRole('switch', { name: 'Endast försenade' }).click();

    // Search, case- and accent-insensitive.
    await page.getByRole('searchbox', { name: 'Sök' }).fill('SKYPE');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=activity-grid] tbody tr[data-key]').length === 1);
    expect(await page.locator(`${READY} tbody tr[data-key]`).innerText()).toContain('Lämna Skype för företag');
    await page.getByRole('searchbox', { name: 'Sök' }).fill('foretag');
    await page.getByTestId('result-count').filter({ hasText: /^Visar [1-9]\d* av/ }).waitFor();
    expect(await page.locator(`${READY} tbody tr[data-key]`).allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Lämna Skype för företag')]),
    );

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^aktivitetslogg-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe('PK');
  });

  it('the förvaltningsledare deletes an item entered by mistake, after confirming', async () => {
    const made = await session.app.request('POST', '/api/activities', { as: 'lead', body: { title: 'Dubblett av A-002', category: 'Övrigt' } });
    const key: string = made.json.key;
    await openTab(page, session.app.url, { as: 'lead' });
    await ready(page);
    await row(page, key).getByRole('button', { name: `Öppna ${key}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await dialog.getByText(`Ta bort ${key} helt?`).waitFor();
    expect((await session.app.request('GET', `/api/activities/${key}`)).status).toBe(200);
    await dialog.getByRole('button', { name: 'Ja, ta bort' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`${key} har tagits bort.`).waitFor();
    expect(await row(page, key).count()).toBe(0);
    expect((await session.app.request('GET', `/api/activities/${key}`)).status).toBe(404);

    // A member has no delete button.
    await openTab(page, session.app.url, { as: 'member' });
    await ready(page);
    await row(page, 'A-002').getByRole('button', { name: 'Öppna A-002' }).click();
    await page.getByRole('dialog').getByLabel('Titel').waitFor();
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
  });

  it('speaks English, and a reader gets no edit buttons but a reason', async () => {
    await openTab(page, session.app.url, { locale: 'en', as: 'member' });
    await ready(page);
    expect(await page.getByRole('columnheader').allInnerTexts()).toEqual([
      'Key',
      'Title',
      'Category',
      'Owner',
      'Status',
      'Priority',
      'Due date',
      'Last changed',
      'Actions',
    ]);
    for (const name of ['New activity', 'Export to Excel', 'Export CSV']) await page.getByRole('button', { name, exact: true }).waitFor();
    // The demo log fits on one page: no pager.
    expect(await page.getByRole('navigation', { name: 'Pages' }).count()).toBe(0);
    expect(await page.getByTestId('result-count').innerText()).toMatch(/^Showing \d+ of \d+$/);
    await screenshot(page, 'aktivitetslogg-en-default');

    await openTab(page, session.app.url, { as: 'reader' });
    await ready(page);
    expect(await page.getByRole('button', { name: 'Ny aktivitet' }).count()).toBe(0);
    await page.getByText('Du har läsbehörighet: du kan se aktiviteterna').waitFor();
    await row(page, 'A-002').getByRole('button', { name: 'Öppna A-002' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Du har läsbehörighet och kan inte ändra aktiviteten.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    expect(await dialog.getByLabel('Status').isDisabled()).toBe(true);
  });

  it.each(THEME_NAMES)('has no serious accessibility violations in the %s theme', async (theme) => {
    await openTab(page, session.app.url, { theme, as: 'member' });
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `aktivitetslogg-sv-${theme}`);
    if (theme === 'default') {
      await row(page, 'A-001').getByRole('button', { name: 'Öppna A-001' }).click();
      await page.getByRole('dialog').getByLabel('Titel').waitFor();
      await settled(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'aktivitetslogg-dialog-sv-default');
    }
    if (theme === 'dark') {
      await row(page, 'A-001').getByRole('button', { name: 'Historik för A-001' }).click();
      await page.getByTestId('history').waitFor();
      await settled(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'aktivitetslogg-history-sv-dark');
    }
  });
});

describe('aktivitetslogg with 5,000 items', () => {
  let big: TabSession;
  beforeAll(async () => {
    big = await startTabSession();
    const actor = findDevUser('lead')!;
    const people = ['member', 'member2', 'owner', 'lead'].map((alias) => findDevUser(alias)!).map(({ id, name }) => ({ id, name }));
    const existing = (await big.app.store.activities.list()).length;
    const now = new Date();
    for (let i = existing + 1; i <= 5000; i++) {
      const made = newActivity(
        {
          title: i % 250 === 0 ? `Nätverksbyte i hus ${i}` : `Uppföljning av ärende ${i}`,
          description: `Genererad post nummer ${i}.`,
          category: CATEGORIES[i % CATEGORIES.length]!,
          owner: i % 5 === 0 ? null : people[i % people.length]!,
          status: STATUSES[i % 3]!,
          priority: 'normal',
          dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
          origin: 'förvaltning',
          resolution: null,
        },
        { id: actor.id, name: actor.name },
        now,
      );
      if (!made.ok) throw new Error('draft');
      await big.app.store.activities.create(made.value.draft, made.value.audit);
    }
  }, 60_000);
  afterAll(() => big.stop());

  it('shows the first page quickly, pages to the end and filters without freezing', async () => {
    const p = await newPage(big);
    const started = Date.now();
    await openTab(p, big.app.url, { as: 'member' });
    await ready(p);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await p.locator(`${READY} tbody tr[data-key]`).count()).toBe(50);
    expect(await p.getByTestId('result-count').innerText()).toMatch(/^Visar 5\s000 av 5\s000$/);
    expect(await p.getByTestId('page-status').innerText()).toBe('Sida 1 av 100');

    let step = Date.now();
    await p.getByRole('button', { name: 'Sista' }).click();
    await p.getByTestId('page-status').filter({ hasText: 'Sida 100 av 100' }).waitFor({ timeout: 3000 });
    await row(p, 'A-5000').waitFor({ timeout: 3000 });
    expect(Date.now() - step).toBeLessThan(3000);

    step = Date.now();
    await p.getByRole('searchbox', { name: 'Sök' }).fill('natverksbyte');
    await p.getByTestId('result-count').filter({ hasText: /^Visar 20 av 5\s000$/ }).waitFor({ timeout: 3000 });
    expect(await p.locator(`${READY} tbody tr[data-key]`).count()).toBe(20);
    // Everything fits on one page: no pager.
    expect(await p.getByRole('navigation', { name: 'Sidor' }).count()).toBe(0);
    expect(Date.now() - step).toBeLessThan(3000);

    const overdue: number = (await big.app.request('GET', '/api/activities?overdue=true', { as: 'lead' })).json.count;
    const grouped = String(overdue).replace(/\B(?=(\d{3})+(?!\d))/g, '\\s');
    step = Date.now();
    await p.getByRole('searchbox', { name: 'Sök' }).fill('');
    await p.getByRole('switch', { name: 'Endast försenade' }).click();
    await p.getByTestId('result-count').filter({ hasText: new RegExp(`^Visar ${grouped} av 5\\s000$`) }).waitFor({ timeout: 3000 });
    expect(Date.now() - step).toBeLessThan(3000);
  });
});
