import type { Page } from 'playwright-core';
import { THEME_NAMES, TabSession, fillDate, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/**
 * Dokumentation, the förvaltningsdokumentation register (issue 16): a member adds a document
 * whose review is overdue, marks another reviewed, and the overdue review is in the restlista's
 * "Dokument att granska" and in the meeting mode; then axe in every theme and both languages.
 */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
});
afterAll(() => session.stop());

interface Doc {
  id: string;
  title: string;
  version: number;
  due: string | null;
  lastReviewed: string | null;
  nextReview: string | null;
}
const documents = async (): Promise<{ today: string; nextMeeting: string; items: Doc[] }> => (await session.app.request('GET', '/api/documents', { as: 'lead' })).json;

async function open(view: 'dokumentation' | 'restlista' | 'mote', opts: { as?: string; theme?: 'default' | 'dark' | 'contrast'; locale?: 'sv' | 'en' } = {}) {
  await openTab(page, session.app.url, { view, as: 'member', ...opts });
}

const TITLE = 'Rutin för Teams-telefoni i receptionen';
const row = (id: string) => page.locator(`tr[data-document="${id}"]`);

describe('dokumentation', () => {
  let added: Doc;

  it('a member adds a document in the dialog (date picker, people picker); its overdue review is marked in words', async () => {
    const { today } = await documents();
    const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}${today.slice(4, 8)}01`;
    await open('dokumentation');
    await page.getByTestId('documents-table').waitFor();
    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    const form = page.getByTestId('document-form');
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Länk').fill('https://contoso.sharepoint.com/sites/O365Forvaltning/Delade%20dokument/Telefoni%20reception.docx');
    await form.getByRole('combobox', { name: 'Typ' }).click();
    await page.getByRole('option', { name: 'Rutin' }).click();
    const owner = form.getByRole('combobox', { name: 'Ägare' });
    await owner.click();
    await owner.press('Control+a');
    await owner.pressSequentially('Sar', { delay: 40 });
    await page.getByRole('option', { name: /^Sara Nilsson/ }).first().click();
    await form.getByLabel('Version').fill('1.0');
    await fillDate(form.getByLabel('Dokumentets datum'), twoYearsAgo);
    await form.getByLabel('Granskningsintervall (månader)').fill('12');
    // No native date inputs anywhere in the dialog.
    await expect(form.locator('input[type="date"]').count()).resolves.toBe(0);
    await form.getByRole('button', { name: 'Lägg till' }).click();

    added = (await documents()).items.find((d) => d.title === TITLE)!;
    expect(added).toMatchObject({ due: 'overdue', lastReviewed: null });
    await page.getByTestId('documents-announcement').filter({ hasText: `${added.id} är tillagt i registret.` }).waitFor();
    await expect(row(added.id).textContent()).resolves.toMatch(/Sara Nilsson.*Gällande.*Försenad/);
    await expect(row(added.id).locator('[data-review="overdue"]').count()).resolves.toBe(1);
    const link = row(added.id).getByRole('link', { name: new RegExp(TITLE) });
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
  });

  it('"Granskad" with a note sets today and starts the next interval; the review is in the document\'s history', async () => {
    const { today, items } = await documents();
    const guest = items.find((d) => d.title === 'Rutin för gäståtkomst')!;
    expect(guest.due).toBe('overdue');
    await row(guest.id).getByRole('button', { name: `Granskad: ${guest.id} ${guest.title}` }).click();
    const form = page.getByTestId('document-review-form');
    await form.getByLabel('Anteckning').fill('Stämmer med gästinställningarna i dag.');
    await form.getByRole('button', { name: 'Spara granskning' }).click();
    await page.getByTestId('documents-announcement').filter({ hasText: `${guest.id} är granskat. Nästa granskning` }).waitFor();
    const after = (await documents()).items.find((d) => d.id === guest.id)!;
    expect(after).toMatchObject({ lastReviewed: today, due: null });
    await row(guest.id).locator('[data-review]').waitFor({ state: 'detached' });

    await row(guest.id).getByRole('button', { name: `Visa ${guest.id} ${guest.title}` }).click();
    await expect(page.getByTestId('document-reviews').textContent()).resolves.toContain('Stämmer med gästinställningarna i dag.');
    await page.getByRole('button', { name: 'Stäng' }).click();
  });

  it('the overdue review is in the restlista, in a section of its own, with "Granskad"', async () => {
    await open('restlista');
    const section = page.getByTestId('documents-due');
    await section.getByRole('heading', { name: 'Dokument att granska' }).waitFor();
    const entry = section.locator(`li[data-document="${added.id}"]`);
    await expect(entry.textContent()).resolves.toMatch(new RegExp(`${added.id} ${TITLE}.*Sara Nilsson.*Försenad`));
    await expect(entry.getByRole('button', { name: `Granskad: ${TITLE}` }).count()).resolves.toBe(1);
    await expect(section.locator('li[data-document]').filter({ hasText: 'Rutin för gäståtkomst' }).count()).resolves.toBe(0);
  });

  it('and in the meeting mode', async () => {
    await open('mote', { as: 'lead' });
    await page.getByRole('button', { name: 'Starta möte' }).click();
    const section = page.getByTestId('documents-due');
    await section.getByRole('heading', { name: 'Dokument att granska' }).waitFor();
    await expect(section.locator(`li[data-document="${added.id}"]`).textContent()).resolves.toContain('Försenad');
    await screenshot(page, 'documents-meeting-sv-default');
  });

  it('a reader reads: no "Nytt dokument", no Granskad or Ändra', async () => {
    await open('dokumentation', { as: 'reader' });
    await page.getByTestId('documents-table').waitFor();
    await page.getByText('Du har läsbehörighet.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Nytt dokument' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Granskad/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Ändra/ }).count()).resolves.toBe(0);
  });

  it('has no serious accessibility violations in any theme, in Swedish and English', async () => {
    for (const theme of THEME_NAMES) {
      for (const locale of ['sv', 'en'] as const) {
        await open('dokumentation', { theme, locale });
        await page.getByTestId('documents-table').waitFor();
        expect({ theme, locale, violations: await seriousViolations(page) }).toEqual({ theme, locale, violations: [] });
        if (theme === 'default') await screenshot(page, `documents-${locale}-default`);
      }
    }
  }, 120_000);
});
