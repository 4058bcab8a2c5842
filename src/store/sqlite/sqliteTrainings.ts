import type { Database } from 'better-sqlite3';
import { Training, TrainingDraft, trainingId } from '../../domain/training';
import { Registration } from '../../domain/registration';
import { TrainingAggregate, TrainingDecision, auditOfChange } from '../../domain/trainingChange';
import { OutboxDraft } from '../../domain/notification';
import { Result, ok, fail } from '../../domain/problem';
import { AuditFor, CrashHook, NO_CRASH, TrainingStore } from '../store';
import { SqliteTrail } from './sqliteAudit';
import {
  REGISTRATION_COLUMNS,
  RegistrationRow,
  TRAINING_COLUMNS,
  TrainingParams,
  TrainingRow,
  deepFreeze,
  toParams,
  toRegistration,
  toRegistrationRow,
  toTraining,
} from './sqliteTrainingRows';
import { sqliteSequences } from './sqliteSequences';

/**
 * Trainings and registrations in SQLite. Every change is one immediate transaction: read the
 * training and its registrations, ask the decision (domain/trainingChange.ts), and write the
 * training, the registrations, the arrival numbers used and the notices into the outbox — all
 * or nothing. So seats can never be overbooked, however many sign-ups arrive at once, and a
 * promotion is never committed without the message that tells the person.
 */
