import { TransactionAction, odata } from '@azure/data-tables';
import { Training, trainingId } from '../../domain/training';
import { Registration } from '../../domain/registration';
import { TrainingChange, TrainingDecision, auditOfChange } from '../../domain/trainingChange';
import { OutboxDraft } from '../../domain/notification';
import { Result, fail, ok } from '../../domain/problem';
import { CrashHook, NO_CRASH, TrainingStore } from '../store';
import { PartitionWriter } from './optimistic';
import { AzureTrail } from './azureAudit';
import { Sequences } from './sequences';
import { Entity, MAX_BATCH, Props, Table, asStored, documentOf, documentProps, prefixEnd, safeKey } from './table';

/**
 * Trainings and registrations in Azure Table Storage: each training is a partition holding the
 * training and its registrations.
 *
 *   training:U-001 / training      doc, version, lastSeq; notices… while some wait to be queued
 *   training:U-001 / reg:<userId>  doc, userId, seq, version
 *   training:U-001 / audit:…       a change's audit entry until it is chained (azureAudit.ts)
 *
 * Every change reads the whole partition, asks the decision (domain/trainingChange.ts) and
 * writes one batch that also rewrites the training entity on the etag it read. So a batch
 * succeeds only if nothing in the partition changed since the read; otherwise it is decided
 * again on what is there now. That is what keeps the seats: two instances can never both give
 * away the last one.
 *
 * The outbox is another partition, and a batch holds one partition: the notices a change
 * implies ride on the training entity of the same batch (`notices…`, `hasPendingNotices`),
 * every later write carries them forward, and `sweep` moves them into the outbox — idempotent
 * by dedupe key — before clearing them on the etag it read. A crash anywhere leaves them either
 * on the training or in the outbox, never nowhere.
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
  /** Notices written by earlier changes that the sweep has not queued yet. */
  pending: OutboxDraft[];
}

const NOTICES = 'notices';
/** The waiting notices and the new ones, less a new one that a waiting notice with its coalesce key stands for. */
const withoutStandIns = (waiting: readonly OutboxDraft[], added: readonly OutboxDraft[]): OutboxDraft[] => {
  const keys = new Set(waiting.map((n) => n.coalesceKey).filter(Boolean));
  const kept = [...waiting];
  for (const n of added) {
    if (n.coalesceKey && keys.has(n.coalesceKey)) continue;
    if (n.coalesceKey) keys.add(n.coalesceKey);
    kept.push(n);
  }
  return kept;
};
const pendingOf = (head: Entity): OutboxDraft[] => (head.hasPendingNotices === true ? documentOf<OutboxDraft[]>(head, NOTICES) : []);
const noticeProps = (notices: readonly OutboxDraft[]): Props =>
  notices.length ? { ...documentProps(notices, NOTICES), hasPendingNotices: true } : { hasPendingNotices: false };

export interface AzureTrainings extends TrainingStore {
  /** Queues the notices waiting on training entities with `queue`, then clears them; returns how many there were. */
  sweep(queue: (notices: readonly OutboxDraft[]) => Promise<number>): Promise<number>;
}

