import type { Server } from 'restify';
import { Action, can } from '../domain/roles';
import { RouteDeps, route } from './route';

const ACTIONS: Action[] = [
  'activity.create',
  'activity.edit',
  'activity.comment',
  'activity.delete',
  'checklist.edit',
  'checklist.sign.projektägare',
  'checklist.sign.förvaltningsledare',
  'meeting.hold',
  'training.organise',
  'training.signUp',
  'followUp.read',
  'followUp.configure',
  'categories.manage',
];

/** GET /api/me — who the caller is and what they may do, so the tab can show the right buttons. */
export function registerMeRoutes(server: Server, deps: RouteDeps, authMode: 'dev' | 'entra'): void {
  server.get(
    '/api/me',
    route(deps, async ({ identity, locale }) => ({
      json: {
        ...identity,
        locale,
        authMode,
        permissions: Object.fromEntries(ACTIONS.map((a) => [a, can(identity, a)])),
      },
    })),
  );
}
