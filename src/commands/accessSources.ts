import { ForvaltningTeam, noTeam } from '../domain/forvaltningTeam';
import { Rights, noRights } from '../domain/rights';
import { CommandContext } from './context';

/**
 * What roles and rights are decided from (besides the configured lists): the förvaltning team
 * with its roster, and the granted rights. Every request needs them, so they are kept for a few
 * seconds; a write through this process forgets them at once, and another instance's write is
 * seen within `ttlMs`.
 */
export interface AccessSources {
  team: ForvaltningTeam;
  rights: Rights;
}

export interface AccessSourceCache {
  get(): Promise<AccessSources>;
  /** Called after a write of the team or the rights. */
  changed(): void;
}

export function accessSourceCache(ctx: CommandContext, ttlMs: number): AccessSourceCache {
  let kept: { at: number; sources: Promise<AccessSources> } | undefined;
  const read = async (): Promise<AccessSources> => {
    const [team, rights] = await Promise.all([ctx.store.team.get(), ctx.store.rights.get()]);
    return { team: team ?? noTeam(), rights: rights ?? noRights() };
  };
  return {
    get() {
      const now = ctx.now().getTime();
      if (!kept || now - kept.at >= ttlMs) {
        const sources = read();
        kept = { at: now, sources };
        // A failed read is not kept: the next request asks the store again.
        sources.catch(() => {
          if (kept?.sources === sources) kept = undefined;
        });
      }
      return kept.sources;
    },
    changed() {
      kept = undefined;
    },
  };
}
