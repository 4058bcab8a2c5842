import type { Database } from 'better-sqlite3';
import { HistoryEntry } from '../../domain/activity';
import { LegacyHistoryRow, legacyHistoryDrafts } from '../../domain/auditLegacy';
import { Person } from '../../domain/person';
import { SqliteTrail } from './sqliteAudit';

interface LegacyRow {
  activity_key: string;
  at: string;
  by_id: string;
  by_name: string;
  field: HistoryEntry['field'];
  from_value: string | null;
  to_value: string | null;
}

/**
 * Moves the first wave's activity history (activity_history) into the audit trail, then drops
 * that table: one immediate transaction, so two processes opening the file do it once, and a
 * crash leaves the history where it was. Returns how many entries it appended (0 when done before).
 */
export function importActivityHistory(db: Database, trail: SqliteTrail): number {
  return db
    .transaction((): number => {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity_history'").pluck().get();
      if (!exists) return 0;
      const rows = db
        .prepare<[], LegacyRow>('SELECT activity_key, at, by_id, by_name, field, from_value, to_value FROM activity_history ORDER BY id')
        .all();
      const known = db
        .prepare<[], Person>(
          `SELECT owner_id AS id, owner_name AS name FROM activities WHERE owner_id IS NOT NULL
           UNION SELECT created_by_id, created_by_name FROM activities
           UNION SELECT updated_by_id, updated_by_name FROM activities
           UNION SELECT by_id, by_name FROM activity_history`,
        )
        .all();
      const history: LegacyHistoryRow[] = rows.map((r) => ({
        activityKey: r.activity_key,
        at: r.at,
        by: { id: r.by_id, name: r.by_name },
        field: r.field,
        from: r.from_value,
        to: r.to_value,
      }));
      const drafts = legacyHistoryDrafts(history, known);
      for (const draft of drafts) trail.append(draft);
      db.exec('DROP TABLE activity_history');
      return drafts.length;
    })
    .immediate();
}
