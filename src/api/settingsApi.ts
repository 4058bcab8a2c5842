import type { Server } from 'restify';
import { UseCases } from '../commands';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { followUpPreviewInput, followUpSettingsInput } from './schemas';

/**
 * GET/PUT /api/settings/follow-up — the monthly follow-up: which channel gets the restlista before
 * each meeting, and the schedule. Members read (with the channels the bot knows, to choose
 * from, and the next meetings and reminders by the schedule); the förvaltningsledare changes
 * it, with If-Match = the version read (412 with the current settings when someone saved first).
 * POST /api/settings/follow-up/preview — the next meetings by a schedule being edited (with the
 * holidays they fall on and the reminders moved to working days), before it is saved.
 */
export function registerSettingsRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  serve(server, API.settings.followUp, deps, async ({ identity }) => {
    const settings = orFail(await uc.followUp.settings(identity));
    return { json: settings, headers: { etag: etag(settings.version) } };
  });

  serve(server, API.settings.saveFollowUp, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(followUpSettingsInput, orFail(await readJson(req, maxBodyBytes))));
    const settings = orFail(await uc.followUp.saveSettings(version, input, identity));
    return { json: settings, headers: { etag: etag(settings.version) } };
  });

  serve(server, API.settings.previewFollowUp, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(followUpPreviewInput, orFail(await readJson(req, maxBodyBytes))));
    return { json: orFail(uc.followUp.preview(input.schedule, identity)) };
  });
}
