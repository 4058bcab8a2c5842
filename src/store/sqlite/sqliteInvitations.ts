import type { Database } from 'better-sqlite3';
import { InvitationRecord } from '../../domain/invitationRecord';
import { InvitationStore, WriteResult } from '../store';

/** The invitation records: one row per training (json, version), the version in its own column. */
export function sqliteInvitations(db: Database): InvitationStore {
  const select = db.prepare<[string], { json: string; version: number }>('SELECT json, version FROM training_invitations WHERE training_id = ?');
  const selectAll = db.prepare<[], { json: string; version: number }>('SELECT json, version FROM training_invitations ORDER BY training_id');
  const insert = db.prepare<[string, string]>('INSERT INTO training_invitations (training_id, json, version) VALUES (?, ?, 1) ON CONFLICT (training_id) DO NOTHING');
  const update = db.prepare<[string, string, number]>('UPDATE training_invitations SET json = ?, version = version + 1 WHERE training_id = ? AND version = ?');
  const read = (row: { json: string; version: number }): InvitationRecord => ({ ...(JSON.parse(row.json) as InvitationRecord), version: row.version });

  const save = db.transaction((next: InvitationRecord, expected: number): WriteResult<InvitationRecord> => {
    const { version: _ignored, ...record } = next;
    const json = JSON.stringify(record);
    const changed = expected === 0 ? insert.run(next.trainingId, json).changes : update.run(json, next.trainingId, expected).changes;
    const row = select.get(next.trainingId);
    if (changed === 1) return { ok: true, value: read(row!) };
    return row ? { ok: false, reason: 'conflict', current: read(row) } : { ok: false, reason: 'not_found' };
  });
  return {
    async get(trainingId) {
      const row = select.get(trainingId);
      return row && read(row);
    },
    async list() {
      return selectAll.all().map(read);
    },
    async save(next, expectedVersion) {
      return save.immediate(next, expectedVersion);
    },
  };
}
