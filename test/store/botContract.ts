import { ConversationReference, OutboxDraft } from '../../src/domain/notification';
import { Store } from '../../src/store/store';
import { TeamChannel, defaultFollowUpSettings, withChannel } from '../../src/domain/followUp';
import { defaultCategories, replaceCategories } from '../../src/domain/categories';
import { unwrap } from '../../src/domain/problem';
import { entryFor } from '../helpers/auditFixtures';

/**
 * The bot's part of the store contract (called from contract.ts, so every backend runs it):
 * personal-chat references, the outbox (one message per dedupe key, leased claims, retries,
 * messages into channels), handled activity ids, settings, and the monthly follow-up's team
 * channels, settings document and leases.
 */
const T0 = new Date('2026-03-02T08:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

const reference = (n: number, over: Partial<ConversationReference> = {}): ConversationReference => ({
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: `a:chat-${n}`, conversationType: 'personal', tenantId: 'tenant-1' },
  bot: { id: '28:bot', name: 'Förvaltningsstöd' },
  user: { id: `29:user-${n}`, aadObjectId: `aad-${n}` },
  locale: 'sv-SE',
  ...over,
});

const draft = (key: string, over: Partial<OutboxDraft> = {}): OutboxDraft => ({
  dedupeKey: key,
  userId: 'aad-1',
  kind: 'promoted',
  trainingId: 'U-001',
  createdAt: T0.toISOString(),
  dueAt: T0.toISOString(),
  ...over,
});

