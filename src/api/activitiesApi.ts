import type { Server } from 'restify';
import { localDate } from '../domain/calendar';
import { UseCases } from '../commands';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { activityCreateInput, activityPatchInput, activityQueryInput, commentInput, exportQueryInput } from './schemas';
import { activitiesCsv, activitiesXlsx } from './activityExport';

/** /api/activities: the activity log (aktivitetslogg). Validate, call the use case, shape JSON. */
export function registerActivityRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  serve(server, API.activities.list, deps, async ({ req, identity }) => {
    const items = orFail(await uc.activities.list(orFail(parseWith(activityQueryInput, req.query)), identity));
    return { json: { items, count: items.length } };
  });

  serve(server, API.activities.export, deps, async ({ req, identity }) => {
    const { format, ...filter } = orFail(parseWith(exportQueryInput, req.query));
    const items = orFail(await uc.activities.list(filter, identity));
    const stamp = localDate(uc.clock.now(), uc.clock.timeZone);
    const name = `aktivitetslogg-${stamp}.${format}`;
    const headers = { 'content-disposition': `attachment; filename="${name}"` };
    if (format === 'csv') return { body: activitiesCsv(items, uc.clock.timeZone), contentType: 'text/csv; charset=utf-8', headers };
    return {
      body: await activitiesXlsx(items, uc.clock.now(), uc.clock.timeZone),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      headers,
    };
  });

  serve(server, API.activities.create, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(activityCreateInput, orFail(await readJson(req, maxBodyBytes))));
    const activity = orFail(await uc.activities.create(input, identity));
    return { status: 201, json: activity, headers: { etag: etag(activity.version), location: `/api/activities/${activity.key}` } };
  });

  serve(server, API.activities.details, deps, async ({ req, identity }) => {
    const details = orFail(await uc.activities.details(String(req.params.key), identity));
    return { json: details, headers: { etag: etag(details.activity.version) } };
  });

  serve(server, API.activities.update, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const patch = orFail(parseWith(activityPatchInput, orFail(await readJson(req, maxBodyBytes))));
    const activity = orFail(await uc.activities.update(String(req.params.key), version, patch, identity));
    return { json: activity, headers: { etag: etag(activity.version) } };
  });

  serve(server, API.activities.remove, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    orFail(await uc.activities.remove(String(req.params.key), version, identity));
    return { status: 204, body: '', contentType: 'text/plain' };
  });

  serve(server, API.activities.comment, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(commentInput, orFail(await readJson(req, maxBodyBytes))));
    const comment = orFail(await uc.activities.comment(String(req.params.key), input, identity));
    return { status: 201, json: comment };
  });
}
