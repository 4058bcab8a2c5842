import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { t, type Locale } from '../i18n';
import { ApiError, TabApi, createApi } from './api';
import { API } from '../api/contract';
import { App } from './App';
import { HostContext, HostTheme, connectToHost, notifyLoaded, onHostThemeChange, ssoToken } from './host';
import { pickLocale } from './i18n';
import { LIGHT_THEME, loadTheme, themeFromQuery } from './theme';
import { viewFromLocation } from './views/registry';
import type { Me } from './types';

/**
 * The tab's entry: connect to Teams (or fall back to browser mode within ~2 s), pick theme and
 * language, find out who is signed in, then show the app. Never an endless spinner.
 */
type Boot = { locale: Locale; theme: HostTheme; fluentTheme: Theme } & (
  | { state: 'connecting' }
  | { state: 'ready'; host: HostContext; api: TabApi; me: Me; devUser: string | null }
  | { state: 'failed'; title: string; message: string; retry: boolean }
);

const query = new URLSearchParams(location.search);
const queryTheme = themeFromQuery(query.get('theme'));
const initialLocale = pickLocale(query.get('locale'), navigator.language);

/** Work that does not depend on who is signed in starts at once, beside connecting to Teams. */
function startEarly(): void {
  if (viewFromLocation(location.hash, location.search) === 'aktivitetslogg') void import('./views/ActivityLogView');
}

async function boot(): Promise<Boot> {
  performance.mark('fs:boot');
  startEarly();
  const host = await connectToHost();
  performance.mark('fs:host');
  const theme = queryTheme ?? host.theme;
  const locale = pickLocale(query.get('locale'), host.locale, navigator.language);
  const devUser = host.inTeams ? null : query.get('devUser');
  const api = createApi({ locale, devUser, token: host.inTeams ? ssoToken : async () => null });
  // The first view's data is fetched while we find out who is signed in.
  if (viewFromLocation(location.hash, location.search, host.subPageId) === 'aktivitetslogg') {
    api.prefetch(API.activities.list, {});
    api.prefetch(API.categories.read, {}); // the grid's category labels arrive with its rows
  }
  const fluentTheme = loadTheme(theme);
  try {
    const me = await api.me();
    performance.mark('fs:me');
    return { state: 'ready', locale, theme, fluentTheme: await fluentTheme, host, api, me, devUser };
  } catch (error) {
    const e = error as ApiError;
    const needsTeams = !host.inTeams && e.status === 401;
    return {
      state: 'failed',
      locale,
      theme,
      fluentTheme: await fluentTheme,
      title: needsTeams ? t(locale, 'tab.browserMode.title') : t(locale, 'tab.error.title'),
      message: needsTeams ? t(locale, 'tab.browserMode.noDev') : t(locale, 'tab.error.load', { message: e.message }),
      retry: !needsTeams,
    };
  }
}

function Root() {
  const [state, setState] = useState<Boot>({ state: 'connecting', locale: initialLocale, theme: 'default', fluentTheme: LIGHT_THEME });

  const start = () => {
    setState((s) => ({ state: 'connecting', locale: s.locale, theme: s.theme, fluentTheme: s.fluentTheme }));
    void boot().then((result) => {
      setState(result);
      if (result.state === 'ready' && result.host.inTeams) {
        notifyLoaded();
        if (!queryTheme) {
          onHostThemeChange((theme) => void loadTheme(theme).then((fluentTheme) => setState((s) => ({ ...s, theme, fluentTheme }))));
        }
      }
    });
  };
  useEffect(start, []);

  if (state.state === 'ready') {
    return (
      <App
        locale={state.locale}
        theme={state.theme}
        fluentTheme={state.fluentTheme}
        services={{ api: state.api, me: state.me, host: state.host, devUser: state.devUser }}
      />
    );
  }
  return (
    <FluentProvider theme={state.fluentTheme} lang={state.locale} style={{ minHeight: '100vh', padding: 24 }}>
      {state.state === 'connecting' ? (
        <Spinner label={t(state.locale, 'tab.loading')} />
      ) : (
        <MessageBar intent={state.retry ? 'error' : 'warning'} role="alert">
          <MessageBarBody>
            <MessageBarTitle>{state.title}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
          {state.retry && (
            <MessageBarActions>
              <Button onClick={start}>{t(state.locale, 'tab.retry')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Root />);
