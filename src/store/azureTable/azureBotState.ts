import { odata } from '@azure/data-tables';
import { ConversationReference } from '../../domain/notification';
import { TeamChannel } from '../../domain/followUp';
import { ChannelStore, ConversationStore, LeaseStore, SettingsStore, TurnLogStore } from '../store';
import { PartitionWriter } from './optimistic';
import { Entity, MAX_BATCH, Table, documentOf, documentProps, safeKey, statusOf } from './table';

/**
 * What the bot and the scheduler keep besides the data: personal chats, team channels, handled
 * activity ids, small settings, one-time flags and leases — each a partition of its own, each
 * write a single entity made atomic by create-only (409) or the etag it read (412).
 */

/** Creates the entity; false when it exists already. */
async function createOnce(table: Table, entity: { partitionKey: string; rowKey: string } & Record<string, unknown>): Promise<boolean> {
  try {
    await table.client.createEntity(entity);
    return true;
  } catch (error) {
    if (statusOf(error) === 409) return false;
    throw error;
  }
}

async function deleteIfThere(table: Table, partitionKey: string, rowKey: string, etag?: string): Promise<boolean> {
  try {
    await table.client.deleteEntity(partitionKey, rowKey, etag ? { etag } : {});
    return true;
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 412) return false;
    throw error;
  }
}

export function azureConversations(table: Table): ConversationStore {
  const PK = 'conversations';
  const entity = (userId: string, reference: ConversationReference, at: Date) => ({
    partitionKey: PK,
    rowKey: safeKey(userId),
    ...documentProps({ userId, reference, updatedAt: at.toISOString() }),
  });
  type Stored = { userId: string; reference: ConversationReference; updatedAt: string };
  return {
    async save(userId, reference, at) {
      const e = await table.get(PK, safeKey(userId));
      if (!e) {
        if (await createOnce(table, entity(userId, reference, at))) return true;
      } else if (JSON.stringify(documentOf<Stored>(e).reference) === JSON.stringify(reference)) {
        return false; // every turn saves it: unchanged, nothing to write
      }
      await table.client.upsertEntity(entity(userId, reference, at), 'Replace');
      return false;
    },
    async get(userId) {
      const e = await table.get(PK, safeKey(userId));
      return e && documentOf<Stored>(e).reference;
    },
    remove: (userId) => deleteIfThere(table, PK, safeKey(userId)),
    async list() {
      return (await table.rows(PK, '')).map((e) => documentOf<Stored>(e)).sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
    },
  };
}

/** Team name (case-insensitive), team, then the General channel (no name) before the named ones. */
function byTeamAndChannel(a: TeamChannel, b: TeamChannel): number {
  const text = (x: string | null) => (x ?? '').toLowerCase();
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    compare(text(a.teamName), text(b.teamName)) ||
    compare(a.teamId, b.teamId) ||
    Number(a.channelName !== null) - Number(b.channelName !== null) ||
    compare(text(a.channelName), text(b.channelName))
  );
}

export function azureChannels(table: Table): ChannelStore {
  const PK = 'channels';
  const entity = (c: TeamChannel) => ({ partitionKey: PK, rowKey: safeKey(c.conversationId), ...documentProps(c), teamId: c.teamId });
  return {
    async save(channel) {
      if (await createOnce(table, entity(channel))) return true;
      await table.client.upsertEntity(entity(channel), 'Replace');
      return false;
    },
    async get(conversationId) {
      const e = await table.get(PK, safeKey(conversationId));
      return e && documentOf<TeamChannel>(e);
    },
    async list() {
      return (await table.rows(PK, '')).map((e) => documentOf<TeamChannel>(e)).sort(byTeamAndChannel);
    },
    remove: (conversationId) => deleteIfThere(table, PK, safeKey(conversationId)),
    async removeTeam(teamId) {
      const rows = await table.query(odata`PartitionKey eq ${PK} and teamId eq ${teamId}`);
      let removed = 0;
      for (const e of rows) if (await deleteIfThere(table, PK, e.rowKey)) removed++;
      return removed;
    },
  };
}

export function azureTurnLog(table: Table): TurnLogStore {
  const PK = 'turns';
  return {
    claim: (activityId, at) => createOnce(table, { partitionKey: PK, rowKey: safeKey(activityId), at: at.toISOString() }),
    async prune(before) {
      const old = await table.query(odata`PartitionKey eq ${PK} and at lt ${before.toISOString()}`);
      let removed = 0;
      for (let i = 0; i < old.length; i += MAX_BATCH) {
        const chunk = old.slice(i, i + MAX_BATCH);
        try {
          await table.batch(chunk.map((e: Entity) => ['delete', { partitionKey: PK, rowKey: e.rowKey }]));
          removed += chunk.length;
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
          // Another instance pruned some of them meanwhile: one at a time, skipping those gone.
          for (const e of chunk) if (await deleteIfThere(table, PK, e.rowKey)) removed++;
        }
      }
      return removed;
    },
  };
}

export function azureSettings(table: Table): SettingsStore {
  const PK = 'settings';
  return {
    async getOrCreate(name, create) {
      const existing = await table.get(PK, safeKey(name));
      if (existing) return String(existing.value);
      await createOnce(table, { partitionKey: PK, rowKey: safeKey(name), value: create(), setAt: new Date().toISOString() });
      // Whoever created it first: everyone gets that value.
      return String((await table.get(PK, safeKey(name)))!.value);
    },
  };
}

/** One-time flags (e.g. demo data seeded): created once. */
export const markOnce = (table: Table, name: string): Promise<boolean> =>
  createOnce(table, { partitionKey: 'flags', rowKey: safeKey(name), setAt: new Date().toISOString() });

export function azureLeases(table: Table, write: PartitionWriter): LeaseStore {
  const PK = 'leases';
  return {
    acquire(name, holder, now, ms) {
      return write(`${PK}:${name}`, `lease ${name}`, async () => {
        const e = await table.get(PK, safeKey(name));
        const entity = { partitionKey: PK, rowKey: safeKey(name), holder, until: new Date(now.getTime() + ms).toISOString() };
        if (!e) {
          await table.client.createEntity(entity); // 409: someone took it meanwhile — decided again
          return true;
        }
        const free = e.holder === holder || String(e.until) <= now.toISOString();
        if (!free) return false;
        await table.client.updateEntity(entity, 'Replace', { etag: e.etag }); // 412: decided again
        return true;
      });
    },
    async release(name, holder) {
      const e = await table.get(PK, safeKey(name));
      if (e && e.holder === holder) await deleteIfThere(table, PK, e.rowKey, e.etag);
    },
  };
}
