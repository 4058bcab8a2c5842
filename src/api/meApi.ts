import type { Server } from 'restify';
import { permissionsOf } from '../domain/roles';
import { UseCases } from '../commands';
import { RouteDeps, serve } from './route';
import { API } from './contract';

/** GET /api/me — who the caller is, what they may do (so the tab shows the right buttons), and the app's time zone for dates. */
export function registerMeRoutes(server: Server, deps: RouteDeps, uc: UseCases, authMode: 'dev' | 'entra'): void {
  serve(server, API.me, deps, async ({ identity, locale }) => ({
    json: { ...identity, locale, authMode, permissions: permissionsOf(identity), timeZone: uc.clock.timeZone },
  }));
}
