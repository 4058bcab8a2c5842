import { CostCalculation, CostView } from '../domain/costModel';
import { defaultCostCalculation } from '../domain/costDefaults';
import { CostChange, CostEdit } from '../domain/costs';
import { costView } from '../domain/costTotals';
import { localDate } from '../domain/calendar';
import { Person } from '../domain/person';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { CommandContext, authorize, person } from './context';
import '../i18n/serverTexts';

/**
 * The cost calculation as kept, and the one way every change to it is written: load, let the
 * domain decide (costs*.ts), save with the version loaded. When the store says someone saved in
 * between, the change is decided again on what is stored now — the domain's conflict rule,
 * judged against the version the caller read, says whether it still applies (another cell was
 * changed: yes; the same cell: 412) — a bounded number of times.
 */
const RETRIES = 8;

/** None stored: the defaults (version 0) with this year and the next two in the app's time zone. */
export async function loadCosts(ctx: CommandContext): Promise<CostCalculation> {
  return (await ctx.store.costs.get()) ?? defaultCostCalculation(Number(localDate(ctx.now(), ctx.timeZone).slice(0, 4)));
}

export async function readCosts(ctx: CommandContext, actor: Identity): Promise<Result<CostView>> {
  const allowed = authorize(actor, 'costs.read');
  if (!allowed.ok) return allowed;
  return ok(costView(await loadCosts(ctx)));
}

export type CostDecision = (calc: CostCalculation, edit: CostEdit) => Result<CostChange>;

/** Decides and saves one change as `by`, read at version `read`; a conflict carries the view as it is now. */
export async function writeCosts(ctx: CommandContext, by: Person, read: number, decide: CostDecision): Promise<Result<CostView>> {
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const current = await loadCosts(ctx);
    // A version the store has not reached yet is not one the caller can have read.
    if (read > current.version) return fail('conflict', 'conflict.stale', { current: costView(current) });
    const decided = decide(current, { by, at: ctx.now().toISOString(), read });
    if (!decided.ok) {
      if (decided.problem.kind === 'conflict') return fail('conflict', decided.problem.code, { current: costView(current) });
      // The same value again (a cell saved on leaving it unchanged): nothing to write, as the categories do.
      return decided.problem.code === 'costs.unchanged' ? ok(costView(current)) : decided;
    }
    const written = await ctx.store.costs.save(decided.value.calculation, current.version, decided.value.audit);
    if (written.ok) return ok(costView(written.value));
  }
  return fail('conflict', 'conflict.stale', { current: costView(await loadCosts(ctx)) });
}

/** The förvaltningsledare's change (costs.edit). */
export async function editCosts(ctx: CommandContext, actor: Identity, read: number, decide: CostDecision): Promise<Result<CostView>> {
  const allowed = authorize(actor, 'costs.edit');
  if (!allowed.ok) return allowed;
  return writeCosts(ctx, person(actor), read, decide);
}
