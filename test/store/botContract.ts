import { ConversationReference, OutboxDraft } from '../../src/domain/notification';
import { Store } from '../../src/store/store';

/**
 * The bot's part of the store contract (called from contract.ts, so every backend runs it):
 * personal-chat references, the outbox (one message per dedupe key, leased claims, retries),
 * handled activity ids and settings.
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
    it('saves a reference per person (true when new), replaces it, lists and removes it', async () => {
      const { conversations } = storeOf();
      expect(await conversations.get('aad-1')).toBeUndefined();
      expect(await conversations.save('aad-1', reference(1), T0)).toBe(true);
      expect(await conversations.get('aad-1')).toEqual(reference(1));
      const moved = reference(1, { serviceUrl: 'https://smba.trafficmanager.net/amer/', locale: 'en-US' });
      expect(await conversations.save('aad-1', moved, at(60))).toBe(false);
      expect(await conversations.get('aad-1')).toEqual(moved);
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
