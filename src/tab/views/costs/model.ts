import { COST_SECTIONS, type CostCalculation, type CostRow, type CostSection, type CostSplit, type CostView, type ScenarioTotals } from '../../../domain/costModel';
import type { SideMode } from './sideMode';

/** A section of the table as shown: its rows in their order, and how many retired rows are hidden. */
export interface ShownSection {
  section: CostSection;
  rows: CostRow[];
}

/** The rows of each section in the calculation's order (a row's place in `rows` is its place in its section). */
export function shownSections(calculation: CostCalculation, showRetired: boolean): ShownSection[] {
  return COST_SECTIONS.map((section) => ({
    section,
    rows: calculation.rows.filter((r) => r.section === section && (showRetired || !r.retired)),
  }));
}

/** The scenario shown: the one chosen if it still exists, else the decided one, else the first. */
export function scenarioOf(view: CostView, chosen: string | null) {
  const { scenarios } = view.calculation;
  return scenarios.find((s) => s.id === chosen) ?? scenarios.find((s) => s.decided) ?? scenarios[0]!;
}

/** The API's totals of a scenario (the tab never adds up itself). */
export const totalsOf = (view: CostView, scenario: string): ScenarioTotals | undefined => view.totals.find((t) => t.scenario === scenario);

const ZERO = { budget: 0, outcome: 0, difference: 0 };
const ZERO_SPLIT: CostSplit = { internal: ZERO, external: ZERO, total: ZERO };

/** The figures of one side from a split the API gave (zero where it has none: a row or year with no amounts). */
export const figuresOf = (split: CostSplit | undefined, side: SideMode) => (split ?? ZERO_SPLIT)[side];
