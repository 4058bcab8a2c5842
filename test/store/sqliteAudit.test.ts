import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ActivityFields, changeActivity, newActivity } from '../../src/domain/activity';
import { activityHistory } from '../../src/domain/activityHistory';
import { auditDraft } from '../../src/domain/audit';
import { link, pseudonymise, textHash } from '../../src/domain/auditChain';
import { unwrap } from '../../src/domain/problem';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/migrations';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore';
import { Store } from '../../src/store/store';

/** The SQLite trail as an operator (or an intruder) sees the file: raw rows, bypassing the store. */
const maria = { id: 'aad-maria', name: 'Maria Lindqvist' };
const erik = { id: 'aad-erik', name: 'Erik Holm' };
const T0 = new Date('2026-12-07T09:00:00.000Z');
const fields: ActivityFields = {
  title: 'Förnya licensavtal',
  description: 'Offert från två leverantörer',
  category: 'Licenser',
  owner: maria,
  status: 'ny',
  priority: 'hög',
  dueDate: null,
  origin: 'projekt',
  resolution: null,
};

describe('SQLite audit trail', () => {
  let dir: string;
  let file: string;
  const opened: Store[] = [];
  const open = () => {
    const store = openSqliteStore(file);
    opened.push(store);
    return store;
  };
  const raw = <T>(run: (db: Database.Database) => T): T => {
    const db = new Database(file);
    try {
      return run(db);
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fvs-audit-'));
    file = join(dir, 'store.db');
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    await rm(dir, { recursive: true, force: true });
  });

  /** Five entries: a creation and four changes of one item. */
  async function fiveEntries(store: Store) {
    const { draft, audit } = unwrap(newActivity(fields, maria, T0));
    let current = await store.activities.create(draft, audit);
    for (let i = 1; i <= 4; i++) {
      const changed = unwrap(changeActivity(current, { title: `Version ${i}` }, i % 2 ? erik : maria, new Date(T0.getTime() + i * 60_000)));
      const written = await store.activities.update(changed.next, current.version, changed.audit!);
      if (!written.ok) throw new Error('update');
      current = written.value;
    }
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 5 });
  }

  it('finds an edited, a deleted, a reordered and a cut-off entry in the raw rows', async () => {
    const store = open();
    await fiveEntries(store);
    const rows = raw((db) => db.prepare('SELECT * FROM audit_trail ORDER BY seq').all()) as Record<string, unknown>[];

    raw((db) => db.prepare('UPDATE audit_trail SET changes_json = ? WHERE seq = 3').run('[{"field":"title","from":"Version 1","to":"Förfalskad"}]'));
    expect(await store.audit.verify()).toEqual({ ok: false, count: 2, brokenAt: 3, reason: 'hash' });
    raw((db) => db.prepare('UPDATE audit_trail SET changes_json = ? WHERE seq = 3').run(rows[2]!.changes_json));
    expect((await store.audit.verify()).ok).toBe(true);

    raw((db) => db.prepare('DELETE FROM audit_trail WHERE seq = 2').run());
    expect(await store.audit.verify()).toEqual({ ok: false, count: 1, brokenAt: 2, reason: 'sequence' });
    // …and renumbered to hide the gap: the links give it away.
    raw((db) => db.prepare('UPDATE audit_trail SET seq = seq - 1 WHERE seq > 2').run());
    expect(await store.audit.verify()).toEqual({ ok: false, count: 1, brokenAt: 2, reason: 'link' });

    raw((db) => {
      db.prepare('DELETE FROM audit_trail').run();
      const insert = db.prepare('INSERT INTO audit_trail (seq, at, actor, record_type, record_id, action, subject, changes_json, prev, hash) VALUES (@seq, @at, @actor, @record_type, @record_id, @action, @subject, @changes_json, @prev, @hash)');
      // Entries 3 and 4 swap places (each keeps its content and hash, takes the other's number).
      for (const r of rows) insert.run({ ...r, seq: r.seq === 3 ? 4 : r.seq === 4 ? 3 : r.seq });
    });
    expect(await store.audit.verify()).toMatchObject({ ok: false, brokenAt: 3 });

    raw((db) => {
      db.prepare('DELETE FROM audit_trail').run();
      const insert = db.prepare('INSERT INTO audit_trail (seq, at, actor, record_type, record_id, action, subject, changes_json, prev, hash) VALUES (@seq, @at, @actor, @record_type, @record_id, @action, @subject, @changes_json, @prev, @hash)');
      for (const r of rows.slice(0, 4)) insert.run(r);
    });
    // The last entry gone: the chain itself is whole, but shorter than the head kept beside it.
    expect(await store.audit.verify()).toEqual({ ok: false, count: 4, brokenAt: 5, reason: 'head' });
  });

  it('keeps no name, object id or free text in any trail row; erasing a person leaves no trace of them in the trail tables', async () => {
    const store = open();
    await fiveEntries(store);
    const dump = () =>
      raw((db) =>
        JSON.stringify([
          db.prepare('SELECT * FROM audit_trail').all(),
          db.prepare('SELECT * FROM audit_head').all(),
        ]),
      );
    for (const trace of [maria.id, maria.name, erik.id, erik.name, fields.description]) expect(dump()).not.toContain(trace);
    expect(raw((db) => db.prepare('SELECT count(*) FROM audit_people').pluck().get())).toBe(2);

    expect(await store.audit.forget(erik.id)).toBe(true);
    const people = raw((db) => JSON.stringify(db.prepare('SELECT * FROM audit_people').all()));
    expect(people).not.toContain(erik.id);
    expect(people).not.toContain(erik.name);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 5 });
  });

  it('keeps the people and the chain of a trail written before its lighter schema (migration 8)', async () => {
    const content = pseudonymise(auditDraft(T0, maria, { type: 'activity', id: 'A-001' }, 'activity.changed', [{ field: 'owner', from: { person: maria }, to: { person: erik } }]), (p) => `p-${p.name.split(' ')[0]}`);
    const entry = link(content, null);
    raw((db) => {
      migrate(db, MIGRATIONS.slice(0, 7));
      db.prepare('INSERT INTO audit_people (pseudonym, person_id, name) VALUES (?, ?, ?)').run('p-Maria', maria.id, maria.name);
      db.prepare('INSERT INTO audit_people (pseudonym, person_id, name) VALUES (?, ?, ?)').run('p-Erik', erik.id, erik.name);
      db.prepare(
        'INSERT INTO audit_trail (seq, at, actor, record_type, record_id, action, subject, changes_json, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(entry.seq, entry.at, entry.actor, 'activity', 'A-001', entry.action, null, JSON.stringify(entry.changes), entry.prev, entry.hash);
      db.prepare('INSERT INTO audit_mentions (pseudonym, seq) VALUES (?, 1), (?, 1)').run('p-Maria', 'p-Erik');
      db.prepare("INSERT INTO audit_head (id, count, hash) VALUES ('default', 1, ?)").run(entry.hash);
    });
    const store = open();
    expect(await store.audit.pseudonymOf(erik.id)).toBe('p-Erik');
    expect((await store.audit.read({ person: 'p-Erik' })).entries.map((e) => e.seq)).toEqual([1]);
    expect((await store.audit.read({ person: 'p-Erik' })).people).toEqual(expect.arrayContaining([{ pseudonym: 'p-Erik', id: erik.id, name: erik.name }]));
    expect(await store.audit.verify()).toEqual({ ok: true, count: 1, head: entry.hash });
    expect(raw((db) => db.prepare("SELECT name FROM sqlite_master WHERE name IN ('audit_mentions', 'audit_trail_by_at')").all())).toEqual([]);
  });

  it('moves a first-wave database\'s activity history into the trail once, and drops the old table', async () => {
    raw((db) => {
      migrate(db, MIGRATIONS.slice(0, 6));
      db.prepare(
        `INSERT INTO activities (key, seq, title, description, category, owner_id, owner_name, status, priority, due_date, origin, resolution,
           created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at, version)
         VALUES ('A-001', 1, 'Förnya licensavtal', 'x', 'Licenser', ?, ?, 'klar', 'hög', NULL, 'projekt', 'Avtal klart', ?, ?, ?, ?, ?, ?, 3)`,
      ).run(erik.id, erik.name, maria.id, maria.name, T0.toISOString(), erik.id, erik.name, T0.toISOString());
      db.prepare("INSERT INTO sequences (name, value) VALUES ('activity', 1)").run();
      const history = db.prepare('INSERT INTO activity_history (activity_key, at, by_id, by_name, field, from_value, to_value) VALUES (?, ?, ?, ?, ?, ?, ?)');
      history.run('A-001', '2026-11-01T08:00:00.000Z', maria.id, maria.name, 'created', null, 'ny');
      history.run('A-001', '2026-11-02T08:00:00.000Z', maria.id, maria.name, 'owner', maria.name, erik.name);
      history.run('A-001', '2026-11-02T08:00:00.000Z', maria.id, maria.name, 'status', 'ny', 'pågår');
      history.run('A-001', '2026-11-03T08:00:00.000Z', erik.id, erik.name, 'status', 'pågår', 'klar');
      history.run('A-001', '2026-11-03T08:00:00.000Z', erik.id, erik.name, 'resolution', null, 'Avtal klart');
      history.run('A-002', '2026-11-04T08:00:00.000Z', maria.id, maria.name, 'created', null, 'ny');
      history.run('A-002', '2026-11-05T08:00:00.000Z', maria.id, maria.name, 'deleted', 'Felregistrerad', null);
    });

    const store = open();
    const page = await store.audit.read({});
    expect(page.entries.map((e) => [e.seq, e.action, e.record.id, e.at])).toEqual([
      [1, 'activity.created', 'A-001', '2026-11-01T08:00:00.000Z'],
      [2, 'activity.changed', 'A-001', '2026-11-02T08:00:00.000Z'],
      [3, 'activity.changed', 'A-001', '2026-11-03T08:00:00.000Z'],
      [4, 'activity.created', 'A-002', '2026-11-04T08:00:00.000Z'],
      [5, 'activity.deleted', 'A-002', '2026-11-05T08:00:00.000Z'],
    ]);
    const pMaria = await store.audit.pseudonymOf(maria.id);
    const pErik = await store.audit.pseudonymOf(erik.id);
    expect(page.entries[1]!.changes).toEqual([
      { field: 'owner', from: { person: pMaria }, to: { person: pErik } },
      { field: 'status', from: 'ny', to: 'pågår' },
    ]);
    expect(page.entries[2]!.changes[1]).toEqual({ field: 'resolution', from: null, to: { sha256: textHash('Avtal klart') } });
    // The panel shows what it showed before (texts as "changed").
    expect(activityHistory('A-001', await store.audit.read({ record: { type: 'activity', id: 'A-001' } })).map((h) => [h.field, h.from, h.to, h.by?.name])).toEqual([
      ['created', null, 'ny', maria.name],
      ['owner', maria.name, erik.name, maria.name],
      ['status', 'ny', 'pågår', maria.name],
      ['status', 'pågår', 'klar', erik.name],
      ['resolution', null, null, erik.name],
    ]);
    expect(raw((db) => db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'activity_history'").pluck().get())).toBe(0);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 5 });

    await store.close();
    opened.length = 0;
    const again = open();
    expect((await again.audit.head()).count).toBe(5);
  });
});

describe('SQLite audit trail, two stores on one file', () => {
  it('200 changes through two stores on one file leave one unbroken chain with one entry each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fvs-audit2-'));
    const file = join(dir, 'store.db');
    const [a, b] = [openSqliteStore(file), openSqliteStore(file)];
    try {
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => {
          const { draft, audit } = unwrap(newActivity({ ...fields, title: `Punkt ${i}` }, i % 3 ? maria : erik, T0));
          return (i % 2 ? b : a).activities.create(draft, audit);
        }),
      );
      const page = await a.audit.read({ limit: 500 });
      expect(page.entries.map((e) => e.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(new Set(page.entries.map((e) => e.record.id)).size).toBe(200);
      expect(await b.audit.verify()).toEqual({ ok: true, count: 200, head: page.entries[199]!.hash });
    } finally {
      await a.close();
      await b.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
