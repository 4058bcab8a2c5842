import { ActivityFields, changeActivity, commentedActivity, deletedActivity, newActivity } from '../../src/domain/activity';
import { AuditEntry, GENESIS } from '../../src/domain/audit';
import { textHash, verifyChain } from '../../src/domain/auditChain';
import { changeEntry } from '../../src/domain/auditDiff';
import { defaultChecklist } from '../../src/domain/checklistTemplate';
import { defaultCategories } from '../../src/domain/categories';
import { startMeeting } from '../../src/domain/meeting';
import { newTraining } from '../../src/domain/training';
import { Person } from '../../src/domain/person';
import { unwrap } from '../../src/domain/problem';
import { Store } from '../../src/store/store';
import { trainingFields, trainingOps } from '../helpers/trainingFixtures';

/**
 * The audit trail, as every backend keeps it: each write of a record appends exactly one entry
 * in the same atomic write (a refused write none), the entries form one unbroken chain with the
 * head kept beside it, people are pseudonyms with a person table beside the chain, and reads
 * filter by record, person and time, a page at a time.
 */
const maria: Person = { id: 'aad-maria-0001', name: 'Maria Lindqvist' };
const erik: Person = { id: 'aad-erik-0002', name: 'Erik Holm' };
// Before the fixtures' trainings (30 March 2026), so sign-up is open.
const T0 = new Date('2026-03-07T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const fields = (over: Partial<ActivityFields> = {}): ActivityFields => ({
  title: 'Förnya licensavtal',
  description: 'Avtalet löper ut; Erik Holm tar in offert.',
  category: 'Licenser',
  owner: maria,
  status: 'ny',
  priority: 'hög',
  dueDate: '2027-01-31',
  origin: 'projekt',
  resolution: null,
  ...over,
});

