import { Activity, ActivityPatch, changeActivity } from '../domain/activity';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { checkCategory } from '../domain/categories';
import { CommandContext, authorize, person } from './context';
import { loadCategories } from './categoriesEditor';

/**
 * Changes an item of the activity log. `expectedVersion` is the version the caller saw
 * (If-Match): if someone saved since, nothing changes and the conflict carries the current
 * record, so the caller can show what the other person changed.
 */
export async function updateActivity(
  ctx: CommandContext,
  key: string,
  expectedVersion: number,
  patch: ActivityPatch,
  actor: Identity,
): Promise<Result<Activity>> {
  const allowed = authorize(actor, 'activity.edit');
  if (!allowed.ok) return allowed;
  const current = await ctx.store.activities.get(key);
  if (!current) return fail('not_found', 'activity.notFound', { params: { key } });
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });

  const changed = changeActivity(current, patch, person(actor), ctx.now());
  if (!changed.ok) return changed;
  if (patch.category !== undefined) {
    // A retired category may stay on the item that has it, but is not given to it anew.
    const category = checkCategory(await loadCategories(ctx), patch.category, current.category);
    if (!category.ok) return category;
  }
  if (!changed.value.audit) return ok(current);

  const written = await ctx.store.activities.update(changed.value.next, expectedVersion, changed.value.audit);
  if (written.ok) return ok(written.value);
  if (written.reason === 'conflict') return fail('conflict', 'conflict.stale', { current: written.current });
  return fail('not_found', 'activity.notFound', { params: { key } });
}
