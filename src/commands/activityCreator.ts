import { Activity, ActivityFields, newActivity } from '../domain/activity';
import { Identity } from '../domain/roles';
import { Result, ok } from '../domain/problem';
import { checkCategory } from '../domain/categories';
import { CommandContext, authorize, person } from './context';
import { loadCategories } from './categoriesEditor';

/** Adds an item to the activity log; the store gives it the next key (A-001, …). */
export async function createActivity(ctx: CommandContext, fields: ActivityFields, actor: Identity): Promise<Result<Activity>> {
  const allowed = authorize(actor, 'activity.create');
  if (!allowed.ok) return allowed;
  const created = newActivity(fields, person(actor), ctx.now());
  if (!created.ok) return created;
  const category = checkCategory(await loadCategories(ctx), fields.category, null);
  if (!category.ok) return category;
  return ok(await ctx.store.activities.create(created.value.draft, created.value.audit));
}
