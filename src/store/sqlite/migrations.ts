import type { Database } from 'better-sqlite3';

/**
 * The SQLite schema as an ordered list of migrations. Version n is MIGRATIONS[n - 1].
 * Append only: a migration that has shipped is never edited, a change is a new entry.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: activity log, its history and comments, the checklist document, one-time flags.
  `
  CREATE TABLE sequences (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  );

  CREATE TABLE activities (
    key             TEXT PRIMARY KEY,
    seq             INTEGER NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    category        TEXT NOT NULL,
    owner_id        TEXT,
    owner_name      TEXT,
    status          TEXT NOT NULL,
    priority        TEXT NOT NULL,
    due_date        TEXT,
    origin          TEXT NOT NULL,
    resolution      TEXT,
    created_by_id   TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_by_id   TEXT NOT NULL,
    updated_by_name TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL
  );

  -- The audit trail outlives the item, so no foreign key here.
  CREATE TABLE activity_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_key TEXT NOT NULL,
    at           TEXT NOT NULL,
    by_id        TEXT NOT NULL,
    by_name      TEXT NOT NULL,
    field        TEXT NOT NULL,
    from_value   TEXT,
    to_value     TEXT
  );
  CREATE INDEX activity_history_by_key ON activity_history (activity_key, id);

  CREATE TABLE activity_comments (
    id           TEXT PRIMARY KEY,
    activity_key TEXT NOT NULL REFERENCES activities (key) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    by_id        TEXT NOT NULL,
    by_name      TEXT NOT NULL,
    text         TEXT NOT NULL,
    meeting_date TEXT
  );
  CREATE INDEX activity_comments_by_key ON activity_comments (activity_key, at);

  CREATE TABLE checklist (
    id      TEXT PRIMARY KEY CHECK (id = 'default'),
    json    TEXT NOT NULL,
    version INTEGER NOT NULL
  );

  CREATE TABLE flags (
    name   TEXT PRIMARY KEY,
    set_at TEXT NOT NULL
  );
  `,
  // 2: the monthly meetings, one JSON document each; date and start as columns for the list order.
  `
  CREATE TABLE meetings (
    id           TEXT PRIMARY KEY,
    meeting_date TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    json         TEXT NOT NULL,
    version      INTEGER NOT NULL
  );
  CREATE INDEX meetings_newest_first ON meetings (meeting_date DESC, started_at DESC);
  `,
  // 3: trainings and their registrations. Ids come from the 'training' sequence, arrival order
  // (seq) from 'training_registration'; one registration per person and training.
  `
  CREATE TABLE trainings (
    id                   TEXT PRIMARY KEY,
    seq                  INTEGER NOT NULL UNIQUE,
    title                TEXT NOT NULL,
    description          TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    audience_json        TEXT NOT NULL,
    start_at             TEXT NOT NULL,
    end_at               TEXT NOT NULL,
    meeting_url          TEXT,
    place                TEXT,
    capacity             INTEGER NOT NULL CHECK (capacity >= 1),
    organiser_id         TEXT NOT NULL,
    organiser_name       TEXT NOT NULL,
    status               TEXT NOT NULL,
    sign_up_lead_minutes INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    version              INTEGER NOT NULL
  );
  CREATE INDEX trainings_by_start ON trainings (start_at, id);

  CREATE TABLE training_registrations (
    training_id   TEXT NOT NULL REFERENCES trainings (id),
    user_id       TEXT NOT NULL,
    name          TEXT NOT NULL,
    email         TEXT,
    department    TEXT,
    status        TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    seq           INTEGER NOT NULL UNIQUE,
    version       INTEGER NOT NULL,
    UNIQUE (training_id, user_id)
  );
  CREATE INDEX training_registrations_queue ON training_registrations (training_id, status, seq);
  CREATE INDEX training_registrations_by_user ON training_registrations (user_id, seq);
  `,
  // 4: the bot — personal-chat references per person, the outbox of proactive messages (one per
  // dedupe key), the activity ids already handled (pruned after a day), small app settings.
  `
  CREATE TABLE conversations (
    user_id        TEXT PRIMARY KEY,
    reference_json TEXT NOT NULL,
    updated_at     TEXT NOT NULL
  );

  CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key  TEXT NOT NULL UNIQUE,
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    training_id TEXT NOT NULL,
    status      TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    lease_until TEXT,
    sent_at     TEXT,
    last_error  TEXT
  );
  CREATE INDEX outbox_due ON outbox (status, due_at, id);

  CREATE TABLE processed_activities (
    activity_id TEXT PRIMARY KEY,
    at          TEXT NOT NULL
  );
  CREATE INDEX processed_activities_by_time ON processed_activities (at);

  CREATE TABLE settings (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL,
    set_at TEXT NOT NULL
  );
  `,
  // 5: the monthly follow-up — the team channels the bot knows, the follow-up settings (one
  // versioned document), named leases across processes (the scheduler's tick), and outbox
  // messages into a channel or about a meeting, with the connector's id of what was sent.
  // Follow-up messages have no training: their training_id is ''.
  `
  ALTER TABLE outbox ADD COLUMN channel_id TEXT;
  ALTER TABLE outbox ADD COLUMN meeting_date TEXT;
  ALTER TABLE outbox ADD COLUMN activity_id TEXT;
  CREATE INDEX outbox_by_channel ON outbox (channel_id, meeting_date, id);

  CREATE TABLE team_channels (
    conversation_id TEXT PRIMARY KEY,
    team_id         TEXT NOT NULL,
    team_name       TEXT,
    channel_name    TEXT,
    reference_json  TEXT NOT NULL,
    updated_at      TEXT NOT NULL
  );
  CREATE INDEX team_channels_by_team ON team_channels (team_id);

  CREATE TABLE follow_up_settings (
    id      TEXT PRIMARY KEY CHECK (id = 'default'),
    json    TEXT NOT NULL,
    version INTEGER NOT NULL
  );

  CREATE TABLE leases (
    name   TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until  TEXT NOT NULL
  );
  `,
  // 6: the activity log's categories as the förvaltningsledare keeps them (one versioned document).
  `
  CREATE TABLE categories (
    id      TEXT PRIMARY KEY CHECK (id = 'default'),
    json    TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  `,
  // 7: the audit trail (sqliteAudit.ts): the chain, who each entry names, the head kept beside
  // the chain, and the person table (pseudonym ↔ object id and name; erasing deletes a row, so
  // nothing refers to it). The activity history moves into the trail when the store opens
  // (sqliteHistoryImport.ts), which then drops activity_history.
  `
  CREATE TABLE audit_trail (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT,
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT,
    changes_json TEXT NOT NULL,
    prev         TEXT NOT NULL,
    hash         TEXT NOT NULL
  );
  CREATE INDEX audit_trail_by_record ON audit_trail (record_type, record_id, seq);
  CREATE INDEX audit_trail_by_at ON audit_trail (at);

  CREATE TABLE audit_mentions (
    pseudonym TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (pseudonym, seq)
  ) WITHOUT ROWID;

  CREATE TABLE audit_head (
    id    TEXT PRIMARY KEY CHECK (id = 'default'),
    count INTEGER NOT NULL,
    hash  TEXT NOT NULL
  );

  CREATE TABLE audit_people (
    pseudonym TEXT PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL
  );
  `,
  // 8: a lighter write for every change. Each B-tree an entry touches is a page more in the WAL
  // per commit: the trail keeps only its chain and the index by record (the history panel's
  // read); filters by time and by person scan the chain newest first and stop at a page (a
  // person by `actor`, `subject` and their `{"person":…}` values, sqliteAudit.ts). The person
  // table keeps one B-tree, by object id; names by pseudonym are read from the few rows it has.
  `
  DROP INDEX audit_trail_by_at;
  DROP TABLE audit_mentions;
  CREATE TABLE audit_people_by_id (
    person_id TEXT PRIMARY KEY,
    pseudonym TEXT NOT NULL,
    name      TEXT NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO audit_people_by_id (person_id, pseudonym, name) SELECT person_id, pseudonym, name FROM audit_people;
  DROP TABLE audit_people;
  ALTER TABLE audit_people_by_id RENAME TO audit_people;
  `,
  // 9: who may do what besides the role lists: the rights granted in Inställningar › Roller, and
  // the förvaltning team with its last known roster (one versioned document each).
  `
  CREATE TABLE rights (
    id      TEXT PRIMARY KEY CHECK (id = 'default'),
    json    TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  CREATE TABLE forvaltning_team (
    id      TEXT PRIMARY KEY CHECK (id = 'default'),
    json    TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  `,
  // 10: the trainings' Outlook invitations as the sync last left them (one record per training).
  `
  CREATE TABLE training_invitations (
    training_id TEXT PRIMARY KEY,
    json        TEXT NOT NULL,
    version     INTEGER NOT NULL
  );
  `,
  // 11: messages that stand for one another while one waits (the invitation's sync of a training).
  `
  ALTER TABLE outbox ADD COLUMN coalesce_key TEXT;
  CREATE INDEX outbox_waiting_by_coalesce_key ON outbox (coalesce_key, status) WHERE coalesce_key IS NOT NULL;
  `,
  // 12: Kostnadskalkyl (issue 16): the cost calculation (one versioned document).
  `
  CREATE TABLE cost_calculation (
    id      TEXT PRIMARY KEY CHECK (id = 'default'),
    json    TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  `,
  // 13: the förvaltningsdokumentation register: one JSON document per register entry (D-001, …; the number from the sequences).
  `
  CREATE TABLE register_documents (
    seq     INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    json    TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  `,
];

/**
 * Applies the migrations the database does not have yet, each in its own immediate
 * transaction, so two processes opening the same new file do not both apply one.
 * Returns the versions applied by this call.
 */
export function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare<[number]>('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare<[number, string]>('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  const applied: number[] = [];
  migrations.forEach((sql, index) => {
    const version = index + 1;
    db.transaction(() => {
      if (isApplied.get(version)) return;
      db.exec(sql);
      record.run(version, new Date().toISOString());
      applied.push(version);
    }).immediate();
  });
  return applied;
}
