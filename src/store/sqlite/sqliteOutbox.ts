import type { Database } from 'better-sqlite3';
import { NotificationKind, OutboxDraft, OutboxMessage, OutboxStatus } from '../../domain/notification';
import { OutboxStore } from '../store';

interface OutboxRow {
  id: number;
  dedupe_key: string;
  user_id: string;
  kind: string;
  training_id: string;
  status: string;
  attempts: number;
  created_at: string;
  due_at: string;
  lease_until: string | null;
  sent_at: string | null;
  last_error: string | null;
  channel_id: string | null;
  meeting_date: string | null;
  activity_id: string | null;
}

const COLUMNS =
  'id, dedupe_key, user_id, kind, training_id, status, attempts, created_at, due_at, lease_until, sent_at, last_error, channel_id, meeting_date, activity_id';

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  dedupeKey: r.dedupe_key,
  userId: r.user_id,
  kind: r.kind as NotificationKind,
  trainingId: r.training_id || null,
  channelId: r.channel_id,
  meetingDate: r.meeting_date,
  activityId: r.activity_id,
  status: r.status as OutboxStatus,
  attempts: r.attempts,
  createdAt: r.created_at,
  dueAt: r.due_at,
  leaseUntil: r.lease_until,
  sentAt: r.sent_at,
  lastError: r.last_error,
});

/** Longest error text kept (the connector's message can be long). */
const MAX_ERROR = 500;

/**
 * The outbox in SQLite: a unique dedupe key makes enqueueing idempotent, and claiming is one
 * immediate transaction (select the due, unleased messages; lease them), so two processes on the
 * same file never take the same message while its lease runs.
 */
/**
 * Queues messages inside the caller's transaction — the outbox and a write that implies the
 * messages commit together (a promotion and its notice). Returns how many keys were new.
 */
export function sqliteOutboxQueue(db: Database): (messages: readonly OutboxDraft[]) => number {
  const insert = db.prepare<[Required<OutboxDraft>]>(
    `INSERT OR IGNORE INTO outbox (dedupe_key, user_id, kind, training_id, channel_id, meeting_date, coalesce_key, status, attempts, created_at, due_at)
     VALUES (@dedupeKey, @userId, @kind, @trainingId, @channelId, @meetingDate, @coalesceKey, 'pending', 0, @createdAt, @dueAt)`,
  );
  // A message that nobody holds yet (never claimed, or its sender's lease ran out) and that will stand for the new one.
  const waiting = db
    .prepare<[string, string]>(
      `SELECT 1 FROM outbox WHERE coalesce_key = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until <= ?) LIMIT 1`,
    )
    .pluck();
  return (messages) =>
    messages.reduce((queued, m) => {
      if (m.coalesceKey && waiting.get(m.coalesceKey, m.createdAt)) return queued;
      const row = { ...m, trainingId: m.trainingId ?? '', channelId: m.channelId ?? null, meetingDate: m.meetingDate ?? null, coalesceKey: m.coalesceKey ?? null };
      return queued + insert.run(row).changes;
    }, 0);
}

export function sqliteOutbox(db: Database, queue = sqliteOutboxQueue(db)): OutboxStore {
  const selectDue = db.prepare<[string, string, number], OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox
     WHERE status = 'pending' AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
     ORDER BY due_at, id LIMIT ?`,
  );
  const lease = db.prepare<[string, number]>('UPDATE outbox SET lease_until = ?, attempts = attempts + 1 WHERE id = ?');
  const renew = db.prepare<[string, number, number]>(`UPDATE outbox SET lease_until = ? WHERE id = ? AND status = 'pending' AND attempts = ?`);
  const sent = db.prepare<[string, string | null, number]>(
    `UPDATE outbox SET status = 'sent', sent_at = ?, activity_id = ?, lease_until = NULL, last_error = NULL WHERE id = ?`,
  );
  const giveBack = db.prepare<[string, number]>(
    `UPDATE outbox SET due_at = ?, lease_until = NULL, attempts = MAX(0, attempts - 1) WHERE id = ? AND status = 'pending'`,
  );
  // A leased message can be taken again when its lease runs out, not before.
  const earliest = db.prepare<[]>(`SELECT MIN(MAX(due_at, COALESCE(lease_until, due_at))) FROM outbox WHERE status = 'pending'`).pluck();
  const selectSentToChannel = db.prepare<[string, string], OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox WHERE channel_id = ? AND meeting_date = ? AND status = 'sent' ORDER BY id`,
  );
  const retry = db.prepare<[string, string, number]>(
    `UPDATE outbox SET due_at = ?, last_error = ?, lease_until = NULL WHERE id = ? AND status = 'pending'`,
  );
  const giveUp = db.prepare<[string, number]>(
    `UPDATE outbox SET status = 'undeliverable', last_error = ?, lease_until = NULL WHERE id = ? AND status = 'pending'`,
  );
  const selectAll = db.prepare<[], OutboxRow>(`SELECT ${COLUMNS} FROM outbox ORDER BY id`);

  const enqueueAll = db.transaction(queue);
  const claim = db.transaction((now: Date, limit: number, leaseMs: number): OutboxMessage[] => {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    return selectDue.all(at, at, limit).map((row) => {
      lease.run(until, row.id);
      return toMessage({ ...row, lease_until: until, attempts: row.attempts + 1 });
    });
  });

  return {
    async enqueue(messages) {
      return messages.length ? enqueueAll.immediate(messages) : 0;
    },
    // Every write queues its notices itself, in its own transaction: nothing waits elsewhere.
    async collect() {
      return 0;
    },
    async claimDue(now, limit, leaseMs) {
      return claim.immediate(now, Math.max(0, Math.floor(limit)), leaseMs);
    },
    async renewClaim(id, attempts, now, leaseMs) {
      return renew.run(new Date(now.getTime() + leaseMs).toISOString(), id, attempts).changes === 1;
    },
    async markSent(id, now, activityId = null) {
      sent.run(now.toISOString(), activityId, id);
    },
    async release(id, dueAt) {
      giveBack.run(dueAt.toISOString(), id);
    },
    async nextDueAt() {
      return (earliest.get() as string | null) ?? null;
    },
    async sentToChannel(channelId, meetingDate) {
      return selectSentToChannel.all(channelId, meetingDate).map(toMessage);
    },
    async markFailed(id, error, retryAt) {
      const reason = error.slice(0, MAX_ERROR);
      if (retryAt) retry.run(retryAt.toISOString(), reason, id);
      else giveUp.run(reason, id);
    },
    async list() {
      return selectAll.all().map(toMessage);
    },
  };
}
