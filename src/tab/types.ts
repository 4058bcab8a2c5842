/** The API's shapes, as the tab sees them (type-only imports of the domain). */
export type { Activity, Comment, HistoryEntry, Status, Category, Priority, Origin } from '../domain/activity';
export type { Restlista, RestlistaGroup, RestlistaItem } from '../domain/restlista';
export type { Checklist, ChecklistItem, ChecklistSection, Signature, SignerRole, ChecklistProgress } from '../domain/checklist';
export type { Person } from '../domain/person';

import type { Activity, Comment, HistoryEntry } from '../domain/activity';
import type { Checklist, ChecklistProgress } from '../domain/checklist';
import type { Role } from '../domain/roles';

export interface Me {
  id: string;
  name: string;
  role: Role;
  projectOwner: boolean;
  tenantId: string | null;
  locale: string;
  authMode: 'dev' | 'entra';
  permissions: Record<string, boolean>;
}

export interface ActivityDetails {
  activity: Activity;
  history: HistoryEntry[];
  comments: Comment[];
}

export interface ChecklistView extends Checklist {
  progress: ChecklistProgress;
  locked: boolean;
  readOnly: boolean;
}

export type { FollowUpSchedule, WeekOfMonth, Weekday } from '../domain/followUpSchedule';
export type { FollowUpChannel } from '../domain/followUp';
import type { FollowUpChannel, FollowUpSettings } from '../domain/followUp';

/** GET /api/settings/follow-up: the settings, the channels to choose from, the next meetings by the saved schedule. */
export interface FollowUpSettingsView extends FollowUpSettings {
  channels: FollowUpChannel[];
  upcoming: { date: string; at: string; reminders: { kind: 'daysBefore' | 'morning'; at: string }[] }[];
}
