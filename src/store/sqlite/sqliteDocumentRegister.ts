import type { Database } from 'better-sqlite3';
import { AuditDraft, AuditFor } from '../../domain/audit';
import { DocumentDraft, RegisterDocument, documentId } from '../../domain/documentRegister';
import { DocumentRegisterStore, WriteResult } from '../store';
import { SqliteTrail } from './sqliteAudit';
import { sqliteSequences } from './sqliteSequences';

/**
 * The förvaltningsdokumentation register in SQLite: one JSON document per entry; the id, its
 * number (for the order) and the version are columns of their own and are put back on the
 * document when it is read.
 */
interface Row {
  id: string;
  json: string;
  version: number;
}

type StoredJson = Omit<RegisterDocument, 'id' | 'version'>;

const toDocument = (row: Row): RegisterDocument => ({ ...(JSON.parse(row.json) as StoredJson), id: row.id, version: row.version });

function jsonOf(doc: StoredJson): string {
  const { id: _id, version: _version, ...rest } = doc as StoredJson & { id?: string; version?: number };
  return JSON.stringify(rest);
}

export function sqliteDocumentRegister(db: Database, trail: SqliteTrail): DocumentRegisterStore {
  const nextSequence = sqliteSequences(db);
  const selectOne = db.prepare<[string], Row>('SELECT id, json, version FROM register_documents WHERE id = ?');
  const selectAll = db.prepare<[], Row>('SELECT id, json, version FROM register_documents ORDER BY seq');
  const insert = db.prepare<[number, string, string]>('INSERT INTO register_documents (seq, id, json, version) VALUES (?, ?, ?, 1)');
  const update = db.prepare<[string, string, number]>('UPDATE register_documents SET json = ?, version = version + 1 WHERE id = ? AND version = ?');

  const create = db.transaction((draft: DocumentDraft, audit: AuditFor): RegisterDocument => {
    const seq = nextSequence('document');
    const id = documentId(seq);
    insert.run(seq, id, jsonOf(draft));
    trail.append(audit(id));
    return toDocument(selectOne.get(id)!);
  });

  const save = db.transaction((next: RegisterDocument, expected: number, audit: AuditDraft): WriteResult<RegisterDocument> => {
    const row = selectOne.get(next.id);
    if (!row) return { ok: false, reason: 'not_found' };
    const current = toDocument(row);
    if (current.version !== expected) return { ok: false, reason: 'conflict', current };
    // Who created it and when stay as stored, whatever `next` says.
    update.run(jsonOf({ ...next, createdBy: current.createdBy, createdAt: current.createdAt }), next.id, expected);
    trail.append(audit);
    return { ok: true, value: toDocument(selectOne.get(next.id)!) };
  });

  return {
    async create(draft, audit) {
      return create.immediate(draft, audit);
    },
    async get(id) {
      const row = selectOne.get(id);
      return row && toDocument(row);
    },
    async list() {
      return selectAll.all().map(toDocument);
    },
    async save(next, expectedVersion, audit) {
      return save.immediate(next, expectedVersion, audit);
    },
  };
}
