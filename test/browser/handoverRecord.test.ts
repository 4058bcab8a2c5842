import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import type { Locator, Page } from 'playwright-core';
import { OpenOptions, THEME_NAMES, THEME_TOKENS, TabSession, openTab, rgb, screenshot, seriousViolations, startTabSession, watchedPage } from './harness';

/**
 * The handover as a record (för diariet): once the projektägare and the förvaltningsledare have
 * signed, the checklist prints as a clean document (the print stylesheet: no tab chrome) and
 * exports to Excel, both with the signatures, their local times and checksums; the item
 * "Formell överlämning …" is completed by the signatures themselves; the ticks stay readable.
 */
let session: TabSession;
let page: Page;
const errors: string[] = [];
let signed: { signedOffAt: string; signatures: { role: string; by: { name: string }; at: string; hash: string }[] };

const SIGN_OFF_ITEM = 'Formell överlämning signerad av projektägare och mottagare';
const FIRST_ITEM = 'Systemgruppsägare/objektägare utsedd och har accepterat uppdraget'; // ticked in the demo data
const local = (iso: string) => DateTime.fromISO(iso).setZone('Europe/Stockholm').toFormat('yyyy-MM-dd HH:mm');
const day = (iso: string, tag = 'sv-SE') =>
  new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date(iso));

beforeAll(async () => {
  session = await startTabSession();
  // The demo project owner (Anders Berg) and the receiving förvaltningsledare (Maria Lindqvist) sign.
  expect((await session.app.request('POST', '/api/checklist/sign-off', { as: 'owner', body: { role: 'projektägare' } })).status).toBe(200);
  const final = await session.app.request('POST', '/api/checklist/sign-off', { as: 'lead', body: { role: 'förvaltningsledare' } });
  expect(final.status).toBe(200);
  signed = final.json as typeof signed;
  expect(signed.signedOffAt).toBeTruthy();
  page = await watchedPage(session, errors);
  // The browser's print dialog would wait for a person: count the calls instead.
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; printed: number };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
});
afterAll(() => session.stop());
afterEach(async () => {
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});

async function openHandover(o: OpenOptions = {}): Promise<void> {
  await openTab(page, session.app.url, { view: 'overlamning', as: 'lead', ...o });
  await page.getByTestId('handover-total').waitFor({ timeout: 10_000 });
}
const row = (text: string): Locator => page.locator('li', { has: page.getByRole('checkbox', { name: text, exact: true }) });
const cellTexts = (sheet: ExcelJS.Worksheet): string[][] =>
  sheet.getSheetValues().flatMap((values) => (Array.isArray(values) ? [values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))] : []));

