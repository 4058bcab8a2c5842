import { AuditChange, AuditDraft, AuditDraftValue } from './audit';
import { CellRef, CostCalculation, CostCell, CostEntry, MAX_COST_YEARS, cellKey } from './costModel';
import { CostEntryInput, toCostEntry } from './costEntry';
import { frozenBudget } from './costTotals';
import { CostContext, changed, costEntry } from './costAudit';
import { Person } from './person';
import { Result, fail, ok } from './problem';

/**
 * The calculation's edits: set a cell, add a year, freeze a baseline (rows: costRows.ts;
 * scenarios and the decision: costScenarios.ts). Each takes the calculation as it is now, the
 * version the caller read, and who and when, and returns the next calculation with its trail
 * entry. The store sets the version; every row, scenario and cell changed here is marked with
 * the version the write will make (`changedIn`).
 *
 * The conflict rule: a write is refused (`conflict`) only when what it touches changed after the
 * version it read — the cell; the row; the scenario; for "add a year", the list of years — so
 * two people editing different cells both succeed, and a write re-applied on top of another
 * (the use case's retry after the store said someone saved first) is judged by the same rule.
 */

export interface CostChange {
  calculation: CostCalculation;
  audit: AuditDraft;
}

/** Who makes the change, when (ISO), from which version. */
export interface CostEdit {
  by: Person;
  at: string;
  /** The version the caller read (If-Match). */
  read: number;
}

/** The version the write will make: what changed in it is marked with this. */
export const nextVersion = (calc: CostCalculation): number => calc.version + 1;

export const stamped = (calc: CostCalculation, edit: CostEdit, change: Partial<CostCalculation>): CostCalculation => ({
  ...calc,
  ...change,
  updatedAt: edit.at,
  updatedBy: edit.by,
});

export const stale = (calc: CostCalculation) => fail('conflict', 'conflict.stale', { current: calc });

/** What the API sends for a cell: which cell, and the entry (null: clear it). */
export type CellInput = CellRef & { entry: CostEntryInput | null };

/** The cell's place in words for the trail: section › row, year, side, budget (scenario) or utfall. */
function cellContext(calc: CostCalculation, ref: CellRef): CostContext {
  const row = calc.rows.find((r) => r.id === ref.row)!;
  const context: CostContext = { section: row.section, row: row.name, year: ref.year, side: ref.side, measure: ref.measure };
  if (ref.measure === 'budget') context.scenario = calc.scenarios.find((s) => s.id === ref.scenario)!.name;
  return context;
}

function entryChanges(from: CostEntry | undefined, to: CostEntry | undefined): AuditChange<AuditDraftValue>[] {
  const part = (e: CostEntry | undefined, key: 'hours' | 'fte' | 'ratePerHour' | 'ratePerYear'): number | null =>
    e && key in e ? (e as unknown as Record<string, number>)[key]! : null;
  return [
    ...changed('kronor', from?.kronor ?? null, to?.kronor ?? null),
    ...(['hours', 'ratePerHour', 'fte', 'ratePerYear'] as const).flatMap((k) => changed(k, part(from, k), part(to, k))),
  ];
}

/** Sets (or clears, `entry: null`) one cell: a scenario's budget or the utfall. */
export function setCell(calc: CostCalculation, input: CellInput, edit: CostEdit): Result<CostChange> {
  const row = calc.rows.find((r) => r.id === input.row);
  if (!row) return fail('invalid', 'costs.unknownRow', { field: 'row', params: { id: input.row } });
  if (!calc.years.includes(input.year)) return fail('invalid', 'costs.unknownYear', { field: 'year', params: { year: input.year } });
  if (input.measure === 'budget' && !calc.scenarios.some((s) => s.id === input.scenario))
    return fail('invalid', 'costs.unknownScenario', { field: 'scenario', params: { id: input.scenario } });
  const ref: CellRef =
    input.measure === 'budget'
      ? { measure: 'budget', scenario: input.scenario, row: input.row, year: input.year, side: input.side }
      : { measure: 'outcome', row: input.row, year: input.year, side: input.side };
  const key = cellKey(ref);
  const before = calc.cells[key];
  if (before && before.changedIn > edit.read) return stale(calc);
  let entry: CostEntry | undefined;
  if (input.entry) {
    if (row.retired) return fail('invalid', 'costs.rowRetired', { field: 'row', params: { name: row.name } });
    const parsed = toCostEntry(input.entry, input.side);
    if (!parsed.ok) return parsed;
    entry = parsed.value;
  }
  const changes = entryChanges(before?.entry, entry);
  if (changes.length === 0) return fail('invalid', 'costs.unchanged', { field: 'entry' });
  const cells = { ...calc.cells };
  if (entry) cells[key] = { entry, changedIn: nextVersion(calc) } satisfies CostCell;
  else delete cells[key];
  return ok({
    calculation: stamped(calc, edit, { cells }),
    audit: costEntry(edit.at, edit.by, 'costs.cellChanged', cellContext(calc, ref), changes),
  });
}

/**
 * Appends the year after the last. Two people adding a year from one version mean one year: the
 * second is a conflict (the list of years changed after the version it read).
 */
export function addYear(calc: CostCalculation, edit: CostEdit): Result<CostChange> {
  if ((calc.yearsChangedIn ?? 0) > edit.read) return stale(calc);
  if (calc.years.length > MAX_COST_YEARS) return fail('invalid', 'costs.tooManyYears', { field: 'years', params: { max: MAX_COST_YEARS + 1 } });
  const year = calc.years.at(-1)! + 1;
  return ok({
    calculation: stamped(calc, edit, { years: [...calc.years, year], yearsChangedIn: nextVersion(calc) }),
    audit: costEntry(edit.at, edit.by, 'costs.yearAdded', {}, [{ field: 'year', from: null, to: year }]),
  });
}

/**
 * Freezes the decided scenario's budget as it is now (on demand, or at the handover sign-off:
 * then `by` is the person whose signature completed it).
 * Refused when no scenario is decided, and as a conflict when the decision moved after the
 * version read (the caller would freeze another scenario than the one they saw decided).
 */
export function freezeBaseline(calc: CostCalculation, reason: 'manual' | 'signOff', edit: CostEdit): Result<CostChange> {
  const decided = calc.scenarios.find((s) => s.decided);
  if (!decided) return fail('invalid', 'costs.noDecidedScenario', { field: 'scenario' });
  if (decided.changedIn > edit.read) return stale(calc);
  const id = `B-${calc.baselines.length + 1}`;
  const budget = frozenBudget(calc, decided.id);
  const total = Object.values(budget).reduce((sum, k) => sum + k, 0);
  return ok({
    calculation: stamped(calc, edit, {
      baselines: [...calc.baselines, { id, at: edit.at, by: edit.by, reason, scenario: decided.id, scenarioName: decided.name, budget }],
    }),
    audit: costEntry(edit.at, edit.by, 'costs.baselineFrozen', { scenario: decided.name }, [
      { field: 'baseline', from: null, to: id },
      { field: 'reason', from: null, to: reason },
      { field: 'baselineTotal', from: null, to: total },
    ]),
  });
}
