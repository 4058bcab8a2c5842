import { grantRight, noRights } from '../../src/domain/rights';
import { RosterMember, chooseTeam, noTeam, withRoster } from '../../src/domain/forvaltningTeam';
import { Activity, ActivityFields, ActivityPatch, Comment, changeActivity, commentedActivity, deletedActivity, newActivity } from '../../src/domain/activity';
import { activityHistory } from '../../src/domain/activityHistory';
import { entryFor } from '../helpers/auditFixtures';
import { Checklist, changeItem } from '../../src/domain/checklist';
import { defaultChecklist } from '../../src/domain/checklistTemplate';
import { Meeting, MeetingEntry, finishMeeting, recordEntry, startMeeting } from '../../src/domain/meeting';
import { Person } from '../../src/domain/person';
import { unwrap } from '../../src/domain/problem';
import { Store } from '../../src/store/store';
import { trainingsContract } from './trainingsContract';
import { botStoreContract } from './botContract';
import { auditContract } from './auditContract';
import { costsContract } from './costsContract';
import { documentsContract } from './documentsContract';

/**
 * The behaviour every Store backend keeps (SQLite today, Azure Table Storage later): the
 * same suite runs against each. `factory` gives a fresh, empty store per test.
 */
export type StoreFactory = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const anna: Person = { id: 'aad-anna', name: 'Anna Åström' };
const olle: Person = { id: 'aad-olle', name: 'Olle Öberg' };
const T0 = new Date('2025-03-04T08:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const fields = (overrides: Partial<ActivityFields> = {}): ActivityFields => ({
  title: 'Förnya licensavtal för Teams-telefoni',
  description: 'Avtalet löper ut i juni; ta in offert från två leverantörer.',
  category: 'Licenser',
  owner: anna,
  status: 'ny',
  priority: 'hög',
  dueDate: '2025-05-31',
  origin: 'projekt',
  resolution: null,
  ...overrides,
});

