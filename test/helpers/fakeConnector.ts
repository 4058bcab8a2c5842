import http from 'node:http';
import { AddressInfo } from 'node:net';
import { seededRandom } from '../../src/seed/random';

/**
 * A recording Bot Connector on 127.0.0.1: every request the bot makes (replies, updates,
 * proactive messages) is recorded with method, path and body, and answered like the Bot
 * Connector (`{ id: 'activity-N' }`). `failNext` makes chosen calls answer 429 (with
 * Retry-After) or 5xx instead; `faults` makes a random share of calls fail (seeded, so a run
 * repeats); `onActivity` sees each call before it is answered and may drop it (no answer, the
 * connection closed: e.g. after killing the server that made it). `members` are the people Teams
 * knows (GET …/conversations/{id}/members/{userId} answers a TeamsChannelAccount, or 404 for
 * anyone else). Activities point their `serviceUrl` here.
 */
export interface RecordedCall {
  method: string;
  path: string;
  body: any;
  /** The conversation id from the path (/v3/conversations/{id}/activities…). */
  conversationId: string | null;
  status: number;
}

export interface Failure {
  status: number;
  /** Retry-After in seconds (429). */
  retryAfter?: number;
  /** Only calls for this conversation. */
  conversationId?: string;
}

/** Random failures for calls that carry an activity (POST/PUT …/activities): a share answers 429 (with Retry-After), another 500. */
export interface RandomFaults {
  rate429: number;
  /** Retry-After of the 429s, in seconds. */
  retryAfter?: number;
  rate500: number;
  seed?: number;
}

export interface FakeConnector {
  /** The serviceUrl to put in activities (with a trailing slash, as Teams sends it). */
  serviceUrl: string;
  calls: RecordedCall[];
  /** The next `times` matching calls answer with `failure` instead of 200. */
  failNext(failure: Failure, times?: number): void;
  /** From now on a random share of the calls fail (null: none). */
  faults(faults: RandomFaults | null): void;
  /** Teams' members by their Teams user id (29:…), answered to GET …/members/{userId}. */
  members: Map<string, { name: string; aadObjectId?: string; givenName?: string; surname?: string; email?: string }>;
  /** Called with each call before it is answered; 'drop' leaves it unanswered (recorded with status 0) and closes the connection. */
  onActivity: ((call: RecordedCall) => 'drop' | void) | null;
  /** Cards sent to a conversation (the attachments' content), in order. */
  cardsTo(conversationId: string): any[];
  /** Recorded calls that carried an activity (posts and puts), for one conversation. */
  activitiesTo(conversationId: string): RecordedCall[];
  clear(): void;
  stop(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: RecordedCall[] = [];
  const failures: { failure: Failure; times: number }[] = [];
  let counter = 0;
  let random: { faults: RandomFaults; next: () => number } | null = null;
  const hooks: { onActivity: FakeConnector['onActivity'] } = { onActivity: null };
  const members: FakeConnector['members'] = new Map();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const path = req.url ?? '';
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(path);
      const conversationId = match ? decodeURIComponent(match[1]!) : null;
      if (hooks.onActivity?.({ method: req.method ?? '', path, body, conversationId, status: 0 }) === 'drop') {
        calls.push({ method: req.method ?? '', path, body, conversationId, status: 0 });
        req.socket.destroy();
        return;
      }
      const memberPath = /\/v3\/conversations\/[^/]+\/members\/([^/?]+)$/.exec(path);
      if (req.method === 'GET' && memberPath) {
        const userId = decodeURIComponent(memberPath[1]!);
        const member = members.get(userId);
        calls.push({ method: 'GET', path, body, conversationId, status: member ? 200 : 404 });
        res.writeHead(member ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(member ? { id: userId, userRole: 'user', tenantId: 'dev-tenant', ...member } : { error: { code: 'MemberNotFoundInConversation', message: 'fake connector: no such member' } }));
        return;
      }
      const planned = failures.find((f) => f.times > 0 && (!f.failure.conversationId || f.failure.conversationId === conversationId));
      let failure: Failure | null = null;
      if (planned) {
        planned.times--;
        failure = planned.failure;
      } else if (random && conversationId && (req.method === 'POST' || req.method === 'PUT')) {
        const roll = random.next();
        if (roll < random.faults.rate429) failure = { status: 429, retryAfter: random.faults.retryAfter ?? 1 };
        else if (roll < random.faults.rate429 + random.faults.rate500) failure = { status: 500 };
      }
      if (failure) {
        const { status, retryAfter } = failure;
        calls.push({ method: req.method ?? '', path, body, conversationId, status });
        res.writeHead(status, { 'content-type': 'application/json', ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}) });
        res.end(JSON.stringify({ error: { code: status === 429 ? 'Throttled' : 'ServiceError', message: `fake connector: ${status}` } }));
        return;
      }
      calls.push({ method: req.method ?? '', path, body, conversationId, status: 200 });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const activitiesTo = (conversationId: string) =>
    calls.filter((c) => c.conversationId === conversationId && c.status === 200 && (c.method === 'POST' || c.method === 'PUT'));
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    members,
    failNext(failure, times = 1) {
      failures.push({ failure, times });
    },
    faults(faults) {
      random = faults && { faults, next: seededRandom(faults.seed ?? 1) };
    },
    get onActivity() {
      return hooks.onActivity;
    },
    set onActivity(hook) {
      hooks.onActivity = hook;
    },
    activitiesTo,
    cardsTo: (conversationId) =>
      activitiesTo(conversationId).flatMap((c) => (c.body?.attachments ?? []).map((a: { content: unknown }) => a.content)),
    clear() {
      calls.length = 0;
      failures.length = 0;
      random = null;
      hooks.onActivity = null;
      members.clear();
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
