import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  AuditAction,
  AuditChange,
  AuditDraft,
  AuditEntry,
  AuditHead,
  AuditPerson,
  AuditQuery,
  AuditRecordType,
  AuditValue,
  GENESIS,
  auditPageSize,
  pseudonymsIn,
} from '../../domain/audit';
import { chainVerifier, link, pseudonymise } from '../../domain/auditChain';
import { Person } from '../../domain/person';
import { AuditStore } from '../store';

/**
 * The audit trail in SQLite: the chain (audit_trail, one row per entry, by seq, indexed by
 * record), the head kept beside it (audit_head) and the person table (audit_people: Entra
 * object id → pseudonym and name). `append` runs inside the caller's immediate transaction, so
 * an entry is committed with its change or not at all, and the write lock orders appends from
 * every process that shares the file. An entry touches as few B-trees as it can (each is a page
 * more in the WAL per commit): reads by person or time scan the chain newest first.
 */
interface EntryRow {
  seq: number;
  at: string;
  actor: string | null;
  record_type: AuditRecordType;
  record_id: string;
  action: AuditAction;
  subject: string | null;
  changes_json: string;
  prev: string;
  hash: string;
}

const ENTRY_COLUMNS = 'seq, at, actor, record_type, record_id, action, subject, changes_json, prev, hash';

const toEntry = (r: EntryRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  record: { type: r.record_type, id: r.record_id },
  action: r.action,
  subject: r.subject,
  changes: JSON.parse(r.changes_json) as AuditChange<AuditValue>[],
  prev: r.prev,
  hash: r.hash,
});

export interface SqliteTrail {
  /** Appends the entry of a change; call inside the transaction that writes the change. */
  append(draft: AuditDraft): AuditEntry;
  readonly store: AuditStore;
}

export function sqliteAudit(db: Database): SqliteTrail {
  const personById = db.prepare<[string], { pseudonym: string; name: string }>('SELECT pseudonym, name FROM audit_people WHERE person_id = ?');
  const insertPerson = db.prepare<[string, string, string]>('INSERT INTO audit_people (pseudonym, person_id, name) VALUES (?, ?, ?)');
  const renamePerson = db.prepare<[string, string]>('UPDATE audit_people SET name = ? WHERE person_id = ?');
  const selectHead = db.prepare<[], { count: number; hash: string }>("SELECT count, hash FROM audit_head WHERE id = 'default'");
  const saveHead = db.prepare<[number, string]>(
    "INSERT INTO audit_head (id, count, hash) VALUES ('default', ?, ?) ON CONFLICT (id) DO UPDATE SET count = excluded.count, hash = excluded.hash",
  );
  const insertEntry = db.prepare<[EntryRow]>(
    `INSERT INTO audit_trail (${ENTRY_COLUMNS}) VALUES (@seq, @at, @actor, @record_type, @record_id, @action, @subject, @changes_json, @prev, @hash)`,
  );
  const allEntries = db.prepare<[], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM audit_trail ORDER BY seq`);
  const forgetPerson = db.prepare<[string]>('DELETE FROM audit_people WHERE person_id = ?');

  const pseudonymOf = (p: Person): string => {
    const found = personById.get(p.id);
    if (!found) {
      const pseudonym = randomUUID();
      insertPerson.run(pseudonym, p.id, p.name);
      return pseudonym;
    }
    // The table knows people by their latest name (an empty name never replaces one).
    if (p.name && p.name !== found.name) renamePerson.run(p.name, p.id);
    return found.pseudonym;
  };

  const headOf = (): AuditHead => selectHead.get() ?? { count: 0, hash: GENESIS };

  const append = (draft: AuditDraft): AuditEntry => {
    if (!db.inTransaction) throw new Error('an audit entry is appended inside the write of its change');
    const head = headOf();
    const entry = link(pseudonymise(draft, pseudonymOf), head.count ? { seq: head.count, hash: head.hash } : null);
    insertEntry.run({
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      record_type: entry.record.type,
      record_id: entry.record.id,
      action: entry.action,
      subject: entry.subject,
      changes_json: JSON.stringify(entry.changes),
      prev: entry.prev,
      hash: entry.hash,
    });
    saveHead.run(entry.seq, entry.hash);
    return entry;
  };

  const peopleNamed = (entries: readonly AuditEntry[]): AuditPerson[] => {
    const pseudonyms = [...new Set(entries.flatMap(pseudonymsIn))];
    if (pseudonyms.length === 0) return [];
    const rows: AuditPerson[] = [];
    // In chunks: SQLite limits the number of parameters of one statement.
    for (let i = 0; i < pseudonyms.length; i += 500) {
      const chunk = pseudonyms.slice(i, i + 500);
      rows.push(
        ...db
          .prepare<string[], AuditPerson>(`SELECT pseudonym, person_id AS id, name FROM audit_people WHERE pseudonym IN (${chunk.map(() => '?').join(', ')})`)
          .all(...chunk),
      );
    }
    return rows;
  };

  const store: AuditStore = {
    async read(query: AuditQuery) {
      const newest = query.order === 'newest';
      const limit = auditPageSize(query.limit);
      const where: string[] = [];
      const params: Record<string, string | number> = { limit: limit + 1 };
      if (query.record) {
        where.push('record_type = @recordType AND record_id = @recordId');
        Object.assign(params, { recordType: query.record.type, recordId: query.record.id });
      }
      if (query.types) {
        const names = query.types.map((type, i) => {
          params[`type${i}`] = type;
          return `@type${i}`;
        });
        where.push(`record_type IN (${names.join(', ') || 'NULL'})`);
      }
      if (query.person !== undefined) {
        // A person value is stored as {"person":"<pseudonym>"}; JSON escapes the quotes of any
        // text that merely contains those characters, so this finds the person and nothing else.
        where.push("(actor = @person OR subject = @person OR instr(changes_json, '{\"person\":\"' || @person || '\"}') > 0)");
        params.person = query.person;
      }
      if (query.from) {
        where.push('at >= @from');
        params.from = query.from;
      }
      if (query.to) {
        where.push('at <= @to');
        params.to = query.to;
      }
      if (query.after !== undefined) {
        where.push(newest ? 'seq < @after' : 'seq > @after');
        params.after = query.after;
      }
      const rows = db
        .prepare<[Record<string, string | number>], EntryRow>(
          `SELECT ${ENTRY_COLUMNS} FROM audit_trail ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY seq ${newest ? 'DESC' : 'ASC'} LIMIT @limit`,
        )
        .all(params);
      const entries = rows.slice(0, limit).map(toEntry);
      return { entries, people: peopleNamed(entries), next: rows.length > limit ? entries.at(-1)!.seq : null };
    },
    async head() {
      return headOf();
    },
    async verify() {
      // One read transaction: the walk and the head it is compared with are the same snapshot.
      return db.transaction(() => {
        const verifier = chainVerifier();
        for (const row of allEntries.iterate()) if (!verifier.add(toEntry(row))) break;
        return verifier.result(headOf());
      })();
    },
    async pseudonymOf(personId) {
      return personById.get(personId)?.pseudonym;
    },
    async forget(personId) {
      return forgetPerson.run(personId).changes > 0;
    },
  };
  return { append, store };
}
