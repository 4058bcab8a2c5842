import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from './helpers/app';
import { startFakeConnector } from './helpers/fakeConnector';
import { cardText, message, post, teamsUser } from './helpers/teamsActivity';

/**
 * What `npm start` runs: the built server as its own process. It must create the data folder,
 * seed on an empty database (once), print its URLs, stop cleanly on SIGTERM, and refuse a bad
 * configuration with a message that names the variable.
 */
const ENTRY = path.join(__dirname, '..', 'dist', 'src', 'index.js');

interface Started {
  url: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

function run(env: Record<string, string>): Promise<Started | { code: number | null; stderr: string }> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: npm test builds it first (npm run build)`);
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ENTRY], {
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start within 20 s:\n${stdout}\n${stderr}`));
    }, 20_000);
    child.stdout.on('data', () => {
      const match = stdout.match(/Health:\s+(http:\/\/\S+)\/healthz/);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        output: () => stdout,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
    exited.then((code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

async function waitUntil(check: () => boolean, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return check();
}

async function start(env: Record<string, string>): Promise<Started> {
  const started = await run(env);
  if (!('url' in started)) throw new Error(`exited with ${started.code}: ${started.stderr}`);
  return started;
}

describe('npm start (the built server as a process)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fs-start-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the data folder, seeds the demo once, serves the API and stops cleanly', async () => {
    const dataDir = path.join(dir, 'data', 'nested');
    const first = await start({ DATA_DIR: dataDir });
    try {
      expect(first.output()).toMatch(/Restlista:\s+http:\/\/localhost:\d+\/api\/restlista/);
      expect(existsSync(path.join(dataDir, 'forvaltningsstod.db'))).toBe(true);
      expect((await request(first.url, 'GET', '/healthz')).json).toMatchObject({ status: 'ok', store: { backend: 'sqlite' } });
      const activities = await request(first.url, 'GET', '/api/activities');
      expect(activities.json.count).toBe(14);
      const restlista = (await request(first.url, 'GET', '/api/restlista')).json;
      expect(restlista.counts.open).toBe(10);
      expect(restlista.counts.overdue).toBeGreaterThanOrEqual(3);
      expect(restlista.counts.noOwner).toBe(2);
      const checklist = (await request(first.url, 'GET', '/api/checklist')).json;
      expect(checklist.items).toHaveLength(24);
      expect(checklist.progress.done).toBe(8);
      const withHistory = (await request(first.url, 'GET', '/api/activities/A-001')).json;
      expect(withHistory.history.length).toBeGreaterThan(1);
      expect(withHistory.comments.length).toBe(2);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    const again = await start({ DATA_DIR: dataDir });
    try {
      expect((await request(again.url, 'GET', '/api/activities')).json.count).toBe(14);
    } finally {
      await again.stop();
    }
  });

  it('answers the bot at /api/messages (anonymous on loopback) through the Bot Connector at the activity\'s serviceUrl', async () => {
    const connector = await startFakeConnector();
    const app = await start({ DATA_DIR: dir });
    try {
      expect(app.output()).toMatch(/Bot:\s+http:\/\/localhost:\d+\/api\/messages \(anonymous, local only\)/);
      const user = teamsUser('start');
      const res = await post(app.url, message(user, connector.serviceUrl, 'utbildningar'));
      expect(res.status).toBe(200);
      const [card] = connector.cardsTo(user.conversationId);
      expect(cardText(card)).toContain('Kommande utbildningar');
    } finally {
      await app.stop();
      await connector.stop();
    }
  });

  it('SEED_DEMO=false gives an empty log but the default checklist', async () => {
    const app = await start({ DATA_DIR: dir, SEED_DEMO: 'false' });
    try {
      expect((await request(app.url, 'GET', '/api/activities')).json.count).toBe(0);
      expect((await request(app.url, 'GET', '/api/checklist')).json.items).toHaveLength(24);
    } finally {
      await app.stop();
    }
  });

  it.each([
    [{ PORT: 'abc' }, /PORT: must be a number/],
    [{ PORT: '99999' }, /PORT: must be a port number, 1–65535/],
    [{ TIME_ZONE: 'Mars/Olympus' }, /TIME_ZONE: must be an IANA time zone/],
    [{ HOST: '0.0.0.0' }, /AUTH_MODE: dev .*loopback HOST/],
    [{ AUTH_MODE: 'entra' }, /AUTH_TENANT_ID: is required when AUTH_MODE=entra/],
  ])('refuses %j with exit code 1 and names the variable', async (env, message) => {
    const result = await run({ DATA_DIR: dir, ...env });
    if ('url' in result) {
      await result.stop();
      throw new Error('it started');
    }
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not start/);
    expect(result.stderr).toMatch(message);
  });

  it('with the demo sign-in (a terminal on one\'s own machine) requests are logged at debug, so the start-up lines stay readable at info', async () => {
    const started = await start({ DATA_DIR: dir, SEED_DEMO: 'false', LOG_LEVEL: 'info' });
    try {
      for (let i = 0; i < 5; i++) expect((await request(started.url, 'GET', '/api/activities')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      expect(started.output()).not.toMatch(/"msg":"request"/);
    } finally {
      await started.stop();
    }
    const debug = await start({ DATA_DIR: dir, SEED_DEMO: 'false', LOG_LEVEL: 'debug' });
    try {
      await request(debug.url, 'GET', '/api/activities');
      expect(await waitUntil(() => /"msg":"request"/.test(debug.output()))).toBe(true);
    } finally {
      await debug.stop();
    }
  });

  it('a port already in use is said in one line that names PORT, not with a stack trace', async () => {
    const first = await run({ DATA_DIR: dir, SEED_DEMO: 'false' });
    if (!('url' in first)) throw new Error(`the first did not start: ${first.stderr}`);
    try {
      const port = new URL(first.url).port;
      const second = await run({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'fs-start-')), PORT: port, SEED_DEMO: 'false' });
      if ('url' in second) {
        await second.stop();
        throw new Error('the second started on the same port');
      }
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`port ${port} on 127.0.0.1 is already in use — stop what runs there, or set PORT`);
      expect(second.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await first.stop();
    }
  });
});
