import http from 'node:http';
import fc from 'fast-check';
import { TestApp, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { FuzzRequest, KnownIds, apiRequest, teamsActivity } from './arbitraries';
import { StoreWatch, watchStore } from './storeWatch';

/**
 * Property-based fuzzing of everything the server answers (fast-check, seeded, bounded): random
 * and mutated requests — bodies, content types, encodings, path parameters, queries, methods —
 * to every route in the server's own route list (a new route is fuzzed without being added here),
 * as the demo lead, as a reader and as others; and random and mutated Teams activities and
 * invokes to /api/messages. For each: no 5xx; an /api/* error in the app's shape, never
 * `internal`; and nothing stored changes unless the request was a valid one that may change
 * something (an API write answered 2xx, an activity the bot let in). Afterwards the store is
 * byte for byte what the last valid change left, and the server still answers.
 *
 * FUZZ_SEED=<n> replays a run; FUZZ_RUNS=<n> changes its length. The seed is in every failure.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
jest.setTimeout(120_000);

const NOW = new Date('2026-12-07T09:00:00.000Z');
let app: TestApp;
let connector: FakeConnector;
let watch: StoreWatch;
let agent: http.Agent;
let ids: KnownIds;
let templates: Record<string, Record<string, unknown>>;
/** The digest of the store after the last valid change. */
let expected: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startTestApp({ SEED_DEMO: 'true', MAX_BODY_BYTES: '16384' }, { now: () => NOW });
  agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const get = async (path: string) => (await app.request('GET', path)).json;
  const started = await app.request('POST', '/api/meetings', { body: {} });
  const [activities, trainings, checklist, settings, categories] = await Promise.all([
    get('/api/activities'),
    get('/api/trainings?all=true'),
    get('/api/checklist'),
    get('/api/settings/follow-up'),
    get('/api/categories'),
  ]);
  const trainingIds: string[] = trainings.items.map((t: { id: string }) => t.id);
  const registrations = await app.request('GET', `/api/trainings/${trainingIds[0]}/registrations`, { as: 'member' });
  ids = {
    key: activities.items.slice(0, 5).map((a: { key: string }) => a.key),
    id: [...trainingIds.slice(0, 4), ...checklist.items.slice(0, 3).map((i: { id: string }) => i.id), started.json.id],
    userId: ['11111111-1111-4111-8111-000000000005', ...registrations.json.items.slice(0, 2).map((r: { userId: string }) => r.userId)],
    file: [`${trainingIds[0]}.ics`],
    '*': ['index.html', 'config.html', '..'],
  };
  const sectionId = checklist.sections[0].id;
  templates = {
    'POST /api/activities': { title: 'Fuzz', category: 'Support', description: 'x', priority: 'hög', dueDate: '2027-01-10', owner: { id: 'aad-fz', name: 'Fuzz' } },
    'PATCH /api/activities/:key': { title: 'Ändrad', status: 'pågår', dueDate: '2027-02-01', resolution: null },
    'POST /api/activities/:key/comments': { text: 'En kommentar', meetingDate: '2027-01-05' },
    'POST /api/checklist/items': { sectionId, text: { sv: 'Ny punkt', en: 'New item' } },
    'PATCH /api/checklist/items/:id': { done: true, comment: 'ok', evidenceUrl: 'https://example.se/bevis' },
    'POST /api/checklist/sign-off': { role: 'projektägare' },
    'POST /api/meetings': { meetingDate: '2027-01-05' },
    'POST /api/meetings/:id/entries': { activityKey: ids.key![0]!, activityVersion: 1, note: 'Beslut', status: 'pågår' },
    'POST /api/meetings/:id/finish': { attendees: 'Maria, Johan', summary: 'Kort möte' },
    'POST /api/trainings': { title: 'Fuzzkurs', start: '2027-03-30T09:00:00+02:00', end: '2027-03-30T09:45:00+02:00', capacity: 5 },
    'PATCH /api/trainings/:id': { capacity: 10, place: 'Sal 1' },
    'POST /api/trainings/:id/registrations': { email: 'fuzz@example.se', department: 'IT' },
    'PATCH /api/trainings/:id/registrations/:userId': { attended: true },
    'PUT /api/settings/follow-up': { channelId: settings.channel?.conversationId ?? null, schedule: settings.schedule },
    'PUT /api/categories': { items: categories.items },
  };
  watch = watchStore(app.dataDir);
  watch.changed();
  expected = watch.snapshot();
});

