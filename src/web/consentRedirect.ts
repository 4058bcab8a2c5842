import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';

/**
 * GET /auth/consent — where the tab's consent step starts (teams-js `authentication.authenticate`
 * opens it in Teams' sign-in window): a redirect to Entra ID's authorize endpoint asking the
 * signed-in person to consent (`prompt=consent`) to the delegated permissions the directory
 * search needs. Entra sends them back to /tab/consent-done.html (registered on the app
 * registration), which tells Teams it is done. No code is redeemed: the consent is what counts.
 * Without Microsoft Graph (dev mode, GRAPH=off) there is nothing to consent to: 404.
 */
export interface ConsentSettings {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  /** The Graph endpoint whose permissions are asked for (GRAPH_ENDPOINT). */
  graphEndpoint: string;
  /** The app's external base URL (PUBLIC_URL, or the address it listens on). */
  publicUrl: () => string;
}

/** What the people search needs, on behalf of the person (both consentable by users themselves). */
export const DELEGATED_PERMISSIONS = ['People.Read', 'User.ReadBasic.All'] as const;

export function consentUrl(settings: ConsentSettings, loginHint: string | null): string {
  const query = new URLSearchParams({
    client_id: settings.clientId,
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: `${settings.publicUrl()}/tab/consent-done.html`,
    scope: ['openid', ...DELEGATED_PERMISSIONS.map((p) => `${settings.graphEndpoint}/${p}`)].join(' '),
    prompt: 'consent',
    state: randomBytes(16).toString('base64url'),
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return `${settings.authorityHost}/${encodeURIComponent(settings.tenantId)}/oauth2/v2.0/authorize?${query.toString()}`;
}

export function registerConsentRedirect(server: Server, settings: ConsentSettings | null): void {
  server.get('/auth/consent', (req, res, next) => {
    if (!settings) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Microsoft Graph is off: there is nothing to consent to.');
      return next(false);
    }
    const hint = typeof req.query?.hint === 'string' && req.query.hint.length <= 256 ? req.query.hint : null;
    res.writeHead(302, { location: consentUrl(settings, hint), 'cache-control': 'no-store' });
    res.end();
    return next(false);
  });
}
