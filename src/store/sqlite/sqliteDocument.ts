import type { Database } from 'better-sqlite3';
import { AuditDraft } from '../../domain/audit';
import { DocumentStore, WriteResult } from '../store';
import { SqliteTrail } from './sqliteAudit';

const ID = 'default';

/**
 * A versioned JSON document in a table of its own (id 'default', json, version): the handover
 * checklist, the follow-up settings, the categories, the rights, the förvaltning team. The version lives in its own column, not in
 * the JSON, and is put back on the document when it is read.
 */
export function sqliteDocument<T extends { version: number }>(
  db: Database,
  trail: SqliteTrail,
  table: 'checklist' | 'follow_up_settings' | 'categories' | 'rights' | 'forvaltning_team' | 'cost_calculation',
): DocumentStore<T> {
  const select = db.prepare<[string], { json: string; version: number }>(`SELECT json, version FROM ${table} WHERE id = ?`);
  const insert = db.prepare<[string, string]>(`INSERT INTO ${table} (id, json, version) VALUES (?, ?, 1) ON CONFLICT (id) DO NOTHING`);
  const update = db.prepare<[string, string, number]>(`UPDATE ${table} SET json = ?, version = version + 1 WHERE id = ? AND version = ?`);
  const read = (row: { json: string; version: number }): T => ({ ...(JSON.parse(row.json) as T), version: row.version });

  const save = db.transaction((next: T, expected: number, audit: AuditDraft): WriteResult<T> => {
    const { version: _ignored, ...document } = next;
    const json = JSON.stringify(document);
    const changed = expected === 0 ? insert.run(ID, json).changes : update.run(json, ID, expected).changes;
    const row = select.get(ID);
    if (changed === 1) {
      trail.append(audit);
      return { ok: true, value: read(row!) };
    }
    return row ? { ok: false, reason: 'conflict', current: read(row) } : { ok: false, reason: 'not_found' };
  });
  return {
    async get() {
      const row = select.get(ID);
      return row && read(row);
    },
    async save(next, expectedVersion, audit) {
      return save.immediate(next, expectedVersion, audit);
    },
  };
}
