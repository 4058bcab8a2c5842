import type { Server } from 'restify';
import { meetingSummary } from '../domain/meeting';
import { CommandContext, authorize } from '../commands/context';
import { nextMeetingDate } from '../commands/followUpSettings';
import { loadMeeting } from '../commands/meetingDocument';
import { startMonthlyMeeting } from '../commands/meetingStarter';
import { recordMeetingDecision } from '../commands/meetingRecorder';
import { finishMonthlyMeeting } from '../commands/meetingFinisher';
import { RouteDeps, route, orFail } from './route';
import { etag, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { meetingEntryInput, meetingFinishInput, meetingStartInput, minutesQueryInput } from './schemas';
import { minutesFile } from './meetingMinutes';

/** /api/meetings: the monthly meeting (månadsmöte), its entries and its minutes (protokoll). */
export function registerMeetingRoutes(server: Server, deps: RouteDeps, ctx: CommandContext, maxBodyBytes: number): void {
  server.get(
    '/api/meetings',
    route(deps, async ({ identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const items = (await ctx.store.meetings.list()).map(meetingSummary);
      return { json: { items } };
    }),
  );

  server.post(
    '/api/meetings',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'meeting.hold'));
      const input = orFail(parseWith(meetingStartInput, orFail(await readJson(req, maxBodyBytes))));
      const meetingDate = input.meetingDate ?? (await nextMeetingDate(ctx));
      const { meeting, created } = orFail(await startMonthlyMeeting(ctx, meetingDate, identity));
      return {
        status: created ? 201 : 200,
        json: meeting,
        headers: { etag: etag(meeting.version), location: `/api/meetings/${meeting.id}` },
      };
    }),
  );

  server.get(
    '/api/meetings/:id',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'activity.read'));
      const meeting = orFail(await loadMeeting(ctx, String(req.params.id)));
      return { json: meeting, headers: { etag: etag(meeting.version) } };
    }),
  );

  server.post(
    '/api/meetings/:id/entries',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'meeting.hold'));
      const input = orFail(parseWith(meetingEntryInput, orFail(await readJson(req, maxBodyBytes))));
      const recorded = orFail(await recordMeetingDecision(ctx, String(req.params.id), input, identity));
      return { status: 201, json: recorded, headers: { etag: etag(recorded.meeting.version) } };
    }),
  );

  server.post(
    '/api/meetings/:id/finish',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'meeting.hold'));
      const input = orFail(parseWith(meetingFinishInput, orFail(await readJson(req, maxBodyBytes))));
      const meeting = orFail(await finishMonthlyMeeting(ctx, String(req.params.id), input, identity));
      return { json: meeting, headers: { etag: etag(meeting.version) } };
    }),
  );

  server.get(
    '/api/meetings/:id/minutes',
    route(deps, async ({ req, identity, locale }) => {
      orFail(authorize(identity, 'activity.read'));
      const { format } = orFail(parseWith(minutesQueryInput, req.query));
      const meeting = orFail(await loadMeeting(ctx, String(req.params.id)));
      const file = minutesFile(meeting, format, locale, { timeZone: ctx.timeZone });
      return {
        body: file.body,
        contentType: file.contentType,
        headers: { 'content-disposition': `attachment; filename="${file.filename}"`, 'content-language': locale },
      };
    }),
  );
}
