import { COST_SECTIONS, COST_SIDES, CostCalculation, CostCell, CostRow, cellKey } from '../../src/domain/costModel';
import { defaultCostCalculation } from '../../src/domain/costDefaults';
import { setCell } from '../../src/domain/costs';
import { unwrap } from '../../src/domain/problem';
import { Store } from '../../src/store/store';
import { entryFor } from '../helpers/auditFixtures';

/**
 * The cost calculation's part of the store contract (called from contract.ts, so every backend
 * runs it): a full-size calculation round trips (and fits in one Azure entity), and of fifty
 * saves from one version exactly one is stored — the other 49 get the conflict with it, and
 * nothing of what was stored before is lost.
 */
const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
const AT = '2026-12-08T10:00:00.000Z';

/** 30 rows × 6 years × 3 scenarios, every budget and utfall cell filled, with names and notes in Swedish. */
export function fullSizeCalculation(): CostCalculation {
  const base = defaultCostCalculation(2026);
  const years = [2026, 2027, 2028, 2029, 2030, 2031];
  const rows: CostRow[] = Array.from({ length: 30 }, (_, i) => ({
    id: `K-${String(i + 1).padStart(2, '0')}`,
    section: COST_SECTIONS[i % 4]!,
    name: `Rad ${i + 1} – Microsoft 365-licenser för förvaltningen (å, ä, ö)`,
    note: `Underlag: avtal ${i + 1} med leverantören, offert ${2026 + (i % 3)}; antal licenser × pris per månad × 12. `.repeat(3),
    retired: i === 29,
    changedIn: 1,
  }));
  const scenarios = ['Nuvarande telefoni', 'Inringning till Teams-möten', 'Teams som softphone'].map((name, i) => ({
    id: `S-${i + 1}`,
    name,
    decided: i === 2 ? { on: '2026-11-20', link: 'https://example.sharepoint.com/sites/o365/beslut.pdf', by: lead, at: AT } : null,
    changedIn: 1,
  }));
  const cells: Record<string, CostCell> = {};
  rows.forEach((row, r) =>
    years.forEach((year, y) =>
      COST_SIDES.forEach((side) => {
        const entry = (n: number): CostCell['entry'] =>
          side === 'internal' && r % 3 === 0
            ? { kind: 'fte', fte: 0.25, ratePerYear: 900_000 + n, kronor: Math.round((0.25 * (900_000 + n))) }
            : side === 'internal' && r % 3 === 1
              ? { kind: 'hours', hours: 120.5, ratePerHour: 700 + n, kronor: Math.round(120.5 * (700 + n)) }
              : { kind: 'kronor', kronor: 1_000_000 + n * 1_234 };
        scenarios.forEach((s, k) => (cells[cellKey({ measure: 'budget', scenario: s.id, row: row.id, year, side })] = { entry: entry(r + y + k), changedIn: 1 }));
        cells[cellKey({ measure: 'outcome', row: row.id, year, side })] = { entry: entry(r * y), changedIn: 1 };
      }),
    ),
  );
  const budget = Object.fromEntries(rows.flatMap((row) => years.flatMap((year) => COST_SIDES.map((side) => [`${row.id}|${year}|${side}`, 1_000_000]))));
  const baselines = [{ id: 'B-1', at: AT, by: lead, reason: 'signOff' as const, scenario: 'S-3', scenarioName: 'Teams som softphone', budget }];
  return { ...base, years, rows, scenarios, cells, baselines, yearsChangedIn: 1, lastRowNumber: 30, updatedAt: AT, updatedBy: lead };
}

export function costsContract(storeOf: () => Store): void {
  describe('the cost calculation (one versioned document, with the trail)', () => {
    it('round trips a full-size calculation (30 rows × 6 years × 3 scenarios, every cell) and saves it again', async () => {
      const store = storeOf();
      expect(await store.costs.get()).toBeUndefined();
      const full = fullSizeCalculation();
      expect(Object.keys(full.cells)).toHaveLength(30 * 6 * 2 * 4);
      const saved = await store.costs.save(full, 0, entryFor('costs'));
      expect(saved).toEqual({ ok: true, value: { ...full, version: 1 } });
      expect(await store.costs.get()).toEqual({ ...full, version: 1 });
      const next = { ...full, rows: full.rows.map((r, i) => (i === 0 ? { ...r, name: 'Licenser – Microsoft 365 E5', changedIn: 2 } : r)) };
      expect(await store.costs.save(next, 1, entryFor('costs'))).toEqual({ ok: true, value: { ...next, version: 2 } });
      expect(await store.costs.get()).toEqual({ ...next, version: 2 });
    }, 30_000);

    it('of 50 concurrent saves from one version exactly one is stored; 49 get the conflict with it; nothing else is lost', async () => {
      const store = storeOf();
      const first = unwrap(setCell(defaultCostCalculation(2026), { measure: 'outcome', row: 'K-01', year: 2026, side: 'external', entry: { kind: 'kronor', kronor: 5 } }, { by: lead, at: AT, read: 0 }));
      const one = await store.costs.save(first.calculation, 0, first.audit);
      if (!one.ok) throw new Error('the first save failed');
      const attempts = Array.from({ length: 50 }, (_, i) =>
        unwrap(setCell(one.value, { measure: 'budget', scenario: 'S-1', row: 'K-01', year: 2026, side: 'external', entry: { kind: 'kronor', kronor: 1000 + i } }, { by: lead, at: AT, read: 1 })),
      );
      const results = await Promise.all(attempts.map((a) => store.costs.save(a.calculation, 1, a.audit)));
      const wins = results.filter((r) => r.ok);
      expect(wins).toHaveLength(1);
      const stored = (await store.costs.get())!;
      expect(results.filter((r) => !r.ok && r.reason === 'conflict' && JSON.stringify(r.current) === JSON.stringify(stored))).toHaveLength(49);
      expect(wins[0]).toEqual({ ok: true, value: stored });
      const winner = attempts[results.findIndex((r) => r.ok)]!;
      expect(stored).toEqual({ ...winner.calculation, version: 2 });
      // The utfall saved before is still there, and the trail has the first write's entry and the winner's only.
      expect(stored.cells['o|K-01|2026|external']!.entry.kronor).toBe(5);
      const trail = await store.audit.read({ record: { type: 'costs', id: 'default' } });
      expect(trail.entries.map((e) => e.changes.find((c) => c.field === 'kronor')?.to)).toEqual([5, winner.calculation.cells['b|S-1|K-01|2026|external']!.entry.kronor]);
    }, 60_000);
  });
}
