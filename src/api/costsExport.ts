import ExcelJS from 'exceljs';
import { excelCsv } from './excelCsv';
import { COST_SECTIONS, COST_SIDES, CostCalculation, CostRow, CostScenario, CostView } from '../domain/costModel';
import { budgetOf, outcomeOf } from '../domain/costTotals';

/**
 * The Kostnadskalkyl for finance to carry on in Excel: one sheet per scenario with LIVE formulas
 * — rows grouped by section, per year Internt/Externt/Totalt × budget/utfall/differens; each
 * section's subtotal a SUM over exactly its rows, the grand total a SUM of the subtotals, every
 * difference utfall − budget, every row's total internt + externt — and a comparison sheet whose
 * figures refer to the scenario sheets' grand totals. Every formula is written with its cached
 * result (the API's totals), so a reader that does not calculate shows the right figures.
 * Amounts in whole kronor (`#,##0 "kr"`). Texts in the caller's language. The CSV is the
 * activity log's kind (api/excelCsv.ts): one line per cell.
 */
type Tr = (key: string, params?: Record<string, string | number>) => string;

export const KRONOR_FORMAT = '#,##0 "kr"';
/** Per year: internal, external, total × budget, outcome, difference. */
export const COLUMNS_PER_YEAR = 9;
/** Rows 1–4: scenario, blank, years, column headings. */
export const FIRST_ROW = 5;

const GROUPS = ['internal', 'external', 'total'] as const;
const HEADINGS = [
  'costs.export.internalBudget', 'costs.export.internalOutcome', 'costs.export.internalDifference',
  'costs.export.externalBudget', 'costs.export.externalOutcome', 'costs.export.externalDifference',
  'costs.export.totalBudget', 'costs.export.totalOutcome', 'costs.export.totalDifference',
];

/** The column (1-based) of a year's group and measure: budget 0, outcome 1, difference 2. */
export const columnOf = (yearIndex: number, group: (typeof GROUPS)[number], measure: 0 | 1 | 2): number =>
  2 + yearIndex * COLUMNS_PER_YEAR + GROUPS.indexOf(group) * 3 + measure;

export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
const ref = (col: number, row: number) => `${columnLetter(col)}${row}`;

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique (case-insensitive). */
export function sheetNames(names: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return names.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').slice(0, 28).trim() || 'Scenario';
    let candidate = base;
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 27)} ${i}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

interface Placed {
  /** Sheet row of the grand total. */
  totalRow: number;
}

function rowsOfSection(calc: CostCalculation, section: (typeof COST_SECTIONS)[number]): CostRow[] {
  return calc.rows.filter((r) => r.section === section);
}

function scenarioSheet(workbook: ExcelJS.Workbook, name: string, calc: CostCalculation, scenario: CostScenario, tr: Tr): Placed {
  const years = calc.years;
  const lastColumn = 1 + years.length * COLUMNS_PER_YEAR + 1;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }] });
  sheet.getCell(1, 1).value = `${tr('costs.export.scenario')}: ${scenario.name}${scenario.decided ? ` (${tr('costs.export.decided', { on: scenario.decided.on })})` : ''}`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(4, 1).value = tr('costs.export.row');
  years.forEach((year, y) => {
    const first = columnOf(y, 'internal', 0);
    sheet.mergeCells(3, first, 3, first + COLUMNS_PER_YEAR - 1);
    sheet.getCell(3, first).value = year;
    sheet.getCell(3, first).alignment = { horizontal: 'center' };
    HEADINGS.forEach((key, i) => (sheet.getCell(4, first + i).value = tr(key)));
  });
  sheet.getCell(4, lastColumn).value = tr('costs.export.note');
  for (const r of [3, 4]) sheet.getRow(r).font = { bold: true };
  sheet.getColumn(1).width = 36;
  for (let c = 2; c < lastColumn; c++) sheet.getColumn(c).width = 15;
  sheet.getColumn(lastColumn).width = 50;

  const money = (row: number, col: number, value: number | { formula: string; result: number }) => {
    const cell = sheet.getCell(row, col);
    cell.value = value;
    cell.numFmt = KRONOR_FORMAT;
  };
  /** The row's difference and total columns as formulas over its budget and outcome cells, with results. */
  const derived = (row: number, y: number, figures: Record<'internal' | 'external', [number, number]>) => {
    for (const side of COST_SIDES) {
      const [b, o] = figures[side];
      money(row, columnOf(y, side, 2), { formula: `${ref(columnOf(y, side, 1), row)}-${ref(columnOf(y, side, 0), row)}`, result: o - b });
    }
    const [ib, io] = figures.internal;
    const [eb, eo] = figures.external;
    money(row, columnOf(y, 'total', 0), { formula: `${ref(columnOf(y, 'internal', 0), row)}+${ref(columnOf(y, 'external', 0), row)}`, result: ib + eb });
    money(row, columnOf(y, 'total', 1), { formula: `${ref(columnOf(y, 'internal', 1), row)}+${ref(columnOf(y, 'external', 1), row)}`, result: io + eo });
    money(row, columnOf(y, 'total', 2), { formula: `${ref(columnOf(y, 'total', 1), row)}-${ref(columnOf(y, 'total', 0), row)}`, result: io + eo - ib - eb });
  };

  let at = FIRST_ROW;
  const subtotalRows: number[] = [];
  /** Per year and side: [budget, outcome] of the whole sheet, for the grand total's results. */
  const grand = years.map(() => ({ internal: [0, 0] as [number, number], external: [0, 0] as [number, number] }));
  for (const section of COST_SECTIONS) {
    sheet.getCell(at, 1).value = tr(`costs.section.${section}`);
    sheet.getRow(at).font = { bold: true };
    at++;
    const rows = rowsOfSection(calc, section);
    const first = at;
    const sums = years.map(() => ({ internal: [0, 0] as [number, number], external: [0, 0] as [number, number] }));
    for (const row of rows) {
      sheet.getCell(at, 1).value = row.retired ? `${row.name} ${tr('costs.export.retired')}` : row.name;
      sheet.getCell(at, lastColumn).value = row.note;
      years.forEach((year, y) => {
        const figures = { internal: [0, 0] as [number, number], external: [0, 0] as [number, number] };
        for (const side of COST_SIDES) {
          const b = budgetOf(calc, scenario.id, row.id, year, side);
          const o = outcomeOf(calc, row.id, year, side);
          figures[side] = [b, o];
          money(at, columnOf(y, side, 0), b);
          money(at, columnOf(y, side, 1), o);
          sums[y]![side][0] += b;
          sums[y]![side][1] += o;
        }
        derived(at, y, figures);
      });
      at++;
    }
    const last = at - 1;
    sheet.getCell(at, 1).value = tr('costs.export.subtotal', { section: tr(`costs.section.${section}`) });
    sheet.getRow(at).font = { bold: true };
    years.forEach((_year, y) => {
      for (const side of COST_SIDES)
        for (const m of [0, 1] as const) {
          const col = columnOf(y, side, m);
          const result = sums[y]![side][m];
          money(at, col, rows.length ? { formula: `SUM(${ref(col, first)}:${ref(col, last)})`, result } : { formula: '0', result: 0 });
          grand[y]![side][m] += result;
        }
      derived(at, y, sums[y]!);
    });
    subtotalRows.push(at);
    at += 2;
  }
  sheet.getCell(at, 1).value = tr('costs.export.total');
  sheet.getRow(at).font = { bold: true };
  years.forEach((_year, y) => {
    for (const side of COST_SIDES)
      for (const m of [0, 1] as const) {
        const col = columnOf(y, side, m);
        money(at, col, { formula: `SUM(${subtotalRows.map((r) => ref(col, r)).join(',')})`, result: grand[y]![side][m] });
      }
    derived(at, y, grand[y]!);
  });
  return { totalRow: at };
}

