import { Checklist } from '../domain/checklist';
import { defaultChecklist } from '../domain/checklistTemplate';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { AuditAction, auditDraft } from '../domain/audit';
import { changeEntry } from '../domain/auditDiff';
import { Person } from '../domain/person';
import { CommandContext, authorize } from './context';

const CHECKLIST = { type: 'checklist', id: 'default' } as const;

/** The checklist, created from the default template the first time anyone asks for it (by the app: no actor). */
export async function loadChecklist(ctx: CommandContext): Promise<Checklist> {
  const existing = await ctx.store.checklist.get();
  if (existing) return existing;
  const created = await ctx.store.checklist.save(defaultChecklist(), 0, auditDraft(ctx.now(), null, CHECKLIST, 'checklist.created'));
  if (created.ok) return created.value;
  if (created.reason === 'conflict') return created.current; // someone else created it first
  throw new Error('checklist could not be created');
}

/** The checklist for whoever may read it. */
export async function readChecklist(ctx: CommandContext, actor: Identity): Promise<Result<Checklist>> {
  const allowed = authorize(actor, 'checklist.read');
  if (!allowed.ok) return allowed;
  return ok(await loadChecklist(ctx));
}

const MAX_ATTEMPTS = 20;

/**
 * Applies a domain change to the checklist document and saves it conditionally. Item-level
 * conflicts (a stale If-Match) come from the domain; a document-level conflict only means
 * someone changed another item at the same moment, so the change is applied again to the
 * fresh document.
 */
export async function changeChecklist<T>(
  ctx: CommandContext,
  action: AuditAction,
  actor: Person,
  change: (current: Checklist) => Result<{ checklist: Checklist; result: T }>,
): Promise<Result<{ checklist: Checklist; result: T }>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await loadChecklist(ctx);
    const changed = change(current);
    if (!changed.ok) return changed;
    const audit = changeEntry(ctx.now(), actor, CHECKLIST, action, current, changed.value.checklist);
    const saved = await ctx.store.checklist.save(changed.value.checklist, current.version, audit);
    if (saved.ok) return ok({ checklist: saved.value, result: changed.value.result });
    if (saved.reason === 'not_found') return fail('not_found', 'checklist.notFound');
  }
  return fail('conflict', 'checklist.busy');
}
