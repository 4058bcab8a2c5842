import { Activity, deletedActivity } from '../domain/activity';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { CommandContext, authorize, person } from './context';

/**
 * Removes an item entered by mistake (förvaltningsledare only). Items that are done or dropped
 * are closed (klar/avförd), not deleted; a deleted item's history stays as its trace.
 */
export async function deleteActivity(
  ctx: CommandContext,
  key: string,
  expectedVersion: number,
  actor: Identity,
): Promise<Result<Activity>> {
  const allowed = authorize(actor, 'activity.delete');
  if (!allowed.ok) return allowed;
  const current = await ctx.store.activities.get(key);
  if (!current) return fail('not_found', 'activity.notFound', { params: { key } });
  // Built from the version read: the store deletes only that version, so the entry says what was deleted.
  const deleted = await ctx.store.activities.delete(key, expectedVersion, deletedActivity(current, person(actor), ctx.now()));
  if (deleted.ok) return ok(deleted.value);
  if (deleted.reason === 'conflict') return fail('conflict', 'conflict.stale', { current: deleted.current });
  return fail('not_found', 'activity.notFound', { params: { key } });
}
