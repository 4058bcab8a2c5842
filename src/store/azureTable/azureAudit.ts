import { randomUUID } from 'node:crypto';
import { TransactionAction, odata } from '@azure/data-tables';
import {
  AuditContent,
  AuditDraft,
  AuditEntry,
  AuditHead,
  AuditPerson,
  AuditQuery,
  GENESIS,
  auditPageSize,
  peopleIn,
  pseudonymsIn,
} from '../../domain/audit';
import { chainVerifier, link, pseudonymise } from '../../domain/auditChain';
import { Person } from '../../domain/person';
import { CrashHook, NO_CRASH } from '../crashPoints';
import { AuditStore } from '../store';
import { PartitionWriter } from './optimistic';
import { Entity, Table, documentOf, documentProps, padded, prefixEnd, safeKey, statusOf } from './table';

/**
 * The audit trail in Azure Table Storage. A batch holds one partition, and the trail is its own
 * partition, so an entry cannot be chained in the write of its change. Instead:
 *
 * 1. Every write puts its entry, pseudonymised, as a *pending* entity into its own batch
 *    (`<partition> / audit:<at>:<uuid>`): it is committed with the change or not at all.
 * 2. The chainer moves pending entries into the chain, in the order of their time: one batch in
 *    the `audit` partition creates the entries (`e:<seq>`), a marker per pending entity
 *    (`from:<partition>|<row>`, so no pending entity is chained twice) and rewrites the head
 *    (`head`: count and hash) on the etag it read — two instances cannot both take the head.
 *    Then it deletes the pending entities. A crash in between leaves them pending and marked,
 *    and the next run only deletes them.
 *
 * Each process chains right after its own writes (in the background), reading only the
 * partitions it wrote to; every read of the trail chains first, over every partition, so a
 * reader sees every committed change (also those a crashed process left pending). Chaining
 * assumes no pending entity has a marker yet and reads the markers only after a conflict; it
 * deletes chained entities a partition's batch at a time.
 *
 * The person table is the partition `auditPeople`: `id:<object id>` → pseudonym and name, and
 * `p:<pseudonym>` → object id and name, written together. Erasing a person deletes both.
 */
const AUDIT = 'audit';
const HEAD = 'head';
const ENTRY = 'e:';
const MARK = 'from:';
const PEOPLE = 'auditPeople';
/** The row-key prefix of pending entries in the partitions of the changes. */
export const PENDING = 'audit:';

const entryKey = (seq: number) => `${ENTRY}${padded(seq, 12)}`;
const markKey = (e: Entity) => `${MARK}${safeKey(`${e.partitionKey}|${e.rowKey}`)}`;
const idKey = (personId: string) => `id:${safeKey(personId)}`;
const pseudonymKey = (pseudonym: string) => `p:${pseudonym}`;

/** Entries chained per batch: each takes two actions (entry, marker), plus the head. */
const CHAIN_BATCH = 32;
/** How long this process trusts what it read of the person table. */
const PEOPLE_TTL_MS = 60_000;

function entryEntity(e: AuditEntry) {
  const { changes, ...rest } = e;
  return {
    partitionKey: AUDIT,
    rowKey: entryKey(e.seq),
    seq: rest.seq,
    at: rest.at,
    actor: rest.actor ?? '',
    recordType: rest.record.type,
    recordId: rest.record.id,
    action: rest.action,
    subject: rest.subject ?? '',
    ...documentProps(changes, 'changes'),
    prev: rest.prev,
    hash: rest.hash,
  };
}

function toEntry(e: Entity): AuditEntry {
  return {
    seq: Number(e.seq),
    at: String(e.at),
    actor: e.actor ? String(e.actor) : null,
    record: { type: e.recordType as AuditEntry['record']['type'], id: String(e.recordId) },
    action: e.action as AuditEntry['action'],
    subject: e.subject ? String(e.subject) : null,
    changes: documentOf<AuditEntry['changes']>(e, 'changes'),
    prev: String(e.prev),
    hash: String(e.hash),
  };
}

const headOf = (e: Entity | undefined): AuditHead => (e ? { count: Number(e.count), hash: String(e.hash) } : { count: 0, hash: GENESIS });

export interface AzureTrail {
  /** Looks up (or names) these people now, so a pending entry naming them soon needs no round trip. */
  know(people: readonly Person[]): Promise<void>;
  /** The pending entry of a change, for the batch that writes the change in `partitionKey`. */
  pending(partitionKey: string, draft: AuditDraft): Promise<TransactionAction>;
  /** A write committed pending entries in `partitionKey`: chain them soon (in the background). */
  nudge(partitionKey: string): void;
  /** Moves every pending entry (of these partitions; else of all) into the chain now; returns how many. */
  chain(partitions?: readonly string[]): Promise<number>;
  readonly store: AuditStore;
  /** Waits for a background chaining to end. */
  close(): Promise<void>;
}

