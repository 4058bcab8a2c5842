import { Access, RoleLists, accessOf } from '../domain/access';
import { Right } from '../domain/rights';
import { Identity, Role } from '../domain/roles';
import { AccessSourceCache } from './accessSources';

/**
 * Who a signed-in person is to the app: the adapters (api/identify.ts, bot/core/identity.ts)
 * know who is calling (a verified token, a Bot Framework activity); this adds the role and the
 * rights (domain/access.ts) from the förvaltning team's roster, the granted rights and the
 * configured lists. In dev mode a demo user brings their demo role and rights.
 */
export interface Caller {
  id: string;
  name: string;
  tenantId: string | null;
  /** The address the sign-in gave (the SSO token's preferred_username), if any. */
  email?: string | null;
  /** Dev mode: the demo user's own role and rights. */
  demo?: { role: Role; rights: readonly Right[] };
}

export async function accessOfCaller(cache: AccessSourceCache, lists: RoleLists, caller: Caller): Promise<Access> {
  const { team, rights } = await cache.get();
  return accessOf(caller.id, { team, rights, lists, ...(caller.demo ? { demo: caller.demo } : {}) });
}

export async function resolveIdentity(cache: AccessSourceCache, lists: RoleLists, caller: Caller): Promise<Identity> {
  const access = await accessOfCaller(cache, lists, caller);
  return {
    id: caller.id,
    name: caller.name,
    tenantId: caller.tenantId,
    role: access.role,
    rights: access.rights.map((r) => r.right),
    ...(caller.email ? { email: caller.email } : {}),
  };
}
