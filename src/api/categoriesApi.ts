import type { Server } from 'restify';
import { UseCases } from '../commands';
import { Categories } from '../domain/categories';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { categoriesInput } from './schemas';

/**
 * GET/PUT /api/categories — the activity log's categories. Everyone who reads the log reads
 * them (the tab's filters, form and labels); the förvaltningsledare adds and retires them with
 * If-Match = the version read (412 with the current list when someone saved first).
 */
export function registerCategoryRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  const view = (categories: Categories) => ({ json: categories, headers: { etag: etag(categories.version) } });

  serve(server, API.categories.read, deps, async ({ identity }) => {
    return view(orFail(await uc.categories.read(identity)));
  });

  serve(server, API.categories.save, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(categoriesInput, orFail(await readJson(req, maxBodyBytes))));
    return view(orFail(await uc.categories.save(version, input.items, identity)));
  });
}