describe('Överlämning as a record', () => {
  it('the sign-off item is completed by the signatures, and the ticks of the signed list stay readable', async () => {
    await openHandover();
    const signOff = row(SIGN_OFF_ITEM);
    expect(await page.getByRole('checkbox', { name: SIGN_OFF_ITEM }).isChecked()).toBe(true);
    await signOff.getByText(`Klar genom signaturerna: Anders Berg och Maria Lindqvist ${day(signed.signedOffAt)}`).waitFor();
    expect(await signOff.getByText('Inte klar').count()).toBe(0);
    // The signed content is unchanged: the item is not ticked in the stored checklist.
    const stored = (await session.app.request('GET', '/api/checklist')).json as { items: { id: string; done: boolean }[] };
    expect(stored.items.find((i) => i.id === 'T24')!.done).toBe(false);

    // A ticked box of the locked list shows its tick in the text colour, not Fluent's disabled grey.
    const indicator = row(FIRST_ITEM).locator('.fui-Checkbox__indicator');
    const colour = await indicator.evaluate((e) => getComputedStyle(e).color);
    expect(colour).not.toBe(rgb(THEME_TOKENS.default.colorNeutralForegroundDisabled));
    expect(colour).toBe(rgb(THEME_TOKENS.default.colorNeutralForeground1));
    await screenshot(page, 'overlamning-signerad-lasbar-sv');
  });

  it('"Skriv ut" prints the record: title, items with who ticked them, the signatures with local time and checksum — no tab chrome', async () => {
    await openHandover();
    const print = page.getByRole('button', { name: 'Skriv ut' });
    await print.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);

    const record = page.getByTestId('handover-record');
    expect(await record.isVisible()).toBe(false); // on screen, the view is what shows
    await page.emulateMedia({ media: 'print' });
    await record.waitFor({ state: 'visible' });
    await record.getByRole('heading', { name: 'Checklista överlämning till förvaltning' }).waitFor();
    await record.getByText(`Signerad ${local(signed.signedOffAt)}`).first().waitFor();
    for (const title of ['Roller och beslut', 'Dokumentation', 'Avslut', 'Signaturer']) await record.getByRole('heading', { name: title }).waitFor();

    const first = record.locator('tr', { hasText: FIRST_ITEM });
    expect(await first.innerText()).toMatch(/Klar\s+Maria Lindqvist\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const signOff = record.locator('tr', { hasText: SIGN_OFF_ITEM });
    expect(await signOff.innerText()).toContain('Klar genom signaturerna');

    const signatures = record.getByTestId('record-signatures');
    for (const [role, s] of [['Projektägare', signed.signatures[0]!], ['Förvaltningsledare', signed.signatures[1]!]] as const) {
      const line = signatures.locator('tr', { hasText: s.by.name });
      const text = await line.innerText();
      expect(text).toContain(role);
      expect(text).toContain(local(s.at));
      expect(text).toContain(s.hash); // the whole checksum, for the registry
    }

    // Nothing but the record: no navigation, buttons, header or notices of the tab.
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByTestId('signed-in').isVisible()).toBe(false);
    expect(await page.locator('button:visible, [role="tab"]:visible, input:visible').count()).toBe(0);
    expect(await page.getByTestId('handover-signoff').isVisible()).toBe(false);
    await screenshot(page, 'overlamning-utskrift-sv');
  });

  it('"Exportera till Excel" gives the checklist and the signatures with their times and checksums', async () => {
    await openHandover();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^overlamning-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Checklista', 'Signaturer']);

    const items = cellTexts(book.getWorksheet('Checklista')!);
    expect(items[0]).toEqual(['Avsnitt', 'Punkt', 'Status', 'Klar av', 'Tidpunkt', 'Ansvarig', 'Kommentar', 'Underlag']);
    expect(items).toHaveLength(25);
    const first = items.find((r) => r[1] === FIRST_ITEM)!;
    expect(first.slice(0, 4)).toEqual(['Roller och beslut', FIRST_ITEM, 'Klar', 'Maria Lindqvist']);
    expect(first[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const signOff = items.find((r) => r[1] === SIGN_OFF_ITEM)!;
    expect(signOff.slice(2, 5)).toEqual(['Klar genom signaturerna', 'Anders Berg, Maria Lindqvist', local(signed.signedOffAt)]);

    const sigs = cellTexts(book.getWorksheet('Signaturer')!);
    expect(sigs[0]).toEqual(['Roll', 'Namn', 'Tidpunkt', 'Kontrollsumma']);
    expect(sigs.slice(1, 3)).toEqual([
      ['Projektägare', 'Anders Berg', local(signed.signatures[0]!.at), signed.signatures[0]!.hash],
      ['Förvaltningsledare', 'Maria Lindqvist', local(signed.signatures[1]!.at), signed.signatures[1]!.hash],
    ]);
  });

  it('speaks English: the print view and the Excel file in the reader’s language', async () => {
    await openHandover({ locale: 'en' });
    await row('Formal handover signed by project owner and receiver').getByText(`Done through the signatures: Anders Berg and Maria Lindqvist ${day(signed.signedOffAt, 'en-GB')}`).waitFor();
    await page.emulateMedia({ media: 'print' });
    const record = page.getByTestId('handover-record');
    await record.getByRole('heading', { name: 'Handover checklist to the administration' }).waitFor();
    expect(await record.getByTestId('record-signatures').innerText()).toContain('Project owner');
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^handover-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Checklist', 'Signatures']);
    const sigs = cellTexts(book.getWorksheet('Signatures')!);
    expect(sigs[0]).toEqual(['Role', 'Name', 'Time', 'Checksum']);
    expect(sigs[1]!.slice(0, 2)).toEqual(['Project owner', 'Anders Berg']);
  });

  it.each(THEME_NAMES.flatMap((theme) => (['sv', 'en'] as const).map((locale) => [theme, locale] as const)))(
    'no serious accessibility violations in the %s theme (%s), on screen (and on paper, which is white in every theme)',
    async (theme, locale) => {
      await openHandover({ theme, locale });
      expect(await seriousViolations(page)).toEqual([]);
      if (theme !== 'default') return;
      await page.emulateMedia({ media: 'print' });
      await page.getByTestId('handover-record').waitFor({ state: 'visible' });
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});
