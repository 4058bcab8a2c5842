import { TransactionAction, odata } from '@azure/data-tables';
import { Training, trainingId } from '../../domain/training';
import {
  Registration,
  decideAttendance,
  decideCancel,
  decideSignUp,
  holdsSeat,
  promotions,
  seatsTaken,
  signedUp,
  waitlistPosition,
} from '../../domain/registration';
import { Result, fail, ok } from '../../domain/problem';
import { TrainingStore, TrainingUpdate, WriteResult } from '../store';
import { PartitionWriter } from './optimistic';
import { Sequences } from './sequences';
import { Entity, MAX_BATCH, Table, asStored, documentOf, documentProps, prefixEnd, safeKey } from './table';

/**
 * Trainings and registrations in Azure Table Storage: each training is a partition holding the
 * training and its registrations.
 *
 *   training:U-001 / training      doc, version, lastSeq
 *   training:U-001 / reg:<userId>  doc, userId, seq, version
 *
 * Every write — sign-up, cancel, attendance, update, import — reads the whole partition, asks
 * the pure rules of domain/registration.ts, and writes one batch that also rewrites the
 * training entity on the etag it read. So a batch succeeds only if nothing in the partition
 * changed since the read; otherwise it is decided again on what is there now. That is what
 * keeps the seats: two instances can never both give away the last one.
 *
 * Arrival numbers (seq) come from one store-wide sequence, taken after the partition was read:
 * a write that commits read everything committed before it, so within a training the numbers
 * grow in commit order (a number taken by a write that then lost is skipped).
 */
const TRAINING = 'training';
const REG = 'reg:';
const partitionOf = (id: string) => `training:${safeKey(id)}`;
const ALL_PARTITIONS = odata`PartitionKey ge ${'training:'} and PartitionKey lt ${prefixEnd('training:')}`;

type StoredTraining = Omit<Training, 'version'>;
type StoredRegistration = Omit<Registration, 'version'>;

const toTraining = (e: Entity): Training => ({ ...documentOf<StoredTraining>(e), version: Number(e.version) });
const toRegistration = (e: Entity): Registration => ({ ...documentOf<StoredRegistration>(e), version: Number(e.version) });
const byStart = (a: Training, b: Training) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
const bySeq = (a: Registration, b: Registration) => a.seq - b.seq;

function trainingEntity(training: Training, lastSeq: number) {
  const { version, ...document } = training;
  return { partitionKey: partitionOf(training.id), rowKey: TRAINING, ...documentProps(document), version, lastSeq };
}
function registrationEntity(r: Registration) {
  const { version, ...document } = r;
  return { partitionKey: partitionOf(r.trainingId), rowKey: REG + safeKey(r.userId), ...documentProps(document), userId: r.userId, seq: r.seq, version };
}

/** A training's partition as read: the training (with the etag every write is conditioned on) and its registrations. */
interface Partition {
  training: Training;
  etag: string;
  /** The newest arrival number in the partition (rewritten by every write, so the etag moves). */
  lastSeq: number;
  registrations: Registration[];
}

