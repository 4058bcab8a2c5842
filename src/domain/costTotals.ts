import {
  BaselineComparison,
  COST_SECTIONS,
  COST_SIDES,
  CostCalculation,
  CostFigures,
  CostSection,
  CostSide,
  CostSplit,
  CostView,
  Kronor,
  ScenarioTotals,
  baselineKey,
  cellKey,
} from './costModel';

/**
 * The sums the API answers (the tab and the export never add up themselves): per row, section and
 * year, internal/external/both, as budget, utfall and difference (utfall − budget), for every
 * scenario; and the change of the baseline's scenario against its latest baseline. Retired rows
 * count: what they cost was real money. Integers throughout.
 */

const figures = (budget: Kronor, outcome: Kronor): CostFigures => ({ budget, outcome, difference: outcome - budget });
const zeroSplit = (): CostSplit => ({ internal: figures(0, 0), external: figures(0, 0), total: figures(0, 0) });

function add(into: CostSplit, side: CostSide, budget: Kronor, outcome: Kronor): void {
  const part = into[side];
  into[side] = figures(part.budget + budget, part.outcome + outcome);
  into.total = figures(into.total.budget + budget, into.total.outcome + outcome);
}

/** A cell's kronor (0 when empty). */
export function budgetOf(calc: CostCalculation, scenario: string, row: string, year: number, side: CostSide): Kronor {
  return calc.cells[cellKey({ measure: 'budget', scenario, row, year, side })]?.entry.kronor ?? 0;
}
export function outcomeOf(calc: CostCalculation, row: string, year: number, side: CostSide): Kronor {
  return calc.cells[cellKey({ measure: 'outcome', row, year, side })]?.entry.kronor ?? 0;
}

export function scenarioTotals(calc: CostCalculation, scenario: string): ScenarioTotals {
  const perYear = () => Object.fromEntries(calc.years.map((y) => [y, zeroSplit()])) as Record<number, CostSplit>;
  const rows: Record<string, Record<number, CostSplit>> = {};
  const sections = Object.fromEntries(COST_SECTIONS.map((s) => [s, perYear()])) as Record<CostSection, Record<number, CostSplit>>;
  const years = perYear();
  const all = zeroSplit();
  for (const row of calc.rows) {
    rows[row.id] = perYear();
    for (const year of calc.years) {
      for (const side of COST_SIDES) {
        const budget = budgetOf(calc, scenario, row.id, year, side);
        const outcome = outcomeOf(calc, row.id, year, side);
        for (const into of [rows[row.id]![year]!, sections[row.section][year]!, years[year]!, all]) add(into, side, budget, outcome);
      }
    }
  }
  return { scenario, rows, sections, years, all };
}

/** The scenario's budget in the shape a baseline keeps: kronor per row|year|side, non-zero cells only. */
export function frozenBudget(calc: CostCalculation, scenario: string): Record<string, Kronor> {
  const budget: Record<string, Kronor> = {};
  for (const row of calc.rows)
    for (const year of calc.years)
      for (const side of COST_SIDES) {
        const kronor = budgetOf(calc, scenario, row.id, year, side);
        if (kronor !== 0) budget[baselineKey(row.id, year, side)] = kronor;
      }
  return budget;
}

/**
 * The latest baseline against its scenario's budget now, per year and in all (now − baseline),
 * over the calculation's years (a year added after the freeze has a baseline of 0). Null before
 * the first baseline.
 */
export function baselineComparison(calc: CostCalculation): BaselineComparison | null {
  const baseline = calc.baselines.at(-1);
  if (!baseline) return null;
  const frozenPerYear = new Map<number, Kronor>();
  for (const [key, kronor] of Object.entries(baseline.budget)) {
    const year = Number(key.split('|')[1]);
    frozenPerYear.set(year, (frozenPerYear.get(year) ?? 0) + kronor);
  }
  const now = scenarioTotals(calc, baseline.scenario);
  const years: BaselineComparison['years'] = {};
  let frozenAll = 0;
  let nowAll = 0;
  for (const year of calc.years) {
    const frozen = frozenPerYear.get(year) ?? 0;
    const current = now.years[year]!.total.budget;
    years[year] = { baseline: frozen, now: current, change: current - frozen };
    frozenAll += frozen;
    nowAll += current;
  }
  return { baseline: baseline.id, at: baseline.at, scenario: baseline.scenario, years, all: { baseline: frozenAll, now: nowAll, change: nowAll - frozenAll } };
}

/** What GET /api/costs and every write answer. */
export function costView(calc: CostCalculation): CostView {
  return { calculation: calc, totals: calc.scenarios.map((s) => scenarioTotals(calc, s.id)), baseline: baselineComparison(calc) };
}
