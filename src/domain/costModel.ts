import { Person } from './person';

/**
 * Kostnadskalkyl — the calculation of what O365 costs from now on, which the rollout project
 * left to the administration: rows in four sections (licences, consultants, integration, and the
 * internal roles), a column group per year, and for each row and year an amount of *interna
 * resurser* (the university's own staff time) and of *externa kostnader* (invoices), each as
 * budget and utfall (outcome). This module holds the shapes only (the tab imports it); the rules
 * that change a calculation and the totals live beside it (costs*.ts).
 *
 * The calculation is one versioned document. The budget is kept per **scenario** (named
 * alternatives such as "Teams som softphone", each row able to differ): a new scenario starts as
 * a copy of another. The utfall is what was actually spent, so it is one figure per row, year and
 * side whatever the scenario; the difference is utfall − the scenario's budget. One scenario
 * may be marked as the decided one; its budget is frozen as a **baseline** at the handover
 * sign-off and on demand, and later views show the change against the latest baseline.
 *
 * Amounts are whole kronor: integers from 0 to MAX_KRONOR, never floats. Internal resources may
 * be entered as hours × an hourly rate or FTE × a yearly rate; the kronor are worked out once,
 * when the entry is made, and kept with it.
 *
 * Concurrency: every write names the version it read (If-Match). Rows, scenarios and cells
 * record the version that last changed them (`changedIn`): a write is refused as a conflict
 * only when what it touches changed after the version it read, so two people editing different
 * cells both succeed, and of fifty editing one cell from one version exactly one does.
 */

export const COST_SECTIONS = ['licenser', 'konsult', 'integration', 'interna'] as const;
/** Licenser, Konsultkostnader, Integrationskostnader, Interna kostnader. */
export type CostSection = (typeof COST_SECTIONS)[number];

export const COST_SIDES = ['internal', 'external'] as const;
/** Interna resurser (own staff) or Externa kostnader (invoices). */
export type CostSide = (typeof COST_SIDES)[number];

export const COST_MEASURES = ['budget', 'outcome'] as const;
/** Budget or utfall. */
export type CostMeasure = (typeof COST_MEASURES)[number];

/** Whole kronor: an integer, 0 ≤ kronor ≤ MAX_KRONOR. */
export type Kronor = number;
/** 10^12 kr: far above any O365 budget, far below where doubles stop counting whole kronor. */
export const MAX_KRONOR = 1_000_000_000_000;
export const MAX_HOURS = 100_000;
export const MAX_FTE = 1_000;
export const MAX_COST_NAME = 120;
export const MAX_COST_NOTE = 2_000;
/** Years a calculation may span: the first year and at most this many after it. */
export const MAX_COST_YEARS = 10;

/**
 * How an amount was entered. Hours have at most one decimal, FTE at most two; the rate is whole
 * kronor per hour or per year (a full-time year); `kronor` is the product rounded half up to
 * whole kronor, worked out when the entry is made.
 */
export type CostEntry =
  | { kind: 'kronor'; kronor: Kronor }
  | { kind: 'hours'; hours: number; ratePerHour: Kronor; kronor: Kronor }
  | { kind: 'fte'; fte: number; ratePerYear: Kronor; kronor: Kronor };

/** A row of the calculation (its place in `rows` is its order within its section). */
export interface CostRow {
  /** K-01, K-02, … never reused. */
  id: string;
  section: CostSection;
  name: string;
  /** What the amounts are based on: an agreement, a quote, licence count × price. */
  note: string;
  /** A retired row is kept (with its amounts) but takes no new amounts and is left out of new scenarios' copies' editing. */
  retired: boolean;
  changedIn: number;
}

export interface CostDecision {
  /** The day the decision was taken (YYYY-MM-DD). */
  on: string;
  /** Where the decision is (an https link to the minutes or the document), or null. */
  link: string | null;
  by: Person;
  at: string;
}

export interface CostScenario {
  /** S-1, S-2, … never reused. */
  id: string;
  name: string;
  /** Set on the one decided scenario (at most one at a time). */
  decided: CostDecision | null;
  changedIn: number;
}

