import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newTraining } from '../src/domain/training';
import { unwrap } from '../src/domain/problem';
import { CrashPoint } from '../src/store/crashPoints';
import { openSqliteStore } from '../src/store/sqlite/sqliteStore';
import { openAzureTableStore } from '../src/store/azureTable/azureTableStore';
import { Store } from '../src/store/store';
import { RunningAzurite, startAzurite } from '../scripts/azurite';
import { FakeConnector, startFakeConnector } from './helpers/fakeConnector';
import { ServerProcess, startServerProcess, waitFor } from './helpers/serverProcess';
import { request } from './helpers/app';
import { trainingFields, trainingOps } from './helpers/trainingFixtures';
import { BOT, TENANT, TeamsUser, cardText, teamsUser } from './helpers/teamsActivity';
import { entryOnceNamed } from './helpers/auditFixtures';

/**
 * Nothing is lost when the server dies in the middle of a change that promotes someone. The
 * built server runs as a child process; TEST_CRASH_AT makes it kill itself (SIGKILL) at a named
 * point of the store's write path — after the promotion was decided and before anything was
 * written, after everything was written and before the caller was answered, and (Azure Table)
 * after the notices were queued and before they were cleared from the training. Then it is
 * started again, the organiser repeats what they did, and the scheduler delivers: every person
 * promoted is told exactly once, on SQLite and on Azurite. Two changes promote: an organiser
 * cancels a confirmed registration (the first on the waitlist moves up), and raises the seats
 * by two (the first two move up). Afterwards the audit trail has the change exactly once and its
 * chain is unbroken — also when the server died (Azure Table) after chaining the change's pending
 * entry and before clearing it.
 */
jest.setTimeout(120_000);

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600_000);

interface Backend {
  name: string;
  points: CrashPoint[];
  env(): Record<string, string>;
  open(): Promise<Store>;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
}

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.stop());

const sqlite = (): Backend => {
  let dir = '';
  return {
    name: 'SQLite',
    points: ['training.decided', 'training.committed'],
    env: () => ({ DATA_DIR: dir }),
    open: async () => openSqliteStore(path.join(dir, 'forvaltningsstod.db')),
    setUp: async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'fs-crash-'));
    },
    tearDown: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

const azurite = (): Backend => {
  let running: RunningAzurite;
  const tableName = `crash${randomBytes(6).toString('hex')}`;
  return {
    name: 'Azure Table Storage (Azurite)',
    points: ['training.decided', 'training.committed', 'notices.collected', 'audit.chained'],
    env: () => ({ STORAGE: 'azure-table', AZURE_TABLE_CONNECTION_STRING: running.connectionString, AZURE_TABLE_NAME: tableName }),
    open: () => openAzureTableStore({ tableName, connectionString: running.connectionString }),
    setUp: async () => {
      running = await startAzurite();
    },
    tearDown: () => running.stop(),
  };
};

