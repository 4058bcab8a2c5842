import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { FAKE_USER } from '../helpers/entraFake';
import { Tenant, startTenant } from '../graph/graphFixture';
import { TAB_WINDOW, TabSession, launchBrowser, startTabSession } from './harness';
import { openInTeamsHost } from './teamsHost';

/**
 * Issue 15 (item 3): every view opened directly — a bookmark, a reload, a channel tab whose first
 * view is Månadsmöte — speaks Swedish or English, never a raw message key such as
 * `tab.restlista.flag.noOwner`. Each view's texts travel with its own chunk, so a view opened
 * first (no other view loaded before it) is where a key from another view's catalog shows.
 *
 * What counts as a key: any `namespace.word(.word)*` whose namespace is one the catalogs use
 * (tab., audit., role., …), in a text node or an aria-label/title/placeholder/alt — at any moment
 * of the page's life (a MutationObserver from the first byte), not only once it has settled, so a
 * key that flashes before its text arrives fails too.
 */
jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '..', '..');

/** Every catalog the tab or the server has: the keys' namespaces come from them. */
function catalogKeys(): string[] {
  const files = [
    ...['sv.ts', 'followUp.ts', 'audit.ts'].map((f) => path.join(ROOT, 'src/i18n', f)),
    ...readdirSync(path.join(ROOT, 'src/i18n/tab'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
      .map((f) => path.join(ROOT, 'src/i18n/tab', f)),
  ];
  return files.flatMap((f) => Object.keys((require(f) as { sv?: Record<string, string> }).sv ?? {})).filter((k) => k.includes('.'));
}
const KEYS = catalogKeys();
const NAMESPACES = [...new Set(KEYS.map((k) => k.split('.')[0]!))].sort();
/** A key: a catalog namespace, then dot-separated words; not part of a host name, address or path. */
const KEY_PATTERN = `(?<![\\w@./:-])(?:${NAMESPACES.join('|')})\\.[A-Za-z_]\\w*(?:\\.\\w+)*(?![\\w@/-])`;
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/**
 * The routes of the tab's router (src/tab/views/registry.ts) and the parts of Inställningar
 * (#/installningar/<part>, src/tab/views/SettingsView.tsx), read from their source so a new view
 * is opened here too.
 */
function routes(): string[] {
  const registry = readFileSync(path.join(ROOT, 'src/tab/views/registry.ts'), 'utf8');
  const views = [...registry.matchAll(/\{\s*id:\s*'([\w-]+)',\s*label:\s*'tab\.nav\./g)].map((m) => m[1]!);
  const settings = readFileSync(path.join(ROOT, 'src/tab/views/SettingsView.tsx'), 'utf8');
  const parts = [...settings.matchAll(/\{\s*id:\s*'([\w-]+)',\s*label:\s*'tab\.settings\.part\./g)].map((m) => `installningar/${m[1]!}`);
  return [...views, ...parts];
}
const ROUTES = routes();

/**
 * Runs in every page and frame before its own scripts: records each key-like text that enters the
 * document (text nodes, the attributes above, the title), with where it was.
 */
function watchForKeys({ source, attributes }: { source: string; attributes: string[] }): void {
  const pattern = new RegExp(source, 'g');
  const seen = new Set<string>();
  const found: string[] = [];
  (window as unknown as { __keyTexts: string[] }).__keyTexts = found;
  const skip = (el: Element | null) => !!el && ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName);
  const check = (where: string, text: string | null | undefined) => {
    if (!text) return;
    for (const m of text.matchAll(pattern)) {
      const hit = `${m[0]} — ${where}: “${text.trim().slice(0, 100)}”`;
      if (!seen.has(hit)) {
        seen.add(hit);
        found.push(hit);
      }
    }
  };
  const checkElement = (el: Element) => {
    for (const a of attributes) check(`${a} of <${el.tagName.toLowerCase()}>`, el.getAttribute(a));
  };
  const checkTree = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!skip(node.parentElement)) check(`text in <${node.parentElement?.tagName.toLowerCase() ?? '?'}>`, node.nodeValue);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (skip(node as Element)) return;
      checkElement(node as Element);
    }
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) {
        if (!skip(n.parentElement)) check(`text in <${n.parentElement?.tagName.toLowerCase() ?? '?'}>`, n.nodeValue);
      } else if (!skip(n as Element)) checkElement(n as Element);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') r.addedNodes.forEach(checkTree);
      else if (r.type === 'characterData') {
        if (!skip(r.target.parentElement)) check(`text in <${r.target.parentElement?.tagName.toLowerCase() ?? '?'}>`, r.target.nodeValue);
      } else if (r.type === 'attributes' && r.target.nodeType === Node.ELEMENT_NODE) {
        const el = r.target as Element;
        check(`${r.attributeName} of <${el.tagName.toLowerCase()}>`, el.getAttribute(r.attributeName!));
      }
    }
    check('the document’s title', document.title);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: attributes });
}

async function watchedContext(browser: Browser, locale = 'sv-SE'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: TAB_WINDOW, locale, timezoneId: 'Europe/Stockholm' });
  await context.addInitScript(watchForKeys, { source: KEY_PATTERN, attributes: ATTRIBUTES });
  return context;
}

