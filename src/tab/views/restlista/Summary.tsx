import { Button, Subtitle1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
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
import type { RestlistaFilter } from './filter';

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
  card: { display: 'flex' },
  // A tile is a toggle button: pressed, it narrows the list to its items.
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
  },
  // Pressed: the brand's selected colours and a thicker edge (not colour alone).
  pressed: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorNeutralForeground1 },
    ':hover:active': { backgroundColor: tokens.colorBrandBackground2Pressed, color: tokens.colorNeutralForeground1 },
  },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  danger: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The meeting date and the counts: how many open, overdue, due before the meeting, without owner
 * or date. Each count is a toggle: pressed, the list shows only those items; pressed again (or
 * "Öppna punkter"), all of them.
 */
export function Summary({
  data,
  isDefault,
  headingId,
  filter,
  onFilter,
}: {
  data: Restlista;
  isDefault: boolean;
  headingId: string;
  /** The tile pressed (null: none, the whole list: "Öppna punkter" is pressed). */
  filter: RestlistaFilter | null;
  onFilter: (filter: RestlistaFilter | null) => void;
}) {
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
  const pressed = (key: keyof Restlista['counts']) => (key === 'open' ? filter === null : filter === key);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId} data-testid="restlista-meeting">
        {isDefault ? t('tab.restlista.nextMeeting', { date }) : t('tab.restlista.meetingOn', { date })}
      </Subtitle1>
      <Text className={styles.muted}>{t('tab.restlista.today', { date: formatLongDate(data.today, locale) })}</Text>
      <ul className={styles.cards} aria-label={t('tab.restlista.summary')}>
        {cards.map((c) => (
          <li key={c.key} className={styles.card}>
            {/* A toggle: a Button with aria-pressed (Fluent's ToggleButton would pull its styles into the tab's first view). */}
            <Button
              className={mergeClasses(styles.tile, pressed(c.key) && styles.pressed)}
              appearance="outline"
              aria-pressed={pressed(c.key)}
              onClick={() => onFilter(c.key === 'open' || filter === c.key ? null : c.key)}
              data-count={c.key}
            >
              <span className={styles.count}>{data.counts[c.key]}</span>
              <span className={styles.label}>
                {c.icon}
                {c.label}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
