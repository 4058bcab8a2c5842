import { Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ApiError } from '../../api';
import { formatDate, useLocale, useT } from '../../i18n';
import type { RestlistaGroup, RestlistaItem } from '../../types';
import { FlagBadges } from './FlagBadges';
import { ItemActions } from './ItemActions';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groupHeading: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
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
  fact: { display: 'flex', gap: tokens.spacingHorizontalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0 },
});

export interface GroupProps {
  group: RestlistaGroup;
  meetingDate: string;
  canEdit: boolean;
  onSaved: (message: string) => Promise<void>;
  onFailed: (error: ApiError, key: string) => void;
}

/** One owner's open items: a heading ("Utan ansvarig" for the unassigned) and a card per item. */
export function OwnerGroup({ group, ...rest }: GroupProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const count = group.items.length;
  return (
    <section className={styles.group} aria-labelledby={headingId} data-testid="restlista-group">
      <div className={styles.groupHeading}>
        <Subtitle2 as="h3" id={headingId}>
          {group.owner?.name ?? t('tab.unassigned')}
        </Subtitle2>
        <Caption1>{count === 1 ? t('tab.restlista.items.one') : t('tab.restlista.items.other', { count })}</Caption1>
      </div>
      <ul className={styles.list}>
        {group.items.map((item) => (
          <ItemCard key={item.activity.key} item={item} {...rest} />
        ))}
      </ul>
    </section>
  );
}

function ItemCard({ item, meetingDate, canEdit, onSaved, onFailed }: Omit<GroupProps, 'group'> & { item: RestlistaItem }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const { activity } = item;
  return (
    <li className={styles.item} data-key={activity.key}>
      <h4 className={styles.itemHeading} id={headingId}>
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
          <dt className={styles.term}>{t('tab.restlista.dueLabel')}:</dt>
          <dd className={styles.dd}>{activity.dueDate ? formatDate(activity.dueDate, locale) : t('tab.restlista.noDue')}</dd>
        </div>
      </dl>
      <FlagBadges item={item} />
      {canEdit && <ItemActions item={item} meetingDate={meetingDate} headingId={headingId} onSaved={onSaved} onFailed={onFailed} />}
    </li>
  );
}
