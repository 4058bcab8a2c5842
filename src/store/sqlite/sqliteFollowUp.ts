import type { Database } from 'better-sqlite3';
import { ConversationReference } from '../../domain/notification';
import { FollowUpSettings, TeamChannel } from '../../domain/followUp';
import { ChannelStore, FollowUpSettingsStore, LeaseStore, WriteResult } from '../store';

/** The monthly follow-up's state in SQLite: known team channels, the settings document, leases. */
interface ChannelRow {
  conversation_id: string;
  team_id: string;
  team_name: string | null;
  channel_name: string | null;
  reference_json: string;
  updated_at: string;
}

const toChannel = (r: ChannelRow): TeamChannel => ({
  conversationId: r.conversation_id,
  teamId: r.team_id,
  teamName: r.team_name,
  channelName: r.channel_name,
  reference: JSON.parse(r.reference_json) as ConversationReference,
  updatedAt: r.updated_at,
});

export function sqliteChannels(db: Database): ChannelStore {
  const exists = db.prepare<[string]>('SELECT 1 FROM team_channels WHERE conversation_id = ?').pluck();
  const upsert = db.prepare<[string, string, string | null, string | null, string, string]>(
    `INSERT INTO team_channels (conversation_id, team_id, team_name, channel_name, reference_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (conversation_id) DO UPDATE SET team_id = excluded.team_id, team_name = excluded.team_name,
       channel_name = excluded.channel_name, reference_json = excluded.reference_json, updated_at = excluded.updated_at`,
  );
  const select = db.prepare<[string], ChannelRow>('SELECT * FROM team_channels WHERE conversation_id = ?');
  // General (no name) first in each team.
  const selectAll = db.prepare<[], ChannelRow>(
    `SELECT * FROM team_channels ORDER BY COALESCE(team_name, '') COLLATE NOCASE, team_id, channel_name IS NOT NULL, channel_name COLLATE NOCASE`,
  );
  const remove = db.prepare<[string]>('DELETE FROM team_channels WHERE conversation_id = ?');
  const removeTeam = db.prepare<[string]>('DELETE FROM team_channels WHERE team_id = ?');
  const save = db.transaction((c: TeamChannel): boolean => {
    const isNew = !exists.get(c.conversationId);
    upsert.run(c.conversationId, c.teamId, c.teamName, c.channelName, JSON.stringify(c.reference), c.updatedAt);
    return isNew;
  });
  return {
    async save(channel) {
      return save.immediate(channel);
    },
    async get(conversationId) {
      const row = select.get(conversationId);
      return row && toChannel(row);
    },
    async list() {
      return selectAll.all().map(toChannel);
    },
    async remove(conversationId) {
      return remove.run(conversationId).changes > 0;
    },
    async removeTeam(teamId) {
      return removeTeam.run(teamId).changes;
    },
  };
}

const ID = 'default';

/** The settings as one JSON document; the version lives in its own column (as the checklist's). */
export function sqliteFollowUpSettings(db: Database): FollowUpSettingsStore {
  const select = db.prepare<[string], { json: string; version: number }>('SELECT json, version FROM follow_up_settings WHERE id = ?');
  const insert = db.prepare<[string, string]>('INSERT INTO follow_up_settings (id, json, version) VALUES (?, ?, 1) ON CONFLICT (id) DO NOTHING');
  const update = db.prepare<[string, string, number]>('UPDATE follow_up_settings SET json = ?, version = version + 1 WHERE id = ? AND version = ?');
  const read = (row: { json: string; version: number }): FollowUpSettings => ({ ...(JSON.parse(row.json) as FollowUpSettings), version: row.version });

  const save = db.transaction((next: FollowUpSettings, expected: number): WriteResult<FollowUpSettings> => {
    const { version: _ignored, ...document } = next;
    const json = JSON.stringify(document);
    const changed = expected === 0 ? insert.run(ID, json).changes : update.run(json, ID, expected).changes;
    const row = select.get(ID);
    if (changed === 1) return { ok: true, value: read(row!) };
    return row ? { ok: false, reason: 'conflict', current: read(row) } : { ok: false, reason: 'not_found' };
  });
  return {
    async get() {
      const row = select.get(ID);
      return row && read(row);
    },
    async save(next, expectedVersion) {
      return save.immediate(next, expectedVersion);
    },
  };
}

/** One row per lease: taken when free, expired or already ours — in one statement, so two processes never both hold it. */
export function sqliteLeases(db: Database): LeaseStore {
  const take = db.prepare<[string, string, string, string]>(
    `INSERT INTO leases (name, holder, until) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
     WHERE leases.holder = excluded.holder OR leases.until <= ?`,
  );
  const release = db.prepare<[string, string]>('DELETE FROM leases WHERE name = ? AND holder = ?');
  return {
    async acquire(name, holder, now, ms) {
      return take.run(name, holder, new Date(now.getTime() + ms).toISOString(), now.toISOString()).changes === 1;
    },
    async release(name, holder) {
      release.run(name, holder);
    },
  };
}
