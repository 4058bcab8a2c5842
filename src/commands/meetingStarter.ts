import { IsoDate, localDate } from '../domain/calendar';
import { Meeting, MeetingToHold, meetingId, meetingToHold, startMeeting } from '../domain/meeting';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { changeEntry } from '../domain/auditDiff';
import { CommandContext, authorize, person } from './context';
import { loadFollowUpSettings } from './followUpSettings';

const MAX_ATTEMPTS = 20;

/**
 * Which meeting to hold now by the follow-up schedule and the meetings filed so far: the next one,
 * or first a scheduled one that passed without minutes (late). Not authorised here: the callers
 * (the meeting list, starting a meeting) are.
 */
export async function findMeetingToHold(ctx: CommandContext, meetings?: readonly Meeting[]): Promise<MeetingToHold> {
  const { schedule, updatedAt } = await loadFollowUpSettings(ctx);
  const today = localDate(ctx.now(), schedule.timeZone);
  const filed = meetings ?? (await ctx.store.meetings.list());
  return meetingToHold({
    rule: schedule.rule,
    moved: schedule.moved,
    today,
    scheduledSince: updatedAt ? localDate(new Date(updatedAt), schedule.timeZone) : null,
    meetingDates: filed.map((m) => m.meetingDate),
  });
}

/**
 * Starts the monthly meeting for a date; without one, the meeting to hold now (findMeetingToHold:
 * a missed one before the next). Starting is idempotent: while a meeting for that date
 * is still open (pågår), that one is returned (`created: false`) instead of a second. The id
 * is the n-th meeting of the date (M-2026-12-01-1), so two people starting at the same moment
 * race for the same id in the store and both end up in the one meeting.
 */
export async function startMonthlyMeeting(
  ctx: CommandContext,
  date: IsoDate | undefined,
  actor: Identity,
): Promise<Result<{ meeting: Meeting; created: boolean }>> {
  const allowed = authorize(actor, 'meeting.hold');
  if (!allowed.ok) return allowed;
  const now = ctx.now();
  const meetingDate = date ?? (await findMeetingToHold(ctx)).date;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const sameDate = (await ctx.store.meetings.list()).filter((m) => m.meetingDate === meetingDate);
    const open = sameDate.find((m) => m.status === 'pågår');
    if (open) return ok({ meeting: open, created: false });

    const started = startMeeting(meetingId(meetingDate, sameDate.length + 1), meetingDate, person(actor), now);
    if (!started.ok) return started;
    const audit = changeEntry(now, person(actor), { type: 'meeting', id: started.value.id }, 'meeting.started', null, started.value);
    const written = await ctx.store.meetings.create(started.value, audit);
    if (written.ok) return ok({ meeting: written.value, created: true });
    if (written.reason === 'conflict' && written.current.status === 'pågår') {
      return ok({ meeting: written.current, created: false });
    }
    // Someone started and already finished a meeting with that id: look again.
  }
  return fail('conflict', 'meeting.busy');
}
