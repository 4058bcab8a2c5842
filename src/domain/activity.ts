import { Person, samePerson } from './person';
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

/** One change to one field: who, when, field, from → to. */
export interface HistoryEntry {
  activityKey: string;
  at: string;
  by: Person;
  field: keyof ActivityFields | 'created' | 'deleted';
  from: string | null;
  to: string | null;
}
export type HistoryDraft = Omit<HistoryEntry, 'activityKey'>;

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

function display(field: keyof ActivityFields, value: ActivityFields[keyof ActivityFields]): string | null {
  if (value === null || value === undefined) return null;
  if (field === 'owner') return (value as Person).name;
  return String(value);
}

function sameValue(field: keyof ActivityFields, a: unknown, b: unknown): boolean {
  if (field === 'owner') return samePerson(a as Person | null, b as Person | null);
  return (a ?? null) === (b ?? null);
}

function checkClosing(fields: ActivityFields, previous: ActivityFields | null): Result<ActivityFields> {
  const closing = isClosed(fields.status) && (!previous || !isClosed(previous.status));
  if (closing && !fields.resolution?.trim()) {
    return fail('invalid', 'activity.resolutionRequired', { field: 'resolution' });
  }
  return ok(fields);
}

/** A new item of the log, with its first history entry. */
export function newActivity(
  fields: ActivityFields,
  actor: Person,
  now: Date,
): Result<{ draft: ActivityDraft; history: HistoryDraft[] }> {
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
  return ok({ draft, history: [{ at, by: actor, field: 'created', from: null, to: fields.status }] });
}

/**
 * Applies a change and says what changed. Closing (klar/avförd) needs a resolution note;
 * reopening is allowed, clears the resolution and is recorded like any other change.
 */
export function changeActivity(
  current: Activity,
  patch: ActivityPatch,
  actor: Person,
  now: Date,
): Result<{ next: Activity; history: HistoryDraft[] }> {
  const fields: ActivityFields = { ...pickFields(current), ...definedOnly(patch) };
  // An open item has no resolution: reopening clears it (and the change is in the history).
  if (!isClosed(fields.status)) fields.resolution = null;
  const checked = checkClosing(fields, current);
  if (!checked.ok) return checked;

  const at = now.toISOString();
  const history: HistoryDraft[] = [];
  for (const field of TRACKED_FIELDS) {
    if (!sameValue(field, current[field], fields[field])) {
      history.push({ at, by: actor, field, from: display(field, current[field]), to: display(field, fields[field]) });
    }
  }
  if (history.length === 0) return ok({ next: current, history });
  return ok({ next: { ...current, ...fields, updatedBy: actor, updatedAt: at }, history });
}

function pickFields(a: Activity): ActivityFields {
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
