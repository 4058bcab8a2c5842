import type { Server } from 'restify';
import { localDate } from '../domain/calendar';
import { ActivityFilter, queryActivities } from '../domain/activityQuery';
import { fail } from "../domain/problem";
import { CommandContext, authorize } from '../commands/context';
import { createActivity } from '../commands/activityCreator';
import { updateActivity } from '../commands/activityUpdater';
import { addComment } from '../commands/commentAdder';
import { deleteActivity } from '../commands/activityDeleter';
import { RouteDeps, route, orFail } from './route';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { activityCreateInput, activityPatchInput, activityQueryInput, commentInput, exportQueryInput } from './schemas';
import { activitiesCsv, activitiesXlsx } from './activityExport';

/** /api/activities: the activity log (aktivitetslogg). Validate, call the use case, shape JSON. */
export function registerActivityRoutes(server: Server, deps: RouteDeps, ctx: CommandContext, maxBodyBytes: number): void {
  const filtered = async (filter: ActivityFilter) => {
    const today = localDate(ctx.now(), ctx.timeZone);
    return queryActivities(await ctx.store.activities.list(), filter, today);
  };

  server.get(
    '/api/activities',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const items = await filtered(orFail(parseWith(activityQueryInput, req.query)));
      return { json: { items, count: items.length } };
    }),
  );

  server.get(
    '/api/activities/export',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const { format, ...filter } = orFail(parseWith(exportQueryInput, req.query));
      const items = await filtered(filter);
      const stamp = localDate(ctx.now(), ctx.timeZone);
      const name = `aktivitetslogg-${stamp}.${format}`;
      const headers = { 'content-disposition': `attachment; filename="${name}"` };
      if (format === 'csv') return { body: activitiesCsv(items), contentType: 'text/csv; charset=utf-8', headers };
      return {
        body: await activitiesXlsx(items, ctx.now()),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        headers,
      };
    }),
  );

  server.post(
    '/api/activities',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.create'));
      const input = orFail(parseWith(activityCreateInput, orFail(await readJson(req, maxBodyBytes))));
      const activity = orFail(await createActivity(ctx, input, identity));
      return { status: 201, json: activity, headers: { etag: etag(activity.version), location: `/api/activities/${activity.key}` } };
    }),
  );

  server.get(
    '/api/activities/:key',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const key = String(req.params.key);
      const activity = await ctx.store.activities.get(key);
      if (!activity) orFail(fail('not_found', 'activity.notFound', { params: { key } }));
      const [history, comments] = await Promise.all([ctx.store.activities.history(key), ctx.store.activities.comments(key)]);
      return { json: { activity, history, comments }, headers: { etag: etag(activity!.version) } };
    }),
  );

  server.patch(
    '/api/activities/:key',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.edit'));
      const version = orFail(ifMatchVersion(req));
      const patch = orFail(parseWith(activityPatchInput, orFail(await readJson(req, maxBodyBytes))));
      const activity = orFail(await updateActivity(ctx, String(req.params.key), version, patch, identity));
      return { json: activity, headers: { etag: etag(activity.version) } };
    }),
  );

  server.del(
    '/api/activities/:key',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.delete'));
      const version = orFail(ifMatchVersion(req));
      orFail(await deleteActivity(ctx, String(req.params.key), version, identity));
      return { status: 204, body: '', contentType: 'text/plain' };
    }),
  );

  server.post(
    '/api/activities/:key/comments',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.comment'));
      const input = orFail(parseWith(commentInput, orFail(await readJson(req, maxBodyBytes))));
      const comment = orFail(await addComment(ctx, String(req.params.key), input, identity));
      return { status: 201, json: comment };
    }),
  );
}

