// @ts-check
/**
 * The README's and the user guide's screenshots (docs/tab/*.png), as a Teams tab sees the app: a
 * 1366×768 window, the demo data, Swedish unless the name says otherwise. Starts the built server
 * (`npm run build` first) on a free loopback port with a temporary database, drives Debian's
 * Chromium, and writes each picture of the window (not the whole page: what fits is the point).
 *
 *   npm run build && node scripts/docs-screenshots.js
 *
 * Not part of `npm test`: the tests take their own screenshots into test-output/ to look at.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { CHROMIUM_ARGS, CHROMIUM_PATH } = require('./chromium');

const root = path.join(__dirname, '..');
const out = path.join(root, 'docs', 'tab');
const VIEWPORT = { width: 1366, height: 768 };

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** @param {string} base */
async function waitForHealth(base) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

/**
 * @param {string} base
 * @param {string} method
 * @param {string} url
 * @param {unknown} [body]
 */
async function api(base, method, url, body) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-dev-user': 'lead' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A held meeting with two decisions, for the minutes' picture. @param {string} base */
async function holdMeeting(base) {
  const list = await api(base, 'GET', '/api/restlista');
  /** @type {{ key: string, version: number }[]} */
  const items = list.groups.flatMap((/** @type {{ items: { activity: { key: string, version: number } }[] }} */ g) => g.items.map((i) => i.activity));
  const { meeting } = await api(base, 'POST', '/api/meetings', {}).then((m) => ({ meeting: m.meeting ?? m }));
  const [first, second] = items;
  for (const [item, note] of [
    [first, 'Johan tar den; klar till nästa möte.'],
    [second, 'Väntar på beslut om telefoni.'],
  ]) {
    if (item) await api(base, 'POST', `/api/meetings/${meeting.id}/entries`, { activityKey: item.key, activityVersion: item.version, note });
  }
  await api(base, 'POST', `/api/meetings/${meeting.id}/finish`, { summary: 'Restlistan gicks igenom.' });
  return meeting.id;
}

/** @type {{ name: string, view: string, theme?: string, locale?: string, then?: (page: import('playwright-core').Page) => Promise<void> }[]} */
const SHOTS = [
  { name: 'aktivitetslogg-sv-default', view: 'aktivitetslogg' },
  { name: 'aktivitetslogg-en-default', view: 'aktivitetslogg', locale: 'en' },
  { name: 'restlista-sv-dark', view: 'restlista', theme: 'dark' },
  { name: 'mote-protokoll-sv-default', view: 'mote', then: async (page) => {
    await page.getByTestId('past-minutes').getByRole('button').first().click();
    await page.getByTestId('minutes-entries').waitFor();
  } },
  { name: 'overlamning-sv-contrast', view: 'overlamning', theme: 'contrast' },
  { name: 'utbildningar-sv-default', view: 'utbildningar' },
  { name: 'utbildningar-statistik-sv-default', view: 'utbildningar', then: async (page) => {
    await page.getByRole('tab', { name: 'Statistik' }).click();
    await page.getByRole('heading', { level: 3 }).first().waitFor();
  } },
  { name: 'installningar-sv-default', view: 'installningar' },
  { name: 'dokumentation-sv-default', view: 'dokumentation' },
  { name: 'kostnader-sv-default', view: 'kostnader' },
  { name: 'kostnader-en-dark', view: 'kostnader', theme: 'dark', locale: 'en' },
];

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-docs-'));
  const server = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(root, 'dist', 'src', 'index.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'true', AUTH_MODE: 'dev', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitForHealth(base);
    await holdMeeting(base);
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    fs.mkdirSync(out, { recursive: true });
    for (const shot of SHOTS) {
      const query = new URLSearchParams({ devUser: 'lead', locale: shot.locale ?? 'sv', ...(shot.theme ? { theme: shot.theme } : {}) });
      await page.goto('about:blank');
      await page.goto(`${base}/tab/index.html?${query}#/${shot.view}`);
      await page.getByTestId('signed-in').waitFor();
      await page.waitForLoadState('networkidle');
      if (shot.then) await shot.then(page);
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      const file = path.join(out, `${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(root, file)}`);
    }
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
