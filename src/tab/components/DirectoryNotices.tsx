import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApp } from '../appContext';
import { askConsent } from '../host';
import { useT } from '../i18n';
import type { DirectoryStatus } from '../../domain/directory';
import type { PeopleOptions } from './people';

const useStyles = makeStyles({
  // The live region is there (empty, no height) before anything is said in it, so it is announced.
  notice: { marginTop: tokens.spacingVerticalS },
});

/**
 * Whether "the directory is not answering" has been said in this tab session. It is said once,
 * by the first picker that meets it, and stays with that picker until the directory answers
 * again; the other pickers, and that one later, keep quiet.
 */
let unavailableSaid = false;

function useSaidOnce(directory: DirectoryStatus): boolean {
  const [mine, setMine] = useState(false);
  useEffect(() => {
    if (directory === 'unavailable' && !unavailableSaid) {
      unavailableSaid = true;
      setMine(true);
    } else if (directory === 'included') setMine(false);
  }, [directory]);
  return mine;
}

/**
 * What a people picker says about the organisation's directory, below the picker, in a polite
 * live region (announced, never interrupting): that it is not answering (once per session,
 * calmly: the list still has the people the app knows), or that the user must consent first —
 * the server's words, and in Teams a button that runs the consent step and then searches again.
 */
export function DirectoryNotices({ people }: { people: Pick<PeopleOptions, 'directory' | 'consentMessage' | 'retry'> }) {
  const styles = useStyles();
  const unavailable = useSaidOnce(people.directory);
  return (
    <div role="status" aria-live="polite">
      {people.consentMessage !== null && <ConsentNotice className={styles.notice} message={people.consentMessage} onGranted={people.retry} />}
      {unavailable && people.consentMessage === null && <UnavailableNotice className={styles.notice} />}
    </div>
  );
}

function UnavailableNotice({ className }: { className: string }) {
  const t = useT();
  return (
    <MessageBar intent="info" politeness="polite" layout="multiline" className={className} data-testid="directory-unavailable">
      <MessageBarBody>{t('tab.people.directoryUnavailable')}</MessageBarBody>
    </MessageBar>
  );
}

function ConsentNotice({ className, message, onGranted }: { className: string; message: string; onGranted: () => void }) {
  const t = useT();
  const { host } = useApp();
  const [state, setState] = useState<'idle' | 'asking' | 'refused'>('idle');
  const ask = async () => {
    setState('asking');
    if (await askConsent()) onGranted();
    else setState('refused');
  };
  return (
    <MessageBar intent="warning" politeness="polite" layout="multiline" className={className} data-testid="directory-consent">
      <MessageBarBody>
        <MessageBarTitle>{t('tab.people.consentTitle')}</MessageBarTitle>
        {state === 'refused' ? t('tab.people.consentNotGiven') : message}
      </MessageBarBody>
      {host.inTeams && (
        <MessageBarActions>
          <Button disabledFocusable={state === 'asking'} onClick={() => void ask()}>
            {state === 'asking' ? t('tab.people.askingConsent') : t('tab.people.grantAccess')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
