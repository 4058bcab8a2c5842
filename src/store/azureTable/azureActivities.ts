import { randomUUID } from 'node:crypto';
import { TransactionAction } from '@azure/data-tables';
import { Activity, Comment, activityKey } from '../../domain/activity';
import { ActivityStore, WriteResult } from '../store';
import { PartitionWriter } from './optimistic';
import { AzureTrail } from './azureAudit';
import { Entity, MAX_BATCH, Table, asStored, documentOf, documentProps, padded, safeKey } from './table';

/**
 * The activity log in Azure Table Storage: one partition holds the key sequence, the items and
 * their comments, so that a change and its audit entry (pending, azureAudit.ts) — and a new item
 * and the sequence that named it — are one entity group transaction. Every write names the etag
 * it read: a concurrent writer makes it fail whole (412), and it is decided again.
 *
 *   seq                          { value }                 the last key number handed out
 *   item:A-001                   doc, version, seq, comments
 *   comment:A-001:000001         doc (Comment)
 *   audit:<at>:<uuid>            a change's entry until it is chained
 *   history:A-001:…              the first wave's history, moved into the trail once (azureHistoryImport.ts)
 */
const PK = 'activities';
const SEQ = 'seq';
const itemKey = (key: string) => `item:${safeKey(key)}`;
const commentPrefix = (key: string) => `comment:${safeKey(key)}:`;

type Stored = Omit<Activity, 'version'>;

const toActivity = (e: Entity): Activity => ({ ...documentOf<Stored>(e), version: Number(e.version) });

function itemEntity(activity: Stored, version: number, seq: number, comments: number) {
  return { partitionKey: PK, rowKey: itemKey(activity.key), ...documentProps(activity), version, seq, comments };
}

export function azureActivities(table: Table, write: PartitionWriter, trail: AzureTrail): ActivityStore {
  /** The item, unless it is missing or marked deleted. */
  const item = async (key: string) => {
    const e = await table.get(PK, itemKey(key));
    return e && !e.deleted ? e : undefined;
  };

  return {
    async create(draft, audit) {
      const created = await write(PK, 'create activity', async () => {
        const seq = await table.get(PK, SEQ);
        const n = Number(seq?.value ?? 0) + 1;
        const key = activityKey(n);
        const stored: Stored = { ...draft, key };
        await table.batch([
          seq
            ? ['update', { partitionKey: PK, rowKey: SEQ, value: n }, 'Replace', { etag: seq.etag }]
            : ['create', { partitionKey: PK, rowKey: SEQ, value: n }],
          ['create', itemEntity(stored, 1, n, 0)],
          await trail.pending(PK, audit(key)),
        ]);
        return { ...asStored(stored), version: 1 };
      });
      trail.nudge(PK);
      return created;
    },

    async get(key) {
      const e = await item(key);
      return e && toActivity(e);
    },

    async list() {
      const rows = (await table.rows(PK, 'item:')).filter((e) => !e.deleted);
      return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(toActivity);
    },

    async update(next, expectedVersion, audit): Promise<WriteResult<Activity>> {
      const updated = await write(PK, 'update activity', async (): Promise<WriteResult<Activity>> => {
        const e = await item(next.key);
        if (!e) return { ok: false, reason: 'not_found' };
        const current = toActivity(e);
        if (current.version !== expectedVersion) return { ok: false, reason: 'conflict', current };
        const { version: _v, ...fields } = next;
        const stored: Stored = { ...fields, createdBy: current.createdBy, createdAt: current.createdAt };
        const version = current.version + 1;
        await table.batch([
          ['update', itemEntity(stored, version, Number(e.seq), Number(e.comments ?? 0)), 'Replace', { etag: e.etag }],
          await trail.pending(PK, audit),
        ]);
        return { ok: true, value: { ...asStored(stored), version } };
      });
      if (updated.ok) trail.nudge(PK);
      return updated;
    },

    async delete(key, expectedVersion, audit): Promise<WriteResult<Activity>> {
      const deleted = await write(PK, 'delete activity', async (): Promise<WriteResult<Activity>> => {
        const e = await item(key);
        if (!e) return { ok: false, reason: 'not_found' };
        const current = toActivity(e);
        if (current.version !== expectedVersion) return { ok: false, reason: 'conflict', current };
        // A batch cannot make a delete conditional, so the item is first marked deleted on its
        // etag together with the deletion's audit entry (the moment it is gone for everyone), then
        // removed with its comments. Should that second step not happen, the mark hides it.
        await table.batch([
          ['update', { partitionKey: PK, rowKey: e.rowKey, deleted: true }, 'Merge', { etag: e.etag }],
          await trail.pending(PK, audit),
        ]);
        const comments = await table.rows(PK, commentPrefix(key));
        const rows = [e.rowKey, ...comments.map((c) => c.rowKey)];
        for (let i = 0; i < rows.length; i += MAX_BATCH) {
          await table.batch(rows.slice(i, i + MAX_BATCH).map((rowKey): TransactionAction => ['delete', { partitionKey: PK, rowKey }]));
        }
        return { ok: true, value: current };
      });
      if (deleted.ok) trail.nudge(PK);
      return deleted;
    },

    async addComment(input, audit): Promise<WriteResult<Comment>> {
      const added = await write(PK, 'comment on activity', async (): Promise<WriteResult<Comment>> => {
        const e = await item(input.activityKey);
        if (!e) return { ok: false, reason: 'not_found' };
        const n = Number(e.comments ?? 0) + 1;
        const stored: Comment = { ...input, id: randomUUID(), meetingDate: input.meetingDate ?? null };
        // Touching the item (If-Match) makes the comment fail with a concurrent delete.
        await table.batch([
          ['update', { partitionKey: PK, rowKey: e.rowKey, comments: n }, 'Merge', { etag: e.etag }],
          ['create', { partitionKey: PK, rowKey: `${commentPrefix(input.activityKey)}${padded(n, 6)}`, ...documentProps(stored) }],
          await trail.pending(PK, audit),
        ]);
        return { ok: true, value: stored };
      });
      if (added.ok) trail.nudge(PK);
      return added;
    },

    async comments(key) {
      const rows = await table.rows(PK, commentPrefix(key));
      // Row keys are in the order written; ties in time keep that order (the sort is stable).
      return rows.map((e) => documentOf<Comment>(e)).sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}
