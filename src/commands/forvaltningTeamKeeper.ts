import { ForvaltningTeam, chooseTeam, noTeam, withRoster } from '../domain/forvaltningTeam';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import type { TeamRosters } from '../graph/teamRosters';
import { AccessSourceCache } from './accessSources';
import { CommandContext } from './context';

/**
 * Keeping the förvaltning team (domain/forvaltningTeam.ts): choosing it from the bot ("följ upp
 * här" by one of the team's owners, or the app installed by one while there is none) and
 * refreshing its roster from Graph — when Teams says members came or went, and on the
 * scheduler's tick at least every `refreshMs`. A roster Graph cannot give is not a change:
 * the last known one stays.
 */
export interface TeamKeeperDeps {
  cache: AccessSourceCache;
  rosters: TeamRosters;
}

async function current(ctx: CommandContext): Promise<ForvaltningTeam> {
  return (await ctx.store.team.get()) ?? noTeam();
}

export type TeamChoice = 'chosen' | 'unchanged' | 'refreshed';

/**
 * `actor` asks to make the team (its group id and name, from Teams) the förvaltning team.
 * `onlyIfNone`: the install case — nothing happens when a team is already chosen.
 */
export async function chooseForvaltningTeam(
  ctx: CommandContext,
  deps: TeamKeeperDeps,
  candidate: { id: string; name: string | null },
  actor: Identity,
  opts: { onlyIfNone?: boolean } = {},
): Promise<Result<TeamChoice>> {
  const before = await current(ctx);
  if (opts.onlyIfNone && before.team) return ok('unchanged');
  const roster = await deps.rosters.roster(candidate.id);
  if (!roster.ok) return roster;
  const decided = chooseTeam(before, candidate, roster.value, actor, ctx.now());
  if (!decided.ok) return decided;
  const { team, audit } = decided.value;
  if (!audit) return ok('unchanged');
  const written = await ctx.store.team.save(team, before.version, audit);
  deps.cache.changed();
  if (!written.ok) return fail('conflict', 'conflict.stale');
  return ok(before.team?.id === candidate.id ? 'refreshed' : 'chosen');
}

/** Reads the förvaltning team's roster again; keeps the stored one when Graph cannot answer or nothing changed. */
export async function refreshRoster(ctx: CommandContext, deps: TeamKeeperDeps): Promise<Result<'changed' | 'unchanged' | 'no_team'>> {
  const before = await current(ctx);
  if (!before.team) return ok('no_team');
  const roster = await deps.rosters.roster(before.team.id);
  if (!roster.ok) return roster;
  const next = withRoster(before, roster.value, ctx.now());
  if (!next) return ok('unchanged');
  const written = await ctx.store.team.save(next.team, before.version, next.audit);
  deps.cache.changed();
  // Someone else stored a roster meanwhile: theirs is as fresh as ours.
  return ok(written.ok ? 'changed' : 'unchanged');
}
