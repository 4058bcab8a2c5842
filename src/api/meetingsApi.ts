import type { Server } from 'restify';
import { UseCases } from '../commands';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { meetingEntryInput, meetingFinishInput, meetingStartInput, minutesQueryInput } from './schemas';
import { minutesFile } from './meetingMinutes';

/** /api/meetings: the monthly meeting (månadsmöte), its entries and its minutes (protokoll). */
export function registerMeetingRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  serve(server, API.meetings.list, deps, async ({ identity }) => {
    return { json: orFail(await uc.meetings.list(identity)) };
  });

  serve(server, API.meetings.start, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(meetingStartInput, orFail(await readJson(req, maxBodyBytes))));
    // Without a date: the meeting to hold now, a missed one first (never next month's in its place).
    const { meeting, created } = orFail(await uc.meetings.start(input.meetingDate, identity));
    return {
      status: created ? 201 : 200,
      json: meeting,
      headers: { etag: etag(meeting.version), location: `/api/meetings/${meeting.id}` },
    };
  });

  serve(server, API.meetings.read, deps, async ({ req, identity }) => {
    const meeting = orFail(await uc.meetings.read(String(req.params.id), identity));
    return { json: meeting, headers: { etag: etag(meeting.version) } };
  });

  serve(server, API.meetings.record, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(meetingEntryInput, orFail(await readJson(req, maxBodyBytes))));
    const recorded = orFail(await uc.meetings.record(String(req.params.id), input, identity));
    return { status: 201, json: recorded, headers: { etag: etag(recorded.meeting.version) } };
  });

  serve(server, API.meetings.finish, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(meetingFinishInput, orFail(await readJson(req, maxBodyBytes))));
    const meeting = orFail(await uc.meetings.finish(String(req.params.id), input, identity));
    return { json: meeting, headers: { etag: etag(meeting.version) } };
  });

  serve(server, API.meetings.minutes, deps, async ({ req, identity, locale }) => {
    const { format } = orFail(parseWith(minutesQueryInput, req.query));
    const meeting = orFail(await uc.meetings.read(String(req.params.id), identity));
    const file = minutesFile(meeting, format, locale, { timeZone: uc.clock.timeZone });
    return {
      body: file.body,
      contentType: file.contentType,
      headers: { 'content-disposition': `attachment; filename="${file.filename}"`, 'content-language': locale },
    };
  });
}
