import { Caption1, FluentProvider, Spinner, Theme, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import type { Locale } from '../i18n';
import { AppContext, AppServices } from './appContext';
import { LocaleContext, useT } from './i18n';
import type { HostTheme } from './host';
import { BrowserModeNotice } from './components/BrowserModeNotice';
import { ViewActionSlot } from './components/ViewAction';
import { ViewTabs } from './components/ViewTabs';
import { visuallyHidden } from './components/visuallyHidden';
import { VIEWS, ViewId, mayShow, viewFromLocation } from './views/registry';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    // Fluent greys the label of an unticked checkbox (colorNeutralForeground3) so that it looks
    // disabled: in the tab a label reads as text, ticked or not; a disabled one keeps Fluent's look.
    '& .fui-Checkbox:has(> input:not(:disabled))': { color: tokens.colorNeutralForeground1 },
  },
  // One row: the view tabs, who is signed in, and the view's main action (ViewAction).
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalL} 0 ${tokens.spacingHorizontalS}`,
  },
  // Grows into the room the others leave and never pushes them to a row of their own (tabs that do not fit go to "Fler").
  nav: { flex: '1 1 0', minWidth: '12rem' },
  // Who is signed in keeps its width; only where even the tabs' least is too wide is it shortened with "…" (the whole in its tooltip).
  signedIn: { flex: '0 1 auto', minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  action: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: visuallyHidden,
  main: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`, flexGrow: 1 },
});

function Shell({ services }: { services: AppServices }) {
  const t = useT();
  const styles = useStyles();
  const [actionSlot, setActionSlot] = useState<HTMLDivElement | null>(null);
  const [view, setView] = useState<ViewId>(() => viewFromLocation(location.hash, location.search, services.host.subPageId));

  useEffect(() => {
    const follow = () => setView(viewFromLocation(location.hash, location.search));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const select = (id: ViewId) => {
    setView(id);
    history.replaceState(null, '', `${location.pathname}${location.search}#/${id}`);
  };

  const { host, me } = services;
  const Current = VIEWS.find((v) => v.id === view)!.component;
  // The role, and the named rights beside it (the projektägare signs the handover for the project).
  const roleText = [t(`role.${me.role}`), ...me.rights.map((right) => t(`right.${right}`))].join(', ');
  return (
    <div className={styles.root}>
      {!host.inTeams && <BrowserModeNotice user={me.name} />}
      <header className={styles.header}>
        {/* Teams shows the tab's name (and the team and channel) above the tab: the page's heading is for screen readers only. */}
        <h1 className={styles.title}>
          {t('tab.appName')}
          {host.teamName && host.channelName && (
            <>
              {' – '}
              <span>{t('tab.context', { team: host.teamName, channel: host.channelName })}</span>
            </>
          )}
        </h1>
        <nav className={styles.nav} aria-label={t('tab.nav.label')}>
          <ViewTabs views={VIEWS.filter((v) => mayShow(v, me.permissions))} selected={view} onSelect={(id) => select(id as ViewId)} />
        </nav>
        <Caption1 className={styles.signedIn} title={t('tab.signedInAs', { user: me.name, role: roleText })} data-testid="signed-in">
          {t('tab.signedInAs', { user: me.name, role: roleText })}
        </Caption1>
        <div className={styles.action} ref={setActionSlot} />
      </header>
      <main id="view" className={styles.main} role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1}>
        <ViewActionSlot value={actionSlot}>
          <Suspense fallback={<Spinner label={t('tab.loading')} />}>
            <Current />
          </Suspense>
        </ViewActionSlot>
      </main>
    </div>
  );
}

export function App({ services, locale, theme, fluentTheme }: { services: AppServices; locale: Locale; theme: HostTheme; fluentTheme: Theme }) {
  return (
    <FluentProvider theme={fluentTheme} data-theme={theme} lang={locale} style={{ colorScheme: theme === 'default' ? 'light' : 'dark' }}>
      <LocaleContext.Provider value={locale}>
        <AppContext.Provider value={services}>
          <Shell services={services} />
        </AppContext.Provider>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
