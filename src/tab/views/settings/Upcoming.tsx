import { Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { intlTag, useLocale, useT } from '../../i18n';
import type { FollowUpSettingsView } from '../../types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  h3: { ...typographyStyles.subtitle2, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The next meetings by the saved schedule, each with its reminders, in the schedule's time zone. */
export function Upcoming({ data }: { data: FollowUpSettingsView }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: data.schedule.timeZone,
  });
  const when = (iso: string) => format.format(new Date(iso));
  return (
    <section className={styles.root} aria-labelledby="settings-upcoming">
      <h3 id="settings-upcoming" className={styles.h3}>
        {t('tab.settings.upcoming')}
      </h3>
      <Text className={styles.muted}>{t('tab.settings.upcoming.hint')}</Text>
      <ul className={styles.list} data-testid="settings-upcoming">
        {data.upcoming.map((m) => (
          <li key={m.date}>
            <Text weight="semibold">{t('tab.settings.upcoming.meeting', { when: when(m.at) })}</Text>
            <br />
            <Text className={styles.muted}>
              {m.reminders.length
                ? t('tab.settings.upcoming.reminders', { list: m.reminders.map((r) => when(r.at)).join(', ') })
                : t('tab.settings.upcoming.noReminders')}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
