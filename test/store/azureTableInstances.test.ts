import { randomBytes } from 'node:crypto';
import { ActivityFields, changeActivity, commentedActivity, deletedActivity, newActivity } from '../../src/domain/activity';
import { startMeeting } from '../../src/domain/meeting';
import { newTraining } from '../../src/domain/training';
import { OutboxDraft } from '../../src/domain/notification';
import { unwrap } from '../../src/domain/problem';
import { openAzureTableStore } from '../../src/store/azureTable/azureTableStore';
import { documentOf, documentProps, safeKey } from '../../src/store/azureTable/table';
import { Store } from '../../src/store/store';
import { RunningAzurite, startAzurite } from '../../scripts/azurite';
import { trainingFields, trainingOps } from '../helpers/trainingFixtures';
import { entryFor, entryOnceNamed } from '../helpers/auditFixtures';

/**
 * What the contract cannot show with one store object: two app instances (two stores on one
 * table, each with its own in-process queues) racing for the same things, so that only the
 * etag-conditioned writes keep them apart — and the Table specifics: documents larger than one
 * property holds, more comments than one batch holds, keys with characters Table keys refuse.
 */
let azurite: RunningAzurite;
let a: Store;
let b: Store;
beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});
beforeEach(async () => {
  const tableName = `i${randomBytes(8).toString('hex')}`;
  const open = () => openAzureTableStore({ tableName, connectionString: azurite.connectionString });
  [a, b] = await Promise.all([open(), open()]);
});

const T0 = new Date('2026-03-02T08:00:00.000Z');
const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
const fields = (title: string): ActivityFields => ({
  title,
  description: '',
  category: 'Övrigt',
  owner: null,
  status: 'ny',
  priority: 'normal',
  dueDate: null,
  origin: 'förvaltning',
  resolution: null,
});
const createIn = (store: Store, title: string) => {
  const { draft, audit } = unwrap(newActivity(fields(title), lead, T0));
  return store.activities.create(draft, audit);
};
/** Every other call goes to the other instance. */
const split = <T>(n: number, run: (store: Store, i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => run(i % 2 ? b : a, i)));