afterAll(async () => {
  watch?.close();
  agent?.destroy();
  await app?.stop();
  await connector?.stop();
});

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Sends exactly what was generated (any method with any body), over a kept-alive loopback connection. */
function send(req: FuzzRequest): Promise<Answer> {
  const url = new URL(app.url);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        agent,
        headers: { ...req.headers, ...(req.body ? { 'content-length': String(req.body.length) } : {}) },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within 10 s: ${req.method} ${req.path}`)));
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const describeRequest = (req: FuzzRequest) =>
  `${req.method} ${req.path} ${JSON.stringify(req.headers)} body=${req.body ? JSON.stringify(req.body.toString('utf8').slice(0, 300)) : '-'}`;

/** The checks every answer passes; `mayChange` says whether this request was allowed to change the store. */
function check(req: FuzzRequest, answer: Answer, mayChange: (answer: Answer) => boolean): void {
  const what = `${describeRequest(req)} → ${answer.status} ${answer.text.slice(0, 300)}`;
  if (answer.status >= 500 || answer.status === 0) throw new Error(`a ${answer.status}: ${what}`);
  // The bot answers a card action it cannot use as Universal Actions expect (application/vnd.microsoft.error); everything else under /api has the app's shape.
  const universalActionsError = req.path === '/api/messages' && /^\{"statusCode":\d+,"type":"application\/vnd\.microsoft\.error"/.test(answer.text);
  const apiError = req.path.startsWith('/api/') && answer.status >= 400 && !universalActionsError;
  if (apiError) {
    let error: { code?: unknown; message?: unknown } | undefined;
    try {
      error = JSON.parse(answer.text).error;
    } catch {
      error = undefined;
    }
    if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !error.message || error.code === 'internal') {
      throw new Error(`not the app's error shape: ${what}`);
    }
  }
  if (watch.changed()) {
    if (!mayChange(answer)) throw new Error(`the store changed on a request that may not change it: ${what}`);
    expected = watch.snapshot();
  }
}

const settings = (runs: number) => ({ seed: SEED, numRuns: runs, endOnFailure: true });

describe('request fuzzing (seeded; FUZZ_SEED replays a run)', () => {
  it('every route in the server\'s own list, random and mutated requests as lead, reader and others: no 5xx, nothing changed by what was refused', async () => {
    expect(app.routes.length).toBeGreaterThan(30);
    const arbitrary = apiRequest(app.routes, ids, templates, new URL(app.url).origin);
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(arbitrary, async (req) => {
        const answer = await send(req);
        seen.set(String(answer.status), (seen.get(String(answer.status)) ?? 0) + 1);
        check(req, answer, (a) => WRITES.has(req.method) && a.status >= 200 && a.status < 300);
      }),
      settings(RUNS),
    );
    // The run reached past the first checks: some requests were let in, many were refused for different reasons.
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['200', '400', '404']));
    console.log(`API fuzz (seed ${SEED}): ${RUNS} requests, answers ${JSON.stringify(Object.fromEntries([...seen].sort()))}`);
  });

  it('random and mutated Teams activities and invokes to /api/messages: no 5xx, nothing changed by what the door refused', async () => {
    const arbitrary = teamsActivity(connector.serviceUrl, ids).chain((activity) =>
      fc.oneof(
        { weight: 9, arbitrary: fc.constant(Buffer.from(JSON.stringify(activity), 'utf8')) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.from(bytes)) },
      ),
    );
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(arbitrary, async (bytes) => {
        const req: FuzzRequest = { method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: bytes };
        const answer = await send(req);
        seen.set(String(answer.status), (seen.get(String(answer.status)) ?? 0) + 1);
        // Let in by the door: answered by the bot (a turn, a card, a Universal Actions error), not in the app's error shape.
        check(req, answer, (a) => !/^\{"error":/.test(a.text));
        connector.clear();
      }),
      settings(RUNS),
    );
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['200', '400']));
    console.log(`Bot fuzz (seed ${SEED}): ${RUNS} activities, answers ${JSON.stringify(Object.fromEntries([...seen].sort()))}`);
  });

  it('afterwards the store is byte for byte what the last valid change left, and the server still answers', async () => {
    expect(watch.snapshot()).toBe(expected);
    expect((await app.request('GET', '/healthz')).status).toBe(200);
    const created = await app.request('POST', '/api/activities', { body: { title: 'Efter fuzzningen', category: 'Övrigt' } });
    expect(created.status).toBe(201);
  });
});
