import { CostCalculation } from './costModel';
import { defaultCostCalculation } from './costDefaults';
import { CellInput, CostChange, CostEdit, addYear, freezeBaseline, setCell } from './costs';
import { addRow, changeRow, removeRow } from './costRows';
import { addScenario, changeScenario, decideScenario } from './costScenarios';
import { baselineComparison, scenarioTotals } from './costTotals';
import { Result } from './problem';

const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
const AT = '2026-12-08T10:00:00.000Z';
const edit = (read: number): CostEdit => ({ by: lead, at: AT, read });

/** What the store does on a save: the next version. */
function saved(r: Result<CostChange>): CostCalculation {
  if (!r.ok) throw new Error(`${r.problem.kind}: ${r.problem.code} (${r.problem.field ?? ''})`);
  return { ...r.value.calculation, version: r.value.calculation.version + 1 };
}
const problem = (r: Result<CostChange>) => (r.ok ? null : r.problem);

const budget = (row: string, year: number, side: 'internal' | 'external', kronor: number, scenario = 'S-1'): CellInput => ({
  measure: 'budget', scenario, row, year, side, entry: { kind: 'kronor', kronor },
});
const outcome = (row: string, year: number, side: 'internal' | 'external', kronor: number): CellInput => ({
  measure: 'outcome', row, year, side, entry: { kind: 'kronor', kronor },
});

/** Applies the cells one version after another. */
const withCells = (calc: CostCalculation, cells: CellInput[]) => cells.reduce((c, cell) => saved(setCell(c, cell, edit(c.version))), calc);

const start = defaultCostCalculation(2026);

describe('the calculation before anyone saved', () => {
  it('has version 0, this year and the next two, one scenario and the project\'s rows', () => {
    expect(start).toMatchObject({ version: 0, years: [2026, 2027, 2028], cells: {}, baselines: [] });
    expect(start.scenarios.map((s) => s.name)).toEqual(['Nuvarande telefoni']);
    expect(start.rows.map((r) => `${r.section}:${r.name}`)).toEqual([
      'licenser:Licenser', 'konsult:Konsultkostnader', 'integration:Integrationskostnader',
      'interna:Förvaltningsledare', 'interna:Systemansvar', 'interna:Drift och underhåll (infra)',
    ]);
  });
});

describe('totals and differences', () => {
  const calc = withCells(start, [
    budget('K-01', 2026, 'external', 1_000_000),
    outcome('K-01', 2026, 'external', 1_050_000),
    budget('K-02', 2026, 'external', 200_000),
    { measure: 'budget', scenario: 'S-1', row: 'K-04', year: 2026, side: 'internal', entry: { kind: 'fte', fte: 0.5, ratePerYear: 900_000 } },
    outcome('K-04', 2026, 'internal', 430_000),
    budget('K-01', 2027, 'external', 1_100_000),
  ]);
  const totals = scenarioTotals(calc, 'S-1');

  it('adds up per row, section, side and year; the difference is utfall − budget', () => {
    expect(totals.rows['K-01']![2026]).toEqual({
      internal: { budget: 0, outcome: 0, difference: 0 },
      external: { budget: 1_000_000, outcome: 1_050_000, difference: 50_000 },
      total: { budget: 1_000_000, outcome: 1_050_000, difference: 50_000 },
    });
    expect(totals.sections.interna[2026]!.internal).toEqual({ budget: 450_000, outcome: 430_000, difference: -20_000 });
    expect(totals.years[2026]!.total).toEqual({ budget: 1_650_000, outcome: 1_480_000, difference: -170_000 });
    expect(totals.years[2027]!.external.budget).toBe(1_100_000);
    expect(totals.years[2028]!.total).toEqual({ budget: 0, outcome: 0, difference: 0 });
    expect(totals.all.total).toEqual({ budget: 2_750_000, outcome: 1_480_000, difference: -1_270_000 });
  });

  it('counts retired rows (real money spent), which take no new amounts', () => {
    const retired = saved(changeRow(calc, 'K-02', { retired: true }, edit(calc.version)));
    expect(scenarioTotals(retired, 'S-1').all.total.budget).toBe(2_750_000);
    expect(problem(setCell(retired, budget('K-02', 2027, 'external', 5), edit(retired.version)))).toMatchObject({ code: 'costs.rowRetired', field: 'row' });
    // Clearing an amount is still possible (a mistake on a retired row can be undone).
    expect(setCell(retired, { ...budget('K-02', 2026, 'external', 0), entry: null }, edit(retired.version)).ok).toBe(true);
  });

  it('says which cell changed, from → to, in the trail', () => {
    const r = setCell(calc, budget('K-01', 2026, 'external', 990_000), edit(calc.version));
    expect(r.ok && r.value.audit).toMatchObject({
      record: { type: 'costs', id: 'default' },
      action: 'costs.cellChanged',
      changes: [
        { field: '@section', to: 'licenser' }, { field: '@row', to: 'Licenser' }, { field: '@year', to: 2026 }, { field: '@side', to: 'external' },
        { field: '@measure', to: 'budget' }, { field: '@scenario', to: 'Nuvarande telefoni' },
        { field: 'kronor', from: 1_000_000, to: 990_000 },
      ],
    });
  });

  it('refuses unknown rows, years and scenarios, naming the field', () => {
    expect(problem(setCell(calc, budget('K-99', 2026, 'external', 1), edit(calc.version)))).toMatchObject({ kind: 'invalid', field: 'row' });
    expect(problem(setCell(calc, budget('K-01', 2031, 'external', 1), edit(calc.version)))).toMatchObject({ kind: 'invalid', field: 'year' });
    expect(problem(setCell(calc, budget('K-01', 2026, 'external', 1, 'S-9'), edit(calc.version)))).toMatchObject({ kind: 'invalid', field: 'scenario' });
  });
});

