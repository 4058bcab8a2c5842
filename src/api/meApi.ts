import type { Server } from 'restify';
import { permissionsOf } from '../domain/roles';
import { findDevUser } from '../auth/devUsers';
import { UseCases } from '../commands';
import { RouteDeps, serve } from './route';
import { API } from './contract';

/** GET /api/me — who the caller is, what they may do (so the tab shows the right buttons) and why (the sources of their role and rights), and the app's time zone for dates. */
export function registerMeRoutes(server: Server, deps: RouteDeps, uc: UseCases, authMode: 'dev' | 'entra'): void {
  serve(server, API.me, deps, async ({ identity, locale }) => {
    const demo = authMode === 'dev' ? findDevUser(identity.id) : undefined;
    const access = await uc.access.of({ ...identity, ...(demo ? { demo: { role: demo.role, rights: demo.rights } } : {}) });
    return { json: { ...identity, locale, authMode, permissions: permissionsOf(identity), timeZone: uc.clock.timeZone, access, outlookInvitations: uc.invitations.on } };
  });
}
