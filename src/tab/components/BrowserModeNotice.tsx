import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, GlobeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useT } from '../i18n';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalL}`,
    minHeight: '28px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  text: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

const DISMISSED = 'fs.browserModeNotice';

const wasDismissed = () => {
  try {
    return localStorage.getItem(DISMISSED) === 'dismissed';
  } catch {
    return false;
  }
};

/**
 * Outside Teams: one slim line saying the tab runs in browser mode as a demo user, which the person
 * may dismiss (remembered in this browser; the header still says who is signed in).
 */
export function BrowserModeNotice({ user }: { user: string }) {
  const t = useT();
  const styles = useStyles();
  const [dismissed, setDismissed] = useState(wasDismissed);
  if (dismissed) return null;
  const body = t('tab.browserMode.body', { user });
  return (
    <div className={styles.line} data-testid="browser-mode">
      <GlobeRegular aria-hidden="true" />
      <Caption1 className={styles.text} title={body}>
        <strong>{t('tab.browserMode.title')}.</strong> {body}
      </Caption1>
      <Button
        size="small"
        appearance="subtle"
        icon={<DismissRegular />}
        aria-label={t('tab.browserMode.dismiss')}
        onClick={() => {
          setDismissed(true);
          try {
            localStorage.setItem(DISMISSED, 'dismissed');
          } catch {
            // Storage may be off: hidden for this visit only.
          }
        }}
      />
    </div>
  );
}
