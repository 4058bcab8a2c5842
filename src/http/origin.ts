import type { IncomingMessage } from 'node:http';

/**
 * Which web sites the app trusts, in one place: Teams and Microsoft 365, which frame the tab
 * (the tab's Content-Security-Policy) and may call the app; in dev mode also the Microsoft 365
 * Agents Playground on this machine. Patterns are CSP source expressions (`*.` = any subdomain).
 */
export const TEAMS_ORIGINS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.skype.com',
] as const;

/** The Agents Playground's web client (its default port; `npm run playground`). */
export const PLAYGROUND_ORIGINS = ['http://localhost:56150', 'http://127.0.0.1:56150'] as const;

/** Whether an origin (`scheme://host[:port]`) matches a CSP-like source (`https://*.office.com`, `http://localhost:56150`). */
export function originMatches(origin: string, source: string): boolean {
  const wild = /^([a-z]+:\/\/)\*\.(.+)$/.exec(source);
  if (!wild) return origin === source;
  const [, scheme, domain] = wild;
  return origin.startsWith(scheme!) && origin.endsWith(`.${domain}`) && !origin.slice(scheme!.length).includes('/');
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** The app as the request reached it: the Host it was sent to; on a loopback host, its other loopback names with the same port. */
function ownOrigins(host: string | undefined): string[] {
  if (!host) return [];
  const match = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.exec(host);
  const hosts = match ? LOOPBACK_NAMES.map((name) => `${name}${match[2] ?? ''}`) : [host];
  return hosts.flatMap((h) => [`http://${h}`, `https://${h}`]);
}

/**
 * A request sent by a page of another site: its `Origin` header (which browsers set on every
 * cross-site write and scripts cannot forge) names neither the app itself (the Host it was
 * sent to, or its public URL) nor a trusted site. No `Origin` (curl, tests, server to server,
 * the Bot Connector) is not cross-site; `Origin: null` (a sandboxed or local file page) is.
 */
export function crossSiteOrigin(req: IncomingMessage, trusted: { publicUrl: string | null; sources: readonly string[] }): string | null {
  const header = req.headers.origin;
  if (header === undefined) return null;
  const origin = header.trim().toLowerCase().replace(/\/+$/, '');
  const own = ownOrigins(req.headers.host?.toLowerCase());
  if (trusted.publicUrl) own.push(new URL(trusted.publicUrl).origin.toLowerCase());
  if (own.includes(origin) || trusted.sources.some((source) => originMatches(origin, source))) return null;
  return header.slice(0, 100);
}
