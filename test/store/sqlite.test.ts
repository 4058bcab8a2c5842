import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ActivityFields, newActivity } from '../../src/domain/activity';
import { unwrap } from '../../src/domain/problem';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/migrations';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore';
import { Store } from '../../src/store/store';
import { storeContract } from './contract';
import { entryFor } from '../helpers/auditFixtures';

/** A fresh folder per test with a database file in it; cleanup removes the folder. */
async function tempDbFile(): Promise<{ file: string; removeDir: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'fvs-sqlite-'));
  return { file: join(dir, 'store.db'), removeDir: () => rm(dir, { recursive: true, force: true }) };
}

storeContract('sqlite', async () => {
  const { file, removeDir } = await tempDbFile();
  return { store: openSqliteStore(file), cleanup: removeDir };
});

const anna = { id: 'aad-anna', name: 'Anna Åström' };
const fields: ActivityFields = {
  title: 'Uppdatera guider på medarbetarsidorna',
  description: '',
  category: 'Dokumentation',
  owner: anna,
  status: 'ny',
  priority: 'normal',
  dueDate: null,
  origin: 'förvaltning',
  resolution: null,
};
const createIn = (store: Store, title = fields.title) => {
  const { draft, audit } = unwrap(newActivity({ ...fields, title }, anna, new Date('2025-03-04T08:00:00Z')));
  return store.activities.create(draft, audit);
};

describe('SQLite store', () => {
  let file: string;
  let removeDir: () => Promise<void>;
  const opened: Store[] = [];
  const open = (path = file) => {
    const store = openSqliteStore(path);
    opened.push(store);
    return store;
  };
  /** Looks at the file the way an operator would, bypassing the store. */
  const inspect = <T>(look: (db: Database.Database) => T): T => {
    const db = new Database(file, { readonly: true });
    try {
      return look(db);
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    ({ file, removeDir } = await tempDbFile());
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    await removeDir();
  });

  it('opens the file in WAL mode', async () => {
    const store = open();
    await createIn(store);
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(inspect((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    expect(await store.health()).toEqual({ ok: true, backend: 'sqlite', detail: file });
  });

  it('applies each migration once; reopening keeps the data and re-runs nothing', async () => {
    const first = open();
    const a = await createIn(first, 'Överlever omstart');
    await first.markOnce('demo-seeded');
    const migrationsBefore = inspect((db) => db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all());
    expect(migrationsBefore).toHaveLength(MIGRATIONS.length);
    await first.close();

    const second = open();
    expect(await second.activities.get(a.key)).toEqual(a);
    expect(await second.markOnce('demo-seeded')).toBe(false);
    expect((await createIn(second)).key).toBe('A-002');
    expect(inspect((db) => db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all())).toEqual(
      migrationsBefore,
    );
  });

  it('applies only the migrations a database is missing, each in its own transaction', () => {
    const db = new Database(file);
    try {
      expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
      const extra = 'CREATE TABLE later_feature (id TEXT PRIMARY KEY)';
      const all = [...MIGRATIONS, extra];
      expect(migrate(db, all)).toEqual(Array.from({ length: all.length - 1 }, (_, i) => i + 2));
      expect(migrate(db, all)).toEqual([]);

      // A failing migration leaves nothing behind and is not recorded.
      const broken = [...all, 'CREATE TABLE half_done (id TEXT); SELECT * FROM no_such_table'];
      expect(() => migrate(db, broken)).toThrow(/no_such_table/);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
      expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(all.length);
    } finally {
      db.close();
    }
  });

  it('gives two stores on the same file (like two processes) distinct keys for 50 parallel creates each', async () => {
    const one = open();
    const two = open();
    const creates = Array.from({ length: 100 }, (_, i) => createIn(i % 2 ? two : one, `Punkt ${i}`));
    const created = await Promise.all(creates);
    const expected = Array.from({ length: 100 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`);
    expect(created.map((a) => a.key).sort()).toEqual(expected);
    expect((await one.activities.list()).map((a) => a.key)).toEqual(expected);
    expect((await two.activities.list()).map((a) => a.key)).toEqual(expected);
  });

  it('sees another store’s write on the same file as a conflict', async () => {
    const one = open();
    const two = open();
    const a = await createIn(one);
    expect((await one.activities.update({ ...a, title: 'Från ett' }, 1, entryFor('activity', a.key))).ok).toBe(true);
    const stale = await two.activities.update({ ...a, title: 'Från två' }, 1, entryFor('activity', a.key));
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { title: 'Från ett', version: 2 } });
  });

  it('a cached list sees what another store on the same file committed', async () => {
    const one = open();
    const two = open();
    const a = await createIn(one);
    expect((await one.activities.list()).map((x) => x.title)).toEqual([a.title]);
    await createIn(two, 'Från två');
    expect((await two.activities.update({ ...a, title: 'Ändrad av två' }, 1, entryFor('activity', a.key))).ok).toBe(true);
    expect((await one.activities.list()).map((x) => x.title)).toEqual(['Ändrad av två', 'Från två']);
    // The records handed out cannot be changed behind the store's back.
    const [first] = await one.activities.list();
    expect(() => {
      (first as { title: string }).title = 'x';
    }).toThrow();
  });

  it('never reuses a key, even after the row is deleted', async () => {
    const store = open();
    await createIn(store);
    const b = await createIn(store);
    const db = new Database(file);
    db.prepare('DELETE FROM activities WHERE key = ?').run(b.key);
    db.close();
    expect((await createIn(store)).key).toBe('A-003');
  });

  it('lists 10,000 items quickly and in order', async () => {
    const store = open();
    const { draft, audit } = unwrap(newActivity(fields, anna, new Date('2025-03-04T08:00:00Z')));
    for (let i = 0; i < 10_000; i++) await store.activities.create({ ...draft, title: `Punkt ${i}` }, audit);

    await store.activities.list(); // warm up
    const started = performance.now();
    const all = await store.activities.list();
    const elapsed = performance.now() - started;

    expect(all).toHaveLength(10_000);
    expect(all[0]!.key).toBe('A-001');
    expect(all[9_999]).toMatchObject({ key: 'A-10000', title: 'Punkt 9999' });
    expect(elapsed).toBeLessThan(250);
  });

  it('works in memory', async () => {
    const store = open(':memory:');
    expect((await createIn(store)).key).toBe('A-001');
    expect(await store.health()).toEqual({ ok: true, backend: 'sqlite', detail: ':memory:' });
  });

  it('reports health not ok after close, without throwing', async () => {
    const store = open();
    await store.close();
    const health = await store.health();
    expect(health.ok).toBe(false);
    expect(health.backend).toBe('sqlite');
    expect(health.detail).toContain(file);
    await store.close(); // closing twice is harmless
  });
});
