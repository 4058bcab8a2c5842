import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp, useTimeZone } from '../../appContext';
import { Notice } from '../../components/Notice';
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
  const zone = useTimeZone();
  const { me } = useApp();
  const { checklist, withdraw, announce } = useHandover();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (checklist.readOnly) {
    return (
      <Notice intent="success" title={t('tab.handover.signed.title', { date: formatDay(checklist.signedOffAt, locale, zone) })} data-testid="handover-status">
        {t('tab.handover.signed.body')}
      </Notice>
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
      <Notice
        intent="warning"
        layout="multiline"
        title={t('tab.handover.locked.title')}
        data-testid="handover-status"
        actions={
          mine && (
            <Button onClick={() => void onWithdraw()} disabled={busy}>
              {t('tab.handover.locked.withdraw')}
            </Button>
          )
        }
      >
        {t('tab.handover.locked.body', {
          name: first.by.name,
          role: t(`tab.handover.signoff.roleLower.${first.role}`),
          other: t(`tab.handover.signoff.roleDefinite.${otherRole(first.role)}`),
        })}
        {error && <div role="alert">{error}</div>}
      </Notice>
    );
  }

  if (!me.permissions['checklist.edit']) {
    return (
      <Notice intent="info" data-testid="handover-status">
        {t('tab.handover.readerNote')}
      </Notice>
    );
  }
  return null;
}
