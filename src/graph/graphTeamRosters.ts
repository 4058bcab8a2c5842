import { z } from 'zod';
import type { Logger } from 'pino';
import type { RosterMember } from '../domain/forvaltningTeam';
import { fail, ok } from '../domain/problem';
import type { TeamRosters } from './teamRosters';
import { graphClient, withDeadline } from './graphClient';
import { classify, failureLog } from './graphFailure';
import type { TokenCredential } from '@azure/identity';

/**
 * A team's roster from Microsoft Graph, with the app's own token (client credentials):
 * `GET /teams/{group id}/members`, allowed by the resource-specific consent TeamMember.Read.Group
 * that the team's owner grants by installing the app (manifest `authorization`), so no
 * tenant-wide admin consent. Every page is read (`@odata.nextLink`); owners have the role
 * 'owner', guests 'guest', members none. Not a person's wait: the client's retry handler honours
 * Retry-After, within one overall deadline.
 */
const member = z.object({
  userId: z.string().min(1).max(100).nullish(),
  displayName: z.string().max(256).nullish(),
  roles: z.array(z.string()).nullish(),
});
const membersPage = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().url().optional() });

/** At most this many pages (of up to 999 members each) are read: a bound, not a team's size. */
const MAX_PAGES = 50;

export function createGraphTeamRosters(opts: { credential: TokenCredential; endpoint: string; timeoutMs: number; logger: Logger }): TeamRosters {
  const { client } = graphClient(opts.credential, opts.endpoint);
  return {
    kind: 'graph',
    async roster(teamId) {
      try {
        return await withDeadline(opts.timeoutMs, async (signal) => {
          const found = new Map<string, RosterMember>();
          let next: string | undefined = `/teams/${encodeURIComponent(teamId)}/members?$top=999`;
          for (let page = 0; next && page < MAX_PAGES; page++) {
            const body = membersPage.parse(await client.api(next).option('signal', signal).get());
            for (const raw of body.value) {
              const m = member.safeParse(raw);
              if (!m.success || !m.data.userId) continue;
              const roles = (m.data.roles ?? []).map((r) => r.toLowerCase());
              const role = roles.includes('owner') ? 'owner' : roles.includes('guest') ? 'guest' : 'member';
              found.set(m.data.userId, { id: m.data.userId, name: m.data.displayName?.trim() || m.data.userId, role });
            }
            next = body['@odata.nextLink'];
          }
          return ok([...found.values()]);
        });
      } catch (error) {
        const failure = classify(error);
        opts.logger.warn(failureLog('teamRoster', failure), 'the team roster could not be read: the last known one stays');
        return fail('unavailable', 'graph.unavailable', { params: { reason: failure.reason } });
      }
    },
  };
}
