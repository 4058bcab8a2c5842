import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, type KeyLike } from 'jose';
import type { EntraTokenSettings } from '../../src/auth/entraToken';
import type { TestCa } from './testCa';

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
  /**
   * Serve over HTTPS with this CA's server certificate, as a token service: OpenID metadata at
   * `/<tenant>/v2.0/.well-known/openid-configuration` and a token endpoint at
   * `/<tenant>/oauth2/v2.0/token` for the on-behalf-of and client-credentials grants (what
   * @azure/identity's MSAL sends). MSAL only talks to an HTTPS authority.
   */
  tls?: TestCa;
  /** The app registration's client secret the token endpoint accepts (default: a fixed test value). */
  clientSecret?: string;
  /** The resource tokens are issued for (default https://graph.microsoft.com; the fake Graph's URL in tests). */
  graphResource?: string;
}

/** What the token endpoint received, one entry per request (secrets reduced to whether they matched). */
export interface TokenRequest {
  grantType: string;
  clientId: string;
  clientSecretMatched: boolean;
  scope: string;
  requestedTokenUse?: string;
  /** The oid of the on-behalf-of assertion, when it verified. */
  assertionOid?: string;
  /** The status answered. */
  status: number;
}

/** A failure the token endpoint answers instead of a token, for the next `times` requests. */
export interface TokenFault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow or hanging token service). */
  delayMs?: number;
  times?: number;
}

