import { Checklist } from '../../domain/checklist';
import { FollowUpSettings } from '../../domain/followUp';
import { Meeting } from '../../domain/meeting';
import { Categories } from '../../domain/categories';
import { CategoryStore, ChecklistStore, FollowUpSettingsStore, MeetingStore, WriteResult } from '../store';
import { PartitionWriter } from './optimistic';
import { Entity, Table, asStored, documentOf, documentProps, safeKey } from './table';

/**
 * Documents that are written whole with a version: the handover checklist, the follow-up
 * settings, the categories (one each) and the monthly meetings (one per meeting). The version is a property of
 * its own, not part of the JSON; the write names the etag it read, so of two writers with the
 * same version one wins and the other gets a conflict with what is stored.
 */
interface Versioned {
  version: number;
}

function versionedDocuments<T extends Versioned>(table: Table, write: PartitionWriter, partitionKey: string) {
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
      return (await table.rows(partitionKey, '')).map(read);
    },
    /** Stores `value` with version 1 unless the row exists (then: conflict with what is stored). */
    create(rowKey: string, value: T): Promise<WriteResult<T>> {
      return write(partitionKey, `create ${partitionKey}`, async () => {
        const current = await get(rowKey);
        if (current) return { ok: false, reason: 'conflict', current };
        await table.client.createEntity(entity(rowKey, value, 1));
        return { ok: true, value: stored(value, 1) };
      });
    },
    /** Stores `next` if the stored version is `expected`; not_found when there is none. */
    save(rowKey: string, next: T, expected: number): Promise<WriteResult<T>> {
      return write(partitionKey, `save ${partitionKey}`, async () => {
        const e = await table.get(partitionKey, safeKey(rowKey));
        if (!e) return { ok: false, reason: 'not_found' };
        const current = read(e);
        if (current.version !== expected) return { ok: false, reason: 'conflict', current };
        await table.client.updateEntity(entity(rowKey, next, expected + 1), 'Replace', { etag: e.etag });
        return { ok: true, value: stored(next, expected + 1) };
      });
    },
  };
}

/** A single document: version 0 means "none stored yet", as the store interface says. */
function singleDocument<T extends Versioned>(table: Table, write: PartitionWriter, rowKey: string) {
  const documents = versionedDocuments<T>(table, write, 'documents');
  return {
    get: () => documents.get(rowKey),
    save: (next: T, expected: number) => (expected === 0 ? documents.create(rowKey, next) : documents.save(rowKey, next, expected)),
  };
}

export const azureChecklist = (table: Table, write: PartitionWriter): ChecklistStore => singleDocument<Checklist>(table, write, 'checklist');

export const azureFollowUpSettings = (table: Table, write: PartitionWriter): FollowUpSettingsStore =>
  singleDocument<FollowUpSettings>(table, write, 'follow-up-settings');

export const azureCategories = (table: Table, write: PartitionWriter): CategoryStore => singleDocument<Categories>(table, write, 'categories');

export function azureMeetings(table: Table, write: PartitionWriter): MeetingStore {
  const meetings = versionedDocuments<Meeting>(table, write, 'meetings');
  return {
    create: (meeting) => meetings.create(meeting.id, meeting),
    get: (id) => meetings.get(id),
    async list() {
      // Newest meeting date first, then the one started last (then id), as the SQLite store.
      const all = await meetings.list();
      return all.sort(
        (a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id),
      );
    },
    save: (next, expected) => meetings.save(next.id, next, expected),
  };
}
