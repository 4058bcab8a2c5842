import { Activity } from '../domain/activity';
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
  const entry = { at: ctx.now().toISOString(), by: person(actor), field: 'deleted' as const, from: current?.title ?? null, to: null };
  const deleted = await ctx.store.activities.delete(key, expectedVersion, entry);
  if (deleted.ok) return ok(deleted.value);
  if (deleted.reason === 'conflict') return fail('conflict', 'conflict.stale', { current: deleted.current });
  return fail('not_found', 'activity.notFound', { params: { key } });
}
