import type { Database } from 'better-sqlite3';
import { Meeting } from '../../domain/meeting';
import { AuditDraft } from '../../domain/audit';
import { MeetingStore, WriteResult } from '../store';
import { SqliteTrail } from './sqliteAudit';

/**
 * The monthly meetings in SQLite: one JSON document per meeting. The version lives in its own
 * column, not in the JSON, and is put back on the meeting when it is read; the meeting date and
 * start time are columns too, for the list order.
 */
interface MeetingRow {
  json: string;
  version: number;
}

interface MeetingParams {
  id: string;
  meeting_date: string;
  started_at: string;
  json: string;
}

const toMeeting = (row: MeetingRow): Meeting => ({ ...(JSON.parse(row.json) as Omit<Meeting, 'version'>), version: row.version });

function toParams(meeting: Meeting): MeetingParams {
  const { version: _ignored, ...document } = meeting;
  return { id: meeting.id, meeting_date: meeting.meetingDate, started_at: meeting.startedAt, json: JSON.stringify(document) };
}

export function sqliteMeetings(db: Database, trail: SqliteTrail): MeetingStore {
  const selectOne = db.prepare<[string], MeetingRow>('SELECT json, version FROM meetings WHERE id = ?');
  const selectAll = db.prepare<[], MeetingRow>(
    'SELECT json, version FROM meetings ORDER BY meeting_date DESC, started_at DESC, id DESC',
  );
  const insert = db.prepare<[MeetingParams]>(
    `INSERT INTO meetings (id, meeting_date, started_at, json, version)
     VALUES (@id, @meeting_date, @started_at, @json, 1) ON CONFLICT (id) DO NOTHING`,
  );
  const update = db.prepare<[MeetingParams & { expected: number }]>(
    `UPDATE meetings SET meeting_date = @meeting_date, started_at = @started_at, json = @json, version = version + 1
     WHERE id = @id AND version = @expected`,
  );

  const create = db.transaction((meeting: Meeting, audit: AuditDraft): WriteResult<Meeting> => {
    const created = insert.run(toParams(meeting)).changes === 1;
    if (created) trail.append(audit);
    const row = selectOne.get(meeting.id)!;
    return created ? { ok: true, value: toMeeting(row) } : { ok: false, reason: 'conflict', current: toMeeting(row) };
  });

  const save = db.transaction((next: Meeting, expected: number, audit: AuditDraft): WriteResult<Meeting> => {
    const changed = update.run({ ...toParams(next), expected }).changes === 1;
    if (changed) trail.append(audit);
    const row = selectOne.get(next.id);
    if (!row) return { ok: false, reason: 'not_found' };
    return changed ? { ok: true, value: toMeeting(row) } : { ok: false, reason: 'conflict', current: toMeeting(row) };
  });

  return {
    async create(meeting, audit) {
      return create.immediate(meeting, audit);
    },
    async get(id) {
      const row = selectOne.get(id);
      return row && toMeeting(row);
    },
    async list() {
      return selectAll.all().map(toMeeting);
    },
    async save(next, expectedVersion, audit) {
      return save.immediate(next, expectedVersion, audit);
    },
  };
}
