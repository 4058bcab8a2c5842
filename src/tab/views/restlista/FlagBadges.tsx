import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarClock16Regular, CalendarError16Regular, PersonQuestionMark16Regular, Warning16Filled } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useT } from '../../i18n';
import type { RestlistaItem } from '../../types';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** An item's flags as badges: always icon + text, never colour alone. */
export function FlagBadges({ item }: { item: Pick<RestlistaItem, 'flags' | 'daysOverdue'> }) {
  const t = useT();
  const styles = useStyles();
  const { flags, daysOverdue } = item;
  const badges: { key: string; text: string; color: 'danger' | 'warning' | 'informative' | 'subtle'; icon: ReactElement }[] = [];
  if (flags.overdue) {
    const days = daysOverdue ?? 0;
    badges.push({
      key: 'overdue',
      text: days === 1 ? t('tab.restlista.flag.overdue.one') : t('tab.restlista.flag.overdue.other', { days }),
      color: 'danger',
      icon: <Warning16Filled />,
    });
  }
  if (flags.dueBeforeMeeting) {
    badges.push({ key: 'before', text: t('tab.restlista.flag.dueBeforeMeeting'), color: 'warning', icon: <CalendarClock16Regular /> });
  }
  if (flags.noOwner) {
    badges.push({ key: 'owner', text: t('tab.restlista.flag.noOwner'), color: 'informative', icon: <PersonQuestionMark16Regular /> });
  }
  if (flags.noDueDate) {
    badges.push({ key: 'date', text: t('tab.restlista.flag.noDueDate'), color: 'informative', icon: <CalendarError16Regular /> });
  }
  if (badges.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t('tab.restlista.flags')}>
      {badges.map((b) => (
        <li key={b.key}>
          <Badge appearance="tint" color={b.color} size="large" shape="rounded" icon={b.icon} data-flag={b.key}>
            {b.text}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
