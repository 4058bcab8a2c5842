import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { newActivity } from '../src/domain/activity';
import { localDate } from '../src/domain/calendar';
import { defaultFollowUpSettings } from '../src/domain/followUp';
import { ruleOf } from '../src/domain/followUpSchedule';
import { unwrap } from '../src/domain/problem';
import { defineBenchmark, round, startTempApp } from './support';
import { entryFor } from '../test/helpers/auditFixtures';

/**
 * The monthly follow-up's nudges at scale: 1,000 owners with an overdue item each, the reminder
 * due, the real app (scheduler on its timer, SQLite outbox, the bot's sender through botbuilder)
 * against a Bot Connector on 127.0.0.1 that enforces Teams' limits — at most 7 calls per second
 * per conversation and SEND_RATE_PER_SECOND (30) per second in all, else 429 with Retry-After —
 * and answers 10 % of the other calls with 429 anyway. Figures: what was delivered, duplicates
 * (must be 0), how often the limits were hit, and the achieved rate as a share of the allowed
 * global rate (calls per second from the first call to the last delivery; the limit counts
 * calls, throttled ones included).
 */
const OWNERS = 1000;
const RATE = 30;
const PER_CONVERSATION = 7;
const RANDOM_429 = 0.1;
const ZONE = 'Europe/Stockholm';
const CHANNEL = '19:bench-followup@thread.tacv2';

interface ThrottlingConnector {
  serviceUrl: string;
  calls: number;
  limit429: number;
  random429: number;
  delivered: Map<string, number>;
  first: number;
  lastDelivered: number;
  stop(): Promise<void>;
}

async function startThrottlingConnector(): Promise<ThrottlingConnector> {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const recent: number[] = [];
  const perConversation = new Map<string, number[]>();
  const state = { calls: 0, limit429: 0, random429: 0, delivered: new Map<string, number>(), first: 0, lastDelivered: 0 };
  const inWindow = (times: number[], now: number) => {
    while (times.length && times[0]! <= now - 1000) times.shift();
    return times.length;
  };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const now = performance.now();
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const conversation = match ? decodeURIComponent(match[1]!) : '';
      state.calls++;
      if (state.first === 0) state.first = now;
      const own = perConversation.get(conversation) ?? [];
      perConversation.set(conversation, own);
      // Teams counts calls, throttled ones too.
      const overGlobal = inWindow(recent, now) >= RATE;
      const overConversation = inWindow(own, now) >= PER_CONVERSATION;
      recent.push(now);
      own.push(now);
      const answer = (status: number, body: string) => {
        res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
        res.end(body);
      };
      if (overGlobal || overConversation) {
        state.limit429++;
        return answer(429, '{"error":{"code":"Throttled"}}');
      }
      if (random() < RANDOM_429) {
        state.random429++;
        return answer(429, '{"error":{"code":"Throttled"}}');
      }
      state.delivered.set(conversation, (state.delivered.get(conversation) ?? 0) + 1);
      state.lastDelivered = now;
      answer(200, `{"id":"activity-${state.calls}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    serviceUrl: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

type NudgeFigures = {
  nudgesDelivered: number;
  channelCards: number;
  duplicates: number;
  undelivered: number;
  calls: number;
  random429: number;
  limit429: number;
  seconds: number;
  callsPerSecond: number;
  deliveredPerSecond: number;
  achievedRatePct: number;
};

export const followUpNudges = defineBenchmark<NudgeFigures>({
  name: `Follow-up: ${OWNERS.toLocaleString('en')} personal nudges at ${RATE}/s (≤ ${PER_CONVERSATION}/s per chat), the connector answering 10 % with 429`,
  goal: {
    text: `all ${OWNERS} delivered, 0 duplicates, achieved rate ≥ 90 % of the allowed ${RATE}/s`,
    met: (f) => f.nudgesDelivered === OWNERS && f.channelCards === 1 && f.duplicates === 0 && f.undelivered === 0 && f.achievedRatePct >= 90,
  },
  async run() {
    const connector = await startThrottlingConnector();
    const app = await startTempApp({ SEND_RATE_PER_SECOND: String(RATE), NOTIFIER_INTERVAL_MS: '500' });
    try {
      const now = new Date();
      const today = localDate(now, ZONE);
      const tomorrow = DateTime.fromISO(today).plus({ days: 1 }).toISODate()!;
      const overdue = DateTime.fromISO(today).minus({ days: 10 }).toISODate()!;
      const reference = (id: string, conversationType: string) => ({
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: { id, conversationType, tenantId: 'bench' },
        bot: { id: '28:bench-bot' },
        user: { id: '29:bench' },
        locale: 'sv-SE',
      });
      const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
      for (let i = 0; i < OWNERS; i++) {
        const owner = { id: `aad-${i}`, name: `Person ${i}` };
        await app.store.conversations.save(owner.id, reference(`a:bench-${i}`, 'personal'), now);
        const fields = { title: `Punkt ${i}`, description: '', category: 'Övrigt' as const, owner, status: 'pågår' as const, priority: 'normal' as const, dueDate: overdue, origin: 'förvaltning' as const, resolution: null };
        const { draft, audit } = unwrap(newActivity(fields, lead, now));
        await app.store.activities.create(draft, audit);
      }
      await app.store.channels.save({ conversationId: CHANNEL, teamId: CHANNEL, teamName: 'Bench', channelName: null, reference: reference(CHANNEL, 'channel'), updatedAt: now.toISOString() });
      const settings = defaultFollowUpSettings(ZONE);
      // The meeting tomorrow; its reminder three days before is due now: the scheduler's next tick queues everything.
      await app.store.followUp.save(
        {
          ...settings,
          channel: { conversationId: CHANNEL, teamId: CHANNEL, teamName: 'Bench', channelName: null },
          schedule: { ...settings.schedule, rule: ruleOf(tomorrow), time: '23:30', reminderDaysBefore: 3 },
        },
        0,
        entryFor('followUpSettings'),
      );

      const deadline = Date.now() + 120_000;
      for (;;) {
        // Done when something was sent and nothing is pending any more (a cheap query, not the whole outbox).
        if (connector.calls > 0 && (await app.store.outbox.nextDueAt()) === null) break;
        if (Date.now() > deadline) throw new Error(`not done in 120 s: ${connector.calls} calls`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const outbox = await app.store.outbox.list();
      const nudges = [...connector.delivered].filter(([id]) => id.startsWith('a:bench-'));
      const seconds = (connector.lastDelivered - connector.first) / 1000;
      return {
        nudgesDelivered: nudges.length,
        channelCards: connector.delivered.get(CHANNEL) ?? 0,
        duplicates: [...connector.delivered.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
        undelivered: outbox.filter((m) => m.status !== 'sent').length,
        calls: connector.calls,
        random429: connector.random429,
        limit429: connector.limit429,
        seconds: round(seconds, 1),
        callsPerSecond: round(connector.calls / seconds, 1),
        deliveredPerSecond: round((OWNERS + 1) / seconds, 1),
        achievedRatePct: round((100 * connector.calls) / seconds / RATE, 1),
      };
    } finally {
      await app.stop();
      await connector.stop();
    }
  },
});
