import { lazy } from 'react';
import type { MessageKey } from '../../i18n';

/**
 * The tab's views, in navigation order. Each is its own chunk, loaded when first shown; the
 * hash (#/restlista) names the view so it can be linked to (the reminder card does that).
 */
export const VIEWS = [
  { id: 'aktivitetslogg', label: 'tab.nav.activityLog', component: lazy(() => import('./ActivityLogView')) },
  { id: 'restlista', label: 'tab.nav.restlista', component: lazy(() => import('./RestlistaView')) },
  { id: 'mote', label: 'tab.nav.meeting', component: lazy(() => import('./MeetingView')) },
  { id: 'overlamning', label: 'tab.nav.handover', component: lazy(() => import('./HandoverView')) },
  // The förvaltningsdokumentation register, beside the handover it came with: everyone reads it, the team keeps it.
  { id: 'dokumentation', label: 'tab.nav.documents', component: lazy(() => import('./DocumentsView')), permission: 'documents.read' },
  // Kostnadskalkyl: everyone reads (costs.read), the förvaltningsledare edits (costs.edit).
  { id: 'kostnader', label: 'tab.nav.costs', component: lazy(() => import('./CostsView')), permission: 'costs.read' },
  { id: 'utbildningar', label: 'tab.nav.trainings', component: lazy(() => import('./TrainingsView')) },
  // The monthly follow-up's channel and schedule: members and up (GET /api/settings/follow-up).
  { id: 'installningar', label: 'tab.nav.settings', component: lazy(() => import('./SettingsView')), permission: 'followUp.read' },
  // The audit trail: members and up (GET /api/audit), each the entries of what they may see.
  { id: 'handelselogg', label: 'tab.nav.auditLog', component: lazy(() => import('./AuditLogView')), permission: 'audit.read' },
] as const satisfies readonly { id: string; label: MessageKey; component: unknown; permission?: string }[];

export type ViewId = (typeof VIEWS)[number]['id'];

/** Whether the signed-in person sees the view in the navigation. */
export const mayShow = (view: (typeof VIEWS)[number], permissions: Record<string, boolean>): boolean =>
  !('permission' in view) || Boolean(permissions[view.permission]);

/**
 * The view named by the hash (#/restlista), ?view=, or Teams' sub-page (a deep link's subEntityId); else the activity log.
 * What follows the view's name is the view's own (#/installningar/roller: a part of Inställningar).
 */
export function viewFromLocation(hash: string, search: string, subPageId?: string): ViewId {
  const wanted = (hash.replace(/^#\/?/, '') || new URLSearchParams(search).get('view') || subPageId || '').split('/')[0];
  return (VIEWS.find((v) => v.id === wanted)?.id ?? 'aktivitetslogg') as ViewId;
}
