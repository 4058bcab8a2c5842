import { Body1, Button, Caption1, Dialog, DialogTrigger, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, SignatureRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApp } from '../../appContext';
import { formatDateTime, useLocale, useT } from '../../i18n';
import type { SignerRole } from '../../types';
import { useHandover } from './HandoverContext';
import { SignConfirmSurface } from './SignConfirmSurface';
import { shortHash } from './format';
import { SIGNER_ROLES } from './model';

/**
 * Who signs (projektägare for the project, förvaltningsledare for the administration), the
 * signatures so far with the start of their hash, and — for those allowed — "Signera som …"
 * behind a confirmation.
 */
const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  role: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  state: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  signed: { color: tokens.colorPaletteGreenForeground1 },
  hash: { fontFamily: tokens.fontFamilyMonospace },
  button: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function SignOffPanel() {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { me } = useApp();
  const { checklist, reload } = useHandover();
  const [confirming, setConfirming] = useState<SignerRole | null>(null);
  const [session, setSession] = useState(0);
  const mySignature = checklist.signatures.find((s) => s.by.id === me.id);
  const mayAny = SIGNER_ROLES.some((r) => me.permissions[`checklist.sign.${r}`]);

  return (
    <div className={styles.panel} data-testid="handover-signoff">
      <Subtitle1 as="h3" id="handover-signoff-heading" tabIndex={-1} className={styles.heading}>
        {t('tab.handover.signoff.title')}
      </Subtitle1>
      <Body1>{t('tab.handover.signoff.explain')}</Body1>
      <ul className={styles.list}>
        {SIGNER_ROLES.map((role) => {
          const signature = checklist.signatures.find((s) => s.role === role);
          const maySign = Boolean(me.permissions[`checklist.sign.${role}`]) && !checklist.readOnly && !signature && !mySignature;
          return (
            <li key={role} className={styles.role} data-role={role}>
              <Text weight="semibold">{t(`tab.handover.signoff.role.${role}`)}</Text>
              <Caption1 className={styles.muted}>{t(`tab.handover.signoff.for.${role}`)}</Caption1>
              {signature ? (
                <>
                  <Text className={styles.state}>
                    <CheckmarkCircleRegular className={styles.signed} aria-hidden />
                    {t('tab.handover.signoff.signedBy', { name: signature.by.name, time: formatDateTime(signature.at, locale) })}
                  </Text>
                  <Caption1 className={styles.hash} title={signature.hash}>
                    {t('tab.handover.signoff.hash', { hash: shortHash(signature.hash) })}
                  </Caption1>
                </>
              ) : (
                <Text className={styles.state}>
                  <ClockRegular aria-hidden />
                  {t('tab.handover.signoff.notSigned')}
                </Text>
              )}
              {maySign && (
                <Dialog
                  open={confirming === role}
                  onOpenChange={(_, data) => {
                    if (data.open) {
                      setSession((n) => n + 1);
                      // The open items are counted from the server's checklist, not a stale screen.
                      void reload();
                    }
                    setConfirming(data.open ? role : null);
                  }}
                >
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="primary" icon={<SignatureRegular />} className={styles.button}>
                      {t(`tab.handover.signoff.sign.${role}`)}
                    </Button>
                  </DialogTrigger>
                  <SignConfirmSurface
                    key={session}
                    role={role}
                    onDone={(signed) => {
                      setConfirming(null);
                      // The button is gone once signed: keep focus in the panel.
                      if (signed) requestAnimationFrame(() => document.getElementById('handover-signoff-heading')?.focus());
                    }}
                  />
                </Dialog>
              )}
            </li>
          );
        })}
      </ul>
      {mySignature && !checklist.readOnly && SIGNER_ROLES.some((r) => r !== mySignature.role && me.permissions[`checklist.sign.${r}`]) && (
        <Caption1 className={styles.muted}>
          {t('tab.handover.signoff.sameSigner', { role: t(`tab.handover.signoff.roleLower.${mySignature.role}`) })}
        </Caption1>
      )}
      {!mayAny && !checklist.readOnly && <Caption1 className={styles.muted}>{t('tab.handover.signoff.noPermission')}</Caption1>}
    </div>
  );
}
