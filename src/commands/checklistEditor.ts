import { randomUUID } from 'node:crypto';
import { Checklist, ChecklistItem, ItemChange, NewItem, addItem, changeItem } from '../domain/checklist';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { CommandContext, authorize, person } from './context';
import { changeChecklist } from './checklistDocument';

type Edited = Result<{ checklist: Checklist; result: ChecklistItem }>;

/** Adds an item to the handover checklist (until it is signed). */
export async function addChecklistItem(ctx: CommandContext, input: NewItem, actor: Identity): Promise<Edited> {
  const allowed = authorize(actor, 'checklist.edit');
  if (!allowed.ok) return allowed;
  const known = await evidenceDocumentKnown(ctx, input.evidenceDocument);
  if (!known.ok) return known;
  const id = `P-${randomUUID().slice(0, 8)}`;
  const now = ctx.now();
  return changeChecklist(ctx, 'checklist.itemAdded', person(actor), (c) => {
    const added = addItem(c, { ...input, id }, person(actor), now);
    return added.ok ? ok({ checklist: added.value.checklist, result: added.value.item }) : added;
  });
}

/** Ticks, edits or moves one item; `expectedVersion` is the item's version (If-Match). */
export async function changeChecklistItem(
  ctx: CommandContext,
  itemId: string,
  expectedVersion: number,
  change: ItemChange,
  actor: Identity,
): Promise<Edited> {
  const allowed = authorize(actor, 'checklist.edit');
  if (!allowed.ok) return allowed;
  const known = await evidenceDocumentKnown(ctx, change.evidenceDocument);
  if (!known.ok) return known;
  const now = ctx.now();
  return changeChecklist(ctx, 'checklist.itemChanged', person(actor), (c) => {
    const changed = changeItem(c, itemId, expectedVersion, change, person(actor), now);
    return changed.ok ? ok({ checklist: changed.value.checklist, result: changed.value.item }) : changed;
  });
}

/** An item's evidence may be a document of the register: one that is there. */
async function evidenceDocumentKnown(ctx: CommandContext, id: string | null | undefined): Promise<Result<null>> {
  if (!id || (await ctx.store.documents.get(id))) return ok(null);
  return fail('invalid', 'checklist.evidenceDocument', { field: 'evidenceDocument', params: { id } });
}
