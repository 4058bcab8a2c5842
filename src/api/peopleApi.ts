import type { Server } from 'restify';
import { z } from 'zod';
import { UseCases } from '../commands';
import { DEV_USERS } from '../auth/devUsers';
import { bearerToken } from '../auth/entraToken';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { parseWith } from './input';

const peopleQuery = z.object({ q: z.string().max(100).optional() });

/**
 * GET /api/people?q= — people to pick as owner, responsible or invitee: everyone the activity
 * log already knows (owners, creators, editors; in dev mode the demo users) and, from two typed
 * characters, the organisation's directory on the caller's behalf (commands/peopleFinder.ts).
 */
export function registerPeopleRoutes(server: Server, deps: RouteDeps, uc: UseCases, authMode: 'dev' | 'entra'): void {
  serve(server, API.people, deps, async ({ req, identity }) => {
    const { q } = orFail(parseWith(peopleQuery, req.query));
    const query = { ...(q !== undefined ? { q } : {}), extra: authMode === 'dev' ? DEV_USERS : [] };
    const assertion = authMode === 'entra' ? bearerToken(req.headers.authorization) : null;
    return { json: orFail(await uc.people.find(query, identity, assertion)) };
  });
}
