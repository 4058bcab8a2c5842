import { Body1, Dropdown, Field, FluentProvider, MessageBar, MessageBarBody, Option, Title3 } from '@fluentui/react-components';
import { app, pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../i18n';
import { connectToHost, HostContext } from './host';
import { pickLocale } from './i18n';
import { LIGHT_THEME, loadTheme, themeFromQuery } from './theme';
import { VIEWS, ViewId } from './views/registry';

/**
 * The configuration page of the channel tab: Teams shows it when the tab is added to a channel.
 * The user picks the view shown first; Save stores the content URL for the channel.
 */
const query = new URLSearchParams(location.search);

function Config() {
  const [host, setHost] = useState<HostContext | null>(null);
  const [fluentTheme, setFluentTheme] = useState(LIGHT_THEME);
  const [view, setView] = useState<ViewId>('restlista');
  const locale = pickLocale(query.get('locale'), host?.locale, navigator.language);
  const theme = themeFromQuery(query.get('theme')) ?? host?.theme ?? 'default';
  useEffect(() => {
    void loadTheme(theme).then(setFluentTheme);
  }, [theme]);

  useEffect(() => {
    void connectToHost().then((h) => {
      setHost(h);
      if (h.inTeams) {
        app.registerOnThemeChangeHandler(() => undefined);
        pages.config.setValidityState(true);
      }
    });
  }, []);

  useEffect(() => {
    if (!host?.inTeams) return;
    pages.config.registerOnSaveHandler((event) => {
      const base = `${location.origin}/tab/index.html`;
      pages.config
        .setConfig({
          entityId: `forvaltningsstod-${view}`,
          contentUrl: `${base}?view=${view}`,
          websiteUrl: `${base}?view=${view}`,
          suggestedDisplayName: t(locale, 'tab.config.tabName'),
        })
        .then(() => event.notifySuccess(), (error: Error) => event.notifyFailure(error.message));
    });
  }, [host, view, locale]);

  return (
    <FluentProvider theme={fluentTheme} lang={locale} style={{ minHeight: '100vh', padding: 24 }}>
      <main>
        <Title3 as="h1" block>
          {t(locale, 'tab.config.title')}
        </Title3>
        <Body1 as="p" block data-testid="config-body">
          {t(locale, 'tab.config.body', { views: new Intl.ListFormat(locale, { type: 'conjunction' }).format(VIEWS.map((v) => t(locale, v.label))) })}
        </Body1>
        {host && !host.inTeams && (
          <MessageBar intent="info" data-testid="browser-mode">
            <MessageBarBody>{t(locale, 'tab.config.outsideTeams')}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={t(locale, 'tab.config.startView')} style={{ maxWidth: 320, marginTop: 16 }}>
          <Dropdown
            value={t(locale, VIEWS.find((v) => v.id === view)!.label)}
            selectedOptions={[view]}
            onOptionSelect={(_, data) => setView(data.optionValue as ViewId)}
          >
            {VIEWS.map((v) => (
              <Option key={v.id} value={v.id}>
                {t(locale, v.label)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </main>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Config />);
