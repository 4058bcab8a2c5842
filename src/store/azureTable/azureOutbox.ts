import { TransactionAction, odata } from '@azure/data-tables';
import { OutboxDraft, OutboxMessage } from '../../domain/notification';
import { OutboxStore } from '../store';
import { PartitionWriter } from './optimistic';
import { Sequences } from './sequences';
import { Entity, MAX_BATCH, Table, documentOf, documentProps, isWriteConflict, padded, prefixEnd, safeKey } from './table';

/**
 * The outbox in Azure Table Storage, one partition:
 *
 *   msg:000000000042        doc (the message), status, dueAt, channelId, meetingDate
 *   dedupe:<dedupe key>     { id }     — created in the same batch as its message
 *
 * Queueing is idempotent because a dedupe entity can be created only once. Claiming rewrites
 * each message with its lease on the etag it was read with, in batches: of two senders only
 * one gets a message while its lease runs.
 */
const PK = 'outbox';
const MSG = 'msg:';
const DEDUPE = 'dedupe:';
const msgKey = (id: number) => MSG + padded(id, 12);
const dedupeKey = (key: string) => DEDUPE + safeKey(key);
const MESSAGES = odata`PartitionKey eq ${PK} and RowKey ge ${MSG} and RowKey lt ${prefixEnd(MSG)}`;
const PENDING = `${MESSAGES} and status eq 'pending'`;

/** Longest error text kept (the connector's message can be long). */
const MAX_ERROR = 500;

const toMessage = (e: Entity): OutboxMessage => documentOf<OutboxMessage>(e);
function messageEntity(m: OutboxMessage) {
  const indexed: Record<string, string> = { status: m.status, dueAt: m.dueAt };
  if (m.channelId !== null) indexed.channelId = m.channelId;
  if (m.meetingDate !== null) indexed.meetingDate = m.meetingDate;
  if (m.coalesceKey) indexed.coalesceKey = m.coalesceKey;
  return { partitionKey: PK, rowKey: msgKey(m.id), ...documentProps(m), ...indexed };
}
const oldestDueFirst = (a: OutboxMessage, b: OutboxMessage) => a.dueAt.localeCompare(b.dueAt) || a.id - b.id;

/** Where notices wait that other partitions' writes implied (the trainings' sweep), given the queue to put them in. */
export type NoticeSweep = (queue: (notices: readonly OutboxDraft[]) => Promise<number>) => Promise<number>;

