import { InvitationRecord } from '../../domain/invitationRecord';
import { InvitationStore, WriteResult } from '../store';
import { Entity, Table, asStored, documentOf, documentProps, isWriteConflict, safeKey } from './table';

const PK = 'invitations';

/**
 * The invitation records: partition `invitations`, one entity per training (row key = its id),
 * the record as a document and the version beside it. A write names the etag it read (or is a
 * create): of two writers one wins, the other gets a conflict with what is stored.
 */
export function azureInvitations(table: Table): InvitationStore {
  const read = (e: Entity): InvitationRecord => ({ ...documentOf<Omit<InvitationRecord, 'version'>>(e), version: Number(e.version) });
  const get = async (trainingId: string) => {
    const e = await table.get(PK, safeKey(trainingId));
    return e && read(e);
  };
  return {
    get,
    async list() {
      return (await table.rows(PK, '')).map(read).sort((a, b) => (a.trainingId < b.trainingId ? -1 : a.trainingId > b.trainingId ? 1 : 0));
    },
    async save(next, expected): Promise<WriteResult<InvitationRecord>> {
      const { version: _ignored, ...record } = next;
      const version = expected + 1;
      const entity = { partitionKey: PK, rowKey: safeKey(next.trainingId), ...documentProps(record), version };
      const stored = await table.get(PK, safeKey(next.trainingId));
      const conflict = async (): Promise<WriteResult<InvitationRecord>> => {
        const current = await get(next.trainingId);
        return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
      };
      if (expected === 0 ? stored : !stored || Number(stored.version) !== expected) return conflict();
      try {
        if (stored) await table.client.updateEntity(entity, 'Replace', { etag: stored.etag });
        else await table.client.createEntity(entity);
      } catch (error) {
        if (isWriteConflict(error)) return conflict();
        throw error;
      }
      return { ok: true, value: { ...asStored(record), version } as InvitationRecord };
    },
  };
}
