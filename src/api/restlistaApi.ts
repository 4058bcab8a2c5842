import type { Server } from 'restify';
import { UseCases } from '../commands';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { parseWith } from './input';
import { restlistaQueryInput } from './schemas';

/** GET /api/restlista?meeting=YYYY-MM-DD — open items grouped by owner, flagged for the meeting (default: the next one by the follow-up schedule). */
export function registerRestlistaRoutes(server: Server, deps: RouteDeps, uc: UseCases): void {
  serve(server, API.restlista, deps, async ({ req, identity }) => {
    const { meeting } = orFail(parseWith(restlistaQueryInput, req.query));
    return { json: orFail(await uc.activities.restlista(meeting, identity)) };
  });
}
