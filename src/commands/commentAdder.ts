import { Comment, commentedActivity } from '../domain/activity';
import { IsoDate } from '../domain/calendar';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { CommandContext, authorize, person } from './context';

/** A comment on an item, or a follow-up note tied to a monthly meeting when `meetingDate` is given. */
export async function addComment(
  ctx: CommandContext,
  key: string,
  input: { text: string; meetingDate: IsoDate | null },
  actor: Identity,
): Promise<Result<Comment>> {
  const allowed = authorize(actor, 'activity.comment');
  if (!allowed.ok) return allowed;
  const comment = { activityKey: key, at: ctx.now().toISOString(), by: person(actor), text: input.text.trim(), meetingDate: input.meetingDate };
  const written = await ctx.store.activities.addComment(comment, commentedActivity(comment));
  if (written.ok) return ok(written.value);
  return fail('not_found', 'activity.notFound', { params: { key } });
}