/** Key-like texts the frame has shown since it loaded, plus what it shows now (the same check once more). */
async function keysShown(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(
    ({ source, attributes }) => {
      const found = [...((window as unknown as { __keyTexts?: string[] }).__keyTexts ?? ['(the watcher did not run)'])];
      const pattern = new RegExp(source, 'g');
      const add = (where: string, text: string | null) => {
        for (const m of (text ?? '').matchAll(pattern)) {
          const hit = `${m[0]} — ${where} (now)`;
          if (!found.some((f) => f.startsWith(`${m[0]} — `))) found.push(hit);
        }
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const tag = n.parentElement?.tagName ?? '';
        if (!['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(tag)) add(`text in <${tag.toLowerCase()}>`, n.nodeValue);
      }
      document.querySelectorAll('*').forEach((el) => {
        for (const a of attributes) add(`${a} of <${el.tagName.toLowerCase()}>`, el.getAttribute(a));
      });
      add('the document’s title', document.title);
      return found;
    },
    { source: KEY_PATTERN, attributes: ATTRIBUTES },
  );
}

/** Waits until the view has loaded what it shows: no spinner, and the text unchanged for a moment. */
async function settled(frame: Page | Frame): Promise<void> {
  await frame.getByTestId('signed-in').waitFor({ timeout: 10_000 });
  await frame.waitForFunction(
    () => {
      const w = window as unknown as { __snap?: string; __since?: number };
      const busy = document.querySelector('.fui-Spinner');
      const snap = document.body.innerText;
      if (busy || snap !== w.__snap) {
        w.__snap = snap;
        w.__since = Date.now();
        return false;
      }
      return Date.now() - (w.__since ?? 0) >= 400;
    },
    undefined,
    { polling: 100, timeout: 10_000 },
  );
}

function tabAddress(base: string, route: string, query: Record<string, string>): string {
  return `${base}/tab/index.html?${new URLSearchParams(query).toString()}#/${route}`;
}

/** Steps from the start screen into the running meeting: its first item with flags, owner, status, decision form. */
async function holdRunningMeeting(frame: Page | Frame): Promise<void> {
  await frame.locator('section[aria-labelledby="meeting-running"] li button').first().click();
  await frame.getByTestId('meeting-item').waitFor({ timeout: 10_000 });
  await settled(frame);
  // The check below covers the flags (another view's words) only if the item has some.
  expect(await frame.locator('[data-testid="meeting-item"] [data-flag]').count()).toBeGreaterThan(0);
}

describe('every view opened directly shows its texts, never a key (browser mode)', () => {
  let session: TabSession;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    session = await startTabSession();
    context = await watchedContext(session.browser);
    page = await context.newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (e) => errors.push(e.message));
    // A meeting under way, so Månadsmöte can be stepped into (its item screen shows the restlista's flags).
    const restlista = (await session.app.request('GET', '/api/restlista', { as: 'lead' })).json as { meetingDate: string };
    const started = await session.app.request('POST', '/api/meetings', { as: 'lead', body: { meetingDate: restlista.meetingDate } });
    expect(started.status).toBe(201);
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await session?.stop();
  });
  afterEach(() => expect(errors.splice(0)).toEqual([]));

  it('knows the routes and what a key looks like', () => {
    expect(ROUTES).toEqual(
      expect.arrayContaining(['aktivitetslogg', 'restlista', 'mote', 'overlamning', 'utbildningar', 'installningar', 'handelselogg', 'installningar/uppfoljning', 'installningar/roller']),
    );
    const pattern = new RegExp(KEY_PATTERN);
    for (const key of ['tab.restlista.flag.noOwner', 'tab.meeting.title', 'audit.action.created', 'role.lead']) expect(key).toMatch(pattern);
    for (const text of ['Försenad 3 dagar', 'maria.lindqvist@example.se', 'https://teams.microsoft.com/l/team', 'Status', '5 jan. 2027']) expect(text).not.toMatch(pattern);
  });

  describe.each(['sv', 'en'] as const)('in %s (?locale=)', (locale) => {
    it.each(ROUTES)('#/%s', async (route) => {
      await page.goto('about:blank');
      await page.goto(tabAddress(session.app.url, route, { locale, devUser: 'lead' }));
      await settled(page);
      expect(await page.getAttribute('[data-theme]', 'lang')).toBe(locale);
      expect(await keysShown(page)).toEqual([]);
    });

    it('#/mote, then into the running meeting (the item shows the restlista’s flags)', async () => {
      await page.goto('about:blank');
      await page.goto(tabAddress(session.app.url, 'mote', { locale, devUser: 'lead' }));
      await settled(page);
      await holdRunningMeeting(page);
      expect(await keysShown(page)).toEqual([]);
    });
  });

  it('a reload of each view in Swedish', async () => {
    const shown: Record<string, string[]> = {};
    for (const route of ROUTES) {
      await page.goto('about:blank');
      await page.goto(tabAddress(session.app.url, 'aktivitetslogg', { devUser: 'lead' }));
      await settled(page);
      // Go to the view in the page, then reload there: the reload opens it first.
      await page.evaluate((r) => (location.hash = `#/${r}`), route);
      await page.reload();
      await settled(page);
      const keys = await keysShown(page);
      if (keys.length) shown[route] = keys;
    }
    expect(shown).toEqual({});
  });

  it('a channel tab’s content URL (?view=mote) in the browser’s language (en-GB, no ?locale)', async () => {
    const english = await watchedContext(session.browser, 'en-GB');
    try {
      const p = await english.newPage();
      p.setDefaultTimeout(8000);
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`${session.app.url}/tab/index.html?view=mote&devUser=lead`);
      await settled(p);
      expect(await p.getAttribute('[data-theme]', 'lang')).toBe('en');
      await holdRunningMeeting(p);
      expect(await keysShown(p)).toEqual([]);
    } finally {
      await english.close();
    }
  });
});

