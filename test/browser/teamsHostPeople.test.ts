import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FAKE_USER } from '../helpers/entraFake';
import { DIRECTORY, Tenant, startTenant } from '../graph/graphFixture';
import { launchBrowser, screenshot, seriousViolations } from './harness';
import { TeamsHost, openInTeamsHost } from './teamsHost';

/**
 * The tab in Teams, signed in by Teams SSO: the built server in AUTH_MODE=entra with the fake
 * Entra ID and fake Microsoft Graph (startTenant), and the tab framed by the simulated Teams host,
 * which hands it a token the fake Entra signed for the default user. She is made a member
 * (ROLE_MEMBERS), so she may edit the handover checklist, whose "Ansvarig" picker searches the
 * directory — through the server's on-behalf-of exchange with her token.
 */
jest.setTimeout(40_000);

const PLAN = 'Förvaltningsplan för nästa år (mål, aktiviteter, budget)'; // T08 in the checklist template
const KARIN = DIRECTORY.find((p) => p.displayName === 'Karin Holm')!;

let tenant: Tenant;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [tenant, browser] = await Promise.all([startTenant({ ROLE_MEMBERS: FAKE_USER.oid }), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  page = await context.newPage();
  page.setDefaultTimeout(8000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 40_000);
afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await tenant?.stop();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

describe('the tab in the simulated Teams host, in AUTH_MODE=entra', () => {
  it('signs in with the SSO token Teams gives, and the handover picker finds a directory person by two letters (on her behalf)', async () => {
    const token = await tenant.entra.sign();
    const apiCalls: { path: string; authorization?: string; devUser?: string }[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === tenant.server.url && url.pathname.startsWith('/api/')) {
        const h = r.headers();
        apiCalls.push({ path: url.pathname + url.search, ...(h.authorization ? { authorization: h.authorization } : {}), ...(h['x-dev-user'] ? { devUser: h['x-dev-user'] } : {}) });
      }
    });

    const host: TeamsHost = await openInTeamsHost(page, {
      appUrl: tenant.server.url,
      token,
      user: { id: FAKE_USER.oid, userPrincipalName: FAKE_USER.preferred_username },
      tenantId: tenant.entra.tenantId,
      locale: 'sv-SE',
      theme: 'default',
      team: { name: 'IT-förvaltningen' },
      channel: { name: 'Förvaltning' },
      view: 'overlamning',
    });
    const tab = host.frame;

    // In Teams: her name and role from /api/me (the context carries no display name), the team and
    // channel from the context; no browser-mode notice.
    const signedIn = tab.getByTestId('signed-in');
    await signedIn.waitFor({ timeout: 10_000 });
    await expect(signedIn.textContent()).resolves.toBe(`Inloggad som ${FAKE_USER.name} (medlem)`);
    await tab.locator('header').getByText('IT-förvaltningen › Förvaltning', { exact: true }).waitFor();
    expect(await tab.getByTestId('browser-mode').count()).toBe(0);
    const me = apiCalls.find((c) => c.path === '/api/me');
    expect(me).toEqual({ path: '/api/me', authorization: `Bearer ${token}` });
    expect(apiCalls.every((c) => c.authorization === `Bearer ${token}` && !c.devUser)).toBe(true);

    // The handover checklist's "Ansvarig" picker: "ka" finds Karin Holm, with her job title, from the fake Graph.
    await tab.getByTestId('handover-total').waitFor({ timeout: 10_000 });
    await tab.getByRole('button', { name: `Redigera: ${PLAN}` }).click();
    const dialog = tab.getByRole('dialog');
    const box = dialog.getByRole('combobox', { name: 'Ansvarig' });
    await box.click();
    await box.fill('');
    await box.pressSequentially('ka', { delay: 40 });
    const option = tab.getByRole('option', { name: new RegExp(`^${KARIN.displayName}\\W+${KARIN.jobTitle}`) });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain(KARIN.jobTitle!);
    expect(apiCalls.some((c) => c.path === '/api/people?q=ka' && c.authorization === `Bearer ${token}`)).toBe(true);
    // The server exchanged her SSO token for a Graph token on her behalf.
    expect(tenant.entra.tokenRequests).toEqual(
      expect.arrayContaining([expect.objectContaining({ requestedTokenUse: 'on_behalf_of', assertionOid: FAKE_USER.oid, status: 200 })]),
    );
    expect(tenant.graph.received.some((r) => r.caller === FAKE_USER.oid && r.path === '/v1.0/users')).toBe(true);

    // The tab in the host, with the directory's list open: no serious accessibility violations (light, Swedish).
    // (axe reads every frame with the list open, then finishes its run in a new page of the context; a
    // new page takes the focus from the tab's cross-site frame, which closes the list: open it again.)
    expect(await seriousViolations(page)).toEqual([]);
    await box.click();
    await box.pressSequentially('ka', { delay: 40 });
    await option.waitFor();
    await screenshot(page, 'teams-host-personvaljare-sv-default');

    // Picked and saved: the checklist says she is responsible.
    await option.click();
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.getByText(`Ansvarig: ${KARIN.displayName}`).first().waitFor();

    // Teams changes the theme: the tab follows.
    await host.setTheme('dark');
    await tab.locator('[data-theme=dark]').waitFor();

    // What the tab asked of Teams, each answered (or a notification that needs none).
    const calls = await host.calls();
    expect(await host.unanswered()).toEqual([]);
    const funcs = calls.map((c) => c.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs).toEqual(expect.arrayContaining(['authentication.getAuthToken', 'appInitialization.success']));
    expect(calls).toContainEqual(expect.objectContaining({ func: 'registerHandler', args: ['themeChange'], outcome: 'notification' }));
  });
});
