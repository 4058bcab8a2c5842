import Database from 'better-sqlite3';
import { CrashHook, NO_CRASH, Store } from '../store';
import { migrate } from './migrations';
import { sqliteActivities } from './sqliteActivities';
import { sqliteMeetings } from './sqliteMeetings';
import { sqliteTrainings } from './sqliteTrainings';
import { sqliteOutbox, sqliteOutboxQueue } from './sqliteOutbox';
import { sqliteConversations, sqliteSettings, sqliteTurnLog } from './sqliteBotState';
import { sqliteChannels, sqliteLeases } from './sqliteFollowUp';
import { sqliteDocument } from './sqliteDocument';
import { sqliteInvitations } from './sqliteInvitations';
import { sqliteAudit } from './sqliteAudit';
import { importActivityHistory } from './sqliteHistoryImport';
import { sqliteDocumentRegister } from './sqliteDocumentRegister';

/**
 * The embedded store: one SQLite file (or ':memory:'), opened in WAL mode so readers never
 * wait for the writer and several processes can share the file. better-sqlite3 is
 * synchronous; every write is one immediate transaction, so the sequence, the conditional
 * update and its audit entry are atomic, and a second process waits (busy_timeout) instead of
 * failing. Creating the file's folder is the composition root's job.
 */
export function openSqliteStore(file: string, crash: CrashHook = NO_CRASH): Store {
  const db = new Database(file);
  try {
    // busy_timeout first, so that switching to WAL also waits for another process's lock.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const trail = sqliteAudit(db);
  try {
    // The first wave's activity history becomes the trail's first entries (once).
    importActivityHistory(db, trail);
  } catch (error) {
    db.close();
    throw error;
  }
  const ping = db.prepare('SELECT 1').pluck();
  const markFlag = db.prepare<[string, string]>('INSERT OR IGNORE INTO flags (name, set_at) VALUES (?, ?)');
  const queue = sqliteOutboxQueue(db);

  return {
    backend: 'sqlite',
    audit: trail.store,
    activities: sqliteActivities(db, trail),
    checklist: sqliteDocument(db, trail, 'checklist'),
    meetings: sqliteMeetings(db, trail),
    trainings: sqliteTrainings(db, trail, queue, crash),
    conversations: sqliteConversations(db),
    outbox: sqliteOutbox(db, queue),
    turns: sqliteTurnLog(db),
    settings: sqliteSettings(db),
    channels: sqliteChannels(db),
    followUp: sqliteDocument(db, trail, 'follow_up_settings'),
    categories: sqliteDocument(db, trail, 'categories'),
    rights: sqliteDocument(db, trail, 'rights'),
    team: sqliteDocument(db, trail, 'forvaltning_team'),
    invitations: sqliteInvitations(db),
    leases: sqliteLeases(db),
    costs: sqliteDocument(db, trail, 'cost_calculation'),
    documents: sqliteDocumentRegister(db, trail),
    async health() {
      try {
        ping.get();
        return { ok: true, backend: 'sqlite', detail: file };
      } catch (error) {
        return { ok: false, backend: 'sqlite', detail: `${file}: ${(error as Error).message}` };
      }
    },
    async markOnce(name) {
      return markFlag.run(name, new Date().toISOString()).changes === 1;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
