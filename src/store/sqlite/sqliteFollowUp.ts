import type { Database } from 'better-sqlite3';
import { ConversationReference } from '../../domain/notification';
import { TeamChannel } from '../../domain/followUp';
import { ChannelStore, LeaseStore } from '../store';

/** The monthly follow-up's state in SQLite: known team channels and leases (its settings: sqliteDocument.ts). */
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
