import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore';
import { Store } from '../../src/store/store';
import { CommandContext } from '../../src/commands/context';
import { writeCosts } from '../../src/commands/costsDocument';
import { CellInput, setCell } from '../../src/domain/costs';

/**
 * The use case's retry: writes that start together (in one process, so both read the same
 * version before either saves) collide in the store; each is decided again on what is stored —
 * different cells both land, the same cell lands once and the other is a 412 with the view now.
 */
const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
let dir: string;
let store: Store;
let ctx: CommandContext;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fs-costs-'));
  store = openSqliteStore(join(dir, 'app.db'));
  ctx = { store, now: () => new Date('2026-12-07T09:00:00Z'), timeZone: 'Europe/Stockholm' };
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const cell = (year: number, kronor: number): CellInput => ({ measure: 'budget', scenario: 'S-1', row: 'K-01', year, side: 'external', entry: { kind: 'kronor', kronor } });
const write = (input: CellInput) => writeCosts(ctx, lead, 0, (c, e) => setCell(c, input, e));

it('six writes of different cells from one version, started together: all land, in six versions', async () => {
  // Each round of retries lands one of them: six fit in the use case's bound (8); a crowd beyond it would get 412s.
  const results = await Promise.all([2026, 2027].flatMap((year) => [1, 2, 3].map((n) => write({ ...cell(year, n), side: n === 1 ? 'internal' : 'external', row: `K-0${n}` }))));
  expect(results.every((r) => r.ok)).toBe(true);
  const stored = (await store.costs.get())!;
  expect(stored.version).toBe(6);
  expect(Object.keys(stored.cells)).toHaveLength(6);
  expect((await store.audit.read({ record: { type: 'costs', id: 'default' } })).entries).toHaveLength(6);
});

it('two writes of one cell from one version, started together: one lands, the other is a conflict with the view now', async () => {
  const [a, b] = await Promise.all([write(cell(2026, 100)), write(cell(2026, 200))]);
  expect([a.ok, b.ok].sort()).toEqual([false, true]);
  const refused = [a, b].find((r) => !r.ok)!;
  expect(!refused.ok && refused.problem).toMatchObject({ kind: 'conflict', current: { calculation: { version: 1 } } });
});
