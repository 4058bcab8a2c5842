import { CostCalculation, CostRow, CostSection } from './costModel';

/**
 * The calculation before anyone has saved it (version 0): the rows of the rollout project's
 * table ("Kalkyl över framtida kostnader" — Licenser, Konsultkostnader, Integrationskostnader and
 * the three internal roles), the current year and the next two, one scenario for the telephony
 * as it is today, no amounts, no baseline. The year is passed in (the domain reads no clock).
 */
const SEEDED: ReadonlyArray<[CostSection, string]> = [
  ['licenser', 'Licenser'],
  ['konsult', 'Konsultkostnader'],
  ['integration', 'Integrationskostnader'],
  ['interna', 'Förvaltningsledare'],
  ['interna', 'Systemansvar'],
  ['interna', 'Drift och underhåll (infra)'],
];

export const DEFAULT_SCENARIO_NAME = 'Nuvarande telefoni';

/** K-01, K-02, … */
export const rowId = (n: number): string => `K-${String(n).padStart(2, '0')}`;

export function defaultCostCalculation(currentYear: number): CostCalculation {
  const rows: CostRow[] = SEEDED.map(([section, name], i) => ({ id: rowId(i + 1), section, name, note: '', retired: false, changedIn: 0 }));
  return {
    version: 0,
    years: [currentYear, currentYear + 1, currentYear + 2],
    rows,
    scenarios: [{ id: 'S-1', name: DEFAULT_SCENARIO_NAME, decided: null, changedIn: 0 }],
    cells: {},
    baselines: [],
    updatedAt: null,
    updatedBy: null,
  };
}
