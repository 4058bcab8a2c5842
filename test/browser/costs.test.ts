import type { Locator, Page } from 'playwright-core';
import type { CostRow, CostView } from '../../src/domain/costModel';
import { OpenOptions, TAB_WINDOW, THEME_NAMES, TabSession, fillDate, openTab, screenshot, seriousViolations, shownDate, startTabSession } from './harness';

/**
 * Kostnader: the kostnadskalkyl in the tab, against the real server with the demo data (three
 * years, three telephony scenarios). One server, the steps in order: the förvaltningsledare edits
 * a cell by keyboard, compares the scenarios, marks one decided and freezes a baseline; a reader
 * sees the same table without edit affordances; then axe in every theme and language.
 */
let session: TabSession;
let page: Page;
const errors: string[] = [];
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
  page.on('pageerror', (e) => errors.push(e.message));
});
afterEach(() => expect(errors.splice(0)).toEqual([]));
afterAll(() => session.stop());

const costs = async (): Promise<CostView> => {
  const res = await session.app.request('GET', '/api/costs', { as: 'lead' });
  expect(res.status).toBe(200);
  return res.json as CostView;
};

/** "1 250 000 kr" as the page writes it (Intl puts no-break spaces between the groups). */
const kr = (n: number) => `${new Intl.NumberFormat('sv-SE').format(n)}\u00a0kr`.replace(/\s/g, '\u00a0');
const plain = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function openCosts(o: OpenOptions = {}): Promise<void> {
  await openTab(page, session.app.url, { view: 'kostnader', as: 'lead', ...o });
  await page.getByTestId('costs-table').waitFor({ timeout: 10_000 });
}

const chooseSide = (name: string) => page.getByTestId('costs-side').getByRole('button', { name, exact: true }).click();
/** The cell of a row in a column (1 = the row's name, then budget, utfall, differens per year). */
const cellOf = (tr: Locator, column: number) => tr.locator(':scope > th, :scope > td').nth(column);
const yearColumn = (view: CostView, year: number, measure: 'budget' | 'outcome' | 'difference') =>
  1 + view.calculation.years.indexOf(year) * 3 + ['budget', 'outcome', 'difference'].indexOf(measure);
const firstRow = (view: CostView, section: CostRow['section']) => view.calculation.rows.find((r) => r.section === section && !r.retired)!;
const shownScenario = (view: CostView) => view.calculation.scenarios.find((s) => s.decided) ?? view.calculation.scenarios[0]!;
const activeCell = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? document.activeElement?.getAttribute('aria-label') ?? null);

