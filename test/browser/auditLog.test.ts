import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { THEME_NAMES, TabSession, offeredViews, openTab, screenshot, seriousViolations, startTabSession, watchedPage } from './harness';

/**
 * Händelselogg: the förvaltningsledare reads the trail as sentences, newest first (the demo data's
 * entries, page after page), filters it by kind of record and key, by person and by days (typed
 * into the localized date field), checks the chain — unbroken, then broken after a row is edited
 * directly in the database — and exports it with the head. A member reads it without the check;
 * a reader does not see the view. No serious accessibility violations in three themes × sv/en.
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

const entries = () => page.getByRole('list', { name: /Händelser, senaste först|Events, latest first/ }).getByRole('listitem');
const api = async (p: string) => (await session.app.request('GET', p, { as: 'lead' })).json;

async function openLog(opts: { as?: string; theme?: 'default' | 'dark' | 'contrast'; locale?: 'sv' | 'en' } = {}) {
  await openTab(page, session.app.url, { view: 'handelselogg', ...opts });
  await entries().first().waitFor();
}

it('the lead reads, filters, checks and exports the trail', async () => {
  const changed = await session.app.request('PATCH', '/api/activities/A-001', {
    as: 'lead',
    headers: { 'if-match': `"${(await api('/api/activities/A-001')).activity.version}"` },
    body: { priority: 'låg' },
  });
  expect(changed.status).toBe(200);
  const head = (await api('/api/audit?limit=1')).head as { count: number; hash: string };
  await openLog();

  // Newest first, as sentences; the head as the API has it.
  await expect(entries().first().innerText()).resolves.toMatch(/^Maria Lindqvist ändrade prioritet på A-001 från \S+ till låg/);
  await expect(page.getByTestId('audit-head').innerText()).resolves.toBe(head.hash);
  await expect(page.getByTestId('audit-retention').innerText()).resolves.toMatch(/^Händelseloggen är en allmän handling och bevaras; .*arkivlagen \(1990:782\)/);
  await expect(entries().count()).resolves.toBe(50);
  await page.getByRole('button', { name: 'Visa fler' }).click();
  await entries().nth(50).waitFor();
  await screenshot(page, 'audit-log-sv');

  // By kind and key, typed and sent with Enter.
  await page.getByRole('combobox', { name: 'Typ av post' }).click();
  await page.getByRole('option', { name: 'Aktivitet' }).click();
  await page.getByRole('textbox', { name: /^Nyckel/ }).fill('A-001');
  await page.getByRole('textbox', { name: /^Nyckel/ }).press('Enter');
  const ofA001 = (await api('/api/audit?record=activity:A-001&order=newest')).entries.length;
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=audit-entries] > li').length === n, ofA001);
  for (const text of await entries().allInnerTexts()) expect(text).toContain('A-001');

  // A key without a kind is refused at the field.
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await page.getByRole('textbox', { name: /^Nyckel/ }).fill('A-002');
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await page.getByText('Välj typ av post för nyckeln.').waitFor();
  await page.getByRole('textbox', { name: /^Nyckel/ }).fill('');

  // By person: Johan Ek's entries only.
  await page.getByRole('combobox', { name: 'Person' }).click();
  await page.getByRole('combobox', { name: 'Person' }).pressSequentially('Johan');
  // Exactly: the directory's people come too (in dev mode the demo staff have a Johan Eklund, and a
  // namesake Johan Ek, whose option also names their title and department).
  await page.getByRole('option', { name: 'Johan Ek', exact: true }).click();
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  const johans = (await api(`/api/audit?person=${(await api('/api/people')).items.find((p: { name: string }) => p.name === 'Johan Ek').id}&order=newest`)).entries.length;
  expect(johans).toBeGreaterThan(0);
  await page.waitForFunction((n) => {
    const shown = Array.from(document.querySelectorAll('[data-testid=audit-entries] > li'));
    return shown.length === Math.min(n, 50) && shown.every((li) => li.textContent!.includes('Johan Ek'));
  }, johans);

  // By days, typed into the localized date field (shown back as "7 dec. 2026"-style dates).
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());
  await page.getByRole('combobox', { name: 'Från och med' }).fill(today);
  await page.getByRole('combobox', { name: 'Från och med' }).press('Tab');
  await expect(page.getByRole('combobox', { name: 'Från och med' }).inputValue()).resolves.not.toBe(today);
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  const sinceToday = (await api(`/api/audit?from=${today}&order=newest`)).entries.length;
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=audit-entries] > li').length === Math.min(n, 50), sinceToday);

  // The check: unbroken; then a row edited in the database is found.
  await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
  await page.getByTestId('audit-verified').getByText(`Kedjan är obruten: ${head.count} händelser`, { exact: false }).waitFor();
  const db = new Database(path.join(session.app.dataDir, 'forvaltningsstod.db'));
  try {
    db.prepare("UPDATE audit_trail SET changes_json = '[]' WHERE seq = 5").run();
  } finally {
    db.close();
  }
  await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
  await page.getByTestId('audit-broken').getByText('Kedjan är bruten vid händelse 5: innehållet stämmer inte med sin hash.', { exact: false }).waitFor();

  // The export carries the head.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^handelselogg-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows: string[][] = parse(readFileSync((await csv.path())!), { delimiter: ';', bom: true });
  expect(rows[0]).toEqual(['Nr', 'Tidpunkt', 'Vem', 'Post', 'Händelse', 'Hash (SHA-256)', 'Föregående hash']);
  expect(rows.at(-1)![5]).toBe(head.hash);
});

it('a member reads it without the check; a reader does not see it', async () => {
  await openLog({ as: 'member' });
  await expect(page.getByRole('button', { name: 'Kontrollera kedjan' }).count()).resolves.toBe(0);
  await openTab(page, session.app.url, { as: 'reader' });
  const views = await offeredViews(page);
  expect(views).toContain('Aktivitetslogg');
  expect(views).not.toContain('Händelselogg');
});

for (const theme of THEME_NAMES) {
  for (const locale of ['sv', 'en'] as const) {
    it(`has no serious accessibility violations in the ${theme} theme in ${locale}`, async () => {
      await openLog({ theme, locale });
      await page.getByTestId('audit-chain').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
