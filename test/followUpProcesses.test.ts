import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqliteStore';
import { FakeConnector, startFakeConnector } from './helpers/fakeConnector';
import { ServerProcess, startServerProcess, waitFor } from './helpers/serverProcess';
import { FOLLOW_UP_CHANNEL as CHANNEL, prepareFollowUp } from './helpers/followUpFixture';
import { teamsUser } from './helpers/teamsActivity';

/**
 * Exactly once across processes, with the built server as a child process (`node
 * dist/src/index.js`) on a real clock and a recording Bot Connector on 127.0.0.1:
 * - killed with SIGKILL in the middle of a 200-recipient nudge run and started again, every
 *   recipient ends up with exactly one message (the one in flight at the kill, never
 *   acknowledged by the connector, is sent again after its lease; nothing acknowledged is);
 * - two servers on one SQLite file send one reminder into the channel.
 * The database is prepared through the store before the servers start: a follow-up channel and
 * a schedule whose reminder is already due (the meeting is tomorrow, the reminder was three days
 * before), owners with overdue items and their personal chats.
 */
const LEASE_MS = '1500';

let dir: string;
let connector: FakeConnector;
const running: ServerProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'fs-followup-'));
  connector = await startFakeConnector();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
});

const start = async (env: Record<string, string> = {}) => {
  const p = await startServerProcess({ DATA_DIR: dir, NOTIFIER_INTERVAL_MS: '200', JOB_LEASE_MS: LEASE_MS, SEND_RATE_PER_SECOND: '50', ...env });
  running.push(p);
  return p;
};

/** The database prepared through the store (test/helpers/followUpFixture.ts). */
async function prepare(owners: number, nudges: boolean): Promise<void> {
  const store = openSqliteStore(path.join(dir, 'forvaltningsstod.db'));
  try {
    await prepareFollowUp(store, connector.serviceUrl, owners, nudges);
  } finally {
    await store.close();
  }
}

const delivered = () => connector.calls.filter((c) => c.method === 'POST' && c.status === 200);
const deliveredTo = (conversationId: string) => delivered().filter((c) => c.conversationId === conversationId).length;
const isNudge = (conversationId: string | null) => !!conversationId?.startsWith('a:personal-');

async function outbox() {
  const store = openSqliteStore(path.join(dir, 'forvaltningsstod.db'));
  try {
    return await store.outbox.list();
  } finally {
    await store.close();
  }
}

it('SIGKILL in the middle of a 200-recipient nudge run, then a restart: every recipient has exactly one message', async () => {
  const RECIPIENTS = 200;
  const KILL_AT = 80;
  await prepare(RECIPIENTS, true);
  let nudges = 0;
  let down = false;
  let killed = false;
  let first: ServerProcess | null = null;
  connector.onActivity = (call) => {
    if (down) return 'drop';
    if (killed || !isNudge(call.conversationId) || ++nudges < KILL_AT) return;
    // The 80th nudge has reached the connector: the server dies before it hears back.
    down = killed = true;
    first!.child.kill('SIGKILL');
    return 'drop';
  };
  first = await start();
  expect(await waitFor(() => down, 20_000)).toBe(true);
  expect(await first.exited).toBeNull(); // killed by the signal
  const beforeRestart = delivered().filter((c) => isNudge(c.conversationId)).length;
  expect(beforeRestart).toBe(KILL_AT - 1);

  down = false;
  const second = await start();
  const everyone = Array.from({ length: RECIPIENTS }, (_, i) => teamsUser(i).conversationId);
  expect(await waitFor(() => everyone.every((id) => deliveredTo(id) >= 1), 30_000)).toBe(true);
  await new Promise((r) => setTimeout(r, 500)); // would anything come twice?
  expect(await second.stop()).toBe(0);

  for (const id of everyone) expect([id, deliveredTo(id)]).toEqual([id, 1]);
  expect(deliveredTo(CHANNEL)).toBe(1);
  // The one in flight at the kill was never acknowledged: sent again after the restart, once.
  const dropped = connector.calls.filter((c) => c.status === 0 && isNudge(c.conversationId));
  expect(dropped).toHaveLength(1);
  expect(deliveredTo(dropped[0]!.conversationId!)).toBe(1);
  const messages = await outbox();
  expect(messages).toHaveLength(RECIPIENTS + 1);
  expect(messages.filter((m) => m.status !== 'sent')).toEqual([]);
  // Claimed before sending: the dropped one and the rest of its claim (at most 8) were taken again after the restart.
  const inDoubt = teamsUser(Number(dropped[0]!.conversationId!.slice('a:personal-'.length))).aadObjectId;
  const claimedTwice = messages.filter((m) => m.attempts === 2).map((m) => m.userId);
  expect(claimedTwice).toContain(inDoubt);
  expect(claimedTwice.length).toBeLessThanOrEqual(8);
  expect(messages.every((m) => m.attempts <= 2)).toBe(true);
});

it('two server processes on one SQLite file send one reminder', async () => {
  await prepare(0, false);
  const [a, b] = await Promise.all([start({ NOTIFIER_INTERVAL_MS: '100' }), start({ NOTIFIER_INTERVAL_MS: '100' })]);
  expect(a.url).not.toBe(b.url);
  expect(await waitFor(() => deliveredTo(CHANNEL) >= 1, 15_000)).toBe(true);
  // Both keep ticking (every 100 ms) for a while: still one.
  await new Promise((r) => setTimeout(r, 1500));
  await Promise.all([a.stop(), b.stop()]);
  expect(deliveredTo(CHANNEL)).toBe(1);
  expect(connector.calls).toHaveLength(1);
  expect((await outbox()).map((m) => [m.kind, m.status, m.attempts])).toEqual([['followUpReminder', 'sent', 1]]);
});
