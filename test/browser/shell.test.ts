import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { THEME_NAMES, THEME_TOKENS, TabSession, appliedColours, offeredViews, openTab, rgb, screenshot, startTabSession, tabUrl } from './harness';

/** The tab's shell outside Teams: browser mode, themes, languages, navigation, config page. */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
});
afterAll(() => session.stop());


describe('tab shell (browser mode)', () => {
  it('shows the browser-mode notice within about 2 seconds and signs in as the demo lead — no endless spinner', async () => {
    const started = Date.now();
    await page.goto(tabUrl(session.app.url));
    await page.getByTestId('browser-mode').waitFor({ timeout: 4000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(4000);
    await expect(page.getByTestId('browser-mode').textContent()).resolves.toContain('Webbläsarläge');
    await expect(page.getByTestId('signed-in').textContent()).resolves.toBe('Inloggad som Maria Lindqvist (förvaltningsledare)');
  });

  it('inside a foreign iframe (where teams-js would wait 60 s) it also falls back to browser mode within about 2 seconds', async () => {
    // A page on another origin that frames the tab, as a host that is not Teams would.
    const host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Host</title><iframe title="tab" src="${tabUrl(session.app.url)}" width="1200" height="800"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
    try {
      const started = Date.now();
      await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
      const frame = page.frameLocator('iframe[title=tab]');
      await frame.getByTestId('browser-mode').waitFor({ timeout: 5000 });
      expect(Date.now() - started).toBeLessThan(5000);
      await expect(frame.getByTestId('signed-in').textContent()).resolves.toContain('Maria Lindqvist');
    } finally {
      host.close();
    }
  });

  it.each(THEME_NAMES)('applies the %s theme’s colours', async (theme) => {
    await openTab(page, session.app.url, { theme });
    const tokens = THEME_TOKENS[theme];
    expect(await appliedColours(page)).toEqual({ background: rgb(tokens.colorNeutralBackground2), foreground: rgb(tokens.colorNeutralForeground1) });
  });

  it('speaks English with ?locale=en and picks another demo user with ?devUser=', async () => {
    await openTab(page, session.app.url, { locale: 'en', as: 'member' });
    await expect(page.getByTestId('signed-in').textContent()).resolves.toBe('Signed in as Johan Ek (member)');
    // The project owner's right is named beside the role.
    await openTab(page, session.app.url, { as: 'owner' });
    await expect(page.getByTestId('signed-in').textContent()).resolves.toBe('Inloggad som Anders Berg (medlem, projektägare)');
    await openTab(page, session.app.url, { locale: 'en', as: 'member' });
    await expect(offeredViews(page)).resolves.toEqual(['Activity log', 'Open items', 'Monthly meeting', 'Handover', 'Documentation', 'Costs', 'Trainings', 'Settings', 'Event log']);
    expect(await page.getAttribute('[data-theme]', 'lang')).toBe('en');
    // Readers see neither the follow-up's settings nor the event log; they read the document register and the costs.
    await openTab(page, session.app.url, { locale: 'en', as: 'reader' });
    await expect(offeredViews(page)).resolves.toEqual(['Activity log', 'Open items', 'Monthly meeting', 'Handover', 'Documentation', 'Costs', 'Trainings']);
  });

  it('offers the views whose tabs do not fit under "Fler", by keyboard, and the chosen view’s tab then shows in the row', async () => {
    await openTab(page, session.app.url);
    const more = page.getByRole('button', { name: /^Fler \(\d+\)$/ });
    await more.focus();
    await page.keyboard.press('Enter');
    const hidden = await page.getByRole('menuitem').allInnerTexts();
    expect(hidden.length).toBeGreaterThan(0);
    const chosen = hidden.at(-1)!;
    await expect(page.getByRole('tab', { name: chosen }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: chosen }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash !== '' && location.hash !== '#/aktivitetslogg');
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe(chosen);
  });

  it('navigates between the views with the keyboard, and the hash follows', async () => {
    await openTab(page, session.app.url);
    await page.getByRole('tab', { name: 'Aktivitetslogg' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/restlista');
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Restlista');
  });

  it('the configuration page explains itself outside Teams', async () => {
    await page.goto(`${session.app.url}/tab/config.html`);
    await page.getByTestId('browser-mode').waitFor({ timeout: 4000 });
    await screenshot(page, 'config-sv-default');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lägg till Förvaltningsstöd i kanalen');
    // The heading and the text are lines of their own, and the text names every view.
    const [heading, text] = await Promise.all([page.getByRole('heading', { level: 1 }).boundingBox(), page.getByTestId('config-body').boundingBox()]);
    expect(text!.y).toBeGreaterThanOrEqual(heading!.y + heading!.height);
    const body = (await page.getByTestId('config-body').textContent())!;
    for (const view of ['Aktivitetslogg', 'Restlista', 'Månadsmöte', 'Överlämning', 'Dokumentation', 'Kostnader', 'Utbildningar', 'Inställningar', 'Händelselogg']) expect(body).toContain(view);
  });

  it('when the server needs Teams sign-in, the browser gets a clear message instead of a spinner', async () => {
    const strict = await startTabSession({ AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c', AUTH_JWKS_URL: 'http://127.0.0.1:9/keys' });
    try {
      const p = await (await strict.context()).newPage();
      await p.goto(tabUrl(strict.app.url));
      await p.getByRole('alert').waitFor({ timeout: 10_000 });
      await expect(p.getByRole('alert').textContent()).resolves.toContain('kräver Teams-inloggning');
    } finally {
      await strict.stop();
    }
  });
});
