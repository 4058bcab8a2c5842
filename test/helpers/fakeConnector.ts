import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A recording Bot Connector on 127.0.0.1: every request the bot makes (replies, updates,
 * proactive messages) is recorded with method, path and body, and answered like the Bot
 * Connector (`{ id: 'activity-N' }`). `failNext` makes chosen calls answer 429 (with
 * Retry-After) or 5xx instead. Activities point their `serviceUrl` here.
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

export interface FakeConnector {
  /** The serviceUrl to put in activities (with a trailing slash, as Teams sends it). */
  serviceUrl: string;
  calls: RecordedCall[];
  /** The next `times` matching calls answer with `failure` instead of 200. */
  failNext(failure: Failure, times?: number): void;
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
      const planned = failures.find((f) => f.times > 0 && (!f.failure.conversationId || f.failure.conversationId === conversationId));
      if (planned) {
        planned.times--;
        const { status, retryAfter } = planned.failure;
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
    failNext(failure, times = 1) {
      failures.push({ failure, times });
    },
    activitiesTo,
    cardsTo: (conversationId) =>
      activitiesTo(conversationId).flatMap((c) => (c.body?.attachments ?? []).map((a: { content: unknown }) => a.content)),
    clear() {
      calls.length = 0;
      failures.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
