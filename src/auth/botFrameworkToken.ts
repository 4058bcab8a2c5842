import { decodeJwt, decodeProtectedHeader } from 'jose';
import { Result, ok, fail } from '../domain/problem';
import { bearerToken } from './entraToken';

/**
 * The Bot Connector's token on an activity posted to /api/messages, checked as far as it can be
 * without Microsoft's signing keys: present, a compact RS256 JWT, issued by the Bot Framework
 * for this bot (audience = the bot's app id), not expired, for the serviceUrl the activity names.
 * Anything that fails here is refused with 401 before the SDK fetches the signing metadata, so
 * forged tokens cost nothing and cannot turn an outage at login.botframework.com into 5xx. The
 * signature itself is checked by the SDK against the published keys (botbuilderAdapter.ts).
 */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** Where the Bot Framework publishes its OpenID metadata (and through it the signing keys). */
export const BOT_FRAMEWORK_OPENID_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

export type BotTokenRefusal = 'missing' | 'malformed' | 'algorithm' | 'expired' | 'not_yet_valid' | 'audience' | 'issuer' | 'service_url';

export interface BotTokenExpectations {
  appId: string;
  /** The activity's serviceUrl: the token's `serviceurl` claim must name it. */
  serviceUrl: string;
  now: Date;
  /** Allowed clock skew for exp/nbf, as the SDK allows it: 300 s. */
  clockToleranceSeconds?: number;
}

const MAX_TOKEN_LENGTH = 16 * 1024;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const refuse = (reason: BotTokenRefusal) => fail('unauthorized', 'auth.invalidToken', { params: { reason } });

export function precheckBotToken(authorization: string | undefined, expected: BotTokenExpectations): Result<void> {
  const token = bearerToken(authorization);
  if (!token) return refuse('missing');
  if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) return refuse('malformed');
  let alg: unknown;
  let claims: Record<string, unknown>;
  try {
    alg = decodeProtectedHeader(token).alg;
    claims = decodeJwt(token);
  } catch {
    return refuse('malformed');
  }
  if (alg !== 'RS256') return refuse('algorithm');
  const now = expected.now.getTime() / 1000;
  const skew = expected.clockToleranceSeconds ?? 300;
  if (typeof claims.exp !== 'number' || claims.exp + skew <= now) return refuse('expired');
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf - skew > now)) return refuse('not_yet_valid');
  if (claims.iss !== BOT_FRAMEWORK_ISSUER) return refuse('issuer');
  if (claims.aud !== expected.appId) return refuse('audience');
  if (claims.serviceurl !== expected.serviceUrl) return refuse('service_url');
  return ok(undefined);
}