/** Delegated permissions every on-behalf-of token carries unless `grantedScopes` is changed. */
export const DEFAULT_DELEGATED_SCOPES = ['People.Read', 'User.ReadBasic.All'];
/** Application permissions in every client-credentials token. */
export const DEFAULT_APP_ROLES = ['TeamMember.Read.Group', 'Calendars.ReadWrite', 'User.Read.All'];

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
  /** With `tls`: the authority host (AUTH_AUTHORITY_HOST), e.g. https://127.0.0.1:1234. */
  authorityHost: string;
  clientSecret: string;
  /** Every request to the token endpoint so far. */
  readonly tokenRequests: readonly TokenRequest[];
  /** Users (by oid) who have not consented: their on-behalf-of exchange fails with AADSTS65001. */
  readonly withoutConsent: Set<string>;
  /** The delegated scopes on-behalf-of tokens carry (change to take a permission away). */
  grantedScopes: string[];
  /** Answer the next token requests with a failure. */
  fault(fault: TokenFault): void;
  /** A delegated Graph token for a user, as the on-behalf-of exchange issues it (for calling the fake Graph directly). */
  graphToken(user: { oid: string; name: string }): Promise<string>;
  /** Verifies a token this fake issued for the Graph resource; answers its claims or null. */
  verifyIssued(token: string): Promise<Record<string, unknown> | null>;
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

  const clientSecret = opts.clientSecret ?? 'fake-entra-client-secret-not-a-real-one';
  const graphResource = (opts.graphResource ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
  const localKeys = createLocalJWKSet({ keys: [publicJwk] });
  let jwksRequests = 0;
  const tokenRequests: TokenRequest[] = [];
  const withoutConsent = new Set<string>();
  const faults: TokenFault[] = [];
  let base = '';
  const state = { grantedScopes: [...DEFAULT_DELEGATED_SCOPES] };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  };
  /** Entra's error body: error, description with the AADSTS number, error_codes, trace and correlation ids. */
  const entraError = (error: string, code: number, text: string, suberror?: string) => ({
    error,
    error_description: `AADSTS${code}: ${text} Trace ID: 0000 Correlation ID: 0000 Timestamp: ${new Date().toISOString()}`,
    error_codes: [code],
    timestamp: new Date().toISOString(),
    trace_id: '00000000-0000-0000-0000-000000000000',
    correlation_id: '00000000-0000-0000-0000-000000000000',
    ...(suberror ? { suberror } : {}),
  });

  async function issue(claims: Record<string, unknown>): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: `https://sts.windows.net/${tenantId}/`, aud: graphResource, tid: tenantId, azp: clientId, appid: clientId, ver: '1.0', iat: now, nbf: now, exp: now + 3600, ...claims })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .sign(served.privateKey);
  }

  async function token(form: URLSearchParams): Promise<{ status: number; body: unknown; headers?: Record<string, string>; delayMs?: number; record: TokenRequest }> {
    const record: TokenRequest = {
      grantType: form.get('grant_type') ?? '',
      clientId: form.get('client_id') ?? '',
      clientSecretMatched: form.get('client_secret') === clientSecret,
      scope: form.get('scope') ?? '',
      status: 200,
      ...(form.get('requested_token_use') ? { requestedTokenUse: form.get('requested_token_use')! } : {}),
    };
    const fault = faults[0];
    if (fault) {
      if ((fault.times ?? 1) <= 1) faults.shift();
      else fault.times = (fault.times ?? 1) - 1;
      return { status: fault.status, body: fault.body ?? entraError('temporarily_unavailable', 50196, 'The server is busy.'), headers: fault.headers ?? {}, ...(fault.delayMs ? { delayMs: fault.delayMs } : {}), record };
    }
    if (record.clientId !== clientId) return { status: 400, body: entraError('unauthorized_client', 700016, `Application with identifier '${record.clientId}' was not found.`), record };
    if (!record.clientSecretMatched) return { status: 401, body: entraError('invalid_client', 7000215, 'Invalid client secret provided.'), record };
    const scopes = record.scope.split(' ');
    if (!scopes.includes(`${graphResource}/.default`)) return { status: 400, body: entraError('invalid_scope', 70011, `The provided value for scope ${record.scope} is not valid.`), record };
    const expiry = { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 };

    if (record.grantType === 'client_credentials') {
      return { status: 200, body: { ...expiry, access_token: await issue({ roles: DEFAULT_APP_ROLES, idtyp: 'app' }) }, record };
    }
    if (record.grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer' && record.requestedTokenUse === 'on_behalf_of') {
      let user: Record<string, unknown>;
      try {
        ({ payload: user } = await jwtVerify(form.get('assertion') ?? '', localKeys, { issuer, audience: [clientId, audience] }));
      } catch {
        return { status: 400, body: entraError('invalid_grant', 50013, 'Assertion failed signature validation.'), record };
      }
      const oid = String(user.oid);
      record.assertionOid = oid;
      if (withoutConsent.has(oid)) {
        return {
          status: 400,
          body: entraError('invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${clientId}'. Send an interactive authorization request for this user and resource.`, 'consent_required'),
          record,
        };
      }
      const scp = state.grantedScopes.join(' ');
      // Entra names the granted permissions and echoes the `.default` asked for (what MSAL's cache matches on).
      const granted = [...state.grantedScopes.map((s) => `${graphResource}/${s}`), `${graphResource}/.default`].join(' ');
      return { status: 200, body: { ...expiry, scope: granted, access_token: await issue({ oid, name: user.name, scp }) }, record };
    }
    return { status: 400, body: entraError('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${record.grantType}'.`), record };
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://fake');
    const route = url.pathname;
    if (req.method === 'GET' && (route === '/keys' || route === `/${tenantId}/discovery/v2.0/keys`)) {
      jwksRequests++;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(jwksBody);
      return;
    }
    if (req.method === 'GET' && route === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      json(res, 200, {
        token_endpoint: `${base}/${tenantId}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/${tenantId}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/${tenantId}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/${tenantId}/discovery/v2.0/keys`,
        issuer,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        tenant_region_scope: 'EU',
      });
      return;
    }
    if (req.method === 'POST' && route === `/${tenantId}/oauth2/v2.0/token`) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const answer = await token(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      answer.record.status = answer.status;
      tokenRequests.push(answer.record);
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs).unref());
      if (!res.destroyed) json(res, answer.status, answer.body, answer.headers);
      return;
    }
    json(res, 404, { error: 'not_found' });
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => json(res, 500, { error: 'server_error' }));
  };
  const server: Server = (opts.tls ? createHttpsServer({ cert: opts.tls.cert, key: opts.tls.key }, listener) : createServer(listener)) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const jwksUrl = `${base}/keys`;

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
      ...(opts.tls ? { AUTH_AUTHORITY_HOST: base, AUTH_CLIENT_SECRET: clientSecret } : {}),
    },
    get jwksRequests() {
      return jwksRequests;
    },
    authorityHost: base,
    clientSecret,
    tokenRequests,
    withoutConsent,
    get grantedScopes() {
      return state.grantedScopes;
    },
    set grantedScopes(scopes: string[]) {
      state.grantedScopes = scopes;
    },
    fault: (fault) => void faults.push(fault),
    graphToken: (user) => issue({ oid: user.oid, name: user.name, scp: state.grantedScopes.join(' ') }),
    verifyIssued: async (token) => {
      try {
        const { payload } = await jwtVerify(token, localKeys, { audience: graphResource });
        return payload as Record<string, unknown>;
      } catch {
        return null;
      }
    },
    sign,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
