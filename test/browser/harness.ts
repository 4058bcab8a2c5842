import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, Frame, Locator, Page, chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import { TestApp, startTestApp } from '../helpers/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

/**
 * Browser tests: the real server (temporary database, the built tab) and Debian's Chromium,
 * driven by playwright-core. `npm test` builds the tab first and makes sure Chromium is there.
 */
export const CHROMIUM = CHROMIUM_PATH;
export const SCREENSHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');

export type ThemeName = 'default' | 'dark' | 'contrast';
export const THEME_NAMES: ThemeName[] = ['default', 'dark', 'contrast'];
export const THEME_TOKENS = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A Teams tab in a 1366×768 window: what the issue-15 layout is measured in. */
export const TAB_WINDOW = { width: 1366, height: 768 };

/** How a browser context differs from the default (1280×860, Swedish, Stockholm time). */
export type ContextOptions = { viewport?: { width: number; height: number }; locale?: string };

export interface TabSession {
  app: TestApp;
  browser: Browser;
  /** A new browser context (like another person's browser), closed when the session stops. */
  context(options?: ContextOptions): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/**
 * A page in a new browser context of the session (another person's browser) that adds every
 * uncaught page error to `errors` (the tests expect none after each step); a step that hangs fails
 * within seconds.
 */
export async function watchedPage(session: TabSession, errors: string[], options?: ContextOptions): Promise<Page> {
  const page = await (await session.context(options)).newPage();
  page.setDefaultTimeout(8000);
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

export async function startTabSession(env: Record<string, string> = {}, opts: { now?: () => Date } = {}): Promise<TabSession> {
  const app = await startTestApp({ SEED_DEMO: 'true', ...env }, opts);
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    app,
    browser,
    context: async (options = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...options });
      contexts.push(context);
      return context;
    },
    stop: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await app.stop();
    },
  };
}

export interface OpenOptions {
  /** A view, or a part of one (Inställningar › Roller: 'installningar/roller'). */
  view?: 'aktivitetslogg' | 'restlista' | 'mote' | 'overlamning' | 'utbildningar' | 'installningar' | 'installningar/roller' | 'handelselogg' | 'kostnader' | 'dokumentation';
  theme?: ThemeName;
  locale?: 'sv' | 'en';
  /** Browser mode: the demo user (lead, owner, member, member2, reader). */
  as?: string;
}

export function tabUrl(base: string, o: OpenOptions = {}): string {
  const q = new URLSearchParams();
  if (o.theme && o.theme !== 'default') q.set('theme', o.theme);
  if (o.locale) q.set('locale', o.locale);
  if (o.as) q.set('devUser', o.as);
  const query = q.toString();
  return `${base}/tab/index.html${query ? `?${query}` : ''}#/${o.view ?? 'aktivitetslogg'}`;
}

/** Opens the tab as a browser would (outside Teams) and waits until the app is shown. */
export async function openTab(page: Page, base: string, o: OpenOptions = {}): Promise<void> {
  // A URL that differs only in its #hash would not reload the page: start from a blank one.
  await page.goto('about:blank');
  await page.goto(tabUrl(base, o));
  await page.getByTestId('signed-in').waitFor({ timeout: 10_000 });
}

/**
 * Serious and critical accessibility violations (axe-core), as short strings for a readable failure.
 * Fluent's focus manager (tabster) adds `<i data-tabster-dummy aria-hidden tabindex=0>` sentinels
 * that pass focus on at once; axe's aria-hidden-focus flags them, a known false positive
 * (microsoft/tabster#288, microsoft/fluentui#25133), so they alone are left out.
 */
/**
 * The serious and critical axe violations of the page. Fluent's focus sentinels
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`, a known false positive of aria-hidden-focus:
 * microsoft/tabster#288) are left out — also inside the tab's frame when the page is the
 * simulated Teams host (`inFrame`: the frame and the selector of its iframe). `only.within`: just
 * the elements a selector finds.
 */
export async function seriousViolations(page: Page, inFrame?: { frame: Frame; selector: string }, only?: { within: string }): Promise<string[]> {
  // Dialogs and messages fade in: axe would measure colours mid-fade. Wait for every animation
  // that ends (not the spinners, which run forever) — at most 3 s.
  const settled = () =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]);
  await page.evaluate(settled);
  if (inFrame) await inFrame.frame.evaluate(settled);
  let axe = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  if (inFrame) axe = axe.exclude([inFrame.selector, '[data-tabster-dummy]']);
  // Only what a step opened (its dialogs), when the page under it is checked by the view's own test.
  if (only) axe = axe.include(only.within);
  const result = await axe.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** '#fafafa' → 'rgb(250, 250, 250)', as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const n = hex.replace('#', '');
  const full = n.length === 3 ? n.split('').map((c) => c + c).join('') : n;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The colours the app's root really shows, to compare with the theme's tokens. */
export async function appliedColours(page: Page): Promise<{ background: string; foreground: string }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-theme]')!.firstElementChild as HTMLElement;
    const style = getComputedStyle(root);
    return { background: style.backgroundColor, foreground: style.color };
  });
}

/** A date as the tab's date pickers show it in Swedish ("5 jan. 2027"), formatted by the page's own Intl. */
export function shownDate(page: Page, iso: string): Promise<string> {
  return page.evaluate(
    (d) => new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)),
    iso,
  );
}

/** Types a date into one of the tab's date pickers and leaves the field, which is when the picker reads it. */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  await field.fill(iso);
  await field.blur();
}

/** The views the navigation offers: the tabs shown, then those under "Fler" (the menu opened and closed again). */
export async function offeredViews(p: Page): Promise<string[]> {
  const tabs = await p.getByRole('tab').allInnerTexts();
  const more = p.getByRole('button', { name: /^(Fler|More) \(\d+\)$/ });
  if ((await more.count()) === 0) return tabs;
  await more.click();
  const hidden = await p.getByRole('menuitem').allInnerTexts();
  await p.keyboard.press('Escape');
  return [...tabs, ...hidden];
}
