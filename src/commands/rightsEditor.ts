import { AccessOverview, RoleLists } from '../domain/access';
import { Person } from '../domain/person';
import { Right, Rights, grantRight, noRights, withdrawRight } from '../domain/rights';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { AuditDraft } from '../domain/audit';
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

/**
 * The one way the rights change: a förvaltningsledare, with If-Match = the rights' version read;
 * `decide` says what the change writes (null entry: nothing to write). A stale version, or
 * someone saving first, is a conflict with the current rights.
 */
async function changeRights(
  ctx: CommandContext,
  cache: AccessSourceCache,
  expectedVersion: number,
  actor: Identity,
  decide: (current: Rights, by: Person, at: Date) => Result<{ rights: Rights; audit: AuditDraft | null }>,
): Promise<Result<Rights>> {
  const allowed = authorize(actor, 'rights.manage');
  if (!allowed.ok) return allowed;
  const current = await currentRights(ctx);
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });
  const decided = decide(current, person(actor), ctx.now());
  if (!decided.ok) return decided;
  const { rights, audit } = decided.value;
  if (!audit) return ok(current);
  const written = await ctx.store.rights.save(rights, expectedVersion, audit);
  cache.changed();
  if (written.ok) return ok(written.value);
  return fail('conflict', 'conflict.stale', { current: written.reason === 'conflict' ? written.current : await currentRights(ctx) });
}

/** A förvaltningsledare grants `right` to a person (anyone in the tenant); granting it again changes nothing. */
export const grantRightTo = (ctx: CommandContext, cache: AccessSourceCache, expectedVersion: number, grant: { right: Right; person: Person }, actor: Identity) =>
  changeRights(ctx, cache, expectedVersion, actor, (current, by, at) => ok(grantRight(current, grant.right, grant.person, by, at)));

/** A förvaltningsledare withdraws a right; 404 when the person does not hold it. */
export const withdrawRightFrom = (ctx: CommandContext, cache: AccessSourceCache, expectedVersion: number, grant: { right: Right; personId: string }, actor: Identity) =>
  changeRights(ctx, cache, expectedVersion, actor, (current, by, at) => withdrawRight(current, grant.right, grant.personId, by, at));
