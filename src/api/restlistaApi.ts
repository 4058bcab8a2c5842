import type { Server } from 'restify';
import { restlista } from '../domain/restlista';
import { CommandContext, authorize } from '../commands/context';
import { nextMeetingDate } from '../commands/followUpSettings';
import { RouteDeps, route, orFail } from './route';
import { parseWith } from './input';
import { restlistaQueryInput } from './schemas';

/** GET /api/restlista?meeting=YYYY-MM-DD — open items grouped by owner, flagged for the meeting (default: the next one by the follow-up schedule). */
export function registerRestlistaRoutes(server: Server, deps: RouteDeps, ctx: CommandContext): void {
  server.get(
    '/api/restlista',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const { meeting } = orFail(parseWith(restlistaQueryInput, req.query));
      const now = ctx.now();
      const meetingDate = meeting ?? (await nextMeetingDate(ctx, now));
      const activities = await ctx.store.activities.list();
      return { json: restlista(activities, { now, timeZone: ctx.timeZone, meetingDate }) };
    }),
  );
}