describe.each([sqlite(), azurite()])('$name: SIGKILL inside a change that promotes', (backend) => {
  const running: ServerProcess[] = [];
  beforeAll(() => backend.setUp(), 30_000);
  afterAll(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
    await backend.tearDown();
  });

  const start = async (env: Record<string, string> = {}) => {
    const p = await startServerProcess({ ...backend.env(), NOTIFIER_INTERVAL_MS: '100', JOB_LEASE_MS: '1500', SEND_RATE_PER_SECOND: '50', ...env });
    running.push(p);
    return p;
  };

  /** A training with `seats` seats, `people` signed up in order (the first `seats` confirmed), each with a personal chat with the bot. */
  async function prepare(key: string, seats: number, people: number): Promise<{ trainingId: string; version: number; users: TeamsUser[] }> {
    const store = await backend.open();
    try {
      const start = inAWeek();
      const training = await store.trainings.create(
        unwrap(newTraining(trainingFields({ start: start.toISOString(), end: new Date(start.getTime() + 45 * 60_000).toISOString(), capacity: seats }), new Date())),
        entryOnceNamed('training'),
      );
      const users = Array.from({ length: people }, (_, i) => teamsUser(`${key}-${i}`));
      for (const u of users) {
        unwrap(await trainingOps(store).signUp(training.id, { id: u.aadObjectId, name: u.name, email: null, department: null }, new Date()));
        await store.conversations.save(
          u.aadObjectId,
          {
            channelId: 'msteams',
            serviceUrl: connector.serviceUrl,
            conversation: { id: u.conversationId, conversationType: 'personal', tenantId: TENANT },
            bot: BOT,
            user: { id: u.id, aadObjectId: u.aadObjectId },
            locale: 'sv-SE',
          },
          new Date(),
        );
      }
      return { trainingId: training.id, version: training.version, users };
    } finally {
      await store.close();
    }
  }

  const promotedCardsTo = (u: TeamsUser) => connector.cardsTo(u.conversationId).filter((card) => cardText(card).includes('Du har fått en plats ✓')).length;

  /** Runs `act` on a server that dies at `point`, restarts it, runs `act` again, and waits for the promoted to be told. */
  async function crashAndRecover(point: CrashPoint, act: (url: string) => Promise<number>, promoted: TeamsUser[], others: TeamsUser[]) {
    connector.clear();
    const doomed = await start({ TEST_CRASH_AT: point });
    const first = await act(doomed.url).catch(() => 0); // the connection dies with the process (or, after the answer, the next tick kills it)
    expect(await Promise.race([doomed.exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))])).toBeNull();
    const again = await start();
    const retried = await act(again.url);
    expect([first, retried]).toEqual([first, retried < 500 ? retried : 'not a 5xx']);
    expect(await waitFor(() => promoted.every((u) => promotedCardsTo(u) >= 1), 20_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 800)); // would anything come twice?
    await again.stop();
    for (const u of promoted) expect([u.name, promotedCardsTo(u)]).toEqual([u.name, 1]);
    for (const u of others) expect([u.name, promotedCardsTo(u)]).toEqual([u.name, 0]);
  }

  /**
   * The trail after the crash and the retry: the chain unbroken, and the change that was made
   * (once, whichever try made it) has exactly one entry — never a change without its entry, never
   * an entry twice. `actions` are the training's entries after the `prepared` ones (its creation
   * and sign-ups), in order.
   */
  async function trailAfter(trainingId: string, prepared: number): Promise<{ ok: boolean; actions: string[] }> {
    const store = await backend.open();
    try {
      const verdict = await store.audit.verify();
      const { entries } = await store.audit.read({ record: { type: 'training', id: trainingId }, limit: 500 });
      return { ok: verdict.ok, actions: entries.slice(prepared).map((e) => e.action) };
    } finally {
      await store.close();
    }
  }

  it.each(backend.points)('an organiser cancels a confirmed registration, the server dies at %s: the one who moves up is told exactly once', async (point) => {
    const { trainingId, users } = await prepare(`c-${point}`, 1, 3);
    const [first, second, third] = users as [TeamsUser, TeamsUser, TeamsUser];
    const cancel = async (url: string) =>
      (await request(url, 'DELETE', `/api/trainings/${trainingId}/registrations/${encodeURIComponent(first.aadObjectId)}`, { as: 'member' })).status;
    await crashAndRecover(point, cancel, [second], [first, third]);
    await expect(trailAfter(trainingId, 1 + users.length)).resolves.toEqual({ ok: true, actions: ['training.registrationCancelled'] });
  });

  it.each(backend.points)('an organiser raises the seats by two, the server dies at %s: the two who move up are told exactly once each', async (point) => {
    const { trainingId, version, users } = await prepare(`r-${point}`, 1, 4);
    const raise = async (url: string) =>
      (
        await request(url, 'PATCH', `/api/trainings/${trainingId}`, {
          as: 'member',
          headers: { 'if-match': `"${version}"` },
          body: { capacity: 3 },
        })
      ).status;
    // After a crash past the commit, the organiser's second try is a stale version (412): the first one counted.
    await crashAndRecover(point, raise, [users[1]!, users[2]!], [users[0]!, users[3]!]);
    await expect(trailAfter(trainingId, 1 + users.length)).resolves.toEqual({ ok: true, actions: ['training.changed'] });
  });
});
