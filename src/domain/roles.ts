import { Person } from './person';
import type { Right } from './rights';

/**
 * Who may do what. reader: anyone signed in from the tenant (signs up for trainings); member:
 * edits activities, ticks the checklist, organises trainings; förvaltningsledare: signs off as receiver, manages (categories, the follow-up, rights), deletes.
 * projektägare is not a role but a right (rights.ts) to sign the handover for the project.
 * Where a person's role and rights come from is access.ts; what they allow is decided here:
 * api and bot ask `can()`.
 */
export const ROLES = ['reader', 'member', 'förvaltningsledare'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity extends Person {
  tenantId: string | null;
  role: Role;
  /** The named rights the person holds (rights.ts), e.g. projektägare: signs the handover for the rollout project. */
  rights: readonly Right[];
  /** The person's address as the sign-in gave it (the tab's SSO token), when it did: a sign-up keeps it for the Outlook invitation. */
  email?: string | null;
}

export type Action =
  | 'activity.read'
  | 'activity.create'
  | 'activity.edit'
  | 'activity.comment'
  | 'activity.delete'
  | 'checklist.read'
  | 'checklist.edit'
  | 'checklist.sign.förvaltningsledare'
  | 'checklist.sign.projektägare'
  | 'meeting.hold'
  /** Create, edit and cancel trainings; see registrations and the waitlist; mark attendance; export; statistics. */
  | 'training.organise'
  /** Sign oneself up for a training and cancel one's own registration: every signed-in staff member. */
  | 'training.signUp'
  /** See the monthly follow-up's channel and schedule. */
  | 'followUp.read'
  /** Choose the follow-up channel and change the schedule (tab or "följ upp här"). */
  | 'followUp.configure'
  /** Add and retire the activity log's categories. */
  | 'categories.manage'
  /** Read the audit trail (Händelselogg): the entries of the records one may see (domain/auditAccess.ts). */
  | 'audit.read'
  /** Walk the whole chain and export it: the förvaltningsledare. */
  | 'audit.verify'
  /** See the förvaltning team's roster and who holds which right (Inställningar › Roller). */
  | 'access.read'
  /** Grant and withdraw rights. */
  | 'rights.manage'
  // Kostnadskalkyl (issue 16)
  /** Read the cost calculation, its totals and exports. */
  | 'costs.read'
  /** Change amounts, rows, years, scenarios; mark the decided scenario; freeze a baseline. */
  | 'costs.edit'
  /** Read the förvaltningsdokumentation register: everyone signed in. */
  | 'documents.read'
  /** Add, change and mark as reviewed ("Granskad") the register's documents: the team keeps its documentation. */
  | 'documents.edit';

const RANK: Record<Role, number> = { reader: 0, member: 1, förvaltningsledare: 2 };

/** Whether `role` allows more than `than` (reader < member < förvaltningsledare). */
export const outranks = (role: Role, than: Role): boolean => RANK[role] > RANK[than];

const NEEDS: Record<Exclude<Action, 'checklist.sign.projektägare'>, Role> = {
  'activity.read': 'reader',
  'checklist.read': 'reader',
  'training.signUp': 'reader',
  'activity.create': 'member',
  'activity.edit': 'member',
  'activity.comment': 'member',
  'checklist.edit': 'member',
  'meeting.hold': 'member',
  'training.organise': 'member',
  'followUp.read': 'member',
  'audit.read': 'member',
  'access.read': 'member',
  'activity.delete': 'förvaltningsledare',
  'followUp.configure': 'förvaltningsledare',
  'categories.manage': 'förvaltningsledare',
  'audit.verify': 'förvaltningsledare',
  'rights.manage': 'förvaltningsledare',
  'checklist.sign.förvaltningsledare': 'förvaltningsledare',
  // Kostnadskalkyl (issue 16)
  'costs.read': 'reader',
  'costs.edit': 'förvaltningsledare',
  'documents.read': 'reader',
  'documents.edit': 'member',
};

/** Every right, as GET /api/me lists them for the caller. */
export const ACTIONS = [...(Object.keys(NEEDS) as Action[]), 'checklist.sign.projektägare'] as const;

/** What `who` may do, right by right. */
export function permissionsOf(who: Identity): Record<Action, boolean> {
  return Object.fromEntries(ACTIONS.map((a) => [a, can(who, a)])) as Record<Action, boolean>;
}

export function can(who: Identity, action: Action): boolean {
  if (action === 'checklist.sign.projektägare') return who.rights.includes('projektägare');
  return RANK[who.role] >= RANK[NEEDS[action]];
}