export function azureOutbox(table: Table, write: PartitionWriter, sequences: Sequences, sweep: NoticeSweep): OutboxStore {
  /** Dedupe keys known to be queued: they are never removed, so this only saves asking again. */
  const queued = new Set<string>();

  const queue = async (messages: OutboxMessage[]): Promise<number> => {
    const pairs = (m: OutboxMessage): TransactionAction[] => [
      ['create', { partitionKey: PK, rowKey: dedupeKey(m.dedupeKey), id: m.id }],
      ['create', messageEntity(m)],
    ];
    try {
      await table.batch(messages.flatMap(pairs));
      return messages.length;
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      // Some key was queued before (by another instance): one message at a time, skipping those.
      let count = 0;
      for (const m of messages) {
        try {
          await table.batch(pairs(m));
          count++;
        } catch (e) {
          if (!isWriteConflict(e)) throw e;
        }
      }
      return count;
    }
  };

  /** Read-modify-write of one message on its etag; `change` returns null to leave it as it is. */
  const rewrite = (id: number, what: string, change: (m: OutboxMessage) => OutboxMessage | null) =>
    write(PK, what, async () => {
      const e = await table.get(PK, msgKey(id));
      const next = e && change(toMessage(e));
      if (next) await table.client.updateEntity(messageEntity(next), 'Replace', { etag: e!.etag });
    });

  const outbox: OutboxStore = {
    collect: () => sweep((notices) => outbox.enqueue(notices)),
    async enqueue(drafts) {
      const fresh = new Map<string, OutboxDraft>();
      const standIns = new Map<string, OutboxDraft>();
      for (const d of drafts) {
        if (queued.has(d.dedupeKey) || fresh.has(d.dedupeKey) || (d.coalesceKey && standIns.has(d.coalesceKey))) continue;
        fresh.set(d.dedupeKey, d);
        if (d.coalesceKey) standIns.set(d.coalesceKey, d);
      }
      if (fresh.size === 0) return 0;
      return write(PK, 'enqueue', async () => {
        // A message waiting unheld with the same coalesce key stands for the new one (only the scheduler's leaseholder queues these).
        const waiting = new Set<string>();
        for (const [key, draft] of standIns) {
          const pending = (await table.query(`${PENDING} and ${odata`coalesceKey eq ${key}`}`)).map(toMessage);
          if (pending.some((m) => m.leaseUntil === null || m.leaseUntil <= draft.createdAt)) waiting.add(key);
        }
        const list = [...fresh.values()].filter((d) => !d.coalesceKey || !waiting.has(d.coalesceKey));
        if (list.length === 0) return 0;
        const first = await sequences.next('outbox', list.length);
        const messages = list.map((d, i): OutboxMessage => ({
          dedupeKey: d.dedupeKey,
          userId: d.userId,
          kind: d.kind,
          trainingId: d.trainingId ?? null,
          channelId: d.channelId ?? null,
          meetingDate: d.meetingDate ?? null,
          ...(d.coalesceKey ? { coalesceKey: d.coalesceKey } : {}),
          createdAt: d.createdAt,
          dueAt: d.dueAt,
          id: first + i,
          activityId: null,
          status: 'pending',
          attempts: 0,
          leaseUntil: null,
          sentAt: null,
          lastError: null,
        }));
        let count = 0;
        for (let i = 0; i < messages.length; i += MAX_BATCH / 2) count += await queue(messages.slice(i, i + MAX_BATCH / 2));
        for (const m of messages) queued.add(m.dedupeKey);
        return count;
      });
    },

    claimDue(now, limit, leaseMs) {
      const at = now.toISOString();
      const until = new Date(now.getTime() + leaseMs).toISOString();
      const wanted = Math.max(0, Math.floor(limit));
      return write(PK, 'claim outbox', async () => {
        const claimed: OutboxMessage[] = [];
        // A batch that meets another sender's claim fails whole: read again and take what is left.
        for (let round = 0; claimed.length < wanted && round < 20; round++) {
          const due = (await table.query(`${PENDING} and ${odata`dueAt le ${at}`}`))
            .map((e) => ({ e, m: toMessage(e) }))
            .filter(({ m }) => m.leaseUntil === null || m.leaseUntil <= at)
            .sort((a, b) => oldestDueFirst(a.m, b.m))
            .slice(0, Math.min(MAX_BATCH, wanted - claimed.length));
          if (due.length === 0) break;
          const leased = due.map(({ m }) => ({ ...m, leaseUntil: until, attempts: m.attempts + 1 }));
          try {
            await table.batch(due.map(({ e }, i): TransactionAction => ['update', messageEntity(leased[i]!), 'Replace', { etag: e.etag }]));
            claimed.push(...leased);
          } catch (error) {
            if (!isWriteConflict(error)) throw error;
          }
        }
        return claimed;
      });
    },

    async renewClaim(id, attempts, now, leaseMs) {
      let held = false;
      await rewrite(id, 'renew claim', (m) => {
        held = m.status === 'pending' && m.attempts === attempts;
        return held ? { ...m, leaseUntil: new Date(now.getTime() + leaseMs).toISOString() } : null;
      });
      return held;
    },

    markSent(id, now, activityId = null) {
      return rewrite(id, 'mark sent', (m) => ({ ...m, status: 'sent', sentAt: now.toISOString(), activityId, leaseUntil: null, lastError: null }));
    },

    markFailed(id, error, retryAt) {
      const lastError = error.slice(0, MAX_ERROR);
      return rewrite(id, 'mark failed', (m) => {
        if (m.status !== 'pending') return null;
        return retryAt
          ? { ...m, dueAt: retryAt.toISOString(), lastError, leaseUntil: null }
          : { ...m, status: 'undeliverable', lastError, leaseUntil: null };
      });
    },

    release(id, dueAt) {
      return rewrite(id, 'release', (m) =>
        m.status === 'pending' ? { ...m, dueAt: dueAt.toISOString(), leaseUntil: null, attempts: Math.max(0, m.attempts - 1) } : null,
      );
    },

    async nextDueAt() {
      const pending = (await table.query(PENDING)).map(toMessage);
      // A leased message can be taken again when its lease runs out, not before.
      const instants = pending.map((m) => (m.leaseUntil !== null && m.leaseUntil > m.dueAt ? m.leaseUntil : m.dueAt));
      return instants.length ? instants.reduce((a, b) => (b < a ? b : a)) : null;
    },

    async sentToChannel(channelId, meetingDate) {
      const rows = await table.query(`${MESSAGES} and ${odata`channelId eq ${channelId} and meetingDate eq ${meetingDate} and status eq 'sent'`}`);
      return rows.map(toMessage).sort((a, b) => a.id - b.id);
    },

    async list() {
      return (await table.rows(PK, MSG)).map(toMessage);
    },
  };
  return outbox;
}
