import { AccessOverview, RoleLists } from '../domain/access';
import { Person } from '../domain/person';
import { Right, Rights, grantRight, noRights, withdrawRight } from '../domain/rights';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { AccessSourceCache } from './accessSources';
import { CommandContext, authorize, person } from './context';

/** Who may do what and why (Inställningar › Roller): for members and the förvaltningsledare. */
export async function readAccessOverview(
  ctx: CommandContext,
  cache: AccessSourceCache,
  settings: { lists: RoleLists; rostersFromGraph: boolean },
  actor: Identity,
): Promise<Result<AccessOverview>> {
  const allowed = authorize(actor, 'access.read');
  if (!allowed.ok) return allowed;
  const { team, rights } = await cache.get();
  return ok({ team: team.team, roster: team.roster, rosterSince: team.rosterSince, rostersFromGraph: settings.rostersFromGraph, rights, lists: settings.lists });
}

async function currentRights(ctx: CommandContext): Promise<Rights> {
  return (await ctx.store.rights.get()) ?? noRights();
}

async function save(ctx: CommandContext, cache: AccessSourceCache, next: Rights, expected: number, audit: Parameters<CommandContext['store']['rights']['save']>[2]): Promise<Result<Rights>> {
  const written = await ctx.store.rights.save(next, expected, audit);
  cache.changed();
  if (written.ok) return ok(written.value);
  return fail('conflict', 'conflict.stale', { current: written.reason === 'conflict' ? written.current : await currentRights(ctx) });
}

/** A förvaltningsledare grants `right` to a person (anyone in the tenant), with If-Match = the rights' version read. */
export async function grantRightTo(
  ctx: CommandContext,
  cache: AccessSourceCache,
  expectedVersion: number,
  grant: { right: Right; person: Person },
  actor: Identity,
): Promise<Result<Rights>> {
  const allowed = authorize(actor, 'rights.manage');
  if (!allowed.ok) return allowed;
  const current = await currentRights(ctx);
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });
  const { rights, audit } = grantRight(current, grant.right, grant.person, person(actor), ctx.now());
  if (!audit) return ok(current);
  return save(ctx, cache, rights, expectedVersion, audit);
}

/** A förvaltningsledare withdraws a right; 404 when the person does not hold it. */
export async function withdrawRightFrom(
  ctx: CommandContext,
  cache: AccessSourceCache,
  expectedVersion: number,
  grant: { right: Right; personId: string },
  actor: Identity,
): Promise<Result<Rights>> {
  const allowed = authorize(actor, 'rights.manage');
  if (!allowed.ok) return allowed;
  const current = await currentRights(ctx);
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });
  const next = withdrawRight(current, grant.right, grant.personId, person(actor), ctx.now());
  if (!next.ok) return next;
  return save(ctx, cache, next.value.rights, expectedVersion, next.value.audit);
}