describe('scenarios', () => {
  const base = withCells(start, [budget('K-01', 2026, 'external', 1_000_000), outcome('K-01', 2026, 'external', 900_000)]);
  const two = saved(addScenario(base, { name: 'Teams som softphone', copyOf: 'S-1' }, edit(base.version)));

  it('starts a new scenario as a copy of another\'s budget; each then differs; the utfall is shared', () => {
    expect(two.scenarios.map((s) => s.id)).toEqual(['S-1', 'S-2']);
    const changed = withCells(two, [budget('K-01', 2026, 'external', 1_400_000, 'S-2')]);
    expect(scenarioTotals(changed, 'S-1').all.total).toEqual({ budget: 1_000_000, outcome: 900_000, difference: -100_000 });
    expect(scenarioTotals(changed, 'S-2').all.total).toEqual({ budget: 1_400_000, outcome: 900_000, difference: -500_000 });
  });

  it('keeps names unique (case-insensitive) and refuses a copy of an unknown scenario', () => {
    expect(problem(addScenario(two, { name: ' teams SOM softphone ', copyOf: 'S-1' }, edit(two.version)))).toMatchObject({ code: 'costs.duplicateScenario', field: 'name' });
    expect(problem(addScenario(two, { name: 'X', copyOf: 'S-7' }, edit(two.version)))).toMatchObject({ field: 'copyOf' });
    expect(problem(changeScenario(two, 'S-2', { name: 'nuvarande telefoni' }, edit(two.version)))).toMatchObject({ code: 'costs.duplicateScenario' });
  });

  it('marks one scenario decided at a time, with the day and an https link only', () => {
    const first = saved(decideScenario(two, 'S-1', { on: '2026-11-20', link: 'https://example.sharepoint.com/beslut.pdf' }, edit(two.version)));
    const second = saved(decideScenario(first, 'S-2', { on: '2026-12-01', link: null }, edit(first.version)));
    expect(second.scenarios.map((s) => s.decided?.on ?? null)).toEqual([null, '2026-12-01']);
    expect(problem(decideScenario(two, 'S-1', { on: '2026-11-20', link: 'javascript:alert(1)' }, edit(two.version)))).toMatchObject({ field: 'link' });
  });
});

describe('the baseline', () => {
  const base = withCells(start, [budget('K-01', 2026, 'external', 1_000_000), budget('K-01', 2027, 'external', 1_000_000)]);

  it('needs a decided scenario', () => {
    expect(problem(freezeBaseline(base, 'manual', edit(base.version)))).toMatchObject({ kind: 'invalid', code: 'costs.noDecidedScenario' });
    expect(baselineComparison(base)).toBeNull();
  });

  it('freezes the decided budget; later changes show against it per year and in all', () => {
    const decided = saved(decideScenario(base, 'S-1', { on: '2026-11-20', link: null }, edit(base.version)));
    const frozen = saved(freezeBaseline(decided, 'manual', edit(decided.version)));
    expect(frozen.baselines).toMatchObject([{ id: 'B-1', reason: 'manual', scenario: 'S-1', scenarioName: 'Nuvarande telefoni', budget: { 'K-01|2026|external': 1_000_000 } }]);
    const later = withCells(frozen, [budget('K-01', 2027, 'external', 1_250_000), budget('K-03', 2027, 'external', 50_000)]);
    expect(baselineComparison(later)).toMatchObject({
      baseline: 'B-1',
      years: { 2026: { baseline: 1_000_000, now: 1_000_000, change: 0 }, 2027: { baseline: 1_000_000, now: 1_300_000, change: 300_000 } },
      all: { baseline: 2_000_000, now: 2_300_000, change: 300_000 },
    });
  });
});