export function azureAudit(table: Table, write: PartitionWriter, crash: CrashHook = NO_CRASH): AzureTrail {
  const known = new Map<string, { pseudonym: string; name: string; until: number }>();

  const pseudonymOf = async (p: Person): Promise<string> => {
    const cached = known.get(p.id);
    if (cached && cached.until > Date.now() && (!p.name || cached.name === p.name)) return cached.pseudonym;
    let row = await table.get(PEOPLE, idKey(p.id));
    if (!row) {
      const pseudonym = randomUUID();
      try {
        await table.batch([
          ['create', { partitionKey: PEOPLE, rowKey: idKey(p.id), pseudonym, personId: p.id, name: p.name }],
          ['create', { partitionKey: PEOPLE, rowKey: pseudonymKey(pseudonym), personId: p.id, name: p.name }],
        ]);
        known.set(p.id, { pseudonym, name: p.name, until: Date.now() + PEOPLE_TTL_MS });
        return pseudonym;
      } catch (error) {
        if (statusOf(error) !== 409) throw error; // another instance named them first: theirs it is
      }
      row = await table.get(PEOPLE, idKey(p.id));
      if (!row) throw new Error('the person table lost a row it just wrote');
    }
    const pseudonym = String(row.pseudonym);
    let name = String(row.name);
    // The table knows people by their latest name (an empty name never replaces one).
    if (p.name && p.name !== name) {
      await table.batch([
        ['update', { partitionKey: PEOPLE, rowKey: idKey(p.id), name: p.name }, 'Merge'],
        ['update', { partitionKey: PEOPLE, rowKey: pseudonymKey(pseudonym), name: p.name }, 'Merge'],
      ]);
      name = p.name;
    }
    known.set(p.id, { pseudonym, name, until: Date.now() + PEOPLE_TTL_MS });
    return pseudonym;
  };

  const content = async (draft: AuditDraft): Promise<AuditContent> => {
    const pseudonyms = new Map<string, string>();
    for (const p of peopleIn(draft)) pseudonyms.set(p.id, await pseudonymOf(p));
    return pseudonymise(draft, (p) => pseudonyms.get(p.id)!);
  };

  const pendingRange = odata`RowKey ge ${PENDING} and RowKey lt ${prefixEnd(PENDING)}`;
  const pendingEntities = async (partitions?: readonly string[]) =>
    partitions
      ? (await Promise.all(partitions.map((pk) => table.query(`${odata`PartitionKey eq ${pk}`} and ${pendingRange}`)))).flat()
      : table.query(pendingRange);

  /** Chains one run of pending entities (already in order); returns how many it chained. */
  const chainRun = (run: Entity[]) => {
    // First as if no entity of the run had been chained (the usual case: no reads of markers);
    // after a conflict — a marker that exists, or the head taken by another instance — carefully.
    let careful = false;
    return write(AUDIT, 'chain audit entries', async () => {
      const marked = careful ? await Promise.all(run.map((e) => table.get(AUDIT, markKey(e)))) : [];
      const fresh = run.filter((_, i) => !marked[i]);
      if (fresh.length === 0) return 0;
      const headEntity = await table.get(AUDIT, HEAD);
      let head: { seq: number; hash: string } | null = headEntity ? { seq: Number(headEntity.count), hash: String(headEntity.hash) } : null;
      const actions: TransactionAction[] = [];
      for (const e of fresh) {
        const entry = link(documentOf<AuditContent>(e, 'content'), head);
        head = { seq: entry.seq, hash: entry.hash };
        actions.push(['create', entryEntity(entry)], ['create', { partitionKey: AUDIT, rowKey: markKey(e), seq: entry.seq }]);
      }
      const headProps = { partitionKey: AUDIT, rowKey: HEAD, count: head!.seq, hash: head!.hash };
      actions.unshift(headEntity ? ['update', headProps, 'Replace', { etag: headEntity.etag }] : ['create', headProps]);
      try {
        await table.batch(actions);
      } catch (error) {
        careful = true;
        throw error;
      }
      return fresh.length;
    });
  };

  const removeOneByOne = (entities: Entity[]) =>
    Promise.all(
      entities.map(async (e) => {
        try {
          await table.client.deleteEntity(e.partitionKey, e.rowKey);
        } catch (error) {
          if (statusOf(error) !== 404) throw error; // another instance removed it
        }
      }),
    );

  /** Deletes chained entities, one batch per partition; one by one where another instance removed some first. */
  const removePending = async (run: Entity[]) => {
    const byPartition = new Map<string, Entity[]>();
    for (const e of run) byPartition.set(e.partitionKey, [...(byPartition.get(e.partitionKey) ?? []), e]);
    await Promise.all(
      [...byPartition.values()].map(async (entities) => {
        try {
          await table.batch(entities.map((e): TransactionAction => ['delete', { partitionKey: e.partitionKey, rowKey: e.rowKey }]));
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
          await removeOneByOne(entities);
        }
      }),
    );
  };

  const chain = async (partitions?: readonly string[]): Promise<number> => {
    const pending = (await pendingEntities(partitions)).sort(
      (a, b) => String(a.at).localeCompare(String(b.at)) || a.partitionKey.localeCompare(b.partitionKey) || a.rowKey.localeCompare(b.rowKey),
    );
    let chained = 0;
    for (let i = 0; i < pending.length; i += CHAIN_BATCH) {
      const run = pending.slice(i, i + CHAIN_BATCH);
      chained += await chainRun(run);
      crash('audit.chained');
      await removePending(run);
    }
    return chained;
  };

  let running: Promise<void> | null = null;
  /** Partitions written since the running chaining read them. */
  const dirty = new Set<string>();
  const nudge = (partitionKey: string) => {
    dirty.add(partitionKey);
    if (running) return;
    running = (async () => {
      while (dirty.size > 0) {
        const partitions = [...dirty];
        dirty.clear();
        // A failure here is not lost: the entries stay pending until the next nudge or read chains them.
        await chain(partitions).catch(() => undefined);
      }
      running = null;
    })();
  };

  const allEntries = async (filter = ''): Promise<AuditEntry[]> => {
    const range = odata`PartitionKey eq ${AUDIT} and RowKey ge ${ENTRY} and RowKey lt ${prefixEnd(ENTRY)}`;
    return (await table.query(filter ? `${range} and ${filter}` : range)).map(toEntry).sort((a, b) => a.seq - b.seq);
  };

  const people = async (): Promise<AuditPerson[]> =>
    (await table.rows(PEOPLE, 'p:')).map((e) => ({ pseudonym: e.rowKey.slice(2), id: String(e.personId), name: String(e.name) }));

  const store: AuditStore = {
    async read(query: AuditQuery) {
      await chain();
      const filters: string[] = [];
      if (query.record) filters.push(odata`recordType eq ${query.record.type} and recordId eq ${query.record.id}`);
      if (query.from) filters.push(odata`at ge ${query.from}`);
      if (query.to) filters.push(odata`at le ${query.to}`);
      const newest = query.order === 'newest';
      if (query.after !== undefined) filters.push(newest ? odata`seq lt ${query.after}` : odata`seq gt ${query.after}`);
      let entries = await allEntries(filters.join(' and '));
      if (query.types) entries = entries.filter((e) => query.types!.includes(e.record.type));
      if (query.person !== undefined) entries = entries.filter((e) => pseudonymsIn(e).includes(query.person!));
      if (newest) entries.reverse();
      const limit = auditPageSize(query.limit);
      const page = entries.slice(0, limit);
      const named = new Set(page.flatMap(pseudonymsIn));
      return {
        entries: page,
        people: named.size ? (await people()).filter((p) => named.has(p.pseudonym)) : [],
        next: entries.length > limit ? page.at(-1)!.seq : null,
      };
    },
    async head() {
      await chain();
      return headOf(await table.get(AUDIT, HEAD));
    },
    async verify() {
      await chain();
      // The walk and the head must be one moment: read the head again after the entries, and
      // start over when something was chained in between.
      for (let attempt = 1; ; attempt++) {
        const before = await table.get(AUDIT, HEAD);
        const entries = await allEntries();
        const after = await table.get(AUDIT, HEAD);
        if (before?.etag !== after?.etag && attempt < 5) continue;
        const verifier = chainVerifier();
        for (const e of entries) if (!verifier.add(e)) break;
        return verifier.result(headOf(after));
      }
    },
    async pseudonymOf(personId) {
      const row = await table.get(PEOPLE, idKey(personId));
      return row ? String(row.pseudonym) : undefined;
    },
    async forget(personId) {
      known.delete(personId);
      const row = await table.get(PEOPLE, idKey(personId));
      if (!row) return false;
      await table.batch([
        ['delete', { partitionKey: PEOPLE, rowKey: idKey(personId) }],
        ['delete', { partitionKey: PEOPLE, rowKey: pseudonymKey(String(row.pseudonym)) }],
      ]);
      return true;
    },
  };

  return {
    async know(people) {
      await Promise.all(people.map(pseudonymOf));
    },
    async pending(partitionKey, draft) {
      const c = await content(draft);
      return ['create', { partitionKey, rowKey: `${PENDING}${c.at}:${randomUUID()}`, at: c.at, ...documentProps(c, 'content') }];
    },
    nudge,
    chain,
    store,
    async close() {
      while (running) await running;
    },
  };
}
