import type { Server } from 'restify';
import { z } from 'zod';
import { UseCases } from '../commands';
import { RIGHTS, Rights } from '../domain/rights';
import { readJson } from '../http/jsonBody';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { rightGrantInput } from './schemas';

const withdrawal = z.object({ right: z.enum(RIGHTS), personId: z.string().trim().min(1).max(100) });

/**
 * Inställningar › Roller. GET /api/access: the förvaltning team, its roster, the granted rights
 * and the configured lists — where everyone's role and rights come from (members and the
 * förvaltningsledare). POST /api/rights grants a right, DELETE /api/rights/:right/:personId
 * withdraws one: the förvaltningsledare, with If-Match = the rights' version read (412 with the
 * current rights when someone changed them first).
 */
export function registerAccessRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  const view = (rights: Rights) => ({ json: rights, headers: { etag: etag(rights.version) } });

  serve(server, API.access.overview, deps, async ({ identity }) => {
    const overview = orFail(await uc.access.overview(identity));
    return { json: overview, headers: { etag: etag(overview.rights.version) } };
  });

  serve(server, API.access.grant, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(rightGrantInput, orFail(await readJson(req, maxBodyBytes))));
    return view(orFail(await uc.access.grant(version, input, identity)));
  });

  serve(server, API.access.withdraw, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const params = orFail(parseWith(withdrawal, req.params));
    return view(orFail(await uc.access.withdraw(version, params, identity)));
  });
}
