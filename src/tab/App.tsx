import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Theme,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import type { Locale } from '../i18n';
import { AppContext, AppServices } from './appContext';
import { LocaleContext, useT } from './i18n';
import type { HostTheme } from './host';
import { VIEWS, ViewId, mayShow, viewFromLocation } from './views/registry';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL} 0`,
  },
  nav: { padding: `0 ${tokens.spacingHorizontalM}` },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXXL}`, flexGrow: 1 },
  notice: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0` },
});

function Shell({ services }: { services: AppServices }) {
  const t = useT();
  const styles = useStyles();
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
      <header className={styles.header}>
        <Title3 as="h1">{t('tab.appName')}</Title3>
        {host.teamName && host.channelName && <Caption1>{t('tab.context', { team: host.teamName, channel: host.channelName })}</Caption1>}
        <Caption1 data-testid="signed-in">{t('tab.signedInAs', { user: me.name, role: roleText })}</Caption1>
      </header>
      {!host.inTeams && (
        <MessageBar intent="info" className={styles.notice} data-testid="browser-mode">
          <MessageBarBody>
            <MessageBarTitle>{t('tab.browserMode.title')}</MessageBarTitle>
            {t('tab.browserMode.body', { user: me.name })}
          </MessageBarBody>
        </MessageBar>
      )}
      <nav className={styles.nav} aria-label={t('tab.nav.label')}>
        <TabList selectedValue={view} onTabSelect={(_, data) => select(data.value as ViewId)}>
          {VIEWS.filter((v) => mayShow(v, me.permissions)).map((v) => (
            <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls="view">
              {t(v.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="view" className={styles.main} role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1}>
        <Suspense fallback={<Spinner label={t('tab.loading')} />}>
          <Current />
        </Suspense>
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
