import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale, useT } from '../../i18n';
import type { ChecklistItem } from '../../types';
import { formatDay } from './format';
import { useTimeZone } from '../../appContext';

/** The item as someone else saved it, shown beside the user's unsaved changes after a 412. */
const useStyles = makeStyles({
  box: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  value: { margin: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export function TheirVersion({ item }: { item: ChecklistItem }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const empty = t('tab.handover.edit.empty');
  const rows: [string, string][] = [
    [t('tab.handover.edit.textSv'), item.text.sv],
    [t('tab.handover.edit.textEn'), item.text.en],
    [
      t('tab.handover.edit.state'),
      item.done && item.doneBy
        ? t('tab.handover.item.doneBy', { name: item.doneBy.name, date: formatDay(item.doneAt, locale, zone) })
        : t('tab.handover.item.notDone'),
    ],
    [t('tab.handover.edit.responsible'), item.responsible?.name ?? t('tab.handover.item.noResponsible')],
    [t('tab.handover.edit.comment'), item.comment || empty],
    [t('tab.handover.edit.evidenceUrl'), item.evidenceUrl ?? empty],
  ];
  return (
    <div className={styles.box} data-testid="their-version">
      <Caption1 className={styles.term}>{t('tab.handover.edit.theirVersion')}</Caption1>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