export function botStoreContract(storeOf: () => Store): void {
  describe('conversations', () => {
    it('saves a reference per person (true when new), replaces it (an unchanged one is not rewritten), lists and removes it', async () => {
      const { conversations } = storeOf();
      expect(await conversations.get('aad-1')).toBeUndefined();
      expect(await conversations.save('aad-1', reference(1), T0)).toBe(true);
      expect(await conversations.get('aad-1')).toEqual(reference(1));
      const moved = reference(1, { serviceUrl: 'https://smba.trafficmanager.net/amer/', locale: 'en-US' });
      expect(await conversations.save('aad-1', moved, at(60))).toBe(false);
      expect(await conversations.get('aad-1')).toEqual(moved);
      // The same reference again (every turn saves it): nothing written, updatedAt stays when it changed.
      expect(await conversations.save('aad-1', { ...moved }, at(90))).toBe(false);
      await conversations.save('aad-2', reference(2), at(61));
      expect(await conversations.list()).toEqual([
        { userId: 'aad-1', reference: moved, updatedAt: at(60).toISOString() },
        { userId: 'aad-2', reference: reference(2), updatedAt: at(61).toISOString() },
      ]);
      expect(await conversations.remove('aad-1')).toBe(true);
      expect(await conversations.remove('aad-1')).toBe(false);
      expect(await conversations.get('aad-1')).toBeUndefined();
    });

    it('reports exactly one save as new under parallel saves for the same person', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => storeOf().conversations.save('aad-9', reference(9), T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('outbox', () => {
    it('queues each dedupe key once; a repeat changes nothing', async () => {
      const { outbox } = storeOf();
      expect(await outbox.enqueue([draft('a'), draft('b')])).toBe(2);
      expect(await outbox.enqueue([draft('a', { userId: 'aad-other' }), draft('c')])).toBe(1);
      expect(await outbox.enqueue([])).toBe(0);
      const all = await outbox.list();
      expect(all.map((m) => [m.dedupeKey, m.userId, m.status, m.attempts])).toEqual([
        ['a', 'aad-1', 'pending', 0],
        ['b', 'aad-1', 'pending', 0],
        ['c', 'aad-1', 'pending', 0],
      ]);
    });

    it('claims due messages oldest first with a lease and a counted attempt; not again while the lease runs', async () => {
      const { outbox } = storeOf();
      await outbox.enqueue([draft('later', { dueAt: at(100).toISOString() }), draft('first'), draft('second', { dueAt: at(1).toISOString() })]);
      const claimed = await outbox.claimDue(at(10), 10, 60_000);
      expect(claimed.map((m) => [m.dedupeKey, m.attempts, m.leaseUntil])).toEqual([
        ['first', 1, at(70).toISOString()],
        ['second', 1, at(70).toISOString()],
      ]);
      expect(await outbox.claimDue(at(20), 10, 60_000)).toEqual([]);
      // The sender died: after the lease another may take them.
      const again = await outbox.claimDue(at(70), 1, 60_000);
      expect(again.map((m) => [m.dedupeKey, m.attempts])).toEqual([['first', 2]]);
    });

    it('a claim is renewed only while it is the sender\'s: not once another sender claimed it, nor once it was sent', async () => {
      const { outbox } = storeOf();
      await outbox.enqueue([draft('mine'), draft('done')]);
      const [mine, done] = await outbox.claimDue(at(10), 10, 60_000);
      expect(await outbox.renewClaim(mine!.id, mine!.attempts, at(30), 60_000)).toBe(true);
      expect((await outbox.list()).find((m) => m.id === mine!.id)!.leaseUntil).toBe(at(90).toISOString());
      // Its lease ran out and another sender claimed it: the first may no longer send it.
      const [theirs] = await outbox.claimDue(at(90), 1, 60_000);
      expect(theirs!.attempts).toBe(2);
      expect(await outbox.renewClaim(mine!.id, mine!.attempts, at(91), 60_000)).toBe(false);
      expect(await outbox.renewClaim(theirs!.id, theirs!.attempts, at(91), 60_000)).toBe(true);
      await outbox.markSent(done!.id, at(11), 'activity-1');
      expect(await outbox.renewClaim(done!.id, done!.attempts, at(12), 60_000)).toBe(false);
    });

    it('sent messages are done; a failure is due again at retryAt, or undeliverable for good', async () => {
      const { outbox } = storeOf();
      await outbox.enqueue([draft('ok'), draft('retry'), draft('gone')]);
      const [ok, retry, gone] = await outbox.claimDue(T0, 10, 60_000);
      await outbox.markSent(ok!.id, at(1));
      await outbox.markFailed(retry!.id, '503: busy', at(30));
      await outbox.markFailed(gone!.id, 'refused (403)', null);

      const byKey = new Map((await outbox.list()).map((m) => [m.dedupeKey, m]));
      expect(byKey.get('ok')).toMatchObject({ status: 'sent', sentAt: at(1).toISOString(), leaseUntil: null, lastError: null });
      expect(byKey.get('retry')).toMatchObject({ status: 'pending', dueAt: at(30).toISOString(), leaseUntil: null, lastError: '503: busy', attempts: 1 });
      expect(byKey.get('gone')).toMatchObject({ status: 'undeliverable', lastError: 'refused (403)', sentAt: null });

      expect(await outbox.claimDue(at(29), 10, 60_000)).toEqual([]);
      expect((await outbox.claimDue(at(30), 10, 60_000)).map((m) => [m.dedupeKey, m.attempts])).toEqual([['retry', 2]]);
    });

    it('never gives the same message to two parallel claims', async () => {
      const { outbox } = storeOf();
      await outbox.enqueue(Array.from({ length: 12 }, (_, i) => draft(`m${i}`)));
      const claims = await Promise.all(Array.from({ length: 20 }, () => storeOf().outbox.claimDue(T0, 1, 60_000)));
      const ids = claims.flat().map((m) => m.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    });
  });

  describe('outbox: channel messages, releases, what is due next', () => {
    it('keeps a channel message\'s channel and meeting, and the connector\'s id of what was sent', async () => {
      const { outbox } = storeOf();
      const channel = { userId: '', kind: 'followUpReminder' as const, trainingId: null, channelId: '19:ch@thread.tacv2', meetingDate: '2026-12-01' };
      await outbox.enqueue([draft('r1', channel), draft('n1', { kind: 'followUpNudge', trainingId: null, meetingDate: '2026-12-01' }), draft('r0', { ...channel, meetingDate: '2026-11-03' })]);
      const [r1, n1] = await outbox.claimDue(T0, 2, 60_000);
      expect(r1).toMatchObject({ dedupeKey: 'r1', userId: '', trainingId: null, channelId: '19:ch@thread.tacv2', meetingDate: '2026-12-01', activityId: null });
      expect(n1).toMatchObject({ dedupeKey: 'n1', channelId: null, meetingDate: '2026-12-01' });
      await outbox.markSent(r1!.id, at(1), 'activity-7');
      await outbox.markSent(n1!.id, at(1));
      expect(await outbox.sentToChannel('19:ch@thread.tacv2', '2026-12-01')).toEqual([
        expect.objectContaining({ dedupeKey: 'r1', status: 'sent', activityId: 'activity-7' }),
      ]);
      expect(await outbox.sentToChannel('19:ch@thread.tacv2', '2026-11-03')).toEqual([]);
      expect((await outbox.list()).find((m) => m.dedupeKey === 'n1')).toMatchObject({ activityId: null, trainingId: null });
    });

    it('a released message is due again without the attempt counted; the earliest due instant of what is pending', async () => {
      const { outbox } = storeOf();
      expect(await outbox.nextDueAt()).toBeNull();
      await outbox.enqueue([draft('a'), draft('b', { dueAt: at(50).toISOString() })]);
      expect(await outbox.nextDueAt()).toBe(T0.toISOString());
      const [a] = await outbox.claimDue(T0, 1, 60_000);
      expect(await outbox.nextDueAt()).toBe(at(50).toISOString()); // a is leased until 60 s
      await outbox.release(a!.id, at(20));
      expect(await outbox.nextDueAt()).toBe(at(20).toISOString());
      expect(await outbox.claimDue(at(19), 10, 60_000)).toEqual([]);
      expect((await outbox.claimDue(at(20), 1, 60_000)).map((m) => [m.dedupeKey, m.attempts])).toEqual([['a', 1]]);
      await outbox.markSent(a!.id, at(21));
      expect(await outbox.nextDueAt()).toBe(at(50).toISOString());
    });
  });

  describe('team channels', () => {
    const channel = (id: string, teamId: string, name: string | null, over: Partial<TeamChannel> = {}): TeamChannel => ({
      conversationId: id,
      teamId,
      teamName: teamId === '19:t1' ? 'O365 Förvaltning' : 'Annat team',
      channelName: name,
      reference: { ...reference(1), conversation: { id, conversationType: 'channel', tenantId: 'tenant-1' } },
      updatedAt: T0.toISOString(),
      ...over,
    });

    it('saves (true when new), replaces, lists General first per team, removes one or a whole team', async () => {
      const { channels } = storeOf();
      expect(await channels.save(channel('19:c2', '19:t1', 'Uppföljning'))).toBe(true);
      expect(await channels.save(channel('19:t1', '19:t1', null))).toBe(true);
      expect(await channels.save(channel('19:x', '19:t2', 'Drift'))).toBe(true);
      expect(await channels.save(channel('19:c2', '19:t1', 'Månadsmöte', { updatedAt: at(5).toISOString() }))).toBe(false);
      expect(await channels.get('19:c2')).toEqual(channel('19:c2', '19:t1', 'Månadsmöte', { updatedAt: at(5).toISOString() }));
      expect((await channels.list()).map((c) => [c.teamName, c.channelName])).toEqual([
        ['Annat team', 'Drift'],
        ['O365 Förvaltning', null],
        ['O365 Förvaltning', 'Månadsmöte'],
      ]);
      expect(await channels.remove('19:x')).toBe(true);
      expect(await channels.remove('19:x')).toBe(false);
      expect(await channels.removeTeam('19:t1')).toBe(2);
      expect(await channels.list()).toEqual([]);
    });
  });

  describe('categories', () => {
    const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
    it('stores the list once (version 1), then only from the version read; a stale write changes nothing; one parallel write wins', async () => {
      const { categories } = storeOf();
      expect(await categories.get()).toBeUndefined();
      const first = unwrap(replaceCategories(defaultCategories(), [...defaultCategories().items, { name: 'Säkerhet', en: 'Security', retired: false }], lead, T0));
      expect(await categories.save(first, 0, entryFor('categories'))).toEqual({ ok: true, value: { ...first, version: 1 } });
      const retired = { ...first, items: first.items.map((c) => (c.name === 'Telefoni' ? { ...c, retired: true } : c)) };
      expect(await categories.save(retired, 0, entryFor('categories'))).toEqual({ ok: false, reason: 'conflict', current: { ...first, version: 1 } });
      const results = await Promise.all([1, 1, 1, 1, 1].map((v) => storeOf().categories.save(retired, v, entryFor('categories'))));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await categories.get()).toEqual({ ...retired, version: 2 });
    });
  });

  describe('follow-up settings', () => {
    const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
    const chosen = { conversationId: '19:c2', teamId: '19:t1', teamName: 'O365 Förvaltning', channelName: 'Uppföljning' };

    it('stores the document once (version 1), then only from the version read; a stale write changes nothing', async () => {
      const { followUp } = storeOf();
      expect(await followUp.get()).toBeUndefined();
      const first = withChannel(defaultFollowUpSettings('Europe/Stockholm'), chosen, lead, T0);
      const saved = await followUp.save(first, 0, entryFor('followUpSettings'));
      expect(saved).toEqual({ ok: true, value: { ...first, version: 1 } });
      expect(await followUp.save(first, 0, entryFor('followUpSettings'))).toEqual({ ok: false, reason: 'conflict', current: { ...first, version: 1 } });
      const second = { ...first, schedule: { ...first.schedule, time: '10:00' } };
      expect(await followUp.save(second, 1, entryFor('followUpSettings'))).toEqual({ ok: true, value: { ...second, version: 2 } });
      expect(await followUp.save({ ...second, channel: null }, 1, entryFor('followUpSettings'))).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2, channel: chosen } });
      expect(await followUp.get()).toEqual({ ...second, version: 2 });
    });

    it('of parallel writes from the same version exactly one wins', async () => {
      const base = defaultFollowUpSettings('Europe/Stockholm');
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => storeOf().followUp.save({ ...base, schedule: { ...base.schedule, reminderDaysBefore: i } }, 0, entryFor('followUpSettings'))),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    });
  });

  describe('leases', () => {
    it('one holder at a time; the holder renews; another takes it once it has run out or was released', async () => {
      const { leases } = storeOf();
      expect(await leases.acquire('scheduler', 'a', T0, 10_000)).toBe(true);
      expect(await leases.acquire('scheduler', 'b', at(5), 10_000)).toBe(false);
      expect(await leases.acquire('scheduler', 'a', at(5), 10_000)).toBe(true); // renewed until 15 s
      expect(await leases.acquire('scheduler', 'b', at(14), 10_000)).toBe(false);
      expect(await leases.acquire('scheduler', 'b', at(15), 10_000)).toBe(true);
      expect(await leases.acquire('other', 'a', at(15), 10_000)).toBe(true);
      await leases.release('scheduler', 'a'); // not a's any more: nothing happens
      expect(await leases.acquire('scheduler', 'a', at(16), 10_000)).toBe(false);
      await leases.release('scheduler', 'b');
      expect(await leases.acquire('scheduler', 'a', at(16), 10_000)).toBe(true);
    });

    it('of parallel acquirers exactly one gets it', async () => {
      const got = await Promise.all(Array.from({ length: 10 }, (_, i) => storeOf().leases.acquire('tick', `p${i}`, T0, 5_000)));
      expect(got.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('handled activity ids, settings', () => {
    it('claims an activity id once, also in parallel; prunes old claims', async () => {
      const { turns } = storeOf();
      expect(await turns.claim('act-1', T0)).toBe(true);
      expect(await turns.claim('act-1', at(5))).toBe(false);
      const parallel = await Promise.all(Array.from({ length: 20 }, () => storeOf().turns.claim('act-2', at(10))));
      expect(parallel.filter(Boolean)).toHaveLength(1);
      expect(await turns.prune(at(6))).toBe(1);
      expect(await turns.claim('act-1', at(20))).toBe(true);
      expect(await turns.claim('act-2', at(20))).toBe(false);
    });

    it('keeps a setting once: the first value wins, also under parallel calls', async () => {
      let made = 0;
      const create = () => `value-${++made}`;
      const values = await Promise.all(Array.from({ length: 10 }, () => storeOf().settings.getOrCreate('key', create)));
      expect(new Set(values).size).toBe(1);
      expect(await storeOf().settings.getOrCreate('key', () => 'other')).toBe(values[0]);
      expect(await storeOf().settings.getOrCreate('second', () => 'two')).toBe('two');
    });
  });
}