/** Which cell: a row's amount for a year and side, as budget (of a scenario) or utfall (shared). */
export type CellRef =
  | { measure: 'budget'; scenario: string; row: string; year: number; side: CostSide }
  | { measure: 'outcome'; row: string; year: number; side: CostSide };

export interface CostCell {
  entry: CostEntry;
  changedIn: number;
}

/** The decided scenario's budget, frozen: kronor per `row|year|side` (see `cellKey`). */
export interface CostBaseline {
  /** B-1, B-2, … */
  id: string;
  at: string;
  by: Person | null;
  /** Frozen at the handover sign-off, or on demand by the förvaltningsledare. */
  reason: 'signOff' | 'manual';
  scenario: string;
  scenarioName: string;
  budget: Record<string, Kronor>;
}

export interface CostCalculation {
  /** 0 = never saved (the seeded rows, no amounts). */
  version: number;
  /** The years shown, ascending and consecutive. */
  years: number[];
  rows: CostRow[];
  scenarios: CostScenario[];
  /** Keyed by `cellKey(ref)`; a missing cell is 0 kr. */
  cells: Record<string, CostCell>;
  /** Oldest first; the last one is what views compare against. */
  baselines: CostBaseline[];
  /** The version that last added a year (absent: none added since the defaults): two "add a year" from one version are one year, not two. */
  yearsChangedIn?: number;
  /** The highest row number given so far (absent: the rows' highest), so a removed row's id is never reused. */
  lastRowNumber?: number;
  updatedAt: string | null;
  updatedBy: Person | null;
}

/**
 * A quantity × a rate in whole kronor, rounded half up, worked in integers: the quantity in
 * 1/10^decimals units (hours: 1 decimal, FTE: 2), so 0.1 FTE × 650 001 kr is 65 000 kr and no
 * float rounding moves a half krona. The one rule: the server's entries (costEntry.ts) and the
 * tab's preview before saving both use it.
 */
export function kronorFor(quantity: number, decimals: number, rate: Kronor): bigint {
  const scale = 10n ** BigInt(decimals);
  const units = BigInt(Math.round(quantity * 10 ** decimals));
  return (units * BigInt(rate) * 2n + scale) / (scale * 2n);
}

/** `b|S-1|K-03|2027|external` for a budget cell, `o|K-03|2027|external` for an utfall cell. */
export function cellKey(ref: CellRef): string {
  return ref.measure === 'budget'
    ? `b|${ref.scenario}|${ref.row}|${ref.year}|${ref.side}`
    : `o|${ref.row}|${ref.year}|${ref.side}`;
}

/** A baseline's key for a row, year and side. */
export const baselineKey = (row: string, year: number, side: CostSide): string => `${row}|${year}|${side}`;

/** Budget, utfall and their difference (utfall − budget) for one group of cells. */
export interface CostFigures {
  budget: Kronor;
  outcome: Kronor;
  /** outcome − budget: positive = spent more than planned. */
  difference: number;
}

/** The figures of one side and both together. */
export interface CostSplit {
  internal: CostFigures;
  external: CostFigures;
  total: CostFigures;
}

/** The totals of one scenario, as the API answers them (the tab never adds up itself). */
export interface ScenarioTotals {
  scenario: string;
  /** Per row id, per year. */
  rows: Record<string, Record<number, CostSplit>>;
  /** Per section, per year. */
  sections: Record<CostSection, Record<number, CostSplit>>;
  /** All sections, per year. */
  years: Record<number, CostSplit>;
  /** All sections and years. */
  all: CostSplit;
}

/** The decided scenario's budget against the latest baseline, per year and in all (budget now − baseline). */
export interface BaselineComparison {
  baseline: string;
  at: string;
  scenario: string;
  years: Record<number, { baseline: Kronor; now: Kronor; change: number }>;
  all: { baseline: Kronor; now: Kronor; change: number };
}

/** GET /api/costs: the calculation with its totals for every scenario and the comparison with the baseline. */
export interface CostView {
  calculation: CostCalculation;
  totals: ScenarioTotals[];
  /** Null until there is a decided scenario and a baseline. */
  baseline: BaselineComparison | null;
}
