import { Body1, Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { DialogButtons, DialogFrame } from '../../components/DialogFrame';
import { ErrorAlert, Notice } from '../../components/Notice';
import { useLocale, useT } from '../../i18n';
import type { SignerRole } from '../../types';
import { useHandover } from './HandoverContext';
import { formatDay } from './format';
import { otherRole } from './model';
import { useTimeZone } from '../../appContext';
import { isItemDone, isSignOffItem } from '../../../domain/checklist';

/**
 * "Signera som …?": what signing means, and the items that are not done yet, shown
 * prominently — signing is still allowed. The panel fetches the checklist again on open, so
 * the count is the server's, not a stale screen's.
 */
const useStyles = makeStyles({
  open: {
    maxHeight: '30vh',
    overflowY: 'auto',
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});

export function SignConfirmSurface({ role, onDone }: { role: SignerRole; onDone: (signed: boolean) => void }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const { checklist, sign, announce } = useHandover();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The sign-off item is not "open": signing is what completes it.
  const open = checklist.items.filter((i) => !isSignOffItem(i) && !isItemDone(checklist, i));
  const openTitle =
    open.length === 1 ? t('tab.handover.confirm.openOne') : t('tab.handover.confirm.openMany', { count: open.length });
  const first = checklist.signatures.length === 0;

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const signed = await sign(role);
      announce(
        signed.readOnly
          ? t('tab.handover.signed.title', { date: formatDay(signed.signedOffAt, locale, zone) })
          : t('tab.handover.locked.title'),
      );
      onDone(true);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <DialogFrame
      title={t(`tab.handover.confirm.title.${role}`)}
      actions={
        <DialogButtons
          label={t('tab.handover.confirm.sign')}
          busyLabel={t('tab.handover.confirm.signing')}
          busy={busy}
          onPrimary={() => void confirm()}
        />
      }
    >
      {open.length > 0 ? (
        <Notice intent="warning" layout="multiline" title={openTitle} data-testid="open-items">
          <ul className={styles.open} tabIndex={0} aria-label={openTitle}>
            {open.map((item) => (
              <li key={item.id}>{item.text[locale]}</li>
            ))}
          </ul>
          {t('tab.handover.confirm.openNote')}
        </Notice>
      ) : (
        <Body1>{t('tab.handover.confirm.allDone', { total: checklist.items.length })}</Body1>
      )}
      {first && <Body1>{t('tab.handover.confirm.first', { other: t(`tab.handover.signoff.roleDefinite.${otherRole(role)}`) })}</Body1>}
      <Body1Strong>{t('tab.handover.confirm.final')}</Body1Strong>
      <ErrorAlert message={error} />
    </DialogFrame>
  );
}
