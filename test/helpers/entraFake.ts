import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import type { EntraTokenSettings } from '../../src/auth/entraToken';

/**
 * A stand-in for Microsoft Entra ID in tests: an RS256 key pair whose public half is served as
 * a JWKS on 127.0.0.1 (ephemeral port), and `sign()` to mint Teams-SSO-like v2 access tokens —
 * valid by default, and each invalid variant one option away:
 *
 *   expired            sign({}, { expiresIn: -3600 })
 *   not yet valid      sign({}, { notBefore: 3600 })
 *   wrong audience     sign({ aud: 'api://elsewhere/123' })
 *   wrong issuer       sign({ iss: 'https://login.microsoftonline.com/other/v2.0' })
 *   wrong tenant       sign({ tid: '99999999-…' })
 *   bad signature      sign({}, { key: 'other' })        (served kid, key not in the JWKS)
 *   alg none           sign({}, { alg: 'none' })         (unsigned: header.payload.)
 *   unknown kid        sign({}, { kid: 'no-such-key' })
 *   missing scope      sign({ scp: undefined })          (undefined removes a claim)
 */
export interface FakeEntraClaims {
  iss: string;
  aud: string | string[];
  tid: string;
  oid: string;
  sub: string;
  name: string;
  preferred_username: string;
  scp: string;
  ver: string;
  azp: string;
  iat: number;
  nbf: number;
  exp: number;
  [claim: string]: unknown;
}

export interface FakeSignOptions {
  /** Seconds from now until exp (default 3600); negative gives an expired token. */
  expiresIn?: number;
  /** Seconds from now until nbf (default 0); positive gives a not-yet-valid token. */
  notBefore?: number;
  /** The kid in the header (default: the served key's kid). */
  kid?: string;
  /** 'other': sign with a second key that is not in the JWKS (the header still says the served kid). */
  key?: 'served' | 'other';
  /** 'none' builds an unsigned token by hand; RS384/PS256 sign with the same RSA key. */
  alg?: 'RS256' | 'RS384' | 'PS256' | 'none';
}

export interface FakeEntraOptions {
  tenantId?: string;
  clientId?: string;
  kid?: string;
  /** Defaults for `sub`, `oid`, `name` etc. in every token (overridable per sign()). */
  claims?: Partial<FakeEntraClaims>;
}

export interface FakeEntra {
  jwksUrl: string;
  tenantId: string;
  clientId: string;
  issuer: string;
  /** The default `aud` of signed tokens: `api://localhost/<clientId>`. */
  audience: string;
  kid: string;
  /** Settings for createEntraTokenVerifier that accept the default token. */
  settings: EntraTokenSettings;
  /** The same as environment variables for config.ts (AUTH_MODE=entra). */
  env: Record<string, string>;
  /** How many times the JWKS has been fetched. */
  readonly jwksRequests: number;
  sign(claims?: Partial<FakeEntraClaims>, options?: FakeSignOptions): Promise<string>;
  close(): Promise<void>;
}

export const FAKE_USER = {
  oid: 'aaaaaaaa-0000-4000-8000-000000000001',
  name: 'Maria Lindqvist',
  preferred_username: 'maria.lindqvist@example.se',
} as const;

/** The Microsoft Teams desktop/mobile client id: what `azp` says in a real Teams SSO token. */
const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeEntra(opts: FakeEntraOptions = {}): Promise<FakeEntra> {
  const tenantId = opts.tenantId ?? 'f0e1d2c3-b4a5-4968-8776-655443322110';
  const clientId = opts.clientId ?? '3b1f6c2a-7d4e-4a5b-9c8d-0e1f2a3b4c5d';
  const kid = opts.kid ?? 'fake-entra-key-1';
  const issuer = `https://login.microsoftonline.com/${tenantId}/v2.0`;
  const audience = `api://localhost/${clientId}`;

  const served = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(served.publicKey)), kid, use: 'sig', alg: 'RS256' };
  const jwksBody = JSON.stringify({ keys: [publicJwk] });

  let jwksRequests = 0;
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/keys') {
      jwksRequests++;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(jwksBody);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":"not_found"}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const jwksUrl = `http://127.0.0.1:${port}/keys`;

  const settings: EntraTokenSettings = {
    tenantId,
    issuer,
    audiences: [clientId, audience],
    jwksUrl,
    requiredScope: 'access_as_user',
  };

  async function sign(claims: Partial<FakeEntraClaims> = {}, options: FakeSignOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (options.expiresIn ?? 3600);
    // An expired token was issued an hour before it expired; a future one an hour before nbf.
    const nbf = options.notBefore !== undefined ? now + options.notBefore : Math.min(now, exp - 3600);
    const payload: Record<string, unknown> = {
      iss: issuer,
      aud: audience,
      tid: tenantId,
      oid: FAKE_USER.oid,
      sub: 'fake-pairwise-subject-0001',
      name: FAKE_USER.name,
      preferred_username: FAKE_USER.preferred_username,
      scp: 'access_as_user',
      ver: '2.0',
      azp: TEAMS_CLIENT_ID,
      iat: Math.min(now, nbf),
      nbf,
      exp,
      ...opts.claims,
      ...claims,
    };
    for (const [k, v] of Object.entries(payload)) if (v === undefined) delete payload[k];

    const alg = options.alg ?? 'RS256';
    const header = { alg, typ: 'JWT', kid: options.kid ?? kid };
    if (alg === 'none') return `${b64url(header)}.${b64url(payload)}.`;

    const key: KeyLike = options.key === 'other' ? other.privateKey : served.privateKey;
    return new SignJWT(payload).setProtectedHeader(header).sign(key);
  }

  return {
    jwksUrl,
    tenantId,
    clientId,
    issuer,
    audience,
    kid,
    settings,
    env: {
      AUTH_MODE: 'entra',
      AUTH_TENANT_ID: tenantId,
      AUTH_CLIENT_ID: clientId,
      AUTH_AUDIENCE: settings.audiences.join(','),
      AUTH_ISSUER: issuer,
      AUTH_JWKS_URL: jwksUrl,
      AUTH_SCOPE: settings.requiredScope,
    },
    get jwksRequests() {
      return jwksRequests;
    },
    sign,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
