import type { Server } from 'restify';
import { localDate, nextMeetingDate } from '../domain/calendar';
import { restlista } from '../domain/restlista';
import { CommandContext, authorize } from '../commands/context';
import { RouteDeps, route, orFail } from './route';
import { parseWith } from './input';
import { restlistaQueryInput } from './schemas';

/** GET /api/restlista?meeting=YYYY-MM-DD — open items grouped by owner, flagged for the meeting. */
export function registerRestlistaRoutes(server: Server, deps: RouteDeps, ctx: CommandContext): void {
  server.get(
    '/api/restlista',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const { meeting } = orFail(parseWith(restlistaQueryInput, req.query));
      const now = ctx.now();
      const meetingDate = meeting ?? nextMeetingDate(localDate(now, ctx.timeZone));
      const activities = await ctx.store.activities.list();
      return { json: restlista(activities, { now, timeZone: ctx.timeZone, meetingDate }) };
    }),
  );
}
