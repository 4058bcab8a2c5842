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
}

const COLUMNS = 'id, dedupe_key, user_id, kind, training_id, status, attempts, created_at, due_at, lease_until, sent_at, last_error';

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  dedupeKey: r.dedupe_key,
  userId: r.user_id,
  kind: r.kind as NotificationKind,
  trainingId: r.training_id,
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
export function sqliteOutbox(db: Database): OutboxStore {
  const insert = db.prepare<[OutboxDraft]>(
    `INSERT OR IGNORE INTO outbox (dedupe_key, user_id, kind, training_id, status, attempts, created_at, due_at)
     VALUES (@dedupeKey, @userId, @kind, @trainingId, 'pending', 0, @createdAt, @dueAt)`,
  );
  const selectDue = db.prepare<[string, string, number], OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox
     WHERE status = 'pending' AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
     ORDER BY due_at, id LIMIT ?`,
  );
  const lease = db.prepare<[string, number]>('UPDATE outbox SET lease_until = ?, attempts = attempts + 1 WHERE id = ?');
  const sent = db.prepare<[string, number]>(
    `UPDATE outbox SET status = 'sent', sent_at = ?, lease_until = NULL, last_error = NULL WHERE id = ?`,
  );
  const retry = db.prepare<[string, string, number]>(
    `UPDATE outbox SET due_at = ?, last_error = ?, lease_until = NULL WHERE id = ? AND status = 'pending'`,
  );
  const giveUp = db.prepare<[string, number]>(
    `UPDATE outbox SET status = 'undeliverable', last_error = ?, lease_until = NULL WHERE id = ? AND status = 'pending'`,
  );
  const selectAll = db.prepare<[], OutboxRow>(`SELECT ${COLUMNS} FROM outbox ORDER BY id`);

  const enqueueAll = db.transaction((messages: readonly OutboxDraft[]) =>
    messages.reduce((queued, m) => queued + insert.run(m).changes, 0),
  );
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
    async claimDue(now, limit, leaseMs) {
      return claim.immediate(now, Math.max(0, Math.floor(limit)), leaseMs);
    },
    async markSent(id, now) {
      sent.run(now.toISOString(), id);
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
