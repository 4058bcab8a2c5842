import type { Request } from 'restify';
import { Config } from '../config';
import { Identity } from '../domain/roles';
import type { UseCases } from '../commands';
import { Result, ok, fail } from '../domain/problem';
import { bearerToken, createEntraTokenVerifier } from '../auth/entraToken';
import { findDevUser } from '../auth/devUsers';
import { PLAYGROUND_ORIGINS, TEAMS_ORIGINS, crossSiteOrigin } from '../http/origin';

export type Identify = (req: Request) => Promise<Result<Identity>>;

/** Methods that change something. */
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Who is calling. With AUTH_MODE=entra: the Teams SSO bearer token, verified; the role and the
 * rights come from the förvaltning team, the granted rights and the lists (uc.access). With AUTH_MODE=dev (loopback only): no token means the demo
 * förvaltningsledare, and `X-Dev-User: <id or alias>` picks another demo user — but a write
 * sent by a page of another web site is nobody (403): without that, any page the developer
 * visits could change data as the demo lead.
 */
export function createIdentify(config: Pick<Config, 'auth' | 'publicUrl'>, access: Pick<UseCases['access'], 'identity'>): Identify {
  const { auth } = config;
  if (auth.mode === 'dev') {
    const trusted = { publicUrl: config.publicUrl, sources: [...TEAMS_ORIGINS, ...PLAYGROUND_ORIGINS] };
    return async (req) => {
      const foreign = WRITES.has(req.method ?? '') ? crossSiteOrigin(req, trusted) : null;
      if (foreign !== null) return fail('forbidden', 'auth.crossSite', { params: { origin: foreign } });
      const header = req.headers['x-dev-user'];
      const wanted = Array.isArray(header) ? header[0] : header;
      const user = findDevUser(wanted?.trim() || undefined);
      if (!user) return fail('unauthorized', 'auth.unknownDevUser', { params: { id: String(wanted).slice(0, 60) } });
      return ok(await access.identity({ id: user.id, name: user.name, tenantId: user.tenantId, demo: { role: user.role, rights: user.rights } }));
    };
  }

  const verify = createEntraTokenVerifier({
    tenantId: auth.tenantId,
    issuer: auth.issuer,
    audiences: auth.audiences,
    jwksUrl: auth.jwksUrl,
    requiredScope: auth.scope,
  });
  return async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return fail('unauthorized', 'auth.missingToken');
    const verified = await verify(token);
    if (!verified.ok) return verified;
    const { objectId, name, tenantId, email } = verified.value;
    return ok(await access.identity({ id: objectId, name, tenantId, email }));
  };
}
