import restify from 'restify';
import type { Agent } from 'node:http';
import { listen } from '../src/server';
import { seedActivities } from './activityFixtures';
import { closeServer, defineBenchmark, httpRequest, keepAliveAgent, median, percentile, round, startTempApp } from './support';

/**
 * GET /api/activities with 10,000 items, against a baseline in the same run: a bare restify
 * server whose one handler JSON.stringify-s the same object (the API's parsed response) and
 * writes it the way the app does. Same client (one keep-alive node:http Agent), same count,
 * rounds interleaved in ABBA order so drift (GC, CPU frequency, other load) hits both sides.
 */
const ITEMS = 10_000;
const WARMUP = 5;
const ROUNDS = 40;

type ListingFigures = {
  items: number;
  responseBytes: number;
  baselineBytesEqual: boolean;
  requestsPerSide: number;
  apiMedianMs: number;
  apiP90Ms: number;
  bareMedianMs: number;
  bareP90Ms: number;
  ratioMedian: number;
};

async function getOk(agent: Agent, url: string, keepBody = false) {
  const res = await httpRequest(agent, url, { keepBody });
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return res;
}

export const activityListing = defineBenchmark<ListingFigures>({
  name: `Activity listing: GET /api/activities (${ITEMS.toLocaleString('en')} items) vs bare restify`,
  goal: { text: 'median(api) / median(bare restify, same JSON) ≤ 2×', met: (f) => f.ratioMedian <= 2 },
  async run() {
    const app = await startTempApp();
    const agent = keepAliveAgent(1);
    let bare: restify.Server | undefined;
    try {
      await seedActivities(app.store, ITEMS, new Date(), app.config.timeZone);
      const apiUrl = `${app.url}/api/activities`;

      // The API's own answer is the baseline's payload: the same object, serialized per request.
      const first = await getOk(agent, apiUrl, true);
      const parsed = JSON.parse(first.body!.toString('utf8')) as { count: number };
      if (parsed.count !== ITEMS) throw new Error(`expected ${ITEMS} items, the API listed ${parsed.count}`);

      bare = restify.createServer({ name: 'bare-baseline', handleUncaughtExceptions: false });
      bare.get('/items', (_req, res, next) => {
        const payload = JSON.stringify(parsed);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
        res.end(payload);
        next();
      });
      const bareUrl = `${await listen(bare, 0, '127.0.0.1')}/items`;

      const bareFirst = await getOk(agent, bareUrl);
      for (let i = 1; i < WARMUP; i++) await getOk(agent, apiUrl);
      for (let i = 1; i < WARMUP; i++) await getOk(agent, bareUrl);

      const api: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const order = i % 2 === 0 ? [apiUrl, bareUrl] : [bareUrl, apiUrl];
        for (const url of order) {
          const res = await getOk(agent, url);
          (url === apiUrl ? api : base).push(res.ms);
        }
      }

      const apiMedian = median(api);
      const bareMedian = median(base);
      return {
        items: parsed.count,
        responseBytes: first.bytes,
        baselineBytesEqual: bareFirst.bytes === first.bytes,
        requestsPerSide: ROUNDS,
        apiMedianMs: round(apiMedian),
        apiP90Ms: round(percentile(api, 90)),
        bareMedianMs: round(bareMedian),
        bareP90Ms: round(percentile(base, 90)),
        ratioMedian: round(apiMedian / bareMedian),
      };
    } finally {
      agent.destroy();
      if (bare) await closeServer(bare);
      await app.stop();
    }
  },
});
