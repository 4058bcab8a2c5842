import type { Database } from 'better-sqlite3';
import { Checklist } from '../../domain/checklist';
import { ChecklistStore, WriteResult } from '../store';

/**
 * The handover checklist as one JSON document (row id 'default'). The version lives in its
 * own column, not in the JSON, and is put back on the checklist when it is read.
 */
interface ChecklistRow {
  json: string;
  version: number;
}

const ID = 'default';

const toChecklist = (row: ChecklistRow): Checklist => ({ ...(JSON.parse(row.json) as Omit<Checklist, 'version'>), version: row.version });

function documentOf(checklist: Checklist): string {
  const { version: _ignored, ...document } = checklist;
  return JSON.stringify(document);
}

export function sqliteChecklist(db: Database): ChecklistStore {
  const select = db.prepare<[string], ChecklistRow>('SELECT json, version FROM checklist WHERE id = ?');
  const insert = db.prepare<[string, string]>(
    'INSERT INTO checklist (id, json, version) VALUES (?, ?, 1) ON CONFLICT (id) DO NOTHING',
  );
  const update = db.prepare<[string, string, number]>(
    'UPDATE checklist SET json = ?, version = version + 1 WHERE id = ? AND version = ?',
  );

  const save = db.transaction((next: Checklist, expected: number): WriteResult<Checklist> => {
    const json = documentOf(next);
    const changed = expected === 0 ? insert.run(ID, json).changes : update.run(json, ID, expected).changes;
    const row = select.get(ID);
    if (changed === 1) return { ok: true, value: toChecklist(row!) };
    return row ? { ok: false, reason: 'conflict', current: toChecklist(row) } : { ok: false, reason: 'not_found' };
  });

  return {
    async get() {
      const row = select.get(ID);
      return row && toChecklist(row);
    },
    async save(next, expectedVersion) {
      return save.immediate(next, expectedVersion);
    },
  };
}
