import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newTraining } from '../../src/domain/training';
import { unwrap } from '../../src/domain/problem';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore';
import { Store } from '../../src/store/store';
import { trainingFields, trainingOps } from '../helpers/trainingFixtures';
import { entryOnceNamed } from '../helpers/auditFixtures';

/**
 * SQLite specifics of the trainings store: two stores on one file (like two processes of the
 * app) share the seats, and the cached lists see what the other one committed.
 */
const NOW = new Date('2026-03-02T08:00:00Z');
const person = (n: number) => ({ id: `u-${n}`, name: `Person ${n}`, email: null, department: null });
let dir: string;
let a: Store;
let b: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fvs-trainings-'));
  a = openSqliteStore(join(dir, 'store.db'));
  b = openSqliteStore(join(dir, 'store.db'));
});
afterEach(async () => {
  await a.close();
  await b.close();
  await rm(dir, { recursive: true, force: true });
});

const create = (store: Store, capacity: number) =>
  store.trainings.create(unwrap(newTraining(trainingFields({ start: '2026-03-30T07:00:00Z', end: '2026-03-30T08:00:00Z', place: 'Sal A', capacity }), NOW)), entryOnceNamed('training'));

describe('SQLite trainings store', () => {
  it('two stores on the same file never overbook: 2 × 50 interleaved sign-ups for 20 seats', async () => {
    const t = await create(a, 20);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => trainingOps(i % 2 ? a : b).signUp(t.id, person(i), NOW)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = await a.trainings.registrations(t.id);
    expect(stored.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    expect(stored.filter((r) => r.status === 'waitlisted')).toHaveLength(80);
    expect(new Set(stored.map((r) => r.seq)).size).toBe(100);
  });

  it('ids come from one sequence across both stores', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => create(i % 2 ? a : b, 5).then((t) => t.id)));
    expect(new Set(ids).size).toBe(20);
    expect([...ids].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `U-${String(i + 1).padStart(3, '0')}`));
  });

  it('cached lists see what the other store committed, and what this store wrote', async () => {
    const t = await create(a, 1);
    expect(await a.trainings.allRegistrations()).toEqual([]);
    expect(await a.trainings.list()).toHaveLength(1);
    await trainingOps(b).signUp(t.id, person(1), NOW);
    await b.trainings.create({ ...t, title: 'Andra' }, entryOnceNamed('training'));
    expect((await a.trainings.allRegistrations()).map((r) => r.userId)).toEqual(['u-1']);
    expect(await a.trainings.list()).toHaveLength(2);
    await trainingOps(a).signUp(t.id, person(2), NOW);
    expect((await a.trainings.allRegistrations()).map((r) => [r.userId, r.status])).toEqual([
      ['u-1', 'confirmed'],
      ['u-2', 'waitlisted'],
    ]);
    await trainingOps(a).cancel(t.id, 'u-1', NOW);
    expect((await a.trainings.allRegistrations()).map((r) => r.status)).toEqual(['cancelled', 'confirmed']);
  });

  it('callers get their own arrays of frozen records', async () => {
    await create(a, 1);
    const first = await a.trainings.list();
    first.pop();
    expect(await a.trainings.list()).toHaveLength(1);
    expect(Object.isFrozen((await a.trainings.list())[0])).toBe(true);
  });
});
