import { randomBytes } from 'node:crypto';
import { TableClient, odata } from '@azure/data-tables';
import { ActivityFields, changeActivity, newActivity } from '../../src/domain/activity';
import { AuditEntry } from '../../src/domain/audit';
import { pseudonymise } from '../../src/domain/auditChain';
import { changeEntry } from '../../src/domain/auditDiff';
import { newTraining } from '../../src/domain/training';
import { unwrap } from '../../src/domain/problem';
import { openAzureTableStore } from '../../src/store/azureTable/azureTableStore';
import { documentProps } from '../../src/store/azureTable/table';
import { Store } from '../../src/store/store';
import { RunningAzurite, startAzurite } from '../../scripts/azurite';
import { trainingFields, trainingOps } from '../helpers/trainingFixtures';

/**
 * The Azure Table trail beyond the contract: two instances appending to one chain, the chain's
 * entities tampered with directly, a chaining cut short by a crash, and the first wave's history.
 */
let azurite: RunningAzurite;
let tableName: string;
let client: TableClient;
const stores: Store[] = [];
const open = async () => {
  const store = await openAzureTableStore({ tableName, connectionString: azurite.connectionString });
  stores.push(store);
  return store;
};

beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});
beforeEach(async () => {
  tableName = `a${randomBytes(8).toString('hex')}`;
  client = TableClient.fromConnectionString(azurite.connectionString, tableName, { allowInsecureConnection: true });
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

const maria = { id: 'aad-maria', name: 'Maria Lindqvist' };
const erik = { id: 'aad-erik', name: 'Erik Holm' };
const T0 = new Date('2026-03-02T08:00:00.000Z');
const fields = (title: string): ActivityFields => ({
  title,
  description: 'Beskrivning',
  category: 'Övrigt',
  owner: maria,
  status: 'ny',
  priority: 'normal',
  dueDate: null,
  origin: 'förvaltning',
  resolution: null,
});
const createIn = (store: Store, title: string, by = maria) => {
  const { draft, audit } = unwrap(newActivity(fields(title), by, T0));
  return store.activities.create(draft, audit);
};
const entities = async (filter: string) => {
  const out: Record<string, unknown>[] = [];
  for await (const e of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(e);
  return out;
};
const chainEntities = () => entities(odata`PartitionKey eq 'audit' and RowKey ge 'e:' and RowKey lt 'e;'`);

it('200 changes at once from two instances leave one unbroken chain with exactly one entry per change', async () => {
  const [a, b] = [await open(), await open()];
  const training = await a.trainings.create(unwrap(newTraining(trainingFields({ capacity: 20 }), T0)), (id) =>
    changeEntry(T0, maria, { type: 'training', id }, 'training.created', null, { id }),
  );
  const changes = Array.from({ length: 200 }, (_, i) => {
    const store = i % 2 ? b : a;
    return i < 100
      ? createIn(store, `Punkt ${i}`, i % 3 ? maria : erik)
      : trainingOps(store, maria).signUp(training.id, { id: `aad-${i}`, name: `Person ${i}`, email: null, department: null }, T0);
  });
  await Promise.all(changes);

  const page = await b.audit.read({ limit: 500 });
  expect(page.entries.map((e) => e.seq)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
  expect(page.entries.filter((e) => e.action === 'activity.created').map((e) => e.record.id).sort()).toEqual(
    Array.from({ length: 100 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`),
  );
  expect(new Set(page.entries.filter((e) => e.action === 'training.signedUp').map((e) => e.subject)).size).toBe(100);
  expect(await a.audit.verify()).toEqual({ ok: true, count: 201, head: page.entries[200]!.hash });
  // Nothing left waiting.
  expect(await entities(odata`RowKey ge 'audit:' and RowKey lt 'audit;'`)).toEqual([]);
}, 60_000);

it('finds an edited, a deleted, a reordered and a cut-off entry among the raw entities', async () => {
  const store = await open();
  let current = await createIn(store, 'Förnya licensavtal');
  for (let i = 1; i <= 4; i++) {
    const changed = unwrap(changeActivity(current, { title: `Version ${i}` }, erik, new Date(T0.getTime() + i * 60_000)));
    const written = await store.activities.update(changed.next, current.version, changed.audit!);
    if (!written.ok) throw new Error('update');
    current = written.value;
  }
  expect(await store.audit.verify()).toMatchObject({ ok: true, count: 5 });
  const original = (await chainEntities()) as (Record<string, unknown> & { partitionKey: string; rowKey: string })[];
  const put = (e: Record<string, unknown>) => client.upsertEntity(e as { partitionKey: string; rowKey: string }, 'Replace');
  const restore = async () => {
    for (const e of await chainEntities()) await client.deleteEntity(String(e.partitionKey), String(e.rowKey));
    for (const e of original) await put(e);
  };

  await put({ ...original[2]!, ...documentProps([{ field: 'title', from: 'Version 1', to: 'Förfalskad' }], 'changes') });
  expect(await store.audit.verify()).toEqual({ ok: false, count: 2, brokenAt: 3, reason: 'hash' });
  await restore();
  expect((await store.audit.verify()).ok).toBe(true);

  await client.deleteEntity('audit', original[1]!.rowKey);
  expect(await store.audit.verify()).toEqual({ ok: false, count: 1, brokenAt: 2, reason: 'sequence' });
  await restore();

  // Entries 3 and 4 swap places: each keeps its content and hash under the other's number.
  await put({ ...original[3]!, rowKey: original[2]!.rowKey, seq: 3 });
  await put({ ...original[2]!, rowKey: original[3]!.rowKey, seq: 4 });
  expect(await store.audit.verify()).toMatchObject({ ok: false, brokenAt: 3 });
  await restore();

  await client.deleteEntity('audit', original[4]!.rowKey);
  expect(await store.audit.verify()).toEqual({ ok: false, count: 4, brokenAt: 5, reason: 'head' });
});

it('a chaining cut short (entries chained, pending not yet removed) is finished without chaining anything twice', async () => {
  const store = await open();
  await createIn(store, 'Första');
  const [first] = (await store.audit.read({})).entries as AuditEntry[];
  // As if a crash came after the chain's batch: the pending entity is still there, and marked.
  const content = { at: first!.at, actor: first!.actor, record: first!.record, action: first!.action, subject: first!.subject, changes: first!.changes };
  const marked = { partitionKey: 'activities', rowKey: `audit:${first!.at}:crashed`, at: first!.at, ...documentProps(content, 'content') };
  await client.createEntity(marked);
  await client.createEntity({ partitionKey: 'audit', rowKey: `from:activities|${marked.rowKey}`, seq: 1 });
  // …and one that was never chained.
  const draft = changeEntry(T0, erik, { type: 'activity', id: 'A-001' }, 'activity.changed', { title: 'Första' }, { title: 'Andra' });
  const fresh = pseudonymise(draft, () => 'p-erik');
  await client.createEntity({ partitionKey: 'activities', rowKey: `audit:${fresh.at}:fresh`, at: fresh.at, ...documentProps(fresh, 'content') });

  const entries = (await store.audit.read({})).entries;
  expect(entries.map((e) => [e.seq, e.action])).toEqual([
    [1, 'activity.created'],
    [2, 'activity.changed'],
  ]);
  expect(entries[1]!.actor).toBe('p-erik');
  expect(await entities(odata`RowKey ge 'audit:' and RowKey lt 'audit;'`)).toEqual([]);
  expect((await store.audit.verify()).ok).toBe(true);
});

it("moves the first wave's activity history into the trail once, even when two instances open the table at once", async () => {
  const seed = await open();
  await createIn(seed, 'Förnya licensavtal'); // A-001, with its creation in the trail already
  const old = (n: number, at: string, by: { id: string; name: string }, field: string, from: string | null, to: string | null) =>
    client.createEntity({
      partitionKey: 'activities',
      rowKey: `history:A-009:${String(n).padStart(6, '0')}:00`,
      ...documentProps({ activityKey: 'A-009', at, by, field, from, to }),
    });
  await old(1, '2025-11-01T08:00:00.000Z', maria, 'created', null, 'ny');
  await old(2, '2025-11-02T08:00:00.000Z', maria, 'owner', null, maria.name);
  await old(3, '2025-11-03T08:00:00.000Z', erik, 'description', 'Gammal', 'Ny');

  const [a, b] = await Promise.all([open(), open()]);
  const page = await a.audit.read({ record: { type: 'activity', id: 'A-009' } });
  expect(page.entries.map((e) => [e.action, e.at])).toEqual([
    ['activity.created', '2025-11-01T08:00:00.000Z'],
    ['activity.changed', '2025-11-02T08:00:00.000Z'],
    ['activity.changed', '2025-11-03T08:00:00.000Z'],
  ]);
  const pMaria = await b.audit.pseudonymOf(maria.id);
  expect(page.entries[1]!.changes).toEqual([{ field: 'owner', from: null, to: { person: pMaria } }]);
  expect(JSON.stringify(page.entries)).not.toContain('Gammal');
  expect(await entities(odata`PartitionKey eq 'activities' and RowKey ge 'history:' and RowKey lt 'history;'`)).toEqual([]);
  expect(await b.audit.verify()).toMatchObject({ ok: true, count: 4 });
});
