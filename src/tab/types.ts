/** The API's shapes, as the tab sees them: the contract's and the domain's own types (type-only imports). */
export type { Activity, Comment, HistoryEntry, Status, Category, Priority, Origin } from '../domain/activity';
export type { Restlista, RestlistaGroup, RestlistaItem } from '../domain/restlista';
export type { Checklist, ChecklistItem, ChecklistSection, Signature, SignerRole, ChecklistProgress } from '../domain/checklist';
export type { Person } from '../domain/person';

export type { ActivityDetails } from '../domain/activity';
export type { ChecklistView } from '../domain/checklist';
export type { Me } from '../api/contract';

export type { FollowUpSchedule, WeekOfMonth, Weekday } from '../domain/followUpSchedule';
export type { FollowUpChannel, FollowUpSettingsView } from '../domain/followUp';
