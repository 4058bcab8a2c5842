import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AuditHead, AuditVerification } from '../../../domain/audit';
import { retentionOf } from '../../../domain/retention';
import { useApp } from '../../appContext';
import { Notice } from '../../components/Notice';
import { ScreenReaderStatus, useAnnouncer } from '../../components/ScreenReaderStatus';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hash: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});

const kept = retentionOf('auditTrail');

/** The chain's head (count and hash, as every export also prints it) and, for the förvaltningsledare, a walk over the whole chain. */
export function ChainStatus({ head }: { head: AuditHead }) {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();

  const verify = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const verdict = await api.audit.verify();
      setResult(verdict);
      if (verdict.ok) announce(t('tab.auditLog.verified', { count: verdict.count }));
    } catch (e) {
      setError(t('tab.auditLog.verifyFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="audit-chain-heading" data-testid="audit-chain">
      <Subtitle2 as="h3" id="audit-chain-heading">
        {t('tab.auditLog.chain')}
      </Subtitle2>
      <Text>
        {t('tab.auditLog.head', { count: head.count })}{' '}
        <span className={styles.hash} data-testid="audit-head">
          {head.hash}
        </span>
      </Text>
      <Caption1 className={styles.hint}>{t('tab.auditLog.headHint')}</Caption1>
      <Caption1 className={styles.hint} data-testid="audit-retention">
        {t('tab.auditLog.retention.keep', { basis: t(`tab.auditLog.retention.basis.${kept.basis}`) })}
      </Caption1>
      {me.permissions['audit.verify'] && (
        <div className={styles.actions}>
          <Button icon={<ShieldCheckmarkRegular />} disabledFocusable={busy} onClick={() => void verify()}>
            {t('tab.auditLog.verify')}
          </Button>
        </div>
      )}
      {result?.ok && (
        <Notice intent="success" data-testid="audit-verified">
          {t('tab.auditLog.verified', { count: result.count })}
        </Notice>
      )}
      {result && !result.ok && (
        <Notice intent="error" alert data-testid="audit-broken">
          {t('tab.auditLog.broken', { seq: result.brokenAt, reason: t(`tab.auditLog.reason.${result.reason}`) })}
        </Notice>
      )}
      {error && (
        <Notice intent="error" alert>
          {error}
        </Notice>
      )}
      <ScreenReaderStatus message={announcement} />
    </section>
  );
}