export function auditContract(getStore: () => Store): void {
  describe('audit trail', () => {
    const store = () => getStore();
    const all = async () => (await store().audit.read({ limit: 500 })).entries;
    const create = async (over: Partial<ActivityFields> = {}, by = maria, when = T0) => {
      const { draft, audit } = unwrap(newActivity(fields(over), by, when));
      return store().activities.create(draft, audit);
    };

    it('starts empty: no entries, the genesis head, a valid chain', async () => {
      expect(await all()).toEqual([]);
      expect(await store().audit.head()).toEqual({ count: 0, hash: GENESIS });
      expect(await store().audit.verify()).toEqual({ ok: true, count: 0, head: GENESIS });
    });

    it('appends exactly one entry per write of each kind, chained in order, and none for a refused write', async () => {
      const a = await create();
      const { next, audit } = unwrap(changeActivity(a, { status: 'pågår', owner: erik }, erik, at(1)));
      expect((await store().activities.update(next, 1, audit!)).ok).toBe(true);
      // Refused: a stale version, an unknown key — nothing is appended.
      expect((await store().activities.update(next, 1, audit!)).ok).toBe(false);
      expect((await store().activities.update({ ...next, key: 'A-404' }, 1, audit!)).ok).toBe(false);
      const comment = { activityKey: a.key, at: at(2).toISOString(), by: erik, text: 'Offert begärd', meetingDate: null };
      expect((await store().activities.addComment(comment, commentedActivity(comment))).ok).toBe(true);
      expect((await store().activities.addComment({ ...comment, activityKey: 'A-404' }, commentedActivity(comment))).ok).toBe(false);

      const checklist = defaultChecklist();
      expect((await store().checklist.save(checklist, 0, changeEntry(at(3), null, { type: 'checklist', id: 'default' }, 'checklist.created', null, null))).ok).toBe(true);
      expect((await store().checklist.save(checklist, 0, changeEntry(at(3), null, { type: 'checklist', id: 'default' }, 'checklist.created', null, null))).ok).toBe(false);
      const meeting = unwrap(startMeeting('M-2026-03-07-1', '2026-03-07', maria, at(4)));
      expect((await store().meetings.create(meeting, changeEntry(at(4), maria, { type: 'meeting', id: meeting.id }, 'meeting.started', null, meeting))).ok).toBe(true);
      const categories = defaultCategories();
      const saved = { ...categories, items: [...categories.items, { name: 'Telefoni', en: 'Telephony', retired: false }] };
      const entry = changeEntry(at(5), maria, { type: 'categories', id: 'default' }, 'categories.changed', categories, saved);
      expect((await store().categories.save(saved, 0, entry)).ok).toBe(true);

      const training = await store().trainings.create(unwrap(newTraining(trainingFields({ capacity: 1 }), at(6))), (id) =>
        changeEntry(at(6), maria, { type: 'training', id }, 'training.created', null, { id }),
      );
      const ops = trainingOps(store(), maria);
      unwrap(await ops.signUp(training.id, { id: erik.id, name: erik.name, email: 'erik@example.se', department: null }, at(7)));
      // A repeated sign-up writes nothing, so no entry.
      unwrap(await ops.signUp(training.id, { id: erik.id, name: erik.name, email: null, department: null }, at(8)));
      unwrap(await ops.cancel(training.id, erik.id, at(9)));
      expect((await ops.cancel('U-404', erik.id, at(9))).ok).toBe(false);

      const deleted = await store().activities.delete(a.key, 2, deletedActivity({ ...next, version: 2 }, maria, at(10)));
      expect(deleted.ok).toBe(true);

      const entries = await all();
      expect(entries.map((e) => [e.seq, e.action, e.record.id])).toEqual([
        [1, 'activity.created', 'A-001'],
        [2, 'activity.changed', 'A-001'],
        [3, 'activity.commented', 'A-001'],
        [4, 'checklist.created', 'default'],
        [5, 'meeting.started', 'M-2026-03-07-1'],
        [6, 'categories.changed', 'default'],
        [7, 'training.created', training.id],
        [8, 'training.signedUp', training.id],
        [9, 'training.registrationCancelled', training.id],
        [10, 'activity.deleted', 'A-001'],
      ]);
      expect(verifyChain(entries, await store().audit.head())).toEqual({ ok: true, count: 10, head: entries[9]!.hash });
      expect(await store().audit.verify()).toEqual({ ok: true, count: 10, head: entries[9]!.hash });
    });

    it('names people only by pseudonym and keeps free texts as hashes; the page names the people it holds', async () => {
      const a = await create();
      const { next, audit } = unwrap(changeActivity(a, { owner: erik, description: 'Ny text om Maria Lindqvist' }, erik, at(1)));
      await store().activities.update(next, 1, audit!);
      const page = await store().audit.read({});
      const stored = JSON.stringify(page.entries);
      for (const trace of [maria.id, maria.name, erik.id, erik.name, 'Ny text', 'Erik Holm tar in offert']) expect(stored).not.toContain(trace);

      const pMaria = await store().audit.pseudonymOf(maria.id);
      const pErik = await store().audit.pseudonymOf(erik.id);
      expect(pMaria).toEqual(expect.any(String));
      expect(pErik).not.toBe(pMaria);
      const changed = page.entries[1]!;
      expect(changed.actor).toBe(pErik);
      expect(changed.changes).toEqual([
        { field: 'description', from: { sha256: textHash(fields().description) }, to: { sha256: textHash('Ny text om Maria Lindqvist') } },
        { field: 'owner', from: { person: pMaria }, to: { person: pErik } },
      ]);
      expect(page.people.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
        { pseudonym: pErik, id: erik.id, name: erik.name },
        { pseudonym: pMaria, id: maria.id, name: maria.name },
      ]);
    });

    it('knows a person by one pseudonym under their latest name', async () => {
      await create({}, maria, T0);
      const renamed = { ...maria, name: 'Maria Lindqvist Ek' };
      await create({ owner: renamed }, renamed, at(1));
      const page = await store().audit.read({});
      expect(new Set(page.entries.map((e) => e.actor)).size).toBe(1);
      expect(page.people).toEqual([{ pseudonym: page.entries[0]!.actor, id: maria.id, name: 'Maria Lindqvist Ek' }]);
    });

    it('erasing a person deletes their row only: the chain stays valid and nothing in it names them', async () => {
      const a = await create();
      const { next, audit } = unwrap(changeActivity(a, { owner: erik }, erik, at(1)));
      await store().activities.update(next, 1, audit!);
      const before = await all();
      const pErik = await store().audit.pseudonymOf(erik.id);

      expect(await store().audit.forget(erik.id)).toBe(true);
      expect(await store().audit.forget(erik.id)).toBe(false);
      expect(await store().audit.pseudonymOf(erik.id)).toBeUndefined();
      const after = await store().audit.read({});
      expect(after.entries).toEqual(before);
      expect(after.people.map((p) => p.id)).toEqual([maria.id]);
      expect(JSON.stringify(after)).not.toContain(erik.name);
      expect(JSON.stringify(after)).not.toContain(erik.id);
      expect(after.entries[1]!.actor).toBe(pErik);
      expect((await store().audit.verify()).ok).toBe(true);
    });

    it('reads by record, by person, by time and by kind of record, oldest or newest first, a page at a time', async () => {
      const a = await create({}, maria, at(0));
      const b = await create({ title: 'Annan' }, erik, at(10));
      let current = a;
      for (let i = 1; i <= 5; i++) {
        const { next, audit } = unwrap(changeActivity(current, { title: `Version ${i}` }, i % 2 ? erik : maria, at(20 + i)));
        const written = await store().activities.update(next, current.version, audit!);
        if (!written.ok) throw new Error('update failed');
        current = written.value;
      }
      const pErik = (await store().audit.pseudonymOf(erik.id))!;

      const ofA = await store().audit.read({ record: { type: 'activity', id: a.key } });
      expect(ofA.entries.map((e) => e.seq)).toEqual([1, 3, 4, 5, 6, 7]);
      expect((await store().audit.read({ record: { type: 'activity', id: b.key } })).entries.map((e) => e.seq)).toEqual([2]);
      expect((await store().audit.read({ record: { type: 'training', id: a.key } })).entries).toEqual([]);

      expect((await store().audit.read({ person: pErik })).entries.map((e) => e.seq)).toEqual([2, 3, 5, 7]);
      expect((await store().audit.read({ from: at(10).toISOString(), to: at(23).toISOString() })).entries.map((e) => e.seq)).toEqual([2, 3, 4, 5]);

      const first = await store().audit.read({ limit: 3 });
      expect(first.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(first.next).toBe(3);
      const second = await store().audit.read({ limit: 3, after: first.next! });
      expect(second.entries.map((e) => e.seq)).toEqual([4, 5, 6]);
      const last = await store().audit.read({ limit: 3, after: second.next! });
      expect(last.entries.map((e) => e.seq)).toEqual([7]);
      expect(last.next).toBeNull();

      const newest = await store().audit.read({ order: 'newest', limit: 4 });
      expect(newest.entries.map((e) => e.seq)).toEqual([7, 6, 5, 4]);
      expect((await store().audit.read({ order: 'newest', limit: 4, after: newest.next! })).entries.map((e) => e.seq)).toEqual([3, 2, 1]);
      expect((await store().audit.read({ order: 'newest', person: pErik, limit: 2 })).entries.map((e) => e.seq)).toEqual([7, 5]);

      // By kind of record (what a reader may see): one kind, several, none.
      await store().trainings.create(unwrap(newTraining(trainingFields(), at(40))), (id) =>
        changeEntry(at(40), erik, { type: 'training', id }, 'training.created', null, { id }),
      );
      expect((await store().audit.read({ types: ['training'] })).entries.map((e) => e.seq)).toEqual([8]);
      expect((await store().audit.read({ types: ['activity'] })).entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect((await store().audit.read({ types: ['activity', 'training'], order: 'newest', limit: 2 })).entries.map((e) => e.seq)).toEqual([8, 7]);
      expect((await store().audit.read({ types: ['training'], person: pErik })).entries.map((e) => e.seq)).toEqual([8]);
      expect((await store().audit.read({ types: ['checklist'] })).entries).toEqual([]);
      expect((await store().audit.read({ types: [] })).entries).toEqual([]);

      // A title that spells out a person value names nobody.
      const spoof = unwrap(newActivity(fields({ title: `{"person":"${pErik}"}` }), maria, at(50)));
      await store().activities.create(spoof.draft, spoof.audit);
      expect((await store().audit.read({ person: pErik })).entries.map((e) => e.seq)).toEqual([2, 3, 5, 7, 8]);
    });

    it('one entry per winner: 30 parallel updates from one version and 30 parallel sign-ups leave one unbroken chain', async () => {
      const a = await create();
      const tries = Array.from({ length: 30 }, (_, i) => unwrap(changeActivity(a, { title: `Försök ${i}` }, erik, at(1))));
      const results = await Promise.all(tries.map((t) => store().activities.update(t.next, 1, t.audit!)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);

      const training = await store().trainings.create(unwrap(newTraining(trainingFields({ capacity: 5 }), T0)), (id) =>
        changeEntry(T0, maria, { type: 'training', id }, 'training.created', null, { id }),
      );
      const ops = trainingOps(store(), maria);
      await Promise.all(Array.from({ length: 30 }, (_, i) => ops.signUp(training.id, { id: `aad-${i}`, name: `Person ${i}`, email: null, department: null }, at(2))));

      const entries: AuditEntry[] = await all();
      expect(entries.filter((e) => e.action === 'activity.changed')).toHaveLength(1);
      expect(entries.filter((e) => e.action === 'training.signedUp')).toHaveLength(30);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
      expect(await store().audit.verify()).toEqual({ ok: true, count: 33, head: entries[32]!.hash });
    });
  });
}