export function sqliteTrainings(
  db: Database,
  trail: SqliteTrail,
  queue: (notices: readonly OutboxDraft[]) => number,
  crash: CrashHook = NO_CRASH,
): TrainingStore {
  const nextSequence = sqliteSequences(db);
  const ARRIVALS = 'training_registration';

  const insertTraining = db.prepare<[TrainingParams & { seq: number }]>(
    `INSERT INTO trainings (seq, ${TRAINING_COLUMNS}) VALUES (@seq, @id, @title, @description, @kind, @audience_json,
       @start_at, @end_at, @meeting_url, @place, @capacity, @organiser_id, @organiser_name, @status,
       @sign_up_lead_minutes, @created_at, @updated_at, 1)`,
  );
  const updateTraining = db.prepare<[TrainingParams & { version: number; expected: number }]>(
    `UPDATE trainings SET title = @title, description = @description, kind = @kind, audience_json = @audience_json,
       start_at = @start_at, end_at = @end_at, meeting_url = @meeting_url, place = @place, capacity = @capacity,
       organiser_id = @organiser_id, organiser_name = @organiser_name, status = @status,
       sign_up_lead_minutes = @sign_up_lead_minutes, updated_at = @updated_at, version = @version
     WHERE id = @id AND version = @expected`,
  );
  const selectTraining = db.prepare<[string], TrainingRow>(`SELECT ${TRAINING_COLUMNS} FROM trainings WHERE id = ?`);
  const selectTrainings = db.prepare<[], TrainingRow>(`SELECT ${TRAINING_COLUMNS} FROM trainings ORDER BY start_at, id`);

  const selectRegistrations = db.prepare<[string], RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE training_id = ? ORDER BY seq`,
  );
  const selectRegistrationsOf = db.prepare<[string], RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE user_id = ? ORDER BY seq`,
  );
  const selectAllRegistrations = db.prepare<[], RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations ORDER BY seq`,
  );
  const upsertRegistration = db.prepare<[RegistrationRow]>(
    `INSERT INTO training_registrations (${REGISTRATION_COLUMNS}) VALUES (@training_id, @user_id, @name, @email,
       @department, @status, @registered_at, @updated_at, @seq, @version)
     ON CONFLICT (training_id, user_id) DO UPDATE SET name = excluded.name, email = excluded.email,
       department = excluded.department, status = excluded.status, registered_at = excluded.registered_at,
       updated_at = excluded.updated_at, seq = excluded.seq, version = excluded.version`,
  );
  const lastArrival = db.prepare<[string]>('SELECT value FROM sequences WHERE name = ?').pluck();
  const advanceArrivals = db.prepare<[{ name: string; value: number }]>(
    `INSERT INTO sequences (name, value) VALUES (@name, @value)
     ON CONFLICT (name) DO UPDATE SET value = MAX(value, excluded.value)`,
  );

  // Changes whenever another connection (another process) commits to the database.
  const dataVersion = db.prepare<[]>('PRAGMA data_version').pluck();

  /**
   * Every training list (the bot's "utbildningar", the tab) reads all trainings and all
   * registrations, which change far less often than they are read: the mapped, frozen records
   * are kept until this connection writes or `PRAGMA data_version` says another connection
   * committed. Callers get their own arrays.
   */
  let cache: { dataVersion: unknown; trainings?: readonly Training[]; registrations?: readonly Registration[] } | null = null;
  const current = () => {
    const version = dataVersion.get();
    if (!cache || cache.dataVersion !== version) cache = { dataVersion: version };
    return cache;
  };
  /** Every write goes through this, so the cache never outlives a change made here. */
  const writing = <A extends unknown[], R>(write: (...args: A) => R) => (...args: A): R => {
    cache = null;
    return write(...args);
  };

  /**
   * The registrations each change decides on, per training, as this connection last read or
   * wrote them: read inside the write transaction (the lock is held), they are current as long as
   * no other connection committed since (`PRAGMA data_version`), and this connection's own commits
   * are applied to them after they succeed. Reading a large training's registrations anew on
   * every sign-up would cost more than the whole decision.
   */
  let arrivals: { dataVersion: unknown; byTraining: Map<string, readonly Registration[]> } = { dataVersion: null, byTraining: new Map() };
  const registrationsFor = (id: string): readonly Registration[] => {
    const version = dataVersion.get();
    if (arrivals.dataVersion !== version) arrivals = { dataVersion: version, byTraining: new Map() };
    let found = arrivals.byTraining.get(id);
    if (!found) {
      found = Object.freeze(selectRegistrations.all(id).map((r) => Object.freeze(toRegistration(r))));
      arrivals.byTraining.set(id, found);
    }
    return found;
  };
  /** After a commit: what it wrote, in the kept list (arrival order). */
  const remember = (id: string, written: readonly Registration[]) => {
    const kept = arrivals.byTraining.get(id);
    if (!kept || written.length === 0) return;
    const byUser = new Map(kept.map((r) => [r.userId, r]));
    for (const r of written) byUser.set(r.userId, Object.freeze({ ...r }));
    arrivals.byTraining.set(id, Object.freeze([...byUser.values()].sort((a, b) => a.seq - b.seq)));
  };

  const create = db.transaction((draft: TrainingDraft, audit: AuditFor, notices: (id: string) => OutboxDraft[]): Training => {
    const seq = nextSequence('training');
    const id = trainingId(seq);
    insertTraining.run({ ...toParams(id, draft), seq });
    trail.append(audit(id));
    queue(notices(id));
    return toTraining(selectTraining.get(id)!);
  });

  /** Read, decide, write — one immediate transaction; a refusal writes nothing. */
  const change = db.transaction((id: string, decision: TrainingDecision<unknown>): { result: Result<unknown>; written: readonly Registration[] } => {
    const row = selectTraining.get(id);
    if (!row) return { result: fail('not_found', 'training.notFound', { params: { id } }), written: [] };
    const aggregate: TrainingAggregate = {
      training: toTraining(row),
      registrations: registrationsFor(id),
      nextSeq: ((lastArrival.get(ARRIVALS) as number | undefined) ?? 0) + 1,
    };
    const decided = decision.decide(aggregate);
    if (!decided.ok) return { result: decided, written: [] };
    crash('training.decided');
    const { training, registrations, notices, result } = decided.value;
    const audit = auditOfChange(decided.value);
    if (training) updateTraining.run({ ...toParams(id, training), created_at: row.created_at, version: training.version, expected: row.version });
    for (const r of registrations) upsertRegistration.run(toRegistrationRow(r));
    const used = registrations.filter((r) => r.seq >= aggregate.nextSeq).map((r) => r.seq);
    if (used.length) advanceArrivals.run({ name: ARRIVALS, value: Math.max(...used) });
    queue(notices);
    if (audit) trail.append(audit);
    return { result: ok(result), written: registrations };
  });

  return {
    create: writing(async (draft, audit, notices = () => []) => create.immediate(draft, audit, notices)),
    async get(id) {
      const row = selectTraining.get(id);
      return row && toTraining(row);
    },
    async list() {
      const c = current();
      c.trainings ??= selectTrainings.all().map((r) => deepFreeze(toTraining(r)));
      return c.trainings.slice();
    },
    change: writing(async <T>(id: string, decision: TrainingDecision<T>): Promise<Result<T>> => {
      let done;
      try {
        done = change.immediate(id, decision);
      } catch (error) {
        arrivals = { dataVersion: null, byTraining: new Map() }; // rolled back: what was kept may not be what is stored
        throw error;
      }
      remember(id, done.written);
      if (done.result.ok) crash('training.committed');
      return done.result as Result<T>;
    }),
    async registrations(id) {
      return selectRegistrations.all(id).map(toRegistration);
    },
    async registrationsOf(userId) {
      return selectRegistrationsOf.all(userId).map(toRegistration);
    },
    async allRegistrations() {
      const c = current();
      c.registrations ??= selectAllRegistrations.all().map((r) => Object.freeze(toRegistration(r)));
      return c.registrations.slice();
    },
  };
}
