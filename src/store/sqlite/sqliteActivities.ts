import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { Activity, ActivityDraft, Comment, activityKey } from '../../domain/activity';
import { AuditDraft } from '../../domain/audit';
import { ActivityStore, AuditFor, WriteResult } from '../store';
import { SqliteTrail } from './sqliteAudit';
import { sqliteSequences } from './sqliteSequences';

/** The activity log in SQLite: one row per item, plus its comments; each write appends its audit entry. */

interface CommentRow {
  id: string;
  activity_key: string;
  at: string;
  by_id: string;
  by_name: string;
  text: string;
  meeting_date: string | null;
}

/** The named parameters of the insert and update statements (everything but seq/version). */
interface ActivityParams {
  key: string;
  title: string;
  description: string;
  category: Activity['category'];
  owner_id: string | null;
  owner_name: string | null;
  status: Activity['status'];
  priority: Activity['priority'];
  due_date: string | null;
  origin: Activity['origin'];
  resolution: string | null;
  created_by_id: string;
  created_by_name: string;
  created_at: string;
  updated_by_id: string;
  updated_by_name: string;
  updated_at: string;
}

/** A row of the activities table. */
type ActivityRow = ActivityParams & { version: number };

const COLUMNS = `key, title, description, category, owner_id, owner_name, status, priority, due_date, origin,
  resolution, created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at, version`;

