import { Meeting } from '../domain/meeting';
import { Result, ok, fail } from '../domain/problem';
import { CommandContext } from './context';

const MAX_ATTEMPTS = 20;

export async function loadMeeting(ctx: CommandContext, id: string): Promise<Result<Meeting>> {
  const meeting = await ctx.store.meetings.get(id);
  return meeting ? ok(meeting) : fail('not_found', 'meeting.notFound', { params: { id } });
}

/**
 * Applies a domain change to a meeting document and saves it conditionally. A document-level
 * conflict only means someone else recorded an item at the same moment, so the change is
 * applied again to the fresh document (a finished meeting then says so: locked).
 */
export async function changeMeeting(
  ctx: CommandContext,
  id: string,
  change: (current: Meeting) => Result<Meeting>,
): Promise<Result<Meeting>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await loadMeeting(ctx, id);
    if (!current.ok) return current;
    const changed = change(current.value);
    if (!changed.ok) return changed;
    const saved = await ctx.store.meetings.save(changed.value, current.value.version);
    if (saved.ok) return ok(saved.value);
    if (saved.reason === 'not_found') return fail('not_found', 'meeting.notFound', { params: { id } });
  }
  return fail('conflict', 'meeting.busy');
}
