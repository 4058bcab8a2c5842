import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n';
import type { ChecklistProgress } from '../../types';

/** How far the checklist has come: a bar with an accessible name and value, and the numbers as text. */
const useStyles = makeStyles({
  total: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM + ' ' + tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  section: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1, maxWidth: '320px' },
  count: { whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
});

export function TotalProgress({ progress }: { progress: ChecklistProgress }) {
  const t = useT();
  const styles = useStyles();
  const text = t('tab.handover.progress.totalText', { done: progress.done, total: progress.total });
  return (
    <div className={styles.total}>
      <Text size={500} weight="semibold" data-testid="handover-total">
        {text}
      </Text>
      <ProgressBar
        thickness="large"
        value={progress.done}
        max={Math.max(progress.total, 1)}
        aria-label={t('tab.handover.progress.total')}
        aria-valuetext={text}
      />
    </div>
  );
}

export function SectionProgress({ title, done, total }: { title: string; done: number; total: number }) {
  const t = useT();
  const styles = useStyles();
  const text = t('tab.handover.progress.sectionText', { done, total });
  return (
    <div className={styles.section}>
      <ProgressBar
        className={styles.bar}
        value={done}
        max={Math.max(total, 1)}
        aria-label={t('tab.handover.progress.section', { section: title })}
        aria-valuetext={text}
      />
      <Text className={styles.count}>{text}</Text>
    </div>
  );
}