export function azureTrainings(table: Table, write: PartitionWriter, sequences: Sequences): TrainingStore {
  const load = async (id: string): Promise<Partition | undefined> => {
    const rows = await table.query(odata`PartitionKey eq ${partitionOf(id)}`);
    const head = rows.find((e) => e.rowKey === TRAINING);
    if (!head) return undefined;
    const registrations = rows.filter((e) => e.rowKey.startsWith(REG)).map(toRegistration).sort(bySeq);
    return { training: toTraining(head), etag: head.etag, lastSeq: Number(head.lastSeq ?? 0), registrations };
  };
  const notFound = (id: string) => fail('not_found', 'training.notFound', { params: { id } });

  /**
   * Writes the changed registrations with the training (re)written on the etag that was read:
   * one batch, or — past 99 registrations (a big import or promotion) — several, each on the
   * etag the previous one left.
   */
  const commit = async (p: Partition, training: Training, registrations: Registration[], replaceTraining: boolean) => {
    const lastSeq = Math.max(p.lastSeq, ...registrations.map((r) => r.seq));
    let etag = p.etag;
    let rest = registrations;
    do {
      const chunk = rest.slice(0, MAX_BATCH - 1);
      rest = rest.slice(MAX_BATCH - 1);
      const head: TransactionAction = replaceTraining
        ? ['update', trainingEntity(training, lastSeq), 'Replace', { etag }]
        : ['update', { partitionKey: partitionOf(training.id), rowKey: TRAINING, lastSeq }, 'Merge', { etag }];
      const [next] = await table.batch([head, ...chunk.map((r): TransactionAction => ['upsert', registrationEntity(r), 'Replace'])]);
      if (!next) throw new Error(`no etag for training ${training.id} after a batch`);
      etag = next;
      replaceTraining = false;
    } while (rest.length > 0);
  };

  const changed = (r: Registration, status: Registration['status'], at: string): Registration => ({
    ...r,
    status,
    updatedAt: at,
    version: r.version + 1,
  });

  return {
    async create(draft) {
      const id = trainingId(await sequences.next('training'));
      const training: Training = { ...asStored(draft), id, version: 1 };
      await table.client.createEntity(trainingEntity(training, 0));
      return training;
    },

    async get(id) {
      const e = await table.get(partitionOf(id), TRAINING);
      return e && toTraining(e);
    },

    async list() {
      const rows = await table.query(`${ALL_PARTITIONS} and RowKey eq '${TRAINING}'`);
      return rows.map(toTraining).sort(byStart);
    },

    update(next, expectedVersion): Promise<WriteResult<TrainingUpdate, Training>> {
      return write(partitionOf(next.id), 'update training', async () => {
        const p = await load(next.id);
        if (!p) return { ok: false, reason: 'not_found' };
        if (p.training.version !== expectedVersion) return { ok: false, reason: 'conflict', current: p.training };
        const { version: _v, ...fields } = next;
        const training: Training = { ...asStored({ ...fields, createdAt: p.training.createdAt }), version: p.training.version + 1 };
        const at = training.updatedAt;
        const promoted = promotions(training, p.registrations, new Date(at)).map((r) => changed(r, 'confirmed', at));
        await commit(p, training, promoted, true);
        return { ok: true, value: { training, promoted } };
      });
    },

    signUp(id, person, now) {
      return write(partitionOf(id), 'sign up', async () => {
        const p = await load(id);
        if (!p) return notFound(id);
        const existing = p.registrations.find((r) => r.userId === person.id);
        const decided = decideSignUp(p.training, { confirmed: seatsTaken(p.registrations), existing }, person, now);
        if (!decided.ok) return decided;
        if (decided.value === 'already') {
          return ok({ registration: existing!, outcome: 'already' as const, position: waitlistPosition(existing!, p.registrations) });
        }
        const registration = signedUp(id, person, existing, decided.value, await sequences.next('registration'), now);
        await commit(p, p.training, [registration], false);
        const after = [...p.registrations.filter((r) => r.userId !== person.id), registration];
        return ok({ registration, outcome: decided.value, position: waitlistPosition(registration, after) });
      });
    },

    cancel(id, userId, now) {
      return write(partitionOf(id), 'cancel sign-up', async () => {
        const p = await load(id);
        if (!p) return notFound(id);
        const existing = p.registrations.find((r) => r.userId === userId);
        const decided = decideCancel(p.training, existing, now);
        if (!decided.ok) return decided;
        if (decided.value === 'already') return ok({ registration: existing!, promoted: null });
        const at = now.toISOString();
        const registration = changed(existing!, 'cancelled', at);
        const after = p.registrations.map((r) => (r.userId === userId ? registration : r));
        // One seat freed: at most one moves up.
        const promoted = holdsSeat(existing!) ? promotions(p.training, after, now).slice(0, 1).map((r) => changed(r, 'confirmed', at)) : [];
        await commit(p, p.training, [registration, ...promoted], false);
        return ok({ registration, promoted: promoted[0] ?? null });
      });
    },

    setAttendance(id, userId, attended, now): Promise<Result<Registration>> {
      return write(partitionOf(id), 'set attendance', async () => {
        const p = await load(id);
        if (!p) return notFound(id);
        const existing = p.registrations.find((r) => r.userId === userId);
        const decided = decideAttendance(p.training, existing, attended, now);
        if (!decided.ok) return decided;
        if (decided.value === existing!.status) return ok(existing!);
        const registration = changed(existing!, decided.value, now.toISOString());
        await commit(p, p.training, [registration], false);
        return ok(registration);
      });
    },

    async registrations(id) {
      return (await table.rows(partitionOf(id), REG)).map(toRegistration).sort(bySeq);
    },

    async registrationsOf(userId) {
      const rows = await table.query(`${ALL_PARTITIONS} and ${odata`userId eq ${userId}`}`);
      return rows.map(toRegistration).sort(bySeq);
    },

    async allRegistrations() {
      const rows = await table.query(`${ALL_PARTITIONS} and ${odata`RowKey ge ${REG} and RowKey lt ${prefixEnd(REG)}`}`);
      return rows.map(toRegistration).sort(bySeq);
    },

    importRegistrations(id, given) {
      return write(partitionOf(id), 'import registrations', async () => {
        const p = await load(id);
        if (!p) throw new Error(`training ${id} does not exist`);
        const taken = new Set(p.registrations.map((r) => r.userId));
        const first = given.length ? await sequences.next('registration', given.length) : 0;
        const registrations = given.map((r, i): Registration => {
          if (taken.has(r.userId)) throw new Error(`${r.userId} is already registered for ${id}`);
          taken.add(r.userId);
          return { ...asStored(r), trainingId: id, email: r.email ?? null, department: r.department ?? null, seq: first + i, version: 1 };
        });
        await commit(p, p.training, registrations, false);
        return registrations;
      });
    },
  };
}
