import type { Locator, Page } from 'playwright-core';
import { OpenOptions, THEME_NAMES, TabSession, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/**
 * Överlämning: the handover checklist in the tab, against the real server with the demo data
 * (24 items in 6 sections, 8 of them ticked). The tests run in order on one server: looks and
 * language first, then a member's edits, then the conflict, then the sign-off, which is final.
 */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
});
afterAll(() => session.stop());

const PLAN = 'Förvaltningsplan för nästa år (mål, aktiviteter, budget)'; // T08, section B
const RISK = 'Informationsklassning, riskanalys och kontinuitetsplan'; // T09, section B
const ARCHIVE = 'Projekthandlingar diarieförda/arkiverade'; // T10, section B
const URL_MESSAGE = 'Länken till underlaget måste börja med http:// eller https://.';

async function openHandover(p: Page, o: OpenOptions = {}): Promise<void> {
  await p.goto('about:blank'); // a fresh load even when only the hash would be the same
  await openTab(p, session.app.url, { view: 'overlamning', as: 'member', ...o });
  await p.getByTestId('handover-total').waitFor({ timeout: 10_000 });
}

async function checklist(): Promise<any> {
  const res = await session.app.request('GET', '/api/checklist');
  expect(res.status).toBe(200);
  return res.json;
}
const itemOf = async (id: string) => (await checklist()).items.find((i: { id: string }) => i.id === id);

const row = (p: Page, text: string): Locator => p.locator('li', { has: p.getByRole('checkbox', { name: text, exact: true }) });
const today = (locale = 'sv-SE') =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date());

async function progress(p: Page, name: string): Promise<{ now: string | null; text: string | null }> {
  const bar = p.getByRole('progressbar', { name, exact: true });
  return { now: await bar.getAttribute('aria-valuenow'), text: await bar.getAttribute('aria-valuetext') };
}

