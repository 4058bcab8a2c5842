import { Person } from './person';
import { AuditDraft, AuditFor, auditDraft, textValue } from './audit';
import { auditChanges } from './auditDiff';
import { IsoDate } from './calendar';
import { Result, ok, fail } from './problem';

/**
 * An item of the activity log (aktivitetslogg). Open items together form the restlista.
 * The rollout project's categories; the förvaltningsledare keeps the list (domain/categories.ts).
 */
export const CATEGORIES = [
  'Licenser',
  'Utbildning',
  'Telefoni',
  'Integration',
  'Dokumentation',
  'Support',
  'Övrigt',
] as const;
/** A category's (Swedish) name, one of the kept list when it was set. */
export type Category = string;

export const STATUSES = ['ny', 'pågår', 'väntar', 'klar', 'avförd'] as const;
export type Status = (typeof STATUSES)[number];

/** klar = done, avförd = dropped: both close the item and need a resolution note. */
export const CLOSED_STATUSES: readonly Status[] = ['klar', 'avförd'];
export const isClosed = (status: Status): boolean => CLOSED_STATUSES.includes(status);

export const PRIORITIES = ['hög', 'normal', 'låg'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Where the item comes from: the rollout project's log or the administration itself. */
export const ORIGINS = ['projekt', 'förvaltning'] as const;
export type Origin = (typeof ORIGINS)[number];

export interface Activity {
  key: string;
  title: string;
  description: string;
  category: Category;
  owner: Person | null;
  status: Status;
  priority: Priority;
  dueDate: IsoDate | null;
  origin: Origin;
  /** Why it was closed (klar/avförd); cleared when the item is reopened. */
  resolution: string | null;
  createdBy: Person;
  createdAt: string;
  updatedBy: Person;
  updatedAt: string;
  version: number;
}

/** The fields a person sets; everything else is bookkeeping. */
export type ActivityFields = Pick<
  Activity,
  'title' | 'description' | 'category' | 'owner' | 'status' | 'priority' | 'dueDate' | 'origin' | 'resolution'
>;
export type ActivityPatch = Partial<ActivityFields>;
export type ActivityDraft = Omit<Activity, 'key' | 'version'>;

/**
 * One change to one field as the item's history shows it: who, when, field, from → to. Read from
 * the trail (domain/activityHistory.ts); the first wave stored these rows itself.
 */
export interface HistoryEntry {
  activityKey: string;
  at: string;
  /** Null when the person has been erased from the trail's person table. */
  by: Person | null;
  field: keyof ActivityFields | 'created' | 'deleted';
  /** A person's name, a plain value; null for none (or a free text: see `text`). */
  from: string | null;
  to: string | null;
  /** A free text changed (description, resolution): the trail keeps only its hash, so no values. */
  text?: true;
}

/** A comment, or a follow-up note tied to a monthly meeting (uppföljning). */
export interface Comment {
  id: string;
  activityKey: string;
  at: string;
  by: Person;
  text: string;
  meetingDate: IsoDate | null;
}

/** … : the number comes from the store's sequence, never reused. */
export function activityKey(sequence: number): string {
  return `A-${String(sequence).padStart(3, '0')}`;
}

const TRACKED_FIELDS: (keyof ActivityFields)[] = [
  'title',
  'description',
  'category',
  'owner',
  'status',
  'priority',
  'dueDate',
  'origin',
  'resolution',
];

function checkClosing(fields: ActivityFields, previous: ActivityFields | null): Result<ActivityFields> {
  const closing = isClosed(fields.status) && (!previous || !isClosed(previous.status));
  if (closing && !fields.resolution?.trim()) {
    return fail('invalid', 'activity.resolutionRequired', { field: 'resolution' });
  }
  return ok(fields);
}

const recordOf = (key: string) => ({ type: 'activity' as const, id: key });

/** A new item of the log, with its entry in the trail (every field it starts with). */
export function newActivity(fields: ActivityFields, actor: Person, now: Date): Result<{ draft: ActivityDraft; audit: AuditFor }> {
  const checked = checkClosing(fields, null);
  if (!checked.ok) return checked;
  const at = now.toISOString();
  const draft: ActivityDraft = {
    ...fields,
    resolution: isClosed(fields.status) ? fields.resolution : null,
    createdBy: actor,
    createdAt: at,
    updatedBy: actor,
    updatedAt: at,
  };
  const changes = auditChanges(null, pickFields(draft));
  return ok({ draft, audit: (key) => auditDraft(at, actor, recordOf(key), 'activity.created', changes) });
}

/**
 * Applies a change and says what changed (null: nothing, so nothing is written). Closing
 * (klar/avförd) needs a resolution note; reopening is allowed, clears the resolution and is
 * recorded like any other change.
 */
export function changeActivity(
  current: Activity,
  patch: ActivityPatch,
  actor: Person,
  now: Date,
): Result<{ next: Activity; audit: AuditDraft | null }> {
  const fields: ActivityFields = { ...pickFields(current), ...definedOnly(patch) };
  // An open item has no resolution: reopening clears it (and the change is in the trail).
  if (!isClosed(fields.status)) fields.resolution = null;
  const checked = checkClosing(fields, current);
  if (!checked.ok) return checked;

  const changes = auditChanges(pickFields(current), fields);
  if (changes.length === 0) return ok({ next: current, audit: null });
  const at = now.toISOString();
  return ok({ next: { ...current, ...fields, updatedBy: actor, updatedAt: at }, audit: auditDraft(at, actor, recordOf(current.key), 'activity.changed', changes) });
}

/** The trail's entry of an item deleted by mistake: what it held, as the trace of what was there. */
export const deletedActivity = (current: Activity, actor: Person, now: Date): AuditDraft =>
  auditDraft(now, actor, recordOf(current.key), 'activity.deleted', auditChanges(pickFields(current), null));

/** The trail's entry of a comment (or a follow-up note of a meeting): that it was written, with its text's hash. */
export const commentedActivity = (comment: Omit<Comment, 'id'>): AuditDraft =>
  auditDraft(comment.at, comment.by, recordOf(comment.activityKey), 'activity.commented', [
    { field: 'comment', from: null, to: textValue(comment.text) },
    ...(comment.meetingDate ? [{ field: 'meetingDate', from: null, to: comment.meetingDate }] : []),
  ]);

function pickFields(a: ActivityFields): ActivityFields {
  return Object.fromEntries(TRACKED_FIELDS.map((field) => [field, a[field]])) as unknown as ActivityFields;
}

function definedOnly(patch: ActivityPatch): ActivityPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ActivityPatch;
}

/** One item as it is read: with its history (who, when, field, from → to) and its comments. */
export interface ActivityDetails {
  activity: Activity;
  history: HistoryEntry[];
  comments: Comment[];
}
