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
  { id: 'utbildningar', label: 'tab.nav.trainings', component: lazy(() => import('./TrainingsView')) },
] as const satisfies readonly { id: string; label: MessageKey; component: unknown }[];

export type ViewId = (typeof VIEWS)[number]['id'];

export function viewFromLocation(hash: string, search: string): ViewId {
  const wanted = hash.replace(/^#\/?/, '') || new URLSearchParams(search).get('view') || '';
  return (VIEWS.find((v) => v.id === wanted)?.id ?? 'aktivitetslogg') as ViewId;
}
