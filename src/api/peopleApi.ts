import type { Server } from 'restify';
import { z } from 'zod';
import type { Person } from '../domain/person';
import { CommandContext, authorize } from '../commands/context';
import { DEV_USERS } from '../auth/devUsers';
import { RouteDeps, route, orFail } from './route';
import { parseWith } from './input';

const peopleQuery = z.object({ q: z.string().max(100).optional() });

/**
 * GET /api/people?q= — people to pick as owner or responsible: everyone the activity log
 * already knows (owners, creators, editors) and, in dev mode, the demo users. A Microsoft
 * Graph people search joins this list when the app is deployed (graph/).
 */
export function registerPeopleRoutes(server: Server, deps: RouteDeps, ctx: CommandContext, authMode: 'dev' | 'entra'): void {
  server.get(
    '/api/people',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const { q } = orFail(parseWith(peopleQuery, req.query));
      const people = new Map<string, Person>();
      const add = (p: Person | null) => p && !people.has(p.id) && people.set(p.id, { id: p.id, name: p.name });
      if (authMode === 'dev') DEV_USERS.forEach(add);
      add(identity);
      for (const a of await ctx.store.activities.list()) {
        add(a.owner);
        add(a.createdBy);
        add(a.updatedBy);
      }
      const needle = q?.trim().toLocaleLowerCase('sv');
      const items = [...people.values()]
        .filter((p) => !needle || p.name.toLocaleLowerCase('sv').includes(needle))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
      return { json: { items } };
    }),
  );
}
