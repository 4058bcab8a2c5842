import { Activity, Comment, Priority, Status, isClosed } from './activity';
import { IsoDate, isIsoDate } from './calendar';
import { MeetingRhythm, MonthlyRule, meetingDateIn, meetingDateOnOrAfter } from './followUpSchedule';
import { Person } from './person';
import { Result, ok, fail } from './problem';

/**
 * The monthly follow-up meeting (månadsmöte): the förvaltningsledare steps through the
 * restlista item by item and records a decision or note for each, with the new status and due
 * date. Each recorded item is an entry; together with attendees and summary they form the
 * minutes (protokoll). Once finished (avslutat) the meeting is read-only.
 */
export const MEETING_STATUSES = ['pågår', 'avslutat'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One item as discussed at the meeting: what it was, what was decided, what changed. */
export interface MeetingEntry {
  activityKey: string;
  /** The item's title at the time of the meeting. */
  title: string;
  /** The owner after the decision ("X tar den"). */
  owner: Person | null;
  /** The owner before, only when the decision changed it (entries of older meetings never have it). */
  ownerFrom?: Person | null;
  /** The priority before and after, only when the decision changed it. */
  priorityFrom?: Priority;
  priorityTo?: Priority;
  /** The decision or note (beslut/anteckning). */
  note: string;
  statusFrom: Status;
  statusTo: Status;
  dueDateFrom: IsoDate | null;
  dueDateTo: IsoDate | null;
  /** The resolution note when the item is closed (klar/avförd) after the meeting, else null. */
  resolution: string | null;
  at: string;
  by: Person;
}

export interface Meeting {
  id: string;
  meetingDate: IsoDate;
  status: MeetingStatus;
  startedAt: string;
  startedBy: Person;
  finishedAt: string | null;
  finishedBy: Person | null;
  attendees: string;
  summary: string;
  /** In the order they were recorded. */
  entries: MeetingEntry[];
  /** The store's version of the meeting document (0 = not stored yet). */
  version: number;
}

export interface MeetingSummary {
  id: string;
  meetingDate: IsoDate;
  status: MeetingStatus;
  entryCount: number;
  startedBy: Person;
  finishedAt: string | null;
}

/** M-2026-12-01-1, M-2026-12-01-2, …: the n-th meeting held for that date. */
export function meetingId(meetingDate: IsoDate, n: number): string {
  return `M-${meetingDate}-${n}`;
}

export const isFinished = (m: Meeting): boolean => m.status === 'avslutat';

/** A meeting that may still take entries; a finished one is locked. */
export function openMeeting(m: Meeting): Result<Meeting> {
  return isFinished(m) ? fail('locked', 'meeting.finished', { params: { id: m.id } }) : ok(m);
}

/** A new meeting for `meetingDate`, started now by `actor`; the store gives it version 1. */
export function startMeeting(id: string, meetingDate: IsoDate, actor: Person, now: Date): Result<Meeting> {
  if (!isIsoDate(meetingDate)) return fail('invalid', 'validation.date', { field: 'meetingDate' });
  return ok({
    id,
    meetingDate,
    status: 'pågår',
    startedAt: now.toISOString(),
    startedBy: actor,
    finishedAt: null,
    finishedBy: null,
    attendees: '',
    summary: '',
    entries: [],
    version: 0,
  });
}

/** The note is the decision: it must say something. */
export function checkNote(note: string): Result<string> {
  const trimmed = note.trim();
  return trimmed ? ok(trimmed) : fail('invalid', 'validation.required', { field: 'note' });
}

/** The entry for an item as it was before the meeting's decision and as it is after it. */
export function meetingEntry(before: Activity, after: Activity, note: string, actor: Person, now: Date): MeetingEntry {
  const ownerChanged = (before.owner?.id ?? null) !== (after.owner?.id ?? null);
  return {
    activityKey: before.key,
    title: before.title,
    owner: after.owner,
    ...(ownerChanged ? { ownerFrom: before.owner } : {}),
    ...(before.priority !== after.priority ? { priorityFrom: before.priority, priorityTo: after.priority } : {}),
    note: note.trim(),
    statusFrom: before.status,
    statusTo: after.status,
    dueDateFrom: before.dueDate,
    dueDateTo: after.dueDate,
    resolution: isClosed(after.status) ? after.resolution : null,
    at: now.toISOString(),
    by: actor,
  };
}

/** Appends an entry; a finished meeting is locked. Entries stay in the order recorded. */
export function recordEntry(m: Meeting, entry: MeetingEntry): Result<Meeting> {
  const open = openMeeting(m);
  if (!open.ok) return open;
  const note = checkNote(entry.note);
  if (!note.ok) return note;
  return ok({ ...m, entries: [...m.entries, { ...entry, note: note.value }] });
}

/** Finishes the meeting with who attended and a summary; from then on it is read-only. */
export function finishMeeting(
  m: Meeting,
  input: { attendees?: string; summary?: string },
  actor: Person,
  now: Date,
): Result<Meeting> {
  const open = openMeeting(m);
  if (!open.ok) return open;
  return ok({
    ...m,
    status: 'avslutat',
    finishedAt: now.toISOString(),
    finishedBy: actor,
    attendees: (input.attendees ?? m.attendees).trim(),
    summary: (input.summary ?? m.summary).trim(),
  });
}

export function meetingSummary(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    meetingDate: m.meetingDate,
    status: m.status,
    entryCount: m.entries.length,
    startedBy: m.startedBy,
    finishedAt: m.finishedAt,
  };
}

