import type { Database } from 'better-sqlite3';
import { Training, TrainingDraft, trainingId } from '../../domain/training';
import {
  CancelResult,
  Registrant,
  Registration,
  SignUpResult,
  decideAttendance,
  decideCancel,
  decideSignUp,
  holdsSeat,
  promotions,
  signedUp,
} from '../../domain/registration';
import { Result, ok, fail } from '../../domain/problem';
import { TrainingStore, TrainingUpdate, WriteResult } from '../store';
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
 * Trainings and registrations in SQLite. Every write is one immediate transaction that reads
 * what the decision needs (the training, the seats taken, the person's registration), asks
 * the pure rules in domain/registration.ts and writes — so seats can never be overbooked,
 * however many sign-ups arrive at once, and the waitlist moves up in arrival order.
 */
export function sqliteTrainings(db: Database): TrainingStore {
  const nextSequence = sqliteSequences(db);
  const nextSeq = () => nextSequence('training_registration');

  const insertTraining = db.prepare<[TrainingParams & { seq: number }]>(
    `INSERT INTO trainings (seq, ${TRAINING_COLUMNS}) VALUES (@seq, @id, @title, @description, @kind, @audience_json,
       @start_at, @end_at, @meeting_url, @place, @capacity, @organiser_id, @organiser_name, @status,
       @sign_up_lead_minutes, @created_at, @updated_at, 1)`,
  );
  const updateTraining = db.prepare<[TrainingParams & { expected: number }]>(
    `UPDATE trainings SET title = @title, description = @description, kind = @kind, audience_json = @audience_json,
       start_at = @start_at, end_at = @end_at, meeting_url = @meeting_url, place = @place, capacity = @capacity,
       organiser_id = @organiser_id, organiser_name = @organiser_name, status = @status,
       sign_up_lead_minutes = @sign_up_lead_minutes, updated_at = @updated_at, version = version + 1
     WHERE id = @id AND version = @expected`,
  );
  const selectTraining = db.prepare<[string], TrainingRow>(`SELECT ${TRAINING_COLUMNS} FROM trainings WHERE id = ?`);
  const selectTrainings = db.prepare<[], TrainingRow>(`SELECT ${TRAINING_COLUMNS} FROM trainings ORDER BY start_at, id`);

  const selectRegistration = db.prepare<[string, string], RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE training_id = ? AND user_id = ?`,
  );
  const selectRegistrations = db.prepare<[string], RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE training_id = ? ORDER BY seq`,
  );
  const selectRegistrationsOf = db.prepare<[string], RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE user_id = ? ORDER BY seq`,
  );
  const selectAllRegistrations = db.prepare<[], RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations ORDER BY seq`,
  );
  const countSeatsTaken = db
    .prepare<[string]>(
      `SELECT COUNT(*) FROM training_registrations WHERE training_id = ? AND status IN ('confirmed', 'attended')`,
    )
    .pluck();
  const countWaitlistedBefore = db
    .prepare<[string, number]>(
      `SELECT COUNT(*) FROM training_registrations WHERE training_id = ? AND status = 'waitlisted' AND seq < ?`,
    )
    .pluck();
  const insertRegistration = db.prepare<[RegistrationRow]>(
    `INSERT INTO training_registrations (${REGISTRATION_COLUMNS}) VALUES (@training_id, @user_id, @name, @email,
       @department, @status, @registered_at, @updated_at, @seq, 1)`,
  );
  const reactivate = db.prepare<[RegistrationRow]>(
    `UPDATE training_registrations SET name = @name, email = @email, department = @department, status = @status,
       registered_at = @registered_at, updated_at = @updated_at, seq = @seq, version = version + 1
     WHERE training_id = @training_id AND user_id = @user_id`,
  );
  const setStatus = db.prepare<[Registration['status'], string, string, string]>(
    `UPDATE training_registrations SET status = ?, updated_at = ?, version = version + 1
     WHERE training_id = ? AND user_id = ?`,
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

  const registrationOf = (id: string, userId: string) => {
    const row = selectRegistration.get(id, userId);
    return row && toRegistration(row);
  };
  const changeStatus = (r: Registration, status: Registration['status'], at: string): Registration => {
    setStatus.run(status, at, r.trainingId, r.userId);
    return registrationOf(r.trainingId, r.userId)!;
  };
  const positionOf = (r: Registration): number | null =>
    r.status === 'waitlisted' ? 1 + (countWaitlistedBefore.get(r.trainingId, r.seq) as number) : null;
  const loadTraining = (id: string): Result<Training> => {
    const row = selectTraining.get(id);
    return row ? ok(toTraining(row)) : fail('not_found', 'training.notFound', { params: { id } });
  };
  const promote = (training: Training, now: Date, limit = Infinity): Registration[] => {
    const all = selectRegistrations.all(training.id).map(toRegistration);
    const at = now.toISOString();
    return promotions(training, all, now)
      .slice(0, limit)
      .map((r) => changeStatus(r, 'confirmed', at));
  };

  const create = db.transaction((draft: TrainingDraft): Training => {
    const seq = nextSequence('training');
    const id = trainingId(seq);
    insertTraining.run({ ...toParams(id, draft), seq });
    return toTraining(selectTraining.get(id)!);
  });

  const update = db.transaction((next: Training, expected: number): WriteResult<TrainingUpdate, Training> => {
    const current = selectTraining.get(next.id);
    if (!current) return { ok: false, reason: 'not_found' };
    const params = { ...toParams(next.id, next), created_at: current.created_at, expected };
    if (updateTraining.run(params).changes === 0) return { ok: false, reason: 'conflict', current: toTraining(current) };
    const training = toTraining(selectTraining.get(next.id)!);
    return { ok: true, value: { training, promoted: promote(training, new Date(training.updatedAt)) } };
  });

  const signUp = db.transaction((id: string, person: Registrant, now: Date): Result<SignUpResult> => {
    const training = loadTraining(id);
    if (!training.ok) return training;
    const existing = registrationOf(id, person.id);
    const confirmed = countSeatsTaken.get(id) as number;
    const decided = decideSignUp(training.value, { confirmed, existing }, person, now);
    if (!decided.ok) return decided;
    if (decided.value === 'already') {
      return ok({ registration: existing!, outcome: 'already', position: positionOf(existing!) });
    }
    const row = toRegistrationRow(signedUp(id, person, existing, decided.value, nextSeq(), now));
    if (existing) reactivate.run(row);
    else insertRegistration.run(row);
    const registration = registrationOf(id, person.id)!;
    return ok({ registration, outcome: decided.value, position: positionOf(registration) });
  });

  const cancel = db.transaction((id: string, userId: string, now: Date): Result<CancelResult> => {
    const training = loadTraining(id);
    if (!training.ok) return training;
    const existing = registrationOf(id, userId);
    const decided = decideCancel(training.value, existing, now);
    if (!decided.ok) return decided;
    if (decided.value === 'already') return ok({ registration: existing!, promoted: null });
    const registration = changeStatus(existing!, 'cancelled', now.toISOString());
    // One seat freed: at most one moves up.
    const promoted = holdsSeat(existing!) ? promote(training.value, now, 1) : [];
    return ok({ registration, promoted: promoted[0] ?? null });
  });

  const attendance = db.transaction((id: string, userId: string, attended: boolean, now: Date): Result<Registration> => {
    const training = loadTraining(id);
    if (!training.ok) return training;
    const existing = registrationOf(id, userId);
    const decided = decideAttendance(training.value, existing, attended, now);
    if (!decided.ok) return decided;
    if (decided.value === existing!.status) return ok(existing!);
    return ok(changeStatus(existing!, decided.value, now.toISOString()));
  });

  const importAll = db.transaction(
    (id: string, registrations: Omit<Registration, 'trainingId' | 'seq' | 'version'>[]): Registration[] => {
      if (!selectTraining.get(id)) throw new Error(`training ${id} does not exist`);
      for (const r of registrations) {
        insertRegistration.run(
          toRegistrationRow({ ...r, trainingId: id, email: r.email ?? null, department: r.department ?? null, seq: nextSeq(), version: 1 }),
        );
      }
      return registrations.map((r) => registrationOf(id, r.userId)!);
    },
  );

  return {
    create: writing(async (draft) => create.immediate(draft)),
    async get(id) {
      const row = selectTraining.get(id);
      return row && toTraining(row);
    },
    async list() {
      const c = current();
      c.trainings ??= selectTrainings.all().map((r) => deepFreeze(toTraining(r)));
      return c.trainings.slice();
    },
    update: writing(async (next, expectedVersion) => update.immediate(next, expectedVersion)),
    signUp: writing(async (id, person, now) => signUp.immediate(id, person, now)),
    cancel: writing(async (id, userId, now) => cancel.immediate(id, userId, now)),
    setAttendance: writing(async (id, userId, attended, now) => attendance.immediate(id, userId, attended, now)),
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
    importRegistrations: writing(async (id, registrations) => importAll.immediate(id, registrations)),
  };
}