/** Per scenario and year: total budget, utfall, difference, each a reference to the scenario sheet's grand total. */
function comparisonSheet(sheet: ExcelJS.Worksheet, view: CostView, placed: { sheet: string; totalRow: number }[], tr: Tr): void {
  const calc = view.calculation;
  sheet.getCell(2, 1).value = tr('costs.export.scenario');
  calc.years.forEach((year, y) => {
    const first = 2 + y * 3;
    sheet.mergeCells(1, first, 1, first + 2);
    sheet.getCell(1, first).value = year;
    sheet.getCell(1, first).alignment = { horizontal: 'center' };
    ['costs.export.totalBudget', 'costs.export.totalOutcome', 'costs.export.totalDifference'].forEach((key, i) => (sheet.getCell(2, first + i).value = tr(key)));
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { bold: true };
  sheet.getColumn(1).width = 36;
  calc.scenarios.forEach((scenario, s) => {
    const row = 3 + s;
    const totals = view.totals.find((t) => t.scenario === scenario.id)!;
    sheet.getCell(row, 1).value = scenario.name;
    calc.years.forEach((year, y) => {
      const figures = totals.years[year]!.total;
      [figures.budget, figures.outcome, figures.difference].forEach((result, m) => {
        const cell = sheet.getCell(row, 2 + y * 3 + m);
        cell.value = { formula: `${quoted(placed[s]!.sheet)}!${ref(columnOf(y, 'total', m as 0 | 1 | 2), placed[s]!.totalRow)}`, result };
        cell.numFmt = KRONOR_FORMAT;
        sheet.getColumn(2 + y * 3 + m).width = 15;
      });
    });
  });
}

export async function costsXlsx(view: CostView, tr: Tr, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Förvaltningsstöd';
  workbook.created = generatedAt;
  const comparison = tr('costs.export.comparison');
  const names = sheetNames(view.calculation.scenarios.map((s) => s.name), [comparison]);
  // The comparison first (what finance looks at before the detail), filled once the scenario sheets are placed.
  const first = workbook.addWorksheet(comparison, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const placed = view.calculation.scenarios.map((scenario, i) => ({ sheet: names[i]!, ...scenarioSheet(workbook, names[i]!, view.calculation, scenario, tr) }));
  comparisonSheet(first, view, placed, tr);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One line per non-empty cell: scenario (empty for utfall), section, row, year, side, budget/utfall, kronor. */
export function costsCsv(view: CostView, tr: Tr): Buffer {
  const calc = view.calculation;
  const header = ['scenario', 'section', 'row', 'year', 'side', 'measure', 'kronor'].map((k) => tr(`costs.export.${k}`));
  const lines: string[][] = [];
  const line = (scenario: string, row: CostRow, year: number, side: (typeof COST_SIDES)[number], measure: 'budget' | 'outcome', kronor: number) =>
    lines.push([scenario, tr(`costs.section.${row.section}`), row.name, String(year), tr(`costs.side.${side}`), tr(`costs.export.${measure}`), String(kronor)]);
  for (const scenario of calc.scenarios)
    for (const row of calc.rows)
      for (const year of calc.years)
        for (const side of COST_SIDES) {
          const kronor = budgetOf(calc, scenario.id, row.id, year, side);
          if (kronor) line(scenario.name, row, year, side, 'budget', kronor);
        }
  for (const row of calc.rows)
    for (const year of calc.years)
      for (const side of COST_SIDES) {
        const kronor = outcomeOf(calc, row.id, year, side);
        if (kronor) line('', row, year, side, 'outcome', kronor);
      }
  return Buffer.from(excelCsv(header, lines), 'utf8');
}
