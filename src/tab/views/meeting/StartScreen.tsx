import { Button, Caption1, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { DocumentText20Regular, Play20Regular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { formatDateTime, useLocale, useT } from '../../i18n';
import type { Restlista } from '../../types';
import { useResource } from '../../useResource';
import { formatLongDate, isIsoDate } from '../restlista/dates';
import { useMeetingStyles } from './styles';
import type { Go, Meeting, MeetingList, MeetingToHold } from './types';
import { useFocusOnMount } from './useFocusOnMount';

/** The meeting view's first screen: start (or resume) a meeting, and the minutes of past ones. */
export function StartScreen({ go, focusOnMount }: { go: Go; focusOnMount: boolean }) {
  const t = useT();
  const locale = useLocale();
  const styles = useMeetingStyles();
  const { api, me } = useApp();
  const canHold = Boolean(me.permissions['meeting.hold']);
  const titleRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const resource = useResource(
    () => Promise.all([api.meetings.list(), api.restlista()]),
    [api],
  );
  const entries = (count: number) => (count === 1 ? t('tab.meeting.entries.one') : t('tab.meeting.entries.other', { count }));

  return (
    <div className={styles.root}>
      <div>
        <h2 className={styles.title} ref={titleRef} tabIndex={-1}>
          {t('tab.meeting.title')}
        </h2>
        <Text>{t('tab.meeting.intro')}</Text>
      </div>
      <LoadState resource={resource}>
        {([meetings, restlista]) => {
          const running = meetings.items.filter((m) => m.status === 'pågår');
          const finished = meetings.items.filter((m) => m.status === 'avslutat');
          return (
            <>
              {canHold ? (
                <StartForm restlista={restlista} due={meetings.due} go={go} entries={entries} />
              ) : (
                <MessageBar intent="info">
                  <MessageBarBody>{t('tab.meeting.start.noPermission')}</MessageBarBody>
                </MessageBar>
              )}
              {running.length > 0 && (
                <section className={styles.section} aria-labelledby="meeting-running">
                  <h3 className={styles.h3} id="meeting-running">
                    {t('tab.meeting.running.heading')}
                  </h3>
                  <ul className={styles.list}>
                    {running.map((m) => {
                      const date = formatLongDate(m.meetingDate, locale);
                      return (
                        <li key={m.id} className={styles.listItem}>
                          <div>
                            <Text weight="semibold" block>
                              {t('tab.meeting.running.item', { date })}
                            </Text>
                            <Caption1>{t('tab.meeting.running.details', { name: m.startedBy.name, entries: entries(m.entryCount) })}</Caption1>
                          </div>
                          {canHold ? (
                            <Button appearance="primary" icon={<Play20Regular />} aria-label={t('tab.meeting.running.resumeLabel', { date })} onClick={() => go({ name: 'hold', meetingId: m.id })}>
                              {t('tab.meeting.running.resume')}
                            </Button>
                          ) : (
                            <Button icon={<DocumentText20Regular />} aria-label={t('tab.meeting.running.draftLabel', { date })} onClick={() => go({ name: 'minutes', meetingId: m.id })}>
                              {t('tab.meeting.running.draft')}
                            </Button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              )}
              <section className={styles.section} aria-labelledby="meeting-past">
                <h3 className={styles.h3} id="meeting-past">
                  {t('tab.meeting.past.heading')}
                </h3>
                {finished.length === 0 ? (
                  <Text>{t('tab.meeting.past.empty')}</Text>
                ) : (
                  <ul className={styles.list} data-testid="past-minutes">
                    {finished.map((m) => (
                      <li key={m.id} className={styles.listItem}>
                        <div>
                          <Button appearance="transparent" icon={<DocumentText20Regular />} onClick={() => go({ name: 'minutes', meetingId: m.id })}>
                            {t('tab.meeting.past.open', { date: formatLongDate(m.meetingDate, locale) })}
                          </Button>
                          <Caption1 block className={styles.muted}>
                            {t('tab.meeting.past.details', { entries: entries(m.entryCount), name: m.startedBy.name, when: formatDateTime(m.finishedAt, locale) })}
                          </Caption1>
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </LoadState>
    </div>
  );
}

/**
 * Start a meeting: the date is the meeting to hold now (`due`) — a scheduled meeting that passed
 * without minutes first, said to be late, with next month's one click away — and a date that has
 * not come yet is pointed out before the minutes are filed under it.
 */
function StartForm({ restlista, due, go, entries }: { restlista: Restlista; due: MeetingToHold; go: Go; entries: (n: number) => string }) {
  const t = useT();
  const locale = useLocale();
  const styles = useMeetingStyles();
  const { api } = useApp();
  const [date, setDate] = useState(due.date);
  const dueDate = formatLongDate(due.date, locale);
  const nextDate = formatLongDate(due.next, locale);
  const ahead = isIsoDate(date) && date > restlista.today;
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError(t('tab.meeting.start.invalidDate'));
      return;
    }
    setError(undefined);
    setFailure(undefined);
    setBusy(true);
    try {
      const meeting = await api.meetings.start({ body: { meetingDate: date } });
      go({ name: 'hold', meetingId: meeting.id });
    } catch (e) {
      setBusy(false);
      const err = e as ApiError;
      if (err.field === 'meetingDate') setError(err.message);
      else setFailure(err.message);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="meeting-start">
      <h3 className={styles.h3} id="meeting-start">
        {t('tab.meeting.start.heading')}
      </h3>
      <Text>{t('tab.meeting.start.openItems', { items: entries(restlista.counts.open) })}</Text>
      {due.late && (
        <Notice
          intent="warning"
          title={t('tab.meeting.start.late.title', { date: dueDate })}
          data-testid="meeting-late"
          actions={
            date !== due.next && (
              <Button onClick={() => setDate(due.next)}>{t('tab.meeting.start.late.chooseNext', { date: nextDate })}</Button>
            )
          }
        >
          {t('tab.meeting.start.late.body', { date: dueDate, next: nextDate })}
        </Notice>
      )}
      <form className={styles.formRow} onSubmit={(e) => void start(e)} noValidate>
        <LocalDatePicker
          label={t('tab.meeting.start.date')}
          hint={due.late ? t('tab.meeting.start.lateHint', { date: dueDate }) : t('tab.meeting.start.dateHint', { date: dueDate })}
          validationMessage={error ?? (ahead ? t('tab.meeting.start.ahead', { date: formatLongDate(date, locale) }) : undefined)}
          validationState={error ? 'error' : ahead ? 'warning' : 'none'}
          value={date || null}
          onChange={(picked) => setDate(picked ?? '')}
        />
        <Button type="submit" appearance="primary" icon={<Play20Regular />} disabled={busy} className={styles.besideInput}>
          {busy ? t('tab.meeting.start.starting') : t('tab.meeting.start.button')}
        </Button>
      </form>
      {failure && (
        <Notice intent="error" title={t('tab.meeting.start.failed')}>
          {failure}
        </Notice>
      )}
    </section>
  );
}