export function azureTrainings(
  table: Table,
  write: PartitionWriter,
  trail: AzureTrail,
  sequences: Sequences,
  crash: CrashHook = NO_CRASH,
): AzureTrainings {
  const load = async (id: string): Promise<Partition | undefined> => {
    const rows = await table.query(odata`PartitionKey eq ${partitionOf(id)}`);
    const head = rows.find((e) => e.rowKey === TRAINING);
    if (!head) return undefined;
    const registrations = rows.filter((e) => e.rowKey.startsWith(REG)).map(toRegistration).sort(bySeq);
    return { training: toTraining(head), etag: head.etag, lastSeq: Number(head.lastSeq ?? 0), registrations, pending: pendingOf(head) };
  };
  const notFound = (id: string) => fail('not_found', 'training.notFound', { params: { id } });

  /**
   * Writes what a decision returned: the registrations with the training (re)written on the etag
   * that was read, the notices on the training entity (after those still waiting) and the audit
   * entry. One batch, or — past 98 registrations (a big import or promotion) — several, each on
   * the etag the previous one left, each carrying the notices about its own registrations (the
   * entry rides with the first).
   */
  const commit = async (p: Partition, change: TrainingChange<unknown>) => {
    const audit = auditOfChange(change);
    const pending = audit ? await trail.pending(partitionOf(p.training.id), audit) : null;
    const lastSeq = Math.max(p.lastSeq, ...change.registrations.map((r) => r.seq));
    const chunks: Registration[][] = [];
    for (let i = 0; i < change.registrations.length || chunks.length === 0; i += MAX_BATCH - 2) chunks.push(change.registrations.slice(i, i + MAX_BATCH - 2));
    const written = new Set(change.registrations.map((r) => r.userId));
    const aboutChunk = (chunk: Registration[], first: boolean) =>
      change.notices.filter((n) => chunk.some((r) => r.userId === n.userId) || (first && !written.has(n.userId)));
    let etag = p.etag;
    let notices = p.pending;
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) crash('training.batch');
      notices = withoutStandIns(notices, aboutChunk(chunk, i === 0));
      const training = i === 0 ? change.training : undefined;
      const head: TransactionAction = training
        ? ['update', { ...trainingEntity(training, lastSeq), ...noticeProps(notices) }, 'Replace', { etag }]
        : ['update', { partitionKey: partitionOf(p.training.id), rowKey: TRAINING, lastSeq, ...noticeProps(notices) }, 'Merge', { etag }];
      const registrations = chunk.map((r): TransactionAction => ['upsert', registrationEntity(r), 'Replace']);
      const [next] = await table.batch([head, ...registrations, ...(i === 0 && pending ? [pending] : [])]);
      if (!next) throw new Error(`no etag for training ${p.training.id} after a batch`);
      etag = next;
    }
  };

  const nothingToWrite = (change: TrainingChange<unknown>) => !change.training && change.registrations.length === 0 && change.notices.length === 0;

  return {
    async create(draft, audit, notices = () => []) {
      const id = trainingId(await sequences.next('training'));
      const training: Training = { ...asStored(draft), id, version: 1 };
      await table.batch([['create', { ...trainingEntity(training, 0), ...noticeProps(notices(id)) }], await trail.pending(partitionOf(id), audit(id))]);
      trail.nudge(partitionOf(id));
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

    async change<T>(id: string, decision: TrainingDecision<T>): Promise<Result<T>> {
      // The people are looked up while the change waits its turn, not before it takes its place:
      // parallel changes keep the order in which they reached the store.
      const knowing = trail.know(decision.involves);
      knowing.catch(() => undefined); // awaited (and its failure met) inside the write
      const done = await write(partitionOf(id), 'change training', async (): Promise<Result<T>> => {
        await knowing;
        const p = await load(id);
        if (!p) return fail('not_found', 'training.notFound', { params: { id } });
        const nextSeq = decision.arrivals > 0 ? await sequences.next('registration', decision.arrivals) : 0;
        const decided = decision.decide({ training: p.training, registrations: p.registrations, nextSeq });
        if (!decided.ok) return decided;
        if (nothingToWrite(decided.value)) return ok(decided.value.result);
        crash('training.decided');
        await commit(p, decided.value);
        return ok(decided.value.result);
      });
      if (done.ok) {
        crash('training.committed');
        trail.nudge(partitionOf(id));
      }
      return done;
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

    async sweep(queue) {
      const heads = await table.query(`${ALL_PARTITIONS} and RowKey eq '${TRAINING}' and hasPendingNotices eq true`);
      let moved = 0;
      for (const found of heads) {
        moved += await write(found.partitionKey, 'collect notices', async () => {
          const head = await table.get(found.partitionKey, TRAINING);
          const notices = head ? pendingOf(head) : [];
          if (!head || notices.length === 0) return 0;
          await queue(notices);
          crash('notices.collected');
          // Cleared on the etag read: a write that came in between carried them forward, and the next sweep queues them again (ignored by their keys).
          await table.client.updateEntity({ partitionKey: head.partitionKey, rowKey: TRAINING, hasPendingNotices: false, [`${NOTICES}Parts`]: 0 }, 'Merge', { etag: head.etag });
          return notices.length;
        });
      }
      return moved;
    },
  };
}
