import type { RosterMember } from '../domain/forvaltningTeam';
import { Result, fail } from '../domain/problem';

/**
 * The rosters of Teams teams, as the rest of the app sees them (graph/graphTeamRosters.ts reads
 * them from Microsoft Graph with the app's own token). May answer `unavailable`; the app then
 * keeps the roster it knew.
 */
export interface TeamRosters {
  readonly kind: 'graph' | 'off';
  /** The team's owners, members and guests; `teamId` is the team's Microsoft 365 group id. */
  roster(teamId: string): Promise<Result<RosterMember[]>>;
}

export const NO_ROSTERS: TeamRosters = {
  kind: 'off',
  roster: async () => fail('unavailable', 'graph.unavailable', { params: { reason: 'off' } }),
};