describe('the baseline and a year added after it', () => {
  it('counts the new year\'s baseline as 0 and its budget as a change', () => {
    const base = withCells(start, [budget('K-01', 2026, 'external', 500)]);
    const decided = saved(decideScenario(base, 'S-1', { on: '2026-11-20', link: null }, edit(base.version)));
    const frozen = saved(freezeBaseline(decided, 'signOff', edit(decided.version)));
    const year = saved(addYear(frozen, edit(frozen.version)));
    const later = withCells(year, [budget('K-01', 2029, 'external', 70)]);
    expect(baselineComparison(later)).toMatchObject({ years: { 2029: { baseline: 0, now: 70, change: 70 } }, all: { baseline: 500, now: 570, change: 70 } });
    expect(later.baselines[0]).toMatchObject({ reason: 'signOff', by: lead });
  });
});

describe('rows and years', () => {
  it('appends a row at the end of its section with a new id, never reusing a removed one\'s; names unique within a section', () => {
    const one = saved(addRow(start, { section: 'licenser', name: 'Teams Phone', note: 'Avtal 2026' }, edit(0)));
    expect(one.rows.map((r) => r.id)).toEqual(['K-01', 'K-07', 'K-02', 'K-03', 'K-04', 'K-05', 'K-06']);
    const removed = saved(removeRow(one, 'K-07', edit(one.version)));
    const again = saved(addRow(removed, { section: 'licenser', name: 'Teams Phone' }, edit(removed.version)));
    expect(again.rows[1]!.id).toBe('K-08');
    expect(problem(addRow(again, { section: 'licenser', name: 'teams phone' }, edit(again.version)))).toMatchObject({ code: 'costs.duplicateRow', field: 'name' });
    expect(addRow(again, { section: 'konsult', name: 'Teams Phone' }, edit(again.version)).ok).toBe(true);
  });

  it('moves a row within its section and refuses to remove one with amounts (retire it instead)', () => {
    const moved = saved(changeRow(start, 'K-06', { position: 0 }, edit(0)));
    expect(moved.rows.filter((r) => r.section === 'interna').map((r) => r.id)).toEqual(['K-06', 'K-04', 'K-05']);
    const spent = withCells(moved, [outcome('K-05', 2026, 'internal', 1)]);
    expect(problem(removeRow(spent, 'K-05', edit(spent.version)))).toMatchObject({ kind: 'locked', code: 'costs.rowHasAmounts' });
    expect(removeRow(spent, 'K-04', edit(spent.version)).ok).toBe(true);
  });

  it('appends the year after the last, up to MAX_COST_YEARS + 1 years', () => {
    let calc = start;
    for (let i = 0; i < 8; i++) calc = saved(addYear(calc, edit(calc.version)));
    expect(calc.years).toHaveLength(11);
    expect(calc.years.at(-1)).toBe(2036);
    expect(problem(addYear(calc, edit(calc.version)))).toMatchObject({ code: 'costs.tooManyYears' });
  });
});

describe('the conflict rule: refused only when what the write touches changed after the version read', () => {
  const read = withCells(start, [budget('K-01', 2026, 'external', 100)]);
  const after = saved(setCell(read, budget('K-01', 2026, 'external', 200), edit(read.version)));

  it('one cell edited from the same version twice: the second is a conflict carrying the current calculation', () => {
    expect(problem(setCell(after, budget('K-01', 2026, 'external', 300), edit(read.version)))).toMatchObject({ kind: 'conflict', current: after });
  });

  it('different cells (and the same cell of another scenario or the utfall) from the same version both succeed', () => {
    expect(setCell(after, budget('K-01', 2027, 'external', 300), edit(read.version)).ok).toBe(true);
    expect(setCell(after, budget('K-01', 2026, 'internal', 300), edit(read.version)).ok).toBe(true);
    expect(setCell(after, outcome('K-01', 2026, 'external', 300), edit(read.version)).ok).toBe(true);
  });

  it('rows, scenarios, decisions and years likewise', () => {
    const renamed = saved(changeRow(read, 'K-02', { name: 'Konsulter' }, edit(read.version)));
    expect(problem(changeRow(renamed, 'K-02', { note: 'x' }, edit(read.version)))).toMatchObject({ kind: 'conflict' });
    expect(changeRow(renamed, 'K-03', { note: 'x' }, edit(read.version)).ok).toBe(true);
    expect(setCell(renamed, budget('K-02', 2026, 'external', 5), edit(read.version)).ok).toBe(true);

    const decided = saved(decideScenario(read, 'S-1', { on: '2026-11-20', link: null }, edit(read.version)));
    expect(problem(changeScenario(decided, 'S-1', { name: 'Annat' }, edit(read.version)))).toMatchObject({ kind: 'conflict' });
    expect(problem(freezeBaseline(decided, 'manual', edit(read.version)))).toMatchObject({ kind: 'conflict' });

    const year = saved(addYear(read, edit(read.version)));
    expect(problem(addYear(year, edit(read.version)))).toMatchObject({ kind: 'conflict' });
    expect(addRow(year, { section: 'licenser', name: 'Ny' }, edit(read.version)).ok).toBe(true);
  });
});