function toActivity(r: ActivityRow): Activity {
  return {
    key: r.key,
    title: r.title,
    description: r.description,
    category: r.category,
    owner: r.owner_id === null ? null : { id: r.owner_id, name: r.owner_name ?? '' },
    status: r.status,
    priority: r.priority,
    dueDate: r.due_date,
    origin: r.origin,
    resolution: r.resolution,
    createdBy: { id: r.created_by_id, name: r.created_by_name },
    createdAt: r.created_at,
    updatedBy: { id: r.updated_by_id, name: r.updated_by_name },
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function toParams(key: string, a: ActivityDraft): ActivityParams {
  return {
    key,
    title: a.title,
    description: a.description,
    category: a.category,
    owner_id: a.owner?.id ?? null,
    owner_name: a.owner?.name ?? null,
    status: a.status,
    priority: a.priority,
    due_date: a.dueDate ?? null,
    origin: a.origin,
    resolution: a.resolution ?? null,
    created_by_id: a.createdBy.id,
    created_by_name: a.createdBy.name,
    created_at: a.createdAt,
    updated_by_id: a.updatedBy.id,
    updated_by_name: a.updatedBy.name,
    updated_at: a.updatedAt,
  };
}

const toComment = (r: CommentRow): Comment => ({
  id: r.id,
  activityKey: r.activity_key,
  at: r.at,
  by: { id: r.by_id, name: r.by_name },
  text: r.text,
  meetingDate: r.meeting_date,
});

export function sqliteActivities(db: Database, trail: SqliteTrail): ActivityStore {
  const nextSequence = sqliteSequences(db);
  const insert = db.prepare<[ActivityParams & { seq: number }]>(
    `INSERT INTO activities (seq, ${COLUMNS}) VALUES (@seq, @key, @title, @description, @category, @owner_id,
       @owner_name, @status, @priority, @due_date, @origin, @resolution, @created_by_id, @created_by_name,
       @created_at, @updated_by_id, @updated_by_name, @updated_at, 1)`,
  );
  const update = db.prepare<[ActivityParams & { expected: number }]>(
    `UPDATE activities SET title = @title, description = @description, category = @category,
       owner_id = @owner_id, owner_name = @owner_name, status = @status, priority = @priority,
       due_date = @due_date, origin = @origin, resolution = @resolution,
       updated_by_id = @updated_by_id, updated_by_name = @updated_by_name, updated_at = @updated_at,
       version = version + 1
     WHERE key = @key AND version = @expected`,
  );
  const selectOne = db.prepare<[string], ActivityRow>(`SELECT ${COLUMNS} FROM activities WHERE key = ?`);
  const selectAll = db.prepare<[], ActivityRow>(`SELECT ${COLUMNS} FROM activities ORDER BY seq`);
  const exists = db.prepare<[string]>('SELECT 1 FROM activities WHERE key = ?').pluck();
  // Changes whenever another connection (another process) commits to the database.
  const dataVersion = db.prepare<[]>('PRAGMA data_version').pluck();
  const insertComment = db.prepare<[string, string, string, string, string, string, string | null]>(
    `INSERT INTO activity_comments (id, activity_key, at, by_id, by_name, text, meeting_date)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectComments = db.prepare<[string], CommentRow>(
    `SELECT id, activity_key, at, by_id, by_name, text, meeting_date
     FROM activity_comments WHERE activity_key = ? ORDER BY at, rowid`,
  );

  const create = db.transaction((draft: ActivityDraft, audit: AuditFor): Activity => {
    const seq = nextSequence('activity');
    const key = activityKey(seq);
    insert.run({ ...toParams(key, draft), seq });
    trail.append(audit(key));
    return toActivity(selectOne.get(key)!);
  });

  const change = db.transaction(
    (next: Activity, expected: number, audit: AuditDraft): WriteResult<Activity> => {
      const changed = update.run({ ...toParams(next.key, next), expected }).changes;
      if (changed === 0) {
        const current = selectOne.get(next.key);
        return current ? { ok: false, reason: 'conflict', current: toActivity(current) } : { ok: false, reason: 'not_found' };
      }
      trail.append(audit);
      return { ok: true, value: toActivity(selectOne.get(next.key)!) };
    },
  );

  const deleteRow = db.prepare<[string, number]>('DELETE FROM activities WHERE key = ? AND version = ?');
  const remove = db.transaction((key: string, expected: number, audit: AuditDraft): WriteResult<Activity> => {
    const current = selectOne.get(key);
    if (!current) return { ok: false, reason: 'not_found' };
    if (deleteRow.run(key, expected).changes === 0) return { ok: false, reason: 'conflict', current: toActivity(current) };
    trail.append(audit);
    return { ok: true, value: toActivity(current) };
  });

  const comment = db.transaction((input: Omit<Comment, 'id'>, audit: AuditDraft): WriteResult<Comment> => {
    if (!exists.get(input.activityKey)) return { ok: false, reason: 'not_found' };
    const stored: Comment = { ...input, id: randomUUID(), meetingDate: input.meetingDate ?? null };
    insertComment.run(stored.id, stored.activityKey, stored.at, stored.by.id, stored.by.name, stored.text, stored.meetingDate);
    trail.append(audit);
    return { ok: true, value: stored };
  });

  /**
   * The whole log is read often (list, restlista, export) and changes rarely, so the mapped
   * rows are kept until this connection writes or `PRAGMA data_version` says another
   * connection committed. The cached records are frozen; callers get their own array.
   */
  let cached: { dataVersion: unknown; activities: readonly Activity[] } | null = null;
  const readAll = (): readonly Activity[] => {
    const version = dataVersion.get();
    if (cached && cached.dataVersion === version) return cached.activities;
    const rows = selectAll.all();
    const activities = new Array<Activity>(rows.length);
    for (let i = 0; i < rows.length; i++) activities[i] = deepFreeze(toActivity(rows[i]!));
    cached = { dataVersion: version, activities };
    return activities;
  };

  return {
    async create(draft, audit) {
      cached = null;
      return create.immediate(draft, audit);
    },
    async get(key) {
      const row = selectOne.get(key);
      return row && toActivity(row);
    },
    async list() {
      return readAll().slice();
    },
    async update(next, expectedVersion, audit) {
      cached = null;
      return change.immediate(next, expectedVersion, audit);
    },
    async delete(key, expectedVersion, audit) {
      cached = null;
      return remove.immediate(key, expectedVersion, audit);
    },
    async addComment(input, audit) {
      return comment.immediate(input, audit);
    },
    async comments(key) {
      return selectComments.all(key).map(toComment);
    },
  };
}

function deepFreeze(a: Activity): Activity {
  if (a.owner) Object.freeze(a.owner);
  Object.freeze(a.createdBy);
  Object.freeze(a.updatedBy);
  return Object.freeze(a);
}
