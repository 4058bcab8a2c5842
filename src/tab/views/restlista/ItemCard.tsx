import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { Important16Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import type { ApiError } from '../../api';
import { formatDate, useLocale, useT } from '../../i18n';
import type { RestlistaItem } from '../../types';
import { FlagBadges } from './FlagBadges';
import { ItemActions, type SavedItem } from './ItemActions';
import { LatestNote } from './LatestNote';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  itemHeading: { margin: 0, display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'baseline' },
  key: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  fact: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  high: { color: tokens.colorPaletteRedForeground1 },
});

export interface ItemViewProps {
  item: RestlistaItem;
  meetingDate: string;
  canEdit: boolean;
  onSaved: (message: string, saved: SavedItem) => Promise<void>;
  onFailed: (error: ApiError, key: string) => void;
}

/** The item's priority in words; "Hög" with a mark beside it (never colour alone). */
export function PriorityText({ priority }: { priority: RestlistaItem['activity']['priority'] }) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      {priority === 'hög' && <Important16Filled className={styles.high} aria-hidden />}
      {t(`tab.priority.${priority}`)}
    </>
  );
}

/** One restlista item as a card: key and title, status, priority, due date, flags, latest note, actions. */
export function ItemCard({ item, meetingDate, canEdit, onSaved, onFailed }: ItemViewProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const { activity } = item;
  return (
    <li className={styles.item} data-key={activity.key}>
      {/* The focus lands here when the item is where the reader was and its button is gone. */}
      <h4 className={styles.itemHeading} id={headingId} tabIndex={-1} data-item-focus="">
        <span className={styles.key}>{activity.key}</span>
        <Text weight="semibold" size={400}>
          {activity.title}
        </Text>
      </h4>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>{t('tab.restlista.statusLabel')}:</dt>
          <dd className={styles.dd}>{t(`tab.status.${activity.status}`)}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{t('tab.restlista.priorityLabel')}:</dt>
          <dd className={styles.dd}>
            <PriorityText priority={activity.priority} />
          </dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{t('tab.restlista.dueLabel')}:</dt>
          <dd className={styles.dd}>{activity.dueDate ? formatDate(activity.dueDate, locale) : t('tab.restlista.noDue')}</dd>
        </div>
      </dl>
      <FlagBadges item={item} />
      {item.latestNote && <LatestNote note={item.latestNote} />}
      {canEdit && <ItemActions item={item} meetingDate={meetingDate} headingId={headingId} onSaved={onSaved} onFailed={onFailed} />}
    </li>
  );
}
