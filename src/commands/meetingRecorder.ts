import { ActivityPatch, Priority, Status } from '../domain/activity';
import { IsoDate } from '../domain/calendar';
import { RecordedDecision, checkNote, meetingEntry, openMeeting, recordEntry } from '../domain/meeting';
import { Person } from '../domain/person';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { CommandContext, authorize, person } from './context';
import { updateActivity } from './activityUpdater';
import { addComment } from './commentAdder';
import { changeMeeting, loadMeeting } from './meetingDocument';

/** What was decided for one item at the meeting. `activityVersion` is the item's version the caller saw. */
export interface MeetingDecision {
  activityKey: string;
  activityVersion: number;
  /** The decision or note; required. */
  note: string;
  status?: Status;
  /** null clears the due date. */
  dueDate?: IsoDate | null;
  /** Needed when the status closes the item (klar/avförd). */
  resolution?: string | null;
  /** "X tar den": the new owner; null takes the owner away. */
  owner?: Person | null;
  priority?: Priority;
}

/**
 * Records a decision at the monthly meeting, in three steps through the existing use cases:
 * the change to the item (status, due date, resolution, owner, priority: through updateActivity,
 * so it gets its history and a stale version is a conflict), the note as a follow-up comment tied to the
 * meeting date, and the entry in the meeting's minutes. Everything that can refuse — the
 * meeting is unknown or finished, the item is unknown or changed since the caller read it, the
 * note is empty, closing without a resolution — refuses before anything is written.
 */
export async function recordMeetingDecision(
  ctx: CommandContext,
  meetingId: string,
  decision: MeetingDecision,
  actor: Identity,
): Promise<Result<RecordedDecision>> {
  const allowed = authorize(actor, 'meeting.hold');
  if (!allowed.ok) return allowed;
  const note = checkNote(decision.note);
  if (!note.ok) return note;
  const meeting = await loadMeeting(ctx, meetingId);
  if (!meeting.ok) return meeting;
  const open = openMeeting(meeting.value);
  if (!open.ok) return open;

  const key = decision.activityKey;
  const before = await ctx.store.activities.get(key);
  if (!before) return fail('not_found', 'activity.notFound', { params: { key } });
  // The entry's "from" values are those of the version the caller decided on.
  if (before.version !== decision.activityVersion) return fail('conflict', 'conflict.stale', { current: before });

  const after = await updateActivity(ctx, key, decision.activityVersion, patchOf(decision), actor);
  if (!after.ok) return after;
  const comment = await addComment(ctx, key, { text: note.value, meetingDate: meeting.value.meetingDate }, actor);
  if (!comment.ok) return comment;

  const entry = meetingEntry(before, after.value, note.value, person(actor), ctx.now());
  const saved = await changeMeeting(ctx, meetingId, 'meeting.decisionRecorded', person(actor), (m) => recordEntry(m, entry));
  if (!saved.ok) return saved;
  return ok({ meeting: saved.value, activity: after.value, comment: comment.value });
}

function patchOf(decision: MeetingDecision): ActivityPatch {
  const patch: ActivityPatch = {};
  if (decision.status !== undefined) patch.status = decision.status;
  if (decision.dueDate !== undefined) patch.dueDate = decision.dueDate;
  if (decision.resolution !== undefined) patch.resolution = decision.resolution?.trim() || null;
  if (decision.owner !== undefined) patch.owner = decision.owner && { id: decision.owner.id, name: decision.owner.name };
  if (decision.priority !== undefined) patch.priority = decision.priority;
  return patch;
}