describe('two instances on one table', () => {
  it('100 parallel creates split across both get 100 distinct keys A-001 … A-100, each with its trail entry', async () => {
    const created = await split(100, (store, i) => createIn(store, `Punkt ${i}`));
    expect(created.map((c) => c.key).sort()).toEqual(Array.from({ length: 100 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`));
    expect(await b.activities.list()).toHaveLength(100);
    expect((await a.audit.read({ record: { type: 'activity', id: 'A-050' } })).entries.map((e) => e.action)).toEqual(['activity.created']);
  });

  it('of 20 parallel updates from the same version, split across both, exactly one wins', async () => {
    const item = await createIn(a, 'Förnya licensavtal');
    const results = await split(20, (store, i) => {
      const { next, audit } = unwrap(changeActivity(item, { title: `Version ${i}` }, lead, T0));
      return store.activities.update(next, item.version, audit!);
    });
    const wins = results.filter((r) => r.ok);
    expect(wins).toHaveLength(1);
    const stored = await b.activities.get(item.key);
    expect(stored).toMatchObject({ version: 2, title: (wins[0] as { value: { title: string } }).value.title });
    expect((await a.audit.read({ record: { type: 'activity', id: item.key } })).entries).toHaveLength(2);
  });

  it('100 parallel sign-ups split across both for 10 seats: exactly 10 confirmed, 90 waitlisted at 1…90', async () => {
    const training = await a.trainings.create(unwrap(newTraining(trainingFields({ capacity: 10 }), T0)), entryOnceNamed('training'));
    const results = await split(100, (store, i) => trainingOps(store).signUp(training.id, { id: `aad-${i}`, name: `Person ${i}`, email: null, department: null }, T0));
    const outcomes = results.map((r) => unwrap(r));
    expect(outcomes.filter((o) => o.outcome === 'confirmed')).toHaveLength(10);
    expect(outcomes.filter((o) => o.outcome === 'waitlisted').map((o) => o.position).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    const stored = await b.trainings.registrations(training.id);
    expect(stored.filter((r) => r.status === 'confirmed')).toHaveLength(10);
    expect(new Set(stored.map((r) => r.seq)).size).toBe(100);
  });

  it('never gives one outbox message to both; each dedupe key is queued once by either', async () => {
    const draft = (key: string): OutboxDraft => ({ dedupeKey: key, userId: 'aad-1', kind: 'promoted', trainingId: 'U-001', createdAt: T0.toISOString(), dueAt: T0.toISOString() });
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    const queued = await Promise.all([a.outbox.enqueue(keys.map(draft)), b.outbox.enqueue(keys.map(draft))]);
    expect(queued[0] + queued[1]).toBe(30);
    const claims = await split(20, (store) => store.outbox.claimDue(T0, 3, 60_000));
    const ids = claims.flat().map((m) => m.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });

  it('one lease holder, one setting value, one flag, one checklist creation across both', async () => {
    const leases = await split(10, (store, i) => store.leases.acquire('scheduler', `holder-${i}`, T0, 30_000));
    expect(leases.filter(Boolean)).toHaveLength(1);
    const values = await split(10, (store, i) => store.settings.getOrCreate('calendar-signing-key', () => `key-${i}`));
    expect(new Set(values).size).toBe(1);
    const flags = await split(10, (store) => store.markOnce('demo-seeded'));
    expect(flags.filter(Boolean)).toHaveLength(1);
    const meetings = await split(10, (store, i) => store.meetings.create(unwrap(startMeeting('M-2026-03-03-1', '2026-03-03', { id: `u-${i}`, name: `U ${i}` }, T0)), entryFor('meeting')));
    expect(meetings.filter((r) => r.ok)).toHaveLength(1);
  });
  it('prunes handled activity ids from both at once: each removed once, none left, nothing thrown', async () => {
    await Promise.all(Array.from({ length: 150 }, (_, i) => a.turns.claim(`act-${i}`, T0)));
    const removed = await Promise.all([a.turns.prune(new Date(T0.getTime() + 1)), b.turns.prune(new Date(T0.getTime() + 1))]);
    expect(removed[0] + removed[1]).toBe(150);
    expect(await a.turns.prune(new Date(T0.getTime() + 1))).toBe(0);
    expect(await b.turns.claim('act-1', T0)).toBe(true); // forgotten, so it can be claimed again
  });
});

describe('Table specifics', () => {
  it('stores a meeting whose document is larger than one property holds (64 KiB) and reads it back whole', async () => {
    const started = unwrap(startMeeting('M-2026-03-03-1', '2026-03-03', lead, T0));
    const long = 'Beslut: följs upp i nästa möte. '.repeat(20);
    const entries = Array.from({ length: 200 }, (_, i) => ({
      activityKey: `A-${String(i + 1).padStart(3, '0')}`,
      title: `Punkt ${i}`,
      owner: lead,
      note: `${i}: ${long}`,
      statusFrom: 'pågår' as const,
      statusTo: 'klar' as const,
      dueDateFrom: null,
      dueDateTo: null,
      resolution: 'Klart',
      at: T0.toISOString(),
      by: lead,
    }));
    const big = { ...started, entries };
    expect(JSON.stringify(big).length).toBeGreaterThan(100_000);
    const created = await a.meetings.create(big, entryFor('meeting'));
    expect(created.ok).toBe(true);
    expect(await b.meetings.get(big.id)).toEqual({ ...big, version: 1 });
  });

  it('deletes an item with more comments than one batch holds: all of them go, its trail stays', async () => {
    const item = await createIn(a, 'Mycket diskuterad');
    for (let i = 0; i < 130; i++) {
      const comment = { activityKey: item.key, at: T0.toISOString(), by: lead, text: `Kommentar ${i}`, meetingDate: null };
      await a.activities.addComment(comment, commentedActivity(comment));
    }
    expect(await b.activities.comments(item.key)).toHaveLength(130);
    const deleted = await b.activities.delete(item.key, item.version, deletedActivity(item, lead, T0));
    expect(deleted.ok).toBe(true);
    expect(await a.activities.get(item.key)).toBeUndefined();
    expect(await a.activities.comments(item.key)).toEqual([]);
    const actions = (await a.audit.read({ record: { type: 'activity', id: item.key }, limit: 500 })).entries.map((e) => e.action);
    expect(actions.filter((x) => x !== 'activity.commented')).toEqual(['activity.created', 'activity.deleted']);
    expect(actions).toHaveLength(132);
  });

  it('imports and promotes more registrations than one batch holds (150): all written, in order, seats exact', async () => {
    const training = await a.trainings.create(unwrap(newTraining(trainingFields({ capacity: 10 }), T0)), entryOnceNamed('training'));
    const people = Array.from({ length: 150 }, (_, i) => ({
      userId: `aad-${i}`,
      name: `Person ${i}`,
      email: null,
      department: null,
      status: i < 10 ? ('confirmed' as const) : ('waitlisted' as const),
      registeredAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    }));
    const imported = unwrap(await trainingOps(a).importRegistrations(training.id, people));
    expect(imported.map((r) => r.userId)).toEqual(people.map((p) => p.userId));
    expect((await b.trainings.registrations(training.id)).map((r) => r.userId)).toEqual(people.map((p) => p.userId));
    // 200 seats: all 140 on the waitlist move up in the same write.
    const raised = unwrap(await trainingOps(b).update(training.id, training.version, { capacity: 200 }, T0));
    expect(raised.promoted).toHaveLength(140);
    // …and each of them is told once: the notices ride on the training entity across the batches, then the sweep queues them.
    expect(await a.outbox.collect()).toBe(140);
    expect(await b.outbox.collect()).toBe(0);
    expect((await a.outbox.list()).filter((m) => m.kind === 'promoted')).toHaveLength(140);
    const after = await a.trainings.registrations(training.id);
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(150);
  });

  it('keeps ids with characters Table keys refuse (/ \\ # ? %) apart and intact', async () => {
    const ids = ['a/b', 'a%2Fb', 'c\\d', 'e#f', 'g?h', 'plain'];
    expect(new Set(ids.map(safeKey)).size).toBe(ids.length);
    for (const id of ids) expect(safeKey(id)).not.toMatch(/[/\\#?]/);
    const reference = { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'a:x' }, bot: { id: '28:bot' }, user: { id: '29:u' } };
    for (const id of ids) await a.conversations.save(id, { ...reference, user: { id: `29:${id}` } }, T0);
    expect((await b.conversations.list()).map((c) => c.userId).sort()).toEqual([...ids].sort());
    expect((await b.conversations.get('a/b'))?.user.id).toBe('29:a/b');
  });

  it('spreads a document over as many properties as it needs, and refuses one too large for an entity', () => {
    const value = { text: 'Överlämning till förvaltning – '.repeat(2_000) };
    const props = documentProps(value);
    expect(props.parts).toBe(4); // about 102,000 characters of escaped JSON, in parts of 30,000
    // ASCII only (non-ASCII as \u escapes), so no request can break a character apart.
    expect(Object.values(props).every((v) => typeof v !== 'string' || /^[\x00-\x7f]*$/.test(v))).toBe(true);
    expect(documentOf({ ...props, etag: '', partitionKey: 'p', rowKey: 'r' })).toEqual(value);
    expect(() => documentProps({ text: 'x'.repeat(500_000) })).toThrow(/too large/);
  });
});
