import { Meeting, MeetingSummary, MeetingToHold, meetingSummary } from '../domain/meeting';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { AuditAction } from '../domain/audit';
import { changeEntry } from '../domain/auditDiff';
import { Person } from '../domain/person';
import { CommandContext, authorize } from './context';
import { findMeetingToHold } from './meetingStarter';

const MAX_ATTEMPTS = 20;

export async function loadMeeting(ctx: CommandContext, id: string): Promise<Result<Meeting>> {
  const meeting = await ctx.store.meetings.get(id);
  return meeting ? ok(meeting) : fail('not_found', 'meeting.notFound', { params: { id } });
}

/** The monthly meetings, newest first, as a list, and which one to hold now (`due`: maybe a missed one, late). */
export async function listMeetings(ctx: CommandContext, actor: Identity): Promise<Result<{ items: MeetingSummary[]; due: MeetingToHold }>> {
  const allowed = authorize(actor, 'activity.read');
  if (!allowed.ok) return allowed;
  const meetings = await ctx.store.meetings.list();
  return ok({ items: meetings.map(meetingSummary), due: await findMeetingToHold(ctx, meetings) });
}

/** One meeting with its entries, for whoever reads the log. */
export async function readMeeting(ctx: CommandContext, id: string, actor: Identity): Promise<Result<Meeting>> {
  const allowed = authorize(actor, 'activity.read');
  if (!allowed.ok) return allowed;
  return loadMeeting(ctx, id);
}

/**
 * Applies a domain change to a meeting document and saves it conditionally. A document-level
 * conflict only means someone else recorded an item at the same moment, so the change is
 * applied again to the fresh document (a finished meeting then says so: locked).
 */
export async function changeMeeting(
  ctx: CommandContext,
  id: string,
  action: AuditAction,
  actor: Person,
  change: (current: Meeting) => Result<Meeting>,
): Promise<Result<Meeting>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await loadMeeting(ctx, id);
    if (!current.ok) return current;
    const changed = change(current.value);
    if (!changed.ok) return changed;
    const audit = changeEntry(ctx.now(), actor, { type: 'meeting', id }, action, current.value, changed.value);
    const saved = await ctx.store.meetings.save(changed.value, current.value.version, audit);
    if (saved.ok) return ok(saved.value);
    if (saved.reason === 'not_found') return fail('not_found', 'meeting.notFound', { params: { id } });
  }
  return fail('conflict', 'meeting.busy');
}
