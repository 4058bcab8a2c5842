import { Categories, CategoryItem, defaultCategories, replaceCategories } from '../domain/categories';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { changeEntry } from '../domain/auditDiff';
import { CommandContext, authorize, person } from './context';

/** The categories as kept; none saved yet: the rollout project's seven (version 0). */
export async function loadCategories(ctx: CommandContext): Promise<Categories> {
  return (await ctx.store.categories.get()) ?? defaultCategories();
}

/** The categories for everyone who reads the log (the tab's filters, form and labels). */
export async function readCategories(ctx: CommandContext, actor: Identity): Promise<Result<Categories>> {
  const allowed = authorize(actor, 'activity.read');
  if (!allowed.ok) return allowed;
  return ok(await loadCategories(ctx));
}

/**
 * The förvaltningsledare saves the list (PUT /api/categories, If-Match = the version read):
 * categories added, labels changed, some retired — never one removed.
 */
export async function saveCategories(
  ctx: CommandContext,
  expectedVersion: number,
  items: readonly CategoryItem[],
  actor: Identity,
): Promise<Result<Categories>> {
  const allowed = authorize(actor, 'categories.manage');
  if (!allowed.ok) return allowed;
  const current = await loadCategories(ctx);
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });
  const next = replaceCategories(current, items, person(actor), ctx.now());
  if (!next.ok) return next;
  const audit = changeEntry(ctx.now(), person(actor), { type: 'categories', id: 'default' }, 'categories.changed', current, next.value);
  if (audit.changes.length === 0) return ok(current);
  const written = await ctx.store.categories.save(next.value, expectedVersion, audit);
  if (written.ok) return ok(written.value);
  return fail('conflict', 'conflict.stale', { current: written.reason === 'conflict' ? written.current : await loadCategories(ctx) });
}