describe('Överlämning (handover checklist)', () => {
  it.each(THEME_NAMES)('has no serious accessibility violations in the %s theme', async (theme) => {
    await openHandover(page, { theme });
    await expect(page.getByTestId('handover-total').textContent()).resolves.toBe('8 av 24 klara');
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining(['Roller och beslut', 'Dokumentation', 'Avslut', 'Signering']),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `overlamning-sv-${theme}`);
  });

  it('speaks English: section titles and items in English', async () => {
    await openHandover(page, { locale: 'en' });
    await expect(page.getByTestId('handover-total').textContent()).resolves.toBe('8 of 24 done');
    await page.getByRole('heading', { level: 3, name: 'Roles and decisions' }).waitFor();
    await page.getByRole('checkbox', { name: 'System owner appointed and has accepted' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Systemgruppsägare/objektägare utsedd och har accepterat uppdraget' }).count()).toBe(0);
    expect(await progress(page, 'Done in Roles and decisions')).toEqual({ now: '4', text: '4 of 5' });
    await screenshot(page, 'overlamning-en-default');
  });

  it('a reader sees the checklist read-only, with the reason', async () => {
    await openHandover(page, { as: 'reader' });
    await page.getByTestId('handover-status').getByText('Att bocka av och ändra punkter kräver medlemsbehörighet').waitFor();
    expect(await page.getByRole('checkbox', { name: PLAN }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^(Redigera|Flytta|Lägg till|Signera som)/ }).count()).toBe(0);
    // Read-only is not unreadable: the items' labels keep the body text's colour (the boxes show they cannot be ticked).
    const label = await row(page, PLAN).locator('label').first().evaluate((l) => getComputedStyle(l).color);
    expect(label).toBe(await page.locator('main').first().evaluate((m) => getComputedStyle(m).color));
  });

  it('a member ticks an item: section and total progress update, "Klar av Johan Ek" appears; unticking undoes it', async () => {
    await openHandover(page);
    expect(await progress(page, 'Avklarat i Dokumentation')).toEqual({ now: '1', text: '1 av 5' });
    const box = page.getByRole('checkbox', { name: PLAN });
    expect(await box.isChecked()).toBe(false);
    // An open item's label reads as text, not greyed as if disabled: the body text's colour.
    const labelColour = () => row(page, PLAN).locator('label').first().evaluate((l) => getComputedStyle(l).color);
    const bodyColour = await page.locator('main').first().evaluate((m) => getComputedStyle(m).color);
    expect(await labelColour()).toBe(bodyColour);

    await box.check();
    await page.getByTestId('handover-total').getByText('9 av 24 klara').waitFor();
    expect(await progress(page, 'Avklarat i Dokumentation')).toEqual({ now: '2', text: '2 av 5' });
    expect(await progress(page, 'Checklistan totalt')).toEqual({ now: '9', text: '9 av 24 klara' });
    await row(page, PLAN).getByText(`Klar av Johan Ek ${today()}`).waitFor();
    expect((await itemOf('T08')).doneBy.name).toBe('Johan Ek');

    await box.uncheck();
    await page.getByTestId('handover-total').getByText('8 av 24 klara').waitFor();
    expect(await progress(page, 'Avklarat i Dokumentation')).toEqual({ now: '1', text: '1 av 5' });
    expect(await row(page, PLAN).getByText('Klar av').count()).toBe(0);
    expect((await itemOf('T08')).done).toBe(false);
  });

  it('a bad evidence link shows the server’s message next to the field and saves nothing; a good one is saved with the comment and the responsible', async () => {
    await openHandover(page);
    const before = await itemOf('T08');
    await page.getByRole('button', { name: `Redigera: ${PLAN}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kommentar').fill('Beslutas i styrgruppen i december.');
    const link = dialog.getByLabel('Länk till underlag');
    await link.fill('intranet/dok');
    // The responsible, by keyboard: type to filter, Enter to pick.
    await dialog.getByRole('combobox', { name: 'Ansvarig' }).click();
    await page.keyboard.type('Sara');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();

    await dialog.getByText(URL_MESSAGE).waitFor();
    expect(await link.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await link.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain(URL_MESSAGE);
    expect(await link.inputValue()).toBe('intranet/dok'); // what was typed is kept
    const after = await itemOf('T08');
    expect({ comment: after.comment, evidenceUrl: after.evidenceUrl, version: after.version }).toEqual({
      comment: before.comment,
      evidenceUrl: before.evidenceUrl,
      version: before.version,
    });

    await link.fill('https://intranet.example.se/dok/forvaltningsplan');
    await link.press('Enter'); // Enter saves, like the button
    await dialog.waitFor({ state: 'detached' });
    // Focus is back on the item's "Redigera", not lost at the top of the page.
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Redigera: ${PLAN}`);
    const r = row(page, PLAN);
    await r.getByText('Kommentar: Beslutas i styrgruppen i december.').waitFor();
    await r.getByRole('link', { name: 'https://intranet.example.se/dok/forvaltningsplan' }).waitFor();
    await r.getByText('Ansvarig: Sara Nilsson').waitFor();
    const saved = await itemOf('T08');
    expect(saved).toMatchObject({
      comment: 'Beslutas i styrgruppen i december.',
      evidenceUrl: 'https://intranet.example.se/dok/forvaltningsplan',
      responsible: { name: 'Sara Nilsson' },
    });
  });

  it('a member adds an item to a section and moves it up with the keyboard', async () => {
    await openHandover(page);
    const text = 'Överlämningsmöte med servicedesk hållet';
    await page.getByRole('button', { name: 'Lägg till punkt i Avslut' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Text (svenska)').fill(text);
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: text }).waitFor();
    expect(await progress(page, 'Avklarat i Avslut')).toEqual({ now: '0', text: '0 av 5' });
    await expect(page.getByTestId('handover-total').textContent()).resolves.toBe('8 av 25 klara');

    const sectionF = page.locator('section[data-section="F"]');
    const order = () => sectionF.getByRole('checkbox').evaluateAll((els) => els.map((e) => e.closest('li')!.getAttribute('data-item')));
    const [, , , last, added] = await order();
    await page.getByRole('button', { name: `Flytta upp: ${text}` }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelectorAll('section[data-section="F"] li')[3]?.getAttribute('data-item') === id, added);
    expect((await order()).slice(3)).toEqual([added, last]);
    // Focus stays on the moved item's button, so pressing again moves it further.
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Flytta upp: ${text}`);
    const f = (await checklist()).items.filter((i: { sectionId: string }) => i.sectionId === 'F').map((i: { id: string }) => i.id);
    expect(f.slice(3)).toEqual([added, last]);
  });

  it('412: the same item edited in two browsers — the second save shows the other version, and re-applying keeps both changes', async () => {
    const mine = page;
    await openHandover(mine);
    const theirs = await (await session.context()).newPage();
    await openHandover(theirs, { as: 'member2' });

    // Sara saves a comment on T09 while Johan's screen still shows the old item.
    await theirs.getByRole('button', { name: `Redigera: ${RISK}` }).click();
    await theirs.getByRole('dialog').getByLabel('Kommentar').fill('Riskanalysen godkänd i maj.');
    await theirs.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await theirs.getByRole('dialog').waitFor({ state: 'detached' });

    await mine.getByRole('button', { name: `Redigera: ${RISK}` }).click();
    const dialog = mine.getByRole('dialog');
    await dialog.getByLabel('Länk till underlag').fill('https://intranet.example.se/risk');
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    const conflict = dialog.getByTestId('edit-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Sara Nilsson');
    expect(await dialog.getByTestId('their-version').textContent()).toContain('Riskanalysen godkänd i maj.');
    expect(await dialog.getByLabel('Länk till underlag').inputValue()).toBe('https://intranet.example.se/risk');
    expect(await dialog.getByLabel('Kommentar').inputValue()).toBe('Riskanalysen godkänd i maj.');
    expect((await itemOf('T09')).evidenceUrl).toBeNull(); // nothing silently written

    await dialog.getByRole('button', { name: 'Spara mina ändringar igen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row(mine, RISK).getByRole('link', { name: 'https://intranet.example.se/risk' }).waitFor();
    expect(await itemOf('T09')).toMatchObject({ comment: 'Riskanalysen godkänd i maj.', evidenceUrl: 'https://intranet.example.se/risk' });

    // A stale tick: Sara comments on T10, Johan (stale) ticks it — conflict, then "Gör min ändring igen".
    await theirs.getByRole('button', { name: `Redigera: ${ARCHIVE}` }).click();
    await theirs.getByRole('dialog').getByLabel('Kommentar').fill('Diarienummer 2026/112.');
    await theirs.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await theirs.getByRole('dialog').waitFor({ state: 'detached' });
    await mine.getByRole('checkbox', { name: ARCHIVE }).click();
    const tickConflict = row(mine, ARCHIVE).getByTestId('item-conflict');
    await tickConflict.waitFor();
    expect(await tickConflict.textContent()).toContain('Sara Nilsson');
    await row(mine, ARCHIVE).getByText('Kommentar: Diarienummer 2026/112.').waitFor(); // their version is shown
    expect(await mine.getByRole('checkbox', { name: ARCHIVE }).isChecked()).toBe(false);
    await tickConflict.getByRole('button', { name: 'Gör min ändring igen' }).click();
    await row(mine, ARCHIVE).getByText(`Klar av Johan Ek ${today()}`).waitFor();
    expect(await itemOf('T10')).toMatchObject({ done: true, doneBy: { name: 'Johan Ek' }, comment: 'Diarienummer 2026/112.' });
    await theirs.close();
  });

  it('sign-off: a member cannot sign; the projektägare signs (locked, may withdraw), the förvaltningsledare signs (read-only)', async () => {
    // Johan (member): no sign button, and why.
    await openHandover(page);
    const panel = page.getByTestId('handover-signoff');
    await panel.getByText('Du kan inte signera överlämningen').waitFor();
    expect(await page.getByRole('button', { name: /^Signera som/ }).count()).toBe(0);

    // Anders Berg (owner) signs as projektägare; the confirmation shows the open items.
    const owner = await (await session.context()).newPage();
    await openHandover(owner, { as: 'owner' });
    expect(await owner.getByRole('button', { name: 'Signera som förvaltningsledare' }).count()).toBe(0);
    // The sign-off item (T24) is not counted as open: the signatures complete it.
    const open = (await checklist()).items.filter((i: { id: string; done: boolean }) => !i.done && i.id !== 'T24').length;
    await owner.getByRole('button', { name: 'Signera som projektägare' }).click();
    let dialog = owner.getByRole('dialog');
    await dialog.getByText(`${open} punkter är inte klara`, { exact: true }).waitFor();
    await dialog.getByText('Efter båda signaturerna kan checklistan inte ändras.').waitFor();
    await dialog.getByRole('button', { name: 'Signera', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const status = owner.getByTestId('handover-status');
    await status.getByText('Låst i väntan på signatur').waitFor();
    expect(await status.textContent()).toContain('Anders Berg har signerat som projektägare');
    expect(await owner.getByRole('checkbox', { name: PLAN }).isDisabled()).toBe(true);
    expect(await owner.getByRole('button', { name: /^Redigera/ }).count()).toBe(0);

    // The signer may withdraw, which unlocks; then signs again.
    await status.getByRole('button', { name: 'Dra tillbaka min signatur' }).click();
    await status.waitFor({ state: 'detached' });
    expect(await owner.getByRole('checkbox', { name: PLAN }).isDisabled()).toBe(false);
    expect((await checklist()).locked).toBe(false);
    await owner.getByRole('button', { name: 'Signera som projektägare' }).click();
    dialog = owner.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Signera', exact: true }).click();
    await owner.getByTestId('handover-status').getByText('Låst i väntan på signatur').waitFor();

    // Maria Lindqvist (lead) sees the lock, and signs as förvaltningsledare.
    const lead = await (await session.context()).newPage();
    await openHandover(lead, { as: 'lead' });
    await lead.getByTestId('handover-status').getByText('Låst i väntan på signatur').waitFor();
    expect(await lead.getByRole('button', { name: 'Dra tillbaka min signatur' }).count()).toBe(0);
    await lead.getByRole('button', { name: 'Signera som förvaltningsledare' }).click();
    dialog = lead.getByRole('dialog');
    await dialog.getByText(`${open} punkter är inte klara`, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Signera', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const final = await checklist();
    expect(final.readOnly).toBe(true);
    expect(final.signatures.map((s: { role: string; by: { name: string } }) => [s.role, s.by.name])).toEqual([
      ['projektägare', 'Anders Berg'],
      ['förvaltningsledare', 'Maria Lindqvist'],
    ]);
    expect(final.signatures[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(final.signatures[1].hash).toBe(final.signatures[0].hash);

    const signedOn = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(
      new Date(final.signedOffAt),
    );
    await lead.getByTestId('handover-status').getByText(`Överlämningen är signerad ${signedOn}`).waitFor();
    const boxes = lead.getByRole('checkbox');
    expect(await boxes.count()).toBe(25);
    expect(await boxes.evaluateAll((els) => els.every((e) => (e as HTMLInputElement).disabled))).toBe(true);
    expect(await lead.getByRole('button', { name: /^(Redigera|Flytta|Lägg till|Signera som)/ }).count()).toBe(0);
    const signoff = lead.getByTestId('handover-signoff');
    await signoff.getByText(/^Signerad av Anders Berg/).waitFor();
    await signoff.getByText(/^Signerad av Maria Lindqvist/).waitFor();
    expect(await signoff.getByText(`Kontrollsumma: ${final.signatures[0].hash.slice(0, 12)}`).count()).toBe(2);
    expect(await seriousViolations(lead)).toEqual([]);
    await screenshot(lead, 'overlamning-signerad-sv-default');

    // The member's screen, reloaded, is read-only too.
    await openHandover(page);
    expect(await page.getByRole('checkbox', { name: PLAN }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^(Redigera|Flytta|Lägg till)/ }).count()).toBe(0);
  });
});