describe('Kostnader (cost calculation)', () => {
  it('the förvaltningsledare edits a cell by keyboard: the section total, the grand total and the chart change at once', async () => {
    const before = await costs();
    const scenario = shownScenario(before);
    const row = firstRow(before, 'licenser');
    const year = before.calculation.years[0]!;
    await openCosts();
    await chooseSide('Externa kostnader');
    const name = `Budget ${year}, ${row.name}, externa kostnader`;

    // Into the grid and about in it with the arrow keys.
    await page.locator(`button[data-cell="${name}"]`).focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeCell()).toBe(`Utfall ${year}, ${row.name}, externa kostnader`);
    await page.keyboard.press('ArrowLeft');
    expect(await activeCell()).toBe(name);

    // Enter opens the editor, named for its cell; text that is not kronor is said at the field and nothing is sent.
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name, exact: true });
    await input.waitFor();
    await input.fill('tolv');
    await page.keyboard.press('Enter');
    await page.getByText('Skriv ett belopp i hela kronor, t.ex. 1 250 000.').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect((await costs()).calculation.version).toBe(before.calculation.version);

    // Escape cancels, the focus back on the cell; F2 opens it again.
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'detached' });
    expect(await activeCell()).toBe(name);
    await page.keyboard.press('F2');
    await input.waitFor();
    const wanted = (before.totals.find((t) => t.scenario === scenario.id)!.rows[row.id]?.[year]?.external.budget ?? 0) + 1_250_000;
    await input.fill(new Intl.NumberFormat('sv-SE').format(wanted).replace(/\u00a0/g, ' '));
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'detached' });
    expect(await activeCell()).toBe(name);

    const after = await costs();
    const totals = after.totals.find((t) => t.scenario === scenario.id)!;
    expect(totals.rows[row.id]![year]!.external.budget).toBe(wanted);
    const subtotal = totals.sections.licenser[year]!.external.budget;
    const total = totals.years[year]!.external.budget;
    expect(subtotal).toBe(before.totals.find((t) => t.scenario === scenario.id)!.sections.licenser[year]!.external.budget + 1_250_000);

    const column = yearColumn(after, year, 'budget');
    await expect(cellOf(page.locator('tr[data-subtotal="licenser"]'), column).textContent()).resolves.toBe(kr(subtotal));
    await expect(cellOf(page.getByTestId('costs-total'), column).textContent()).resolves.toBe(kr(total));
    await page.getByTestId('costs-announcement').getByText(`${name}: ${kr(wanted)}. Summan för Licenser ${year} är nu ${kr(subtotal)}, totalt ${kr(total)}.`).waitFor();
    // The chart's figures (its table) show the new section total for the year's budget bar.
    const chartTable = page.getByTestId('costs-chart-table');
    const licenser = chartTable.locator('tr', { hasText: 'Licenser' });
    const budgetColumn = 1 + after.calculation.years.indexOf(year) * 2;
    await expect(cellOf(licenser, budgetColumn).textContent()).resolves.toBe(kr(subtotal));
    await page.getByTestId('costs-chart').locator('svg').first().waitFor();
    await screenshot(page, 'kostnader-sv-default');
  });

  it('compares the scenarios side by side: each scenario’s budget per year, and the difference against the chosen one', async () => {
    const view = await costs();
    await openCosts();
    await chooseSide('Totalt');
    const compare = page.getByTestId('costs-compare');
    const against = view.calculation.scenarios[0]!;
    await compare.getByLabel('Jämfört med').selectOption(against.id);
    const year = view.calculation.years[1]!;
    const column = 1 + view.calculation.years.indexOf(year);
    for (const s of view.calculation.scenarios) {
      const budget = view.totals.find((t) => t.scenario === s.id)!.years[year]!.total.budget;
      const cell = cellOf(compare.locator(`tr[data-scenario="${s.id}"]`), column);
      const text = plain(await cell.textContent());
      expect(text.startsWith(plain(kr(budget)))).toBe(true);
      if (s.id === against.id) continue;
      const base = view.totals.find((t) => t.scenario === against.id)!.years[year]!.total.budget;
      const diff = budget - base;
      const signed = diff === 0 ? 'samma' : `${diff > 0 ? '+' : '−'}${plain(kr(Math.abs(diff)))}`;
      expect(text).toContain(`mot ${against.name}: ${signed}`);
    }
  });

  it('marks a scenario as decided, with its date and link: the mark shows beside the switcher and in the comparison', async () => {
    const view = await costs();
    const scenario = view.calculation.scenarios.find((s) => !s.decided)!;
    await openCosts();
    await page.getByTestId('costs-scenario').selectOption(scenario.id);
    await page.getByRole('button', { name: 'Markera som beslutat' }).click();
    const dialog = page.getByRole('dialog');
    await fillDate(dialog.getByRole('combobox', { name: 'Beslutsdatum' }), '2026-11-20');
    await dialog.getByLabel('Länk till beslutet').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Markera som beslutat' }).click();
    await dialog.getByText('Länken måste börja med https://.').waitFor();
    await dialog.getByLabel('Länk till beslutet').fill('https://intranet.example.se/protokoll/2026-11-20');
    await dialog.getByRole('button', { name: 'Markera som beslutat' }).click();
    await dialog.waitFor({ state: 'detached' });

    const mark = `Beslutat ${await shownDate(page, '2026-11-20')}`;
    await page.getByTestId('costs-decided').getByText(mark).waitFor();
    await page.getByRole('link', { name: `Beslutet om ${scenario.name}` }).waitFor();
    await page.getByTestId('costs-compare').locator(`tr[data-scenario="${scenario.id}"]`).getByText(mark).waitFor();
    const decided = (await costs()).calculation.scenarios.find((s) => s.id === scenario.id)!;
    expect(decided.decided).toMatchObject({ on: '2026-11-20', link: 'https://intranet.example.se/protokoll/2026-11-20' });
  });

  it('freezes a baseline and shows the decided budget’s change against it per year', async () => {
    await openCosts();
    await page.getByRole('button', { name: 'Frys baslinje' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Frys baslinje' }).click();
    await dialog.waitFor({ state: 'detached' });
    const today = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date());
    await page.getByTestId('costs-baseline-frozen').getByText(`Baslinje frusen ${today} manuellt`).waitFor();

    // A budget change in the decided scenario now shows against the baseline.
    const view = await costs();
    const scenario = view.calculation.scenarios.find((s) => s.decided)!;
    await page.getByTestId('costs-scenario').selectOption(scenario.id);
    await chooseSide('Externa kostnader');
    const row = firstRow(view, 'konsult');
    const year = view.calculation.years.at(-1)!;
    const name = `Budget ${year}, ${row.name}, externa kostnader`;
    await page.locator(`button[data-cell="${name}"]`).click();
    const input = page.getByRole('textbox', { name, exact: true });
    const old = view.totals.find((t) => t.scenario === scenario.id)!.rows[row.id]?.[year]?.external.budget ?? 0;
    await input.fill(String(old + 40_000));
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'detached' });
    const changeCell = page.getByTestId('costs-baseline').locator(`tr[data-year="${year}"] td`).nth(3);
    await expect(changeCell.textContent().then(plain)).resolves.toBe(`+${plain(kr(40_000))} (${plain(kr(40_000))} mer)`);
    expect((await costs()).baseline!.years[year]!.change).toBe(40_000);
  });

  it('on the internal side an amount is entered as FTE × a yearly rate, the kronor shown before saving', async () => {
    const view = await costs();
    const row = firstRow(view, 'interna');
    const year = view.calculation.years[1]!;
    await openCosts();
    await chooseSide('Interna resurser');
    const name = `Utfall ${year}, ${row.name}, interna resurser`;
    await page.locator(`button[data-cell="${name}"]`).click();
    const editor = page.getByRole('group', { name, exact: true });
    await editor.getByLabel('Ange som').selectOption('fte');
    await editor.getByLabel('FTE', { exact: true }).fill('0,25');
    await editor.getByLabel('Årskostnad per heltid (kr)').fill('780 000');
    await editor.getByTestId('costs-cell-preview').getByText(`= ${kr(195_000)}`).waitFor();
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });
    await page.locator(`button[data-cell="${name}"]`).getByText(`0,25 FTE × ${kr(780_000)}`).waitFor();
    const cell = (await costs()).calculation.cells[`o|${row.id}|${year}|internal`]!;
    expect(cell.entry).toEqual({ kind: 'fte', fte: 0.25, ratePerYear: 780_000, kronor: 195_000 });
  });

  it('rows: the förvaltningsledare adds one, moves it up, retires it (hidden until asked for) and deletes it; a row with amounts cannot be deleted', async () => {
    await openCosts();
    await page.getByRole('button', { name: 'Lägg till rad' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Avsnitt').selectOption('licenser');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Skriv radens namn.').waitFor();
    await dialog.getByLabel('Namn').fill('Copilot-licenser');
    await dialog.getByLabel('Anteckning').fill('Offert från återförsäljaren, 40 licenser × 3 600 kr per år; gäller från hösten om piloten faller väl ut och ledningsgruppen beslutar.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The focus back where the dialog was opened from, not lost at the top of the page.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Lägg till rad');
    const added = page.locator('tbody[data-section="licenser"] tr', { hasText: 'Copilot-licenser' });
    await added.waitFor();
    // A long note is shortened, with a way to read all of it.
    await added.getByRole('button', { name: 'Visa hela anteckningen' }).click();
    await added.getByText('ledningsgruppen beslutar.', { exact: false }).waitFor();

    const order = () => page.locator('tbody[data-section="licenser"] tr[data-row] th').evaluateAll((ths) => ths.map((th) => th.firstElementChild?.firstElementChild?.textContent));
    expect((await order()).at(-1)).toBe('Copilot-licenser');
    await page.getByRole('button', { name: 'Åtgärder för Copilot-licenser' }).click();
    await page.getByRole('menuitem', { name: 'Flytta upp' }).click();
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('tbody[data-section="licenser"] tr[data-row]'));
      return rows.length > 1 && rows.at(-2)!.textContent!.includes('Copilot-licenser');
    });

    await page.getByRole('button', { name: 'Åtgärder för Copilot-licenser' }).click();
    await page.getByRole('menuitem', { name: 'Avveckla' }).click();
    await added.waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: 'Visa avvecklade rader (1)' }).check();
    await added.getByText('(avvecklad)').waitFor();

    // A row with amounts: the server refuses, and says why.
    const now = await costs();
    const withAmounts = firstRow(now, 'licenser');
    const year = now.calculation.years[0]!;
    const set = await session.app.request('PUT', '/api/costs/cells', {
      as: 'lead',
      headers: { 'if-match': `"${now.calculation.version}"` },
      body: { measure: 'outcome', row: withAmounts.id, year, side: 'external', entry: { kind: 'kronor', kronor: 1_000 } },
    });
    expect(set.status).toBe(200);
    await openCosts();
    await page.getByRole('switch', { name: 'Visa avvecklade rader (1)' }).check();
    await page.getByRole('button', { name: `Åtgärder för ${withAmounts.name}` }).click();
    await page.getByRole('menuitem', { name: 'Ta bort' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
    await page.getByRole('alertdialog').getByRole('alert').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt' }).click();
    expect((await costs()).calculation.rows.some((r) => r.id === withAmounts.id)).toBe(true);

    await page.getByRole('button', { name: 'Åtgärder för Copilot-licenser' }).click();
    await page.getByRole('menuitem', { name: 'Ta bort' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await added.waitFor({ state: 'detached' });
    expect((await costs()).calculation.rows.some((r) => r.name === 'Copilot-licenser')).toBe(false);
  });

  it('adds a year and a scenario copied from another', async () => {
    const before = await costs();
    await openCosts();
    await page.getByRole('button', { name: 'Lägg till år' }).click();
    const next = before.calculation.years.at(-1)! + 1;
    await page.getByTestId('costs-table').getByRole('columnheader', { name: String(next), exact: true }).waitFor();
    await page.getByRole('button', { name: 'Nytt scenario' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn').fill('Inringning till Teams-möten (kopia)');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('costs-compare').getByRole('rowheader', { name: 'Inringning till Teams-möten (kopia)' }).waitFor();
    const after = await costs();
    expect(after.calculation.years.at(-1)).toBe(next);
    expect(after.calculation.scenarios.map((s) => s.name)).toContain('Inringning till Teams-möten (kopia)');
  });

  it('412: a cell saved by someone else meanwhile opens the conflict panel; "Spara min ändå" saves mine over theirs', async () => {
    const view = await costs();
    const scenario = shownScenario(view);
    const row = firstRow(view, 'integration');
    const year = view.calculation.years[0]!;
    await openCosts();
    await chooseSide('Externa kostnader');
    // Someone else saves the same cell after this page read the calculation.
    const theirs = await session.app.request('PUT', '/api/costs/cells', {
      as: 'lead',
      headers: { 'if-match': `"${view.calculation.version}"` },
      body: { measure: 'budget', scenario: scenario.id, row: row.id, year, side: 'external', entry: { kind: 'kronor', kronor: 333_000 } },
    });
    expect(theirs.status).toBe(200);
    const name = `Budget ${year}, ${row.name}, externa kostnader`;
    await page.locator(`button[data-cell="${name}"]`).click();
    await page.getByRole('textbox', { name, exact: true }).fill('444000');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('costs-conflict');
    await panel.waitFor();
    await expect(panel.getByTestId('costs-conflict-theirs').textContent()).resolves.toBe(kr(333_000));
    await expect(panel.getByTestId('costs-conflict-yours').textContent()).resolves.toBe(kr(444_000));
    await panel.getByRole('button', { name: 'Spara min ändå' }).click();
    await panel.waitFor({ state: 'detached' });
    expect((await costs()).calculation.cells[`b|${scenario.id}|${row.id}|${year}|external`]!.entry.kronor).toBe(444_000);
  });

  it('a reader sees the same table read-only: no edit affordances, and may export it to Excel', async () => {
    await openCosts({ as: 'reader' });
    await page.getByText('Du kan läsa kalkylen. Den ändras av förvaltningsledaren.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kostnadskalkyl-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(await page.locator('button[data-cell]').count()).toBe(0);
    expect(await page.getByTestId('costs-toolbar').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Åtgärder för / }).count()).toBe(0);
    expect(await page.getByTestId('costs-total').count()).toBe(1);
  });

  it('fits a Teams tab of 1366×768: the page does not scroll sideways, the table scrolls inside itself with the row names in place', async () => {
    const tab = await (await session.context({ viewport: TAB_WINDOW })).newPage();
    tab.on('pageerror', (e) => errors.push(e.message));
    await openTab(tab, session.app.url, { view: 'kostnader', as: 'lead' });
    const region = tab.getByTestId('costs-table-region');
    await region.waitFor({ timeout: 10_000 });
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const sizes = await region.evaluate((r) => ({ scroll: r.scrollWidth, client: r.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client); // four years by now: more than fits
    const name = tab.locator('tbody[data-section="licenser"] tr[data-row] th').first();
    const before = await name.boundingBox();
    await region.evaluate((r) => r.scrollTo({ left: r.scrollWidth }));
    await tab.waitForFunction(() => {
      const r = document.querySelector('[data-testid="costs-table-region"]')!;
      return r.scrollLeft > 0;
    });
    const after = await name.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    await tab.close();
  });

  for (const locale of ['sv', 'en'] as const) {
    it.each(THEME_NAMES)(`has no serious accessibility violations in the %s theme (${locale})`, async (theme) => {
      await openCosts({ theme, locale });
      await page.getByTestId('costs-chart').locator('svg').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      if (theme !== 'default' || locale !== 'sv') await screenshot(page, `kostnader-${locale}-${theme}`);
    });
  }
});
