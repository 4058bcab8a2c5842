import { PartitionWriter } from './optimistic';
import { Table } from './table';

/**
 * Named counters (training ids, outbox ids): the next value is written on the etag of the value
 * read, so two instances never hand out the same number. A number can be skipped (an instance
 * stops between taking it and using it), never given twice.
 */
export interface Sequences {
  /** Takes `count` numbers at once; returns the first. */
  next(name: string, count?: number): Promise<number>;
}

const PK = 'sequences';

export function tableSequences(table: Table, write: PartitionWriter): Sequences {
  return {
    next(name, count = 1) {
      return write(`${PK}:${name}`, `sequence ${name}`, async () => {
        const current = await table.get(PK, name);
        const last = Number(current?.value ?? 0);
        const entity = { partitionKey: PK, rowKey: name, value: last + count };
        if (current) await table.client.updateEntity(entity, 'Replace', { etag: current.etag });
        else await table.client.createEntity(entity);
        return last + 1;
      });
    },
  };
}