/** Range A-001 … A-nnn. */
const keys = (n: number) => Array.from({ length: n }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`);

/** An entry for a write whose entry is not what the test is about (the audit contract tests those). */
function unwrapComment<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('comment was not stored');
  return r.value;
}

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await factory());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    const create = async (overrides: Partial<ActivityFields> = {}, by = anna, at = T0) => {
      const { draft, audit } = unwrap(newActivity(fields(overrides), by, at));
      return store.activities.create(draft, audit);
    };
    /** A change that changes something: the next record and its entry. */
    const change = (current: Activity, patch: ActivityPatch, by = olle, at = later(10)) => {
      const { next, audit } = unwrap(changeActivity(current, patch, by, at));
      if (!audit) throw new Error('the change changes nothing');
      return { next, audit };
    };
    /** The item's history as its panel shows it: read from the trail. */
    const historyOf = async (key: string) => activityHistory(key, await store.audit.read({ record: { type: 'activity', id: key } }));
    const addComment = (c: Omit<Comment, 'id'>) => store.activities.addComment(c, commentedActivity(c));

    describe('activities', () => {
      it('creates with the next key and version 1, and get returns the same fields', async () => {
        const { draft } = unwrap(newActivity(fields(), anna, T0));
        const created = await create();
        expect(created).toEqual({ ...draft, key: 'A-001', version: 1 });
        expect(await store.activities.get('A-001')).toEqual(created);

        const second = await create({ title: 'Andra', owner: null, dueDate: null, category: 'Övrigt', priority: 'låg' });
        expect(second.key).toBe('A-002');
        expect(second.owner).toBeNull();
        expect(second.dueDate).toBeNull();
        expect(await store.activities.get('A-002')).toEqual(second);
      });

      it('keeps a closed item with its resolution as given', async () => {
        const created = await create({ status: 'klar', resolution: 'Klart – avtal förnyat' });
        expect(await store.activities.get(created.key)).toMatchObject({ status: 'klar', resolution: 'Klart – avtal förnyat' });
      });

      it('returns undefined for an unknown key', async () => {
        expect(await store.activities.get('A-999')).toBeUndefined();
      });

      it('records the creation history with the key filled in', async () => {
        const created = await create();
        expect(await historyOf(created.key)).toEqual([
          { activityKey: 'A-001', at: T0.toISOString(), by: anna, field: 'created', from: null, to: 'ny' },
        ]);
      });

      it('updates with the right version: version 2, stored, history appended in order', async () => {
        const v1 = await create();
        const { next, audit } = change(v1, { status: 'pågår', owner: olle });
        const written = await store.activities.update(next, 1, audit);
        expect(written).toEqual({ ok: true, value: { ...next, version: 2 } });
        expect(await store.activities.get(v1.key)).toEqual({ ...next, version: 2 });

        const stored = await historyOf(v1.key);
        expect(stored.map((h) => h.field)).toEqual(['created', 'owner', 'status']);
        expect(stored.slice(1)).toEqual([
          { activityKey: v1.key, at: later(10).toISOString(), by: olle, field: 'owner', from: anna.name, to: olle.name },
          { activityKey: v1.key, at: later(10).toISOString(), by: olle, field: 'status', from: 'ny', to: 'pågår' },
        ]);

        const v2 = (await store.activities.get(v1.key))!;
        const third = change(v2, { status: 'klar', resolution: 'Löst' }, anna, later(20));
        const again = await store.activities.update(third.next, 2, third.audit);
        expect(again.ok && again.value.version).toBe(3);
        expect((await historyOf(v1.key)).map((h) => h.field)).toEqual([
          'created',
          'owner',
          'status',
          'status',
          'resolution',
        ]);
      });

      it('refuses a stale version: conflict with the current record, nothing changed', async () => {
        const v1 = await create();
        const first = change(v1, { title: 'Olles rubrik' });
        expect((await store.activities.update(first.next, 1, first.audit)).ok).toBe(true);
        const before = await store.activities.get(v1.key);
        const historyBefore = await historyOf(v1.key);

        const stale = change(v1, { title: 'Annas rubrik', priority: 'låg' }, anna, later(11));
        const written = await store.activities.update(stale.next, 1, stale.audit);

        expect(written).toEqual({ ok: false, reason: 'conflict', current: before });
        expect(await store.activities.get(v1.key)).toEqual(before);
        expect(before).toMatchObject({ title: 'Olles rubrik', priority: 'hög', version: 2 });
        expect(await historyOf(v1.key)).toEqual(historyBefore);
      });

      it('refuses a version from the future as a conflict too', async () => {
        const v1 = await create();
        const { next, audit } = change(v1, { title: 'Ny' });
        const written = await store.activities.update(next, 5, audit);
        expect(written).toEqual({ ok: false, reason: 'conflict', current: v1 });
      });

      it('answers not_found when updating an unknown key and creates nothing', async () => {
        const v1 = await create();
        const { next, audit } = change(v1, { title: 'Ny' });
        const written = await store.activities.update({ ...next, key: 'A-999' }, 1, audit);
        expect(written).toEqual({ ok: false, reason: 'not_found' });
        expect(await store.activities.get('A-999')).toBeUndefined();
        expect(await historyOf('A-999')).toEqual([]);
        expect(await store.activities.list()).toEqual([v1]);
      });

      it('deletes with the right version: gone from get and list, comments gone, history kept with the deletion', async () => {
        const v1 = await create();
        const other = await create({ title: 'Annan punkt' });
        unwrapComment(await addComment({ activityKey: v1.key, at: later(1).toISOString(), by: olle, text: 'x', meetingDate: null }));
        const entry = deletedActivity(v1, olle, later(5));
        expect(await store.activities.delete(v1.key, 2, entry)).toMatchObject({ ok: false, reason: 'conflict', current: v1 });
        expect(await store.activities.get(v1.key)).toEqual(v1);
        expect(await store.activities.delete(v1.key, 1, entry)).toEqual({ ok: true, value: v1 });
        expect(await store.activities.get(v1.key)).toBeUndefined();
        expect(await store.activities.list()).toEqual([other]);
        expect(await store.activities.comments(v1.key)).toEqual([]);
        expect((await historyOf(v1.key)).map((h) => h.field)).toEqual(['created', 'deleted']);
        expect(await store.activities.delete(v1.key, 1, entry)).toEqual({ ok: false, reason: 'not_found' });
        // The key is never given out again.
        expect((await create()).key).toBe('A-003');
      });

      it('gives 100 parallel creates 100 distinct keys A-001 … A-100', async () => {
        const created = await Promise.all(Array.from({ length: 100 }, (_, i) => create({ title: `Punkt ${i}` })));
        expect(created.map((a) => a.key).sort()).toEqual(keys(100));
        expect(created.every((a) => a.version === 1)).toBe(true);
        const listed = await store.activities.list();
        expect(listed.map((a) => a.key)).toEqual(keys(100));
        // Each key holds what its own create stored.
        const byKey = new Map(listed.map((a) => [a.key, a]));
        for (const a of created) expect(byKey.get(a.key)).toEqual(a);
      });

      it('lets exactly one of 50 parallel updates with the same version win', async () => {
        const v1 = await create();
        const attempts = Array.from({ length: 50 }, (_, i) => change(v1, { title: `Version ${i}` }, olle, later(i + 1)));
        const results = await Promise.all(attempts.map((a) => store.activities.update(a.next, 1, a.audit)));

        const wins = results.filter((r) => r.ok);
        const conflicts = results.filter((r) => !r.ok && r.reason === 'conflict');
        expect(wins).toHaveLength(1);
        expect(conflicts).toHaveLength(49);

        const final = (await store.activities.get(v1.key))!;
        expect(final.version).toBe(2);
        expect(wins[0]).toEqual({ ok: true, value: final });
        const history = await historyOf(v1.key);
        expect(history).toHaveLength(2);
        expect(history[1]).toMatchObject({ field: 'title', to: final.title });
      });

      it('lists all items in key order', async () => {
        expect(await store.activities.list()).toEqual([]);
        const a = await create({ title: 'Första' });
        const b = await create({ title: 'Andra', status: 'väntar' });
        const c = await create({ title: 'Tredje', owner: null });
        const updated = change(b, { priority: 'låg' });
        const written = await store.activities.update(updated.next, 1, updated.audit);
        expect(written.ok).toBe(true);
        expect(await store.activities.list()).toEqual([a, { ...updated.next, version: 2 }, c]);
      });

      it('keeps history per item', async () => {
        const a = await create();
        const b = await create();
        const changed = change(b, { status: 'pågår' });
        await store.activities.update(changed.next, 1, changed.audit);
        expect((await historyOf(a.key)).map((h) => h.field)).toEqual(['created']);
        expect((await historyOf(b.key)).map((h) => h.field)).toEqual(['created', 'status']);
        expect(await historyOf('A-999')).toEqual([]);
      });

      it('shows a changed free text in the history as changed, without its words', async () => {
        const v1 = await create();
        const edited = change(v1, { description: 'Ny beskrivning med ett namn: Olle' });
        expect((await store.activities.update(edited.next, 1, edited.audit)).ok).toBe(true);
        const [, described] = await historyOf(v1.key);
        expect(described).toEqual({ activityKey: v1.key, at: later(10).toISOString(), by: olle, field: 'description', from: null, to: null, text: true });
      });
    });

    describe('comments', () => {
      it('adds comments with an id and lists them per item in time order', async () => {
        const a = await create();
        const b = await create();
        const first = await addComment({
          activityKey: a.key,
          at: later(1).toISOString(),
          by: olle,
          text: 'Offert begärd från två leverantörer.',
          meetingDate: null,
        });
        const second = await addComment({
          activityKey: a.key,
          at: later(2).toISOString(),
          by: anna,
          text: 'Togs upp på förvaltningsmötet.',
          meetingDate: '2025-04-01',
        });
        await addComment({ activityKey: b.key, at: later(3).toISOString(), by: anna, text: 'Annan', meetingDate: null });

        expect(first.ok && second.ok).toBe(true);
        if (!first.ok || !second.ok) return;
        expect(first.value.id).toEqual(expect.any(String));
        expect(first.value.id).not.toBe(second.value.id);
        expect(second.value).toEqual({
          id: second.value.id,
          activityKey: a.key,
          at: later(2).toISOString(),
          by: anna,
          text: 'Togs upp på förvaltningsmötet.',
          meetingDate: '2025-04-01',
        });
        expect(await store.activities.comments(a.key)).toEqual([first.value, second.value]);
        expect(await store.activities.comments(b.key)).toHaveLength(1);
        expect(await store.activities.comments('A-999')).toEqual([]);
      });

      it('keeps comments made at the same instant in the order they were added', async () => {
        const a = await create();
        const at = later(5).toISOString();
        for (const text of ['ett', 'två', 'tre']) {
          await addComment({ activityKey: a.key, at, by: anna, text, meetingDate: null });
        }
        expect((await store.activities.comments(a.key)).map((c) => c.text)).toEqual(['ett', 'två', 'tre']);
      });

      it('answers not_found for a comment on an unknown item', async () => {
        const written = await addComment({
          activityKey: 'A-404',
          at: T0.toISOString(),
          by: anna,
          text: 'Finns inte',
          meetingDate: null,
        });
        expect(written).toEqual({ ok: false, reason: 'not_found' });
        expect(await store.activities.comments('A-404')).toEqual([]);
      });
    });

    describe('checklist', () => {
      const ticked = (c: Checklist, itemId = 'T01', by = anna) =>
        unwrap(changeItem(c, itemId, 1, { done: true, comment: 'Beslut i ledningsgruppen' }, by, later(30))).checklist;

      it('has no checklist in a fresh store', async () => {
        expect(await store.checklist.get()).toBeUndefined();
      });

      it('creates with expected version 0 (version 1) and get returns it', async () => {
        const fresh = defaultChecklist();
        const saved = await store.checklist.save(fresh, 0, entryFor('checklist'));
        expect(saved).toEqual({ ok: true, value: { ...fresh, version: 1 } });
        expect(await store.checklist.get()).toEqual({ ...fresh, version: 1 });
      });

      it('saves with the right version and bumps it', async () => {
        await store.checklist.save(defaultChecklist(), 0, entryFor('checklist'));
        const v1 = (await store.checklist.get())!;
        const next = ticked(v1);
        const saved = await store.checklist.save(next, 1, entryFor('checklist'));
        expect(saved).toEqual({ ok: true, value: { ...next, version: 2 } });
        const stored = (await store.checklist.get())!;
        expect(stored.version).toBe(2);
        expect(stored.items[0]).toMatchObject({ id: 'T01', done: true, doneBy: anna, version: 2 });
      });

      it('refuses a stale version: conflict with the current checklist, nothing changed', async () => {
        await store.checklist.save(defaultChecklist(), 0, entryFor('checklist'));
        const v1 = (await store.checklist.get())!;
        expect((await store.checklist.save(ticked(v1, 'T01', anna), 1, entryFor('checklist'))).ok).toBe(true);
        const before = await store.checklist.get();

        const stale = await store.checklist.save(ticked(v1, 'T02', olle), 1, entryFor('checklist'));
        expect(stale).toEqual({ ok: false, reason: 'conflict', current: before });
        expect(await store.checklist.get()).toEqual(before);
      });

      it('refuses creating when one exists: conflict with the current checklist', async () => {
        const first = await store.checklist.save(defaultChecklist(), 0, entryFor('checklist'));
        expect(first.ok).toBe(true);
        const other = { ...defaultChecklist(), signedOffAt: T0.toISOString() };
        const second = await store.checklist.save(other, 0, entryFor('checklist'));
        expect(second).toEqual({ ok: false, reason: 'conflict', current: { ...defaultChecklist(), version: 1 } });
        expect(await store.checklist.get()).toEqual({ ...defaultChecklist(), version: 1 });
      });

      it('lets exactly one of 20 parallel creates win', async () => {
        const results = await Promise.all(Array.from({ length: 20 }, () => store.checklist.save(defaultChecklist(), 0, entryFor('checklist'))));
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(19);
        expect((await store.checklist.get())!.version).toBe(1);
      });

      it('answers not_found when saving a version of a checklist that does not exist', async () => {
        const written = await store.checklist.save({ ...defaultChecklist(), version: 3 }, 3, entryFor('checklist'));
        expect(written).toEqual({ ok: false, reason: 'not_found' });
        expect(await store.checklist.get()).toBeUndefined();
      });
    });

    describe('rights and the förvaltning team (one versioned document each, with the trail)', () => {
      const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
      const roster: RosterMember[] = [
        { id: 'aad-lead', name: 'Maria Lindqvist', role: 'owner' },
        { id: 'aad-member', name: 'Johan Ek', role: 'member' },
      ];

      it('stores granted rights from version 0, refuses a stale version with the current rights, and appends the entry with the write', async () => {
        expect(await store.rights.get()).toBeUndefined();
        const first = grantRight(noRights(), 'projektägare', { id: 'aad-x', name: 'Anders Berg' }, lead, T0);
        const saved = await store.rights.save(first.rights, 0, first.audit!);
        expect(saved).toEqual({ ok: true, value: { ...first.rights, version: 1 } });
        const stale = await store.rights.save(grantRight(noRights(), 'projektägare', { id: 'aad-y', name: 'Eva Ek' }, lead, later(1)).rights, 0, entryFor('rights'));
        expect(stale).toEqual({ ok: false, reason: 'conflict', current: { ...first.rights, version: 1 } });
        const entries = await store.audit.read({ record: { type: 'rights', id: 'default' } });
        expect(entries.entries.map((e) => e.action)).toEqual(['rights.granted']);
      });

      it('stores the team with its roster; exactly one of 10 parallel choices wins', async () => {
        expect(await store.team.get()).toBeUndefined();
        const choices = await Promise.all(
          Array.from({ length: 10 }, (_, i) => {
            const chosen = unwrap(chooseTeam(noTeam(), { id: `group-${i}`, name: `Team ${i}` }, roster, { ...lead, role: 'reader' }, later(i)));
            return store.team.save(chosen.team, 0, chosen.audit!);
          }),
        );
        expect(choices.filter((c) => c.ok)).toHaveLength(1);
        const stored = (await store.team.get())!;
        expect(stored).toMatchObject({ version: 1, roster: [roster[0], roster[1]] });
        const next = withRoster(stored, [roster[0]!], later(20))!;
        expect(await store.team.save(next.team, 1, next.audit)).toMatchObject({ ok: true, value: { version: 2, roster: [roster[0]] } });
        expect((await store.audit.read({ record: { type: 'team', id: 'default' } })).entries.map((e) => e.action)).toEqual(['team.chosen', 'team.rosterChanged']);
      });
    });

    describe('meetings', () => {
      const meeting = (id: string, date: string, startedAt = T0) => unwrap(startMeeting(id, date, anna, startedAt));
      const entry = (n: number, over: Partial<MeetingEntry> = {}): MeetingEntry => ({
        activityKey: `A-00${n}`,
        title: `Punkt ${n}`,
        owner: n % 2 ? anna : null,
        note: `Beslut ${n}: följs upp i nästa möte`,
        statusFrom: 'pågår',
        statusTo: n % 2 ? 'klar' : 'pågår',
        dueDateFrom: '2025-03-31',
        dueDateTo: n % 2 ? '2025-03-31' : null,
        resolution: n % 2 ? 'Klart' : null,
        at: later(n).toISOString(),
        by: olle,
        ...over,
      });
      const withEntry = (m: Meeting, n: number) => unwrap(recordEntry(m, entry(n)));
      const createStored = async (m: Meeting) => {
        const r = await store.meetings.create(m, entryFor('meeting'));
        if (!r.ok) throw new Error(`meeting ${m.id} was not created`);
        return r.value;
      };

      it('creates with version 1 and get returns the same document; unknown ids are undefined', async () => {
        const fresh = meeting('M-2025-04-01-1', '2025-04-01');
        const created = await store.meetings.create(fresh, entryFor('meeting'));
        expect(created).toEqual({ ok: true, value: { ...fresh, version: 1 } });
        expect(await store.meetings.get(fresh.id)).toEqual({ ...fresh, version: 1 });
        expect(await store.meetings.get('M-404')).toBeUndefined();
      });

      it('refuses creating an id that exists: conflict with the stored meeting, nothing changed', async () => {
        const first = meeting('M-2025-04-01-1', '2025-04-01');
        await store.meetings.create(first, entryFor('meeting'));
        const other = withEntry(meeting('M-2025-04-01-1', '2025-04-01', later(5)), 1);
        const second = await store.meetings.create(other, entryFor('meeting'));
        expect(second).toEqual({ ok: false, reason: 'conflict', current: { ...first, version: 1 } });
        expect(await store.meetings.list()).toEqual([{ ...first, version: 1 }]);
      });

      it('lists newest meeting date first, then the one started last', async () => {
        expect(await store.meetings.list()).toEqual([]);
        await store.meetings.create(meeting('M-2025-03-04-1', '2025-03-04', later(0)), entryFor('meeting'));
        await store.meetings.create(meeting('M-2025-05-06-1', '2025-05-06', later(1)), entryFor('meeting'));
        await store.meetings.create(meeting('M-2025-04-01-1', '2025-04-01', later(2)), entryFor('meeting'));
        await store.meetings.create(meeting('M-2025-04-01-2', '2025-04-01', later(90)), entryFor('meeting'));
        expect((await store.meetings.list()).map((m) => m.id)).toEqual([
          'M-2025-05-06-1',
          'M-2025-04-01-2',
          'M-2025-04-01-1',
          'M-2025-03-04-1',
        ]);
      });

      it('saves with the right version: version 2, entries kept in order with every field', async () => {
        const v1 = await createStored(meeting('M-2025-04-01-1', '2025-04-01'));
        const next = withEntry(withEntry(v1, 1), 2);
        const saved = await store.meetings.save(next, 1, entryFor('meeting'));
        expect(saved).toEqual({ ok: true, value: { ...next, version: 2 } });
        const stored = (await store.meetings.get(v1.id))!;
        expect(stored).toEqual({ ...next, version: 2 });
        expect(stored.entries).toEqual([entry(1), entry(2)]);

        const finished = unwrap(finishMeeting(stored, { attendees: 'Anna, Olle', summary: 'Två punkter' }, olle, later(60)));
        expect(await store.meetings.save(finished, 2, entryFor('meeting'))).toEqual({ ok: true, value: { ...finished, version: 3 } });
        expect(await store.meetings.list()).toEqual([{ ...finished, version: 3 }]);
      });

      it('refuses a stale version: conflict with the current meeting, nothing changed', async () => {
        const v1 = await createStored(meeting('M-2025-04-01-1', '2025-04-01'));
        expect((await store.meetings.save(withEntry(v1, 1), 1, entryFor('meeting'))).ok).toBe(true);
        const before = await store.meetings.get(v1.id);

        const stale = await store.meetings.save(withEntry(v1, 2), 1, entryFor('meeting'));
        expect(stale).toEqual({ ok: false, reason: 'conflict', current: before });
        expect(await store.meetings.get(v1.id)).toEqual(before);
        expect(before!.entries.map((e) => e.activityKey)).toEqual(['A-001']);
      });

      it('answers not_found when saving a meeting that does not exist, and creates nothing', async () => {
        const written = await store.meetings.save({ ...meeting('M-2025-04-01-9', '2025-04-01'), version: 1 }, 1, entryFor('meeting'));
        expect(written).toEqual({ ok: false, reason: 'not_found' });
        expect(await store.meetings.get('M-2025-04-01-9')).toBeUndefined();
        expect(await store.meetings.list()).toEqual([]);
      });

      it('lets exactly one of 20 parallel saves with the same version win', async () => {
        const v1 = await createStored(meeting('M-2025-04-01-1', '2025-04-01'));
        const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.meetings.save(withEntry(v1, i + 1), 1, entryFor('meeting'))));
        const wins = results.filter((r) => r.ok);
        expect(wins).toHaveLength(1);
        expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(19);
        const final = (await store.meetings.get(v1.id))!;
        expect(final.version).toBe(2);
        expect(final.entries).toHaveLength(1);
        expect(wins[0]).toEqual({ ok: true, value: final });
      });
    });

    trainingsContract(() => store);
    auditContract(() => store);
    botStoreContract(() => store);
    costsContract(() => store);
    documentsContract(() => store);

    describe('flags, health', () => {
      it('marks a flag once: true the first time, false after', async () => {
        expect(await store.markOnce('demo-seeded')).toBe(true);
        expect(await store.markOnce('demo-seeded')).toBe(false);
        expect(await store.markOnce('another-flag')).toBe(true);
      });

      it('marks a flag exactly once under parallel calls', async () => {
        const results = await Promise.all(Array.from({ length: 20 }, () => store.markOnce('parallel')));
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('reports health ok with its backend name', async () => {
        const health = await store.health();
        expect(health).toMatchObject({ ok: true, backend: store.backend });
      });
    });
  });
}