describe('a channel tab whose first view is Månadsmöte, in the simulated Teams host', () => {
  let tenant: Tenant;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    [tenant, browser] = await Promise.all([startTenant({ ROLE_FORVALTNINGSLEDARE: FAKE_USER.oid }), launchBrowser()]);
    context = await watchedContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (e) => errors.push(e.message));
    // The tenant has no demo data: one open item, overdue and without an owner, for the meeting to show.
    const { today } = (await tenant.request('GET', '/api/restlista')).json as { today: string };
    const overdue = new Date(`${today}T12:00:00Z`);
    overdue.setUTCDate(overdue.getUTCDate() - 3);
    const item = await tenant.request('POST', '/api/activities', {
      body: { title: 'Rensa gamla distributionslistor', category: 'Övrigt', dueDate: overdue.toISOString().slice(0, 10) },
    });
    expect(item.status).toBe(201);
    const restlista = (await tenant.request('GET', '/api/restlista')).json as { meetingDate: string };
    const started = await tenant.request('POST', '/api/meetings', { body: { meetingDate: restlista.meetingDate } });
    expect(started.status).toBe(201);
  }, 40_000);
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await tenant?.stop();
  });
  afterEach(() => expect(errors.splice(0)).toEqual([]));

  it.each([
    ['sv-SE', 'sv'],
    ['en-GB', 'en'],
  ])('Teams in %s', async (teamsLocale, lang) => {
    const host = await openInTeamsHost(page, {
      appUrl: tenant.server.url,
      token: await tenant.entra.sign(),
      user: { id: FAKE_USER.oid, userPrincipalName: FAKE_USER.preferred_username },
      tenantId: tenant.entra.tenantId,
      locale: teamsLocale,
      theme: 'default',
      team: { name: 'IT-förvaltningen' },
      channel: { name: 'Förvaltning' },
      view: 'mote',
    });
    const tab = host.frame;
    await settled(tab);
    expect(await tab.getAttribute('[data-theme]', 'lang')).toBe(lang);
    expect(await keysShown(tab)).toEqual([]);
    await holdRunningMeeting(tab);
    expect(await keysShown(tab)).toEqual([]);
    expect(await host.unanswered()).toEqual([]);
  });
});
