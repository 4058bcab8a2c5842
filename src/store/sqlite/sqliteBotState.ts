import type { Database } from 'better-sqlite3';
import { ConversationReference } from '../../domain/notification';
import { ConversationStore, SettingsStore, TurnLogStore } from '../store';

/** Personal-chat references, one per person; a save reports whether the person had none before. */
export function sqliteConversations(db: Database): ConversationStore {
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO conversations (user_id, reference_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET reference_json = excluded.reference_json, updated_at = excluded.updated_at`,
  );
  const select = db.prepare<[string]>('SELECT reference_json FROM conversations WHERE user_id = ?').pluck();
  const remove = db.prepare<[string]>('DELETE FROM conversations WHERE user_id = ?');
  const selectAll = db.prepare<[], { user_id: string; reference_json: string; updated_at: string }>(
    'SELECT user_id, reference_json, updated_at FROM conversations ORDER BY user_id',
  );
  const save = db.transaction((userId: string, json: string, at: Date): boolean => {
    const stored = select.get(userId) as string | undefined;
    if (stored !== json) upsert.run(userId, json, at.toISOString());
    return stored === undefined;
  });

  return {
    async save(userId, reference, at) {
      const json = JSON.stringify(reference);
      // Every turn saves the reference; a plain read (no write transaction) when it is unchanged.
      if ((select.get(userId) as string | undefined) === json) return false;
      return save.immediate(userId, json, at);
    },
    async get(userId) {
      const json = select.get(userId) as string | undefined;
      return json === undefined ? undefined : (JSON.parse(json) as ConversationReference);
    },
    async remove(userId) {
      return remove.run(userId).changes > 0;
    },
    async list() {
      return selectAll.all().map((r) => ({
        userId: r.user_id,
        reference: JSON.parse(r.reference_json) as ConversationReference,
        updatedAt: r.updated_at,
      }));
    },
  };
}

/** Activity ids already handled: the primary key makes the claim atomic. */
export function sqliteTurnLog(db: Database): TurnLogStore {
  const claim = db.prepare<[string, string]>('INSERT OR IGNORE INTO processed_activities (activity_id, at) VALUES (?, ?)');
  const prune = db.prepare<[string]>('DELETE FROM processed_activities WHERE at < ?');
  return {
    async claim(activityId, at) {
      return claim.run(activityId, at.toISOString()).changes === 1;
    },
    async prune(before) {
      return prune.run(before.toISOString()).changes;
    },
  };
}

export function sqliteSettings(db: Database): SettingsStore {
  const insert = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO settings (name, value, set_at) VALUES (?, ?, ?)');
  const select = db.prepare<[string]>('SELECT value FROM settings WHERE name = ?').pluck();
  return {
    async getOrCreate(name, create) {
      const existing = select.get(name) as string | undefined;
      if (existing !== undefined) return existing;
      insert.run(name, create(), new Date().toISOString());
      return select.get(name) as string;
    },
  };
}
