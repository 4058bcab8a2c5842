import { app, authentication } from '@microsoft/teams-js';
import * as texts from '../i18n/tab/consentDone';

/**
 * /tab/consent-done.html: where Entra sends the consent step back to (see host.ts askConsent).
 * In the Teams pop-up it tells the tab how it went — notifySuccess, or notifyFailure with Entra's
 * `error` — and Teams closes the window. Opened anywhere else it just says, in both languages,
 * that the window can be closed.
 */
const query = new URLSearchParams(location.search);
const error = query.get('error');

function show(): void {
  const root = document.getElementById('root');
  if (!root) return;
  root.replaceChildren(
    ...(['sv', 'en'] as const).map((lang) => {
      const p = document.createElement('p');
      p.lang = lang;
      p.textContent = error ? texts[lang].failed.replace('{error}', error) : texts[lang].done;
      return p;
    }),
  );
  root.style.padding = '24px';
}

async function tellTeams(): Promise<void> {
  try {
    await app.initialize();
  } catch {
    return; // not in Teams: the text is all there is
  }
  if (error) authentication.notifyFailure(error);
  else authentication.notifySuccess();
}

show();
void tellTeams();
