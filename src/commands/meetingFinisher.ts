import { Meeting, finishMeeting } from '../domain/meeting';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { CommandContext, authorize, person } from './context';
import { changeMeeting } from './meetingDocument';

/** Finishes the meeting with who attended and a summary; the minutes are then read-only. */
export async function finishMonthlyMeeting(
  ctx: CommandContext,
  meetingId: string,
  input: { attendees?: string; summary?: string },
  actor: Identity,
): Promise<Result<Meeting>> {
  const allowed = authorize(actor, 'meeting.hold');
  if (!allowed.ok) return allowed;
  const now = ctx.now();
  return changeMeeting(ctx, meetingId, 'meeting.finished', person(actor), (m) => finishMeeting(m, input, person(actor), now));
}