/** Newest meeting date first, then the one started last. */
export function byNewest(a: Meeting, b: Meeting): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? 1 : -1;
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** What recording a decision at the meeting answers with: the meeting, and the item and the follow-up note as they are now. */
export interface RecordedDecision {
  meeting: Meeting;
  activity: Activity;
  comment: Comment;
}

/**
 * Where "Spara och nästa" goes: the first item after `current` (in the order the meeting steps
 * through them) not yet recorded in this meeting, wrapping round to the ones skipped earlier;
 * `keys.length` when every item is recorded (then the meeting can be finished).
 */
export function nextUnrecorded(keys: readonly string[], recorded: ReadonlySet<string>, current: number): number {
  for (let step = 1; step <= keys.length; step++) {
    const i = (current + step) % keys.length;
    if (!recorded.has(keys[i]!)) return i;
  }
  return keys.length;
}

/** The meeting "Starta möte" offers: the date, whether it is a missed one (late), and the schedule's next meeting. */
export interface MeetingToHold {
  date: IsoDate;
  late: boolean;
  next: IsoDate;
}

/** The schedule's last meeting date before `today`. */
function meetingDateBefore(rhythm: MeetingRhythm, today: IsoDate): IsoDate {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (;;) {
    const date = meetingDateIn(rhythm, year, month);
    if (date < today) return date;
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
}

/**
 * Which monthly meeting to hold today. Normally the schedule's next one (today's, on a meeting
 * day). But when the last scheduled meeting before today passed without minutes — no meeting
 * filed for a date after the meeting before it, up to today: one meeting per interval of the
 * schedule, so one held a day late, or before the schedule was changed, counts — that missed
 * meeting comes first, marked late, so its minutes are not filed under next month's date. A date
 * only counts as scheduled when meetings were already being held (minutes of an earlier interval)
 * or the schedule was saved on or before it (`scheduledSince`: the local date it was last saved,
 * null = the default, never saved): a team that starts using the app has nothing late.
 */
export function meetingToHold(input: {
  rule: MonthlyRule;
  /** Meetings moved off the rule's date: the moved date is the one scheduled. */
  moved?: MeetingRhythm['moved'];
  today: IsoDate;
  scheduledSince: IsoDate | null;
  meetingDates: readonly IsoDate[];
}): MeetingToHold {
  const { today, scheduledSince, meetingDates } = input;
  const rhythm: MeetingRhythm = { rule: input.rule, moved: input.moved };
  const next = meetingDateOnOrAfter(rhythm, today);
  const onTime = { date: next, late: false, next };
  if (next === today) return onTime;
  const previous = meetingDateBefore(rhythm, today);
  const before = meetingDateBefore(rhythm, previous);
  const held = meetingDates.some((d) => d > before && d <= today);
  const scheduled = (scheduledSince !== null && scheduledSince <= previous) || meetingDates.some((d) => d <= before);
  return !held && scheduled ? { date: previous, late: true, next } : onTime;
}
