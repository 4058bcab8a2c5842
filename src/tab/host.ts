import { app, authentication } from '@microsoft/teams-js';

/**
 * The Teams host, seen from the tab. Outside Teams `app.initialize()` rejects at once on a
 * top-level page but waits 60 s in a foreign iframe, and `getContext()` never settles before
 * it: both are raced against a timeout, so a browser gets "browser mode" within ~2 s.
 */
export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostContext {
  inTeams: boolean;
  theme: HostTheme;
  /** BCP 47 locale from Teams (e.g. sv-SE), or undefined in a browser. */
  locale?: string;
  userName?: string;
  teamName?: string;
  channelName?: string;
  frameContext?: string;
  /** A deep link's subEntityId (the card's "Öppna restlistan" names the view). */
  subPageId?: string;
  /** Why we are in browser mode. */
  reason?: 'timeout' | 'rejected';
}

const HOST_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function toHostTheme(theme: string | undefined): HostTheme {
  return theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'default';
}

export async function connectToHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostContext> {
  try {
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    return {
      inTeams: true,
      theme: toHostTheme(context.app.theme),
      locale: context.app.locale,
      userName: context.user?.displayName ?? context.user?.userPrincipalName,
      teamName: context.team?.displayName,
      channelName: context.channel?.displayName,
      frameContext: context.page.frameContext,
      ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    };
  } catch (error) {
    return { inTeams: false, theme: 'default', reason: (error as Error)?.message === 'timeout' ? 'timeout' : 'rejected' };
  }
}

export function onHostThemeChange(handler: (theme: HostTheme) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme)));
}

export function notifyLoaded(): void {
  try {
    app.notifySuccess();
  } catch {
    // Not in Teams, or the manifest does not ask for the loading indicator.
  }
}

/** The Teams SSO token for our API (Entra ID access token for `access_as_user`). */
export function ssoToken(): Promise<string> {
  return authentication.getAuthToken();
}

/**
 * The consent step for what the app reads from Microsoft Graph (the people pickers' directory
 * search): Teams opens /auth/consent in a pop-up, the server sends it on to Entra's consent page,
 * and Entra back to /tab/consent-done.html, which tells Teams how it went. True when consent was
 * given; false when it was refused, the pop-up was closed, or we are not in Teams.
 */
export async function askConsent(): Promise<boolean> {
  try {
    await authentication.authenticate({ url: new URL('/auth/consent', location.origin).href, width: 600, height: 535 });
    return true;
  } catch {
    return false;
  }
}
