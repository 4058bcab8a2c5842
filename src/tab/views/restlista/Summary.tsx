import { Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  CalendarClock20Regular,
  CalendarError20Regular,
  ClipboardTaskListLtr20Regular,
  PersonQuestionMark20Regular,
  Warning20Filled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useLocale, useT } from '../../i18n';
import type { Restlista } from '../../types';
import { formatLongDate } from './dates';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  danger: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The meeting date and the counts: how many open, overdue, due before the meeting, without owner or date. */
export function Summary({ data, isDefault, headingId }: { data: Restlista; isDefault: boolean; headingId: string }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const date = formatLongDate(data.meetingDate, locale);
  const cards: { key: keyof Restlista['counts']; label: string; icon: ReactElement; tone?: string }[] = [
    { key: 'open', label: t('tab.restlista.count.open'), icon: <ClipboardTaskListLtr20Regular className={styles.muted} /> },
    { key: 'overdue', label: t('tab.restlista.count.overdue'), icon: <Warning20Filled className={styles.danger} /> },
    { key: 'dueBeforeMeeting', label: t('tab.restlista.count.dueBeforeMeeting'), icon: <CalendarClock20Regular className={styles.warning} /> },
    { key: 'noOwner', label: t('tab.restlista.count.noOwner'), icon: <PersonQuestionMark20Regular className={styles.muted} /> },
    { key: 'noDueDate', label: t('tab.restlista.count.noDueDate'), icon: <CalendarError20Regular className={styles.muted} /> },
  ];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId} data-testid="restlista-meeting">
        {isDefault ? t('tab.restlista.nextMeeting', { date }) : t('tab.restlista.meetingOn', { date })}
      </Subtitle1>
      <Text className={styles.muted}>{t('tab.restlista.today', { date: formatLongDate(data.today, locale) })}</Text>
      <ul className={styles.cards} aria-label={t('tab.restlista.summary')}>
        {cards.map((c) => (
          <li key={c.key} className={styles.card} data-count={c.key}>
            <span className={styles.count}>{data.counts[c.key]}</span>
            <span className={styles.label}>
              {c.icon}
              {c.label}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
