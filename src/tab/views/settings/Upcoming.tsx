import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { UpcomingMeeting } from '../../../domain/followUpSchedule';
import { useApp } from '../../appContext';
import { intlTag, useLocale, useT } from '../../i18n';
import type { FollowUpSchedule } from '../../types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  h3: { ...typographyStyles.subtitle2, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  holiday: { marginTop: tokens.spacingVerticalXXS },
});

/** How long the schedule must stay unchanged before its coming meetings are asked for (typing a time). */
const PREVIEW_DELAY_MS = 300;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const sameSchedule = (a: FollowUpSchedule, b: FollowUpSchedule) =>
  a.rule.week === b.rule.week &&
  a.rule.weekday === b.rule.weekday &&
  a.time === b.time &&
  a.timeZone === b.timeZone &&
  a.reminderDaysBefore === b.reminderDaysBefore &&
  a.onMeetingMorning === b.onMeetingMorning &&
  a.nudges === b.nudges &&
  JSON.stringify(a.moved ?? []) === JSON.stringify(b.moved ?? []);

interface Plan {
  schedule: FollowUpSchedule;
  upcoming: UpcomingMeeting[];
}

/**
 * The next meetings by the schedule in the form — while it is edited, before it is saved — each
 * with its reminders (a reminder moved off a weekend or holiday says from which day) and a
 * warning when the meeting itself falls on a Swedish holiday (named in the reader's language),
 * with a button that moves that one meeting to the working day offered (saved with the form;
 * `onChange` absent: read-only). A moved meeting says from which day, and moves back.
 * Shown in the schedule's time zone.
 */
export function Upcoming({ data, schedule, onChange }: { data: Plan; schedule: FollowUpSchedule; onChange?: (schedule: FollowUpSchedule) => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { api } = useApp();
  // The last answer for a changed schedule; the saved schedule's meetings come with the settings.
  const [preview, setPreview] = useState<Plan | null>(null);
  const valid = TIME.test(schedule.time);
  const edited = !sameSchedule(schedule, data.schedule);

  useEffect(() => {
    if (!valid || !edited) return;
    let current = true;
    const timer = setTimeout(() => {
      api.settings
        .previewFollowUp({ body: { schedule } })
        .then((answer) => {
          if (current) setPreview({ schedule, upcoming: answer.upcoming });
        })
        // The preview is a help while editing: without it the list stays as it was.
        .catch(() => undefined);
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, schedule, valid, edited]);

  // While the answer for the latest change is on its way, the list shown before stays (marked busy).
  const shown = !edited ? data : (preview ?? data);
  const busy = edited && valid && (preview === null || !sameSchedule(preview.schedule, schedule));
  const upcoming = shown.upcoming;
  const zone = shown.schedule.timeZone;
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  });
  const dayFormat = new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const when = (iso: string) => format.format(new Date(iso));
  const day = (date: string) => dayFormat.format(new Date(`${date}T12:00:00Z`));
  const moves = schedule.moved ?? [];
  const move = (from: string, to: string) => onChange?.({ ...schedule, moved: [...moves.filter((m) => m.from !== from), { from, to }] });
  const moveBack = (to: string) => onChange?.({ ...schedule, moved: moves.filter((m) => m.to !== to) });
  const reminderText = (r: UpcomingMeeting['reminders'][number]) =>
    r.movedFrom ? t('tab.settings.upcoming.moved', { when: when(r.at), from: dayFormat.format(new Date(`${r.movedFrom}T12:00:00Z`)) }) : when(r.at);
  return (
    <section className={styles.root} aria-labelledby="settings-upcoming">
      <h3 id="settings-upcoming" className={styles.h3}>
        {t('tab.settings.upcoming')}
      </h3>
      <Text className={styles.muted} aria-live="polite" data-testid="settings-upcoming-hint">
        {!valid ? t('tab.settings.upcoming.invalid') : edited ? t('tab.settings.upcoming.unsaved') : t('tab.settings.upcoming.hint')}
      </Text>
      <ul className={styles.list} data-testid="settings-upcoming" aria-busy={busy} data-state={busy ? 'busy' : edited ? 'unsaved' : 'saved'}>
        {upcoming.map((m) => (
          <li key={m.date}>
            <Text weight="semibold">{t('tab.settings.upcoming.meeting', { when: when(m.at) })}</Text>
            <br />
            <Text className={styles.muted}>
              {m.reminders.length
                ? t('tab.settings.upcoming.reminders', { list: m.reminders.map(reminderText).join(', ') })
                : t('tab.settings.upcoming.noReminders')}
            </Text>
            {m.holiday && (
              <MessageBar intent="warning" layout="multiline" className={styles.holiday} data-testid="settings-upcoming-holiday">
                <MessageBarBody>{t('tab.settings.upcoming.holiday', { holiday: m.holiday.name[locale] })}</MessageBarBody>
                {onChange && m.suggestedMove && (
                  <MessageBarActions>
                    <Button size="small" onClick={() => move(m.date, m.suggestedMove!)}>
                      {t('tab.settings.upcoming.moveTo', { day: day(m.suggestedMove) })}
                    </Button>
                  </MessageBarActions>
                )}
              </MessageBar>
            )}
            {m.movedFrom && (
              <MessageBar intent="info" layout="multiline" className={styles.holiday} data-testid="settings-upcoming-moved">
                <MessageBarBody>{t('tab.settings.upcoming.movedFrom', { day: day(m.movedFrom) })}</MessageBarBody>
                {onChange && (
                  <MessageBarActions>
                    <Button size="small" onClick={() => moveBack(m.date)}>
                      {t('tab.settings.upcoming.moveBack', { day: day(m.movedFrom) })}
                    </Button>
                  </MessageBarActions>
                )}
              </MessageBar>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
