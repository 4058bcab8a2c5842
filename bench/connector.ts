import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * The Bot Connector for the bot benchmarks: an HTTP server on 127.0.0.1 in the same process that
 * reads each request and answers 200 `{"id": …}` at once, as the connector does for a reply.
 * It counts calls; only while `keep` is on does it also keep the parsed bodies (to check what
 * the bot sent without paying for it in timed turns).
 */
export interface BenchConnector {
  /** The serviceUrl to put in activities (trailing slash, as Teams sends it). */
  serviceUrl: string;
  calls: number;
  /** Bodies received while `keep` was true. */
  kept: any[];
  keep: boolean;
  stop(): Promise<void>;
}

export async function startBenchConnector(): Promise<BenchConnector> {
  const state = { calls: 0, kept: [] as any[], keep: false };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      if (state.keep) chunks.push(c);
    });
    req.on('end', () => {
      const id = ++state.calls;
      if (state.keep) {
        try {
          state.kept.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          state.kept.push(null);
        }
      }
      const body = `{"id":"activity-${id}"}`;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    get calls() {
      return state.calls;
    },
    set calls(n: number) {
      state.calls = n;
    },
    get kept() {
      return state.kept;
    },
    get keep() {
      return state.keep;
    },
    set keep(on: boolean) {
      state.keep = on;
      if (on) state.kept = [];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
