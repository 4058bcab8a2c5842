import { Checklist } from '../../domain/checklist';
import { FollowUpSettings } from '../../domain/followUp';
import { Meeting } from '../../domain/meeting';
import { Categories } from '../../domain/categories';
import { Rights } from '../../domain/rights';
import { ForvaltningTeam } from '../../domain/forvaltningTeam';
import { CategoryStore, ChecklistStore, FollowUpSettingsStore, ForvaltningTeamStore, MeetingStore, RightsStore, WriteResult } from '../store';
import { AuditDraft } from '../../domain/audit';
import { CostCalculation } from '../../domain/costModel';
import { CostCalculationStore } from '../store';
import { PartitionWriter } from './optimistic';
import { AzureTrail, PENDING } from './azureAudit';
import { Entity, Table, asStored, documentOf, documentProps, safeKey } from './table';

/**
 * Documents that are written whole with a version: the handover checklist, the follow-up
 * settings, the categories (one each) and the monthly meetings (one per meeting). The version is a property of
 * its own, not part of the JSON; the write names the etag it read, so of two writers with the
 * same version one wins and the other gets a conflict with what is stored; the write's audit
 * entry is pending in the same batch (azureAudit.ts).
 */
interface Versioned {
  version: number;
}

export function versionedDocuments<T extends Versioned>(table: Table, write: PartitionWriter, trail: AzureTrail, partitionKey: string) {
  const read = (e: Entity): T => ({ ...documentOf<Omit<T, 'version'>>(e), version: Number(e.version) }) as T;
  const entity = (rowKey: string, value: T, version: number) => {
    const { version: _ignored, ...document } = value;
    return { partitionKey, rowKey: safeKey(rowKey), ...documentProps(document), version };
  };
  const stored = (value: T, version: number): T => ({ ...asStored(value), version });
  const get = async (rowKey: string) => {
    const e = await table.get(partitionKey, safeKey(rowKey));
    return e && read(e);
  };

  return {
    get,
    async list(): Promise<T[]> {
      return (await table.rows(partitionKey, '')).filter((e) => !e.rowKey.startsWith(PENDING)).map(read);
    },
    /** Stores `value` with version 1 unless the row exists (then: conflict with what is stored). */
    async create(rowKey: string, value: T, audit: AuditDraft): Promise<WriteResult<T>> {
      const created = await write(partitionKey, `create ${partitionKey}`, async (): Promise<WriteResult<T>> => {
        const current = await get(rowKey);
        if (current) return { ok: false, reason: 'conflict', current };
        await table.batch([['create', entity(rowKey, value, 1)], await trail.pending(partitionKey, audit)]);
        return { ok: true, value: stored(value, 1) };
      });
      if (created.ok) trail.nudge(partitionKey);
      return created;
    },
    /** Stores `next` if the stored version is `expected`; not_found when there is none. */
    async save(rowKey: string, next: T, expected: number, audit: AuditDraft): Promise<WriteResult<T>> {
      const saved = await write(partitionKey, `save ${partitionKey}`, async (): Promise<WriteResult<T>> => {
        const e = await table.get(partitionKey, safeKey(rowKey));
        if (!e) return { ok: false, reason: 'not_found' };
        const current = read(e);
        if (current.version !== expected) return { ok: false, reason: 'conflict', current };
        await table.batch([['update', entity(rowKey, next, expected + 1), 'Replace', { etag: e.etag }], await trail.pending(partitionKey, audit)]);
        return { ok: true, value: stored(next, expected + 1) };
      });
      if (saved.ok) trail.nudge(partitionKey);
      return saved;
    },
  };
}

/** A single document: version 0 means "none stored yet", as the store interface says. */
function singleDocument<T extends Versioned>(table: Table, write: PartitionWriter, trail: AzureTrail, rowKey: string) {
  const documents = versionedDocuments<T>(table, write, trail, 'documents');
  return {
    get: () => documents.get(rowKey),
    save: (next: T, expected: number, audit: AuditDraft) =>
      expected === 0 ? documents.create(rowKey, next, audit) : documents.save(rowKey, next, expected, audit),
  };
}

export const azureChecklist = (table: Table, write: PartitionWriter, trail: AzureTrail): ChecklistStore =>
  singleDocument<Checklist>(table, write, trail, 'checklist');

export const azureFollowUpSettings = (table: Table, write: PartitionWriter, trail: AzureTrail): FollowUpSettingsStore =>
  singleDocument<FollowUpSettings>(table, write, trail, 'follow-up-settings');

export const azureCategories = (table: Table, write: PartitionWriter, trail: AzureTrail): CategoryStore =>
  singleDocument<Categories>(table, write, trail, 'categories');

export const azureRights = (table: Table, write: PartitionWriter, trail: AzureTrail): RightsStore =>
  singleDocument<Rights>(table, write, trail, 'rights');

export const azureForvaltningTeam = (table: Table, write: PartitionWriter, trail: AzureTrail): ForvaltningTeamStore =>
  singleDocument<ForvaltningTeam>(table, write, trail, 'forvaltning-team');

/** The cost calculation (Kostnadskalkyl): a full-size one (30 rows × 6 years × 3 scenarios, every cell) is about a third of an entity's 450,000 characters. */
export const azureCostCalculation = (table: Table, write: PartitionWriter, trail: AzureTrail): CostCalculationStore =>
  singleDocument<CostCalculation>(table, write, trail, 'cost-calculation');

export function azureMeetings(table: Table, write: PartitionWriter, trail: AzureTrail): MeetingStore {
  const meetings = versionedDocuments<Meeting>(table, write, trail, 'meetings');
  return {
    create: (meeting, audit) => meetings.create(meeting.id, meeting, audit),
    get: (id) => meetings.get(id),
    async list() {
      // Newest meeting date first, then the one started last (then id), as the SQLite store.
      const all = await meetings.list();
      return all.sort(
        (a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id),
      );
    },
    save: (next, expected, audit) => meetings.save(next.id, next, expected, audit),
  };
}
