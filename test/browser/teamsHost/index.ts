import type { Frame, Page } from 'playwright-core';
import { HostCall, HostPageConfig, hostPageHtml } from './hostPage';
import { ContextOptions, FRAME_CONTEXT, HOST_CLIENT_TYPE, HOST_SDK_VERSION, HostThemeName, HostUser, NOTIFICATIONS, RUNTIME_CONFIG, legacyContext } from './protocol';

/**
 * A simulated Teams host for browser tests: a page at a Teams origin that frames the tab and
 * answers what the tab asks through @microsoft/teams-js — initialize, getContext,
 * authentication.getAuthToken (with a token the test minted, e.g. with the fake Entra's sign()) —
 * and can change the theme as Teams does. So the tab runs as in Teams, also in AUTH_MODE=entra.
 *
 * The tab allows framing by Teams origins only (frame-ancestors, src/web/tabFiles.ts) and teams-js
 * only listens to hosts on its list of origins, so the host page is served at
 * https://teams.microsoft.com by the page's router (page.route): no request leaves the machine.
 * Chromium frames the tab's http://127.0.0.1 in that https page (loopback is not mixed content)
 * once the context grants the host's origin 'local-network-access' (done here).
 *
 *   const host = await openInTeamsHost(page, { appUrl, token, user: { id, userPrincipalName } });
 *   await host.frame.getByTestId('signed-in').waitFor();
 *   await host.setTheme('dark');
 *   expect(await host.unanswered()).toEqual([]);
 */
export const TEAMS_HOST_URL = 'https://teams.microsoft.com/_simulated-host';
/** teams-js fetches its list of valid origins from here when it loads (validOriginsCdnEndpoint); offline it uses its own. */
const VALID_ORIGINS_CDN = 'https://res.cdn.office.net/teams-js/**';

export type { HostCall } from './hostPage';
export type { HostThemeName, HostUser } from './protocol';

export interface TeamsHostOptions {
  /** The app's base URL (http://127.0.0.1:port). */
  appUrl: string;
  /** What authentication.getAuthToken answers: the SSO token, or `{ error }` for Teams' failure reason. */
  token: string | { error: string };
  user: HostUser;
  /** The Entra tenant (context `tid`). */
  tenantId: string;
  /** BCP 47, as Teams gives it (default sv-SE). */
  locale?: string;
  theme?: HostThemeName;
  team?: ContextOptions['team'];
  channel?: ContextOptions['channel'];
  /**
   * The configured tab's view: its content URL is then `/tab/index.html?view=<view>`, what the
   * configuration page saves (src/tab/config.tsx). Without it, /tab/index.html.
   */
  view?: string;
  /** The whole content URL instead (e.g. a static tab's `/tab/index.html#/restlista`). */
  contentUrl?: string;
  /** A deep link's subEntityId. */
  subPageId?: string;
}

export interface TeamsHost {
  /** The tab, framed in the host page. */
  frame: Frame;
  /** The host page. */
  page: Page;
  /** Changes the theme as Teams does: the next getContext says it, and the tab is sent themeChange. */
  setTheme(theme: HostThemeName): Promise<void>;
  /** What authentication.getAuthToken answers from now on. */
  setToken(token: string | { error: string }): Promise<void>;
  /** Every message the tab sent the host so far, in order. */
  calls(): Promise<HostCall[]>;
  /** The messages the host does not know (the tab would wait for ever for an answer): none, when all is well. */
  unanswered(): Promise<HostCall[]>;
}

/**
 * Opens the host page in `page` with the tab framed in it, and resolves once the tab's document
 * has loaded (the tab then connects: wait for what it shows).
 */
export async function openInTeamsHost(page: Page, o: TeamsHostOptions): Promise<TeamsHost> {
  const appUrl = o.appUrl.replace(/\/+$/, '');
  const contentUrl = o.contentUrl ?? `${appUrl}/tab/index.html${o.view ? `?view=${encodeURIComponent(o.view)}` : ''}`;
  const locale = o.locale ?? 'sv-SE';
  const config: HostPageConfig = {
    contentUrl,
    appOrigin: new URL(contentUrl).origin,
    initialize: [FRAME_CONTEXT, HOST_CLIENT_TYPE, JSON.stringify(RUNTIME_CONFIG), HOST_SDK_VERSION],
    context: legacyContext({
      locale,
      theme: o.theme ?? 'default',
      user: o.user,
      tenantId: o.tenantId,
      ...(o.team ? { team: o.team } : {}),
      ...(o.channel ? { channel: o.channel } : {}),
      ...(o.view ? { entityId: `forvaltningsstod-${o.view}` } : {}),
      ...(o.subPageId ? { subPageId: o.subPageId } : {}),
    }),
    token: o.token,
    notifications: NOTIFICATIONS,
    title: o.channel && o.team ? `${o.team.name} › ${o.channel.name}` : 'Förvaltningsstöd',
  };
  const html = hostPageHtml(config, locale);
  // Routes of an earlier host on this page give way to this one's.
  await page.unroute('https://teams.microsoft.com/**');
  await page.unroute(VALID_ORIGINS_CDN);
  await page.route('https://teams.microsoft.com/**', (route) =>
    new URL(route.request().url()).pathname === new URL(TEAMS_HOST_URL).pathname
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not part of the simulated host' }),
  );
  await page.route(VALID_ORIGINS_CDN, (route) => route.abort('internetdisconnected'));

  // Chromium's Local Network Access: a public page (Teams) may frame a loopback one (the app in the
  // test) only with the user's permission — as a developer's Teams does with a tab on localhost.
  await page.context().grantPermissions(['local-network-access'], { origin: new URL(TEAMS_HOST_URL).origin });

  await page.goto(TEAMS_HOST_URL);
  const handle = await page.waitForSelector('iframe[data-testid=teams-tab]', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the simulated Teams host has no tab frame');
  // The tab's page, or Chromium's error page when it may not be framed (CSP, Local Network Access): say which.
  await frame.waitForURL((u) => u.href.startsWith(config.appOrigin) || u.protocol === 'chrome-error:', { waitUntil: 'domcontentloaded' });
  if (!frame.url().startsWith(config.appOrigin)) {
    const why = await frame.evaluate(() => document.body?.innerText.slice(0, 300) ?? '').catch(() => '');
    throw new Error(`the simulated Teams host could not frame the tab ${contentUrl}: ${why}`);
  }

  type InPage = { __teamsHost: { calls: HostCall[]; setTheme(t: string): void; setToken(t: string | { error: string }): void } };
  const calls = () => page.evaluate(() => (window as unknown as InPage).__teamsHost.calls.map((c) => ({ ...c })));
  return {
    frame,
    page,
    setTheme: (theme) => page.evaluate((t) => (window as unknown as InPage).__teamsHost.setTheme(t), theme),
    setToken: (token) => page.evaluate((t) => (window as unknown as InPage).__teamsHost.setToken(t), token),
    calls,
    unanswered: async () => (await calls()).filter((c) => c.outcome === 'unknown'),
  };
}
