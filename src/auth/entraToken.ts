import { createRemoteJWKSet, jwtVerify, errors, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { Result, ok, fail } from '../domain/problem';

/**
 * Validation of the Teams SSO bearer token: a Microsoft Entra ID v2 access token for our API.
 * The signature is checked against the tenant's published keys (JWKS, fetched once and cached
 * by jose, refetched on an unknown key id with a cooldown), then issuer, audience, lifetime,
 * tenant and the delegated scope. Every failure is a value: `unauthorized` with a short
 * machine `reason` for the log — never the token itself.
 */
export interface EntraTokenSettings {
  tenantId: string;
  /** `https://login.microsoftonline.com/<tenant>/v2.0` for v2 tokens. */
  issuer: string;
  /** The app's client id and/or its Application ID URI (`api://…/<clientId>`). */
  audiences: string[];
  jwksUrl: string;
  /** The delegated scope the Teams client asks for, usually `access_as_user`. */
  requiredScope: string;
  /** Allowed clock skew for exp/nbf; 300 s (Microsoft's default) unless given. */
  clockToleranceSeconds?: number;
}

export interface VerifiedUser {
  objectId: string;
  name: string;
  tenantId: string;
  /** The sign-in name when it is an address (`preferred_username`, usually the UPN = the mail address): where invitations go. */
  email: string | null;
}

export type InvalidTokenReason =
  | 'expired'
  | 'not_yet_valid'
  | 'audience'
  | 'issuer'
  | 'tenant'
  | 'signature'
  | 'algorithm'
  | 'unknown_key'
  | 'scope'
  | 'malformed'
  | 'jwks_unavailable';

const DEFAULT_CLOCK_TOLERANCE_SECONDS = 300;
/** Entra access tokens are a few kB; anything far larger is not one. */
const MAX_TOKEN_LENGTH = 16 * 1024;
/** Verified tokens kept (the least recently used forgotten first): about one per person using the tab within the hour. */
const VERIFIED_TOKENS_KEPT = 2000;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** The keys could not be fetched: not the caller's fault, so 503 rather than 401. */
const invalid = (reason: InvalidTokenReason) =>
  reason === 'jwks_unavailable'
    ? fail('unavailable', 'auth.signInUnavailable', { params: { reason } })
    : fail('unauthorized', 'auth.invalidToken', { params: { reason } });

/** Config defaults for a single-tenant app registration in the public Entra cloud. */
export function entraDefaults(
  tenantId: string,
  clientId: string,
  apiUri?: string,
): { issuer: string; jwksUrl: string; audiences: string[] } {
  const base = `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}`;
  return {
    issuer: `${base}/v2.0`,
    jwksUrl: `${base}/discovery/v2.0/keys`,
    audiences: [clientId, apiUri ?? `api://${clientId}`],
  };
}

/** The token from an `Authorization: Bearer <token>` header, or null when absent or malformed. */
export function bearerToken(authorizationHeader: string | undefined): string | null {
  if (typeof authorizationHeader !== 'string') return null;
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorizationHeader);
  return match?.[1] ?? null;
}

export function createEntraTokenVerifier(
  settings: EntraTokenSettings,
): (token: string) => Promise<Result<VerifiedUser>> {
  const jwks = createRemoteJWKSet(new URL(settings.jwksUrl));
  const expectedTenant = settings.tenantId.toLowerCase();
  const options = {
    issuer: settings.issuer,
    audience: settings.audiences,
    algorithms: ['RS256'],
    clockTolerance: settings.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ['exp'],
  };

  // Teams hands the tab the same SSO token for its whole life (about an hour), and the tab sends
  // it with every request: a token verified once is known until it expires.
  const verified = new LRUCache<string, VerifiedUser>({ max: VERIFIED_TOKENS_KEPT });
  const remember = (token: string, user: VerifiedUser, exp: number | undefined) => {
    const ttl = exp === undefined ? 0 : exp * 1000 - Date.now();
    if (ttl > 0) verified.set(token, user, { ttl });
  };

  return async (token) => {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
      return invalid('malformed');
    }
    const known = verified.get(token);
    if (known) return ok(known);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, options));
    } catch (err) {
      return invalid(reasonFor(err));
    }

    if (typeof payload.tid !== 'string' || payload.tid.toLowerCase() !== expectedTenant) return invalid('tenant');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(settings.requiredScope)) return invalid('scope');
    const objectId = payload.oid;
    if (typeof objectId !== 'string' || objectId.length === 0) return invalid('malformed');

    const name = firstText(payload.name, payload.preferred_username) ?? objectId;
    const signIn = firstText(payload.preferred_username);
    const user = { objectId, name, tenantId: payload.tid, email: signIn && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(signIn) ? signIn.toLowerCase() : null };
    remember(token, user, payload.exp);
    return ok(user);
  };
}

function firstText(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
}

/** Maps what jose threw to a reason word. Anything that is not jose's own is the JWKS fetch. */
function reasonFor(err: unknown): InvalidTokenReason {
  if (err instanceof errors.JWTExpired) return 'expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    switch (err.claim) {
      case 'iss':
        return 'issuer';
      case 'aud':
        return 'audience';
      case 'nbf':
      case 'iat':
        return err.reason === 'check_failed' ? 'not_yet_valid' : 'malformed';
      default:
        return 'malformed';
    }
  }
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) return 'algorithm';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) return 'unknown_key';
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return 'malformed';
  // JWKSTimeout, JWKSInvalid, JWKInvalid, "Expected 200 OK…", network errors (ECONNREFUSED…).
  return 'jwks_unavailable';
}
