import type { Server } from 'restify';
import { CommandContext, authorize } from '../commands/context';
import { loadFollowUpSettings, saveFollowUpSettings } from '../commands/followUpSettings';
import { FollowUpSettings, channelOf } from '../domain/followUp';
import { remindersOf, upcomingMeetings } from '../domain/followUpSchedule';
import { RouteDeps, route, orFail } from './route';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { followUpSettingsInput } from './schemas';

/** How many coming meetings the settings show (with their reminders), so the schedule can be checked. */
const UPCOMING = 3;

/**
 * GET/PUT /api/settings/follow-up — the monthly follow-up: which channel gets the restlista before
 * each meeting, and the schedule. Members read (with the channels the bot knows, to choose
 * from, and the next meetings and reminders by the schedule); the förvaltningsledare changes
 * it, with If-Match = the version read (412 with the current settings when someone saved first).
 */
export function registerSettingsRoutes(server: Server, deps: RouteDeps, ctx: CommandContext, maxBodyBytes: number): void {
  const view = async (settings: FollowUpSettings) => {
    const channels = (await ctx.store.channels.list()).map(channelOf);
    const upcoming = upcomingMeetings(settings.schedule, ctx.now(), UPCOMING).map((meeting) => ({
      date: meeting.date,
      at: meeting.at.toISOString(),
      reminders: remindersOf(settings.schedule, meeting).map((r) => ({ kind: r.kind, at: r.at.toISOString() })),
    }));
    return { json: { ...settings, channels, upcoming }, headers: { etag: etag(settings.version) } };
  };

  server.get(
    '/api/settings/follow-up',
    route(deps, async ({ identity }) => {
      orFail(authorize(identity, 'followUp.read'));
      return view(await loadFollowUpSettings(ctx));
    }),
  );

  server.put(
    '/api/settings/follow-up',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'followUp.configure'));
      const version = orFail(ifMatchVersion(req));
      const input = orFail(parseWith(followUpSettingsInput, orFail(await readJson(req, maxBodyBytes))));
      return view(orFail(await saveFollowUpSettings(ctx, version, input, identity)));
    }),
  );
}
