import { DocumentRegisterStore } from '../store';
import { RegisterDocument, documentId } from '../../domain/documentRegister';
import { PartitionWriter } from './optimistic';
import { AzureTrail } from './azureAudit';
import { Sequences } from './sequences';
import { Table } from './table';
import { versionedDocuments } from './azureDocuments';

/**
 * The förvaltningsdokumentation register on Azure Table: one versioned document per entry in
 * its own partition (as the meetings), its audit entry pending in the same batch. The number of
 * a new entry comes from the sequences: a number may be skipped (an instance stops between
 * taking it and writing), never given twice.
 */
const numberOf = (id: string) => Number(id.slice(2));

export function azureDocumentRegister(table: Table, write: PartitionWriter, trail: AzureTrail, sequences: Sequences): DocumentRegisterStore {
  const documents = versionedDocuments<RegisterDocument>(table, write, trail, 'register-documents');
  return {
    async create(draft, audit) {
      const id = documentId(await sequences.next('document'));
      const created = await documents.create(id, { ...draft, id, version: 1 }, audit(id));
      // The id is new from the sequence, so the row cannot exist already.
      if (!created.ok) throw new Error(`document ${id} exists already`);
      return created.value;
    },
    get: (id) => documents.get(id),
    async list() {
      return (await documents.list()).sort((a, b) => numberOf(a.id) - numberOf(b.id));
    },
    async save(next, expected, audit) {
      const current = await documents.get(next.id);
      if (!current) return { ok: false, reason: 'not_found' };
      // Who created it and when never change, whatever `next` says (the save itself is guarded by the version).
      return documents.save(next.id, { ...next, createdBy: current.createdBy, createdAt: current.createdAt }, expected, audit);
    },
  };
}
