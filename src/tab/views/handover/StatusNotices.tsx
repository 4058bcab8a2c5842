import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../appContext';
import { useLocale, useT } from '../../i18n';
import { useHandover } from './HandoverContext';
import { formatDay } from './format';
import { otherRole } from './model';

/**
 * Where the checklist stands, above the items: signed (read-only for good), locked awaiting the
 * other signature (the signer may withdraw), or — for readers — why they cannot tick.
 */
export function StatusNotices() {
  const t = useT();
  const locale = useLocale();
  const { me } = useApp();
  const { checklist, withdraw, announce } = useHandover();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (checklist.readOnly) {
    return (
      <MessageBar intent="success" data-testid="handover-status">
        <MessageBarBody>
          <MessageBarTitle>{t('tab.handover.signed.title', { date: formatDay(checklist.signedOffAt, locale) })}</MessageBarTitle>
          {t('tab.handover.signed.body')}
        </MessageBarBody>
      </MessageBar>
    );
  }

  if (checklist.locked) {
    const first = checklist.signatures[0]!;
    const mine = checklist.signatures.some((s) => s.by.id === me.id);
    const onWithdraw = async () => {
      setBusy(true);
      setError(null);
      try {
        await withdraw();
        announce(t('tab.handover.locked.withdrawn'));
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setBusy(false);
      }
    };
    return (
      <MessageBar intent="warning" data-testid="handover-status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('tab.handover.locked.title')}</MessageBarTitle>
          {t('tab.handover.locked.body', {
            name: first.by.name,
            role: t(`tab.handover.signoff.roleLower.${first.role}`),
            other: t(`tab.handover.signoff.roleDefinite.${otherRole(first.role)}`),
          })}
          {error && <div role="alert">{error}</div>}
        </MessageBarBody>
        {mine && (
          <MessageBarActions>
            <Button onClick={() => void onWithdraw()} disabled={busy}>
              {t('tab.handover.locked.withdraw')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }

  if (!me.permissions['checklist.edit']) {
    return (
      <MessageBar intent="info" data-testid="handover-status">
        <MessageBarBody>{t('tab.handover.readerNote')}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
