import type { HostThemeName } from './protocol';

/** What the host page is given (JSON) when it is served. */
export interface HostPageConfig {
  /** The tab's content URL, framed by the host. */
  contentUrl: string;
  /** The tab's origin: the host answers to it alone. */
  appOrigin: string;
  /** initialize's answer: [frameContext, hostClientType, runtimeConfig (JSON), clientSupportedSDKVersion]. */
  initialize: [string, string, string, string];
  /** getContext's answer (the legacy, flat context). */
  context: Record<string, unknown>;
  /** authentication.getAuthToken's answer: a token, or the reason Teams gives for none. */
  token: string | { error: string };
  notifications: readonly string[];
  title: string;
}

/** One message the tab sent the host, as the host page logged it. */
export interface HostCall {
  func: string;
  args: unknown[];
  /** 'answered' (a reply was posted), 'notification' (none is expected) or 'unknown' (the host does not know it: the tab waits for ever). */
  outcome: 'answered' | 'notification' | 'unknown';
}

/** The page's own colours per theme, so a screenshot of the host looks like Teams around the tab. */
const PAGE_COLOURS: Record<HostThemeName, { background: string; color: string }> = {
  default: { background: '#f5f5f5', color: '#242424' },
  dark: { background: '#1f1f1f', color: '#ffffff' },
  contrast: { background: '#000000', color: '#ffffff' },
};

/**
 * (Line numbers: node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.js, 2.58.0; see protocol.ts.)
 *
 * The host, run inside the host page (serialized with Function.prototype.toString, so it uses
 * nothing from outside). It listens before it frames the tab, answers the tab's teams-js requests
 * and keeps a log in `window.__teamsHost` for the test.
 */
function runHost(config: HostPageConfig, colours: typeof PAGE_COLOURS): void {
  const calls: HostCall[] = [];
  const state = { context: config.context, token: config.token };
  const frame = document.createElement('iframe');

  const paint = (theme: string) => {
    const c = colours[theme as HostThemeName] ?? colours.default;
    document.body.style.background = c.background;
    document.body.style.color = c.color;
  };

  const reply = (request: { id: number; uuidAsString?: string }, args: unknown[]) => {
    // An answer: the request's id and uuid, and its args (handleIncomingMessageFromParent).
    frame.contentWindow!.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, config.appOrigin);
  };

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== config.appOrigin) return;
    const request = event.data as { id?: unknown; uuidAsString?: string; func?: unknown; args?: unknown[] };
    if (!request || typeof request !== 'object' || typeof request.func !== 'string' || typeof request.id !== 'number') return;
    const func = request.func;
    const args = Array.isArray(request.args) ? request.args : [];
    const answer = (a: unknown[]) => {
      reply(request as { id: number; uuidAsString?: string }, a);
      calls.push({ func, args, outcome: 'answered' });
    };
    switch (func) {
      case 'initialize':
        // [frameContext, hostClientType, runtimeConfig JSON, clientSupportedSDKVersion] (initializeCommunication, 8562).
        answer(config.initialize);
        return;
      case 'getContext':
        // sendAndUnwrap (8604): the first arg is the context (app.getContext, 5650).
        answer([state.context]);
        return;
      case 'authentication.getAuthToken':
        // [success, token or reason] (getAuthTokenHelper, 15207).
        answer(typeof state.token === 'string' ? [true, state.token] : [false, state.token.error]);
        return;
      default:
        calls.push({ func, args, outcome: config.notifications.includes(func) ? 'notification' : 'unknown' });
    }
  });

  (window as unknown as { __teamsHost: unknown }).__teamsHost = {
    calls,
    setTheme(theme: string) {
      state.context = { ...state.context, theme };
      paint(theme);
      // A message the host starts: a func and no id (handleIncomingMessageFromParent → callHandler).
      frame.contentWindow!.postMessage({ func: 'themeChange', args: [theme] }, config.appOrigin);
    },
    setToken(token: string | { error: string }) {
      state.token = token;
    },
  };

  paint(String(state.context.theme));
  frame.title = config.title;
  frame.src = config.contentUrl;
  frame.setAttribute('data-testid', 'teams-tab');
  frame.style.cssText = 'border:0;flex:1;width:100%;background:transparent';
  document.getElementById('stage')!.appendChild(frame);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside <script>: nothing in it may close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The host page: a header like Teams' channel header, and the tab framed below it. */
export function hostPageHtml(config: HostPageConfig, lang: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(config.title)} – Microsoft Teams (simulerad värd)</title>
<style>
  html, body { height: 100%; margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 16px; font-size: 14px; }
  #stage { flex: 1; display: flex; }
</style>
</head>
<body>
<header><strong>${escapeHtml(config.title)}</strong></header>
<div id="stage"></div>
<script>(${runHost.toString()})(${scriptJson(config)}, ${scriptJson(PAGE_COLOURS)});</script>
</body>
</html>`;
}
