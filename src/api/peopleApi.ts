import type { Server } from 'restify';
import { z } from 'zod';
import { UseCases } from '../commands';
import { DEV_USERS } from '../auth/devUsers';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { parseWith } from './input';

const peopleQuery = z.object({ q: z.string().max(100).optional() });

/**
 * GET /api/people?q= — people to pick as owner or responsible: everyone the activity log
 * already knows (owners, creators, editors) and, in dev mode, the demo users. A Microsoft
 * Graph people search joins this list when the app is deployed (graph/).
 */
export function registerPeopleRoutes(server: Server, deps: RouteDeps, uc: UseCases, authMode: 'dev' | 'entra'): void {
  serve(server, API.people, deps, async ({ req, identity }) => {
    const { q } = orFail(parseWith(peopleQuery, req.query));
    const items = orFail(await uc.activities.people({ ...(q !== undefined ? { q } : {}), extra: authMode === 'dev' ? DEV_USERS : [] }, identity));
    return { json: { items } };
  });
}
