import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, Play20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApp } from '../../appContext';
import { SavedStatus } from '../../components/SavedStatus';
import { LoadState } from '../../components/LoadState';
import { formatDate, formatDateTime, useLocale, useT } from '../../i18n';
import type { Status } from '../../types';
import { useResource } from '../../useResource';
import { formatLongDate } from '../restlista/dates';
import { MinutesActions } from './MinutesActions';
import { useMeetingStyles } from './styles';
import type { Go, Meeting, MeetingEntry } from './types';
import { useFocusOnMount } from './useFocusOnMount';

const useStyles = makeStyles({
  entries: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The minutes (protokoll) of a meeting: facts, then per item the decision and what changed. */
export function Minutes({ meetingId, go, focusOnMount }: { meetingId: string; go: Go; focusOnMount: boolean }) {
  const { api } = useApp();
  const ms = useMeetingStyles();
  const t = useT();
  const resource = useResource(() => api.meetings.read({ params: { id: meetingId } }), [api, meetingId]);
  return (
    <div className={ms.root}>
      <div className={ms.row}>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => go({ name: 'start' })}>
          {t('tab.meeting.minutes.back')}
        </Button>
      </div>
      <LoadState resource={resource}>{(meeting) => <MinutesBody meeting={meeting} go={go} focusOnMount={focusOnMount} />}</LoadState>
    </div>
  );
}

function MinutesBody({ meeting, go, focusOnMount }: { meeting: Meeting; go: Go; focusOnMount: boolean }) {
  const t = useT();
  const locale = useLocale();
  const ms = useMeetingStyles();
  const styles = useStyles();
  const { me } = useApp();
  const titleRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const [announcement, setAnnouncement] = useState('');
  const none = t('tab.meeting.minutes.none');
  const draft = meeting.status === 'pågår';

  return (
    <>
      <h2 className={ms.title} ref={titleRef} tabIndex={-1}>
        {t('tab.meeting.minutes.title', { date: formatLongDate(meeting.meetingDate, locale) })}
      </h2>
      {draft && (
        <MessageBar intent="info">
          <MessageBarBody>{t('tab.meeting.minutes.draft')}</MessageBarBody>
          {me.permissions['meeting.hold'] && (
            <MessageBarActions>
              <Button icon={<Play20Regular />} onClick={() => go({ name: 'hold', meetingId: meeting.id })}>
                {t('tab.meeting.minutes.resume')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <div>
        <MinutesActions meeting={meeting} onDone={setAnnouncement} />
        <SavedStatus message={announcement} className={ms.live} data-testid="minutes-announcement" />
      </div>
      <section className={ms.section} aria-label={t('tab.meeting.minutes.facts')}>
        <dl className={ms.facts}>
          <dt className={ms.dt}>{t('tab.meeting.minutes.meetingDate')}</dt>
          <dd className={ms.dd}>{formatLongDate(meeting.meetingDate, locale)}</dd>
          <dt className={ms.dt}>{t('tab.meeting.minutes.heldBy')}</dt>
          <dd className={ms.dd}>{meeting.startedBy.name}</dd>
          <dt className={ms.dt}>{t('tab.meeting.minutes.started')}</dt>
          <dd className={ms.dd}>{formatDateTime(meeting.startedAt, locale)}</dd>
          <dt className={ms.dt}>{t('tab.meeting.minutes.finished')}</dt>
          <dd className={ms.dd}>{meeting.finishedAt ? formatDateTime(meeting.finishedAt, locale) : none}</dd>
          <dt className={ms.dt}>{t('tab.meeting.minutes.attendees')}</dt>
          <dd className={ms.dd} data-testid="minutes-attendees">{meeting.attendees || none}</dd>
          <dt className={ms.dt}>{t('tab.meeting.minutes.summary')}</dt>
          <dd className={ms.dd}>{meeting.summary || none}</dd>
        </dl>
      </section>
      <section className={ms.root} aria-labelledby="minutes-items">
        <h3 id="minutes-items" className={ms.h3}>
          {t('tab.meeting.minutes.items', { count: meeting.entries.length })}
        </h3>
        {meeting.entries.length === 0 ? (
          <Text>{t('tab.meeting.minutes.noItems')}</Text>
        ) : (
          <ol className={styles.entries} data-testid="minutes-entries">
            {meeting.entries.map((e, i) => (
              <li key={`${e.activityKey}-${e.at}`} className={ms.section} data-key={e.activityKey}>
                <h4 className={styles.heading}>
                  {i + 1}. <span className={ms.key}>{e.activityKey}</span> {e.title}
                </h4>
                <Entry entry={e} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function Entry({ entry: e }: { entry: MeetingEntry }) {
  const t = useT();
  const locale = useLocale();
  const ms = useMeetingStyles();
  const status = (s: Status) => t(`tab.status.${s}`);
  const date = (d: string | null) => (d ? formatDate(d, locale) : t('tab.meeting.minutes.noDate'));
  const owner = (p: MeetingEntry['owner']) => p?.name ?? t('tab.unassigned');
  return (
    <dl className={ms.facts}>
      <dt className={ms.dt}>{t('tab.meeting.minutes.owner')}</dt>
      <dd className={ms.dd}>
        {e.ownerFrom === undefined ? owner(e.owner) : t('tab.meeting.minutes.ownerChanged', { to: owner(e.owner), from: owner(e.ownerFrom) })}
      </dd>
      {e.priorityFrom && e.priorityTo && (
        <>
          <dt className={ms.dt}>{t('tab.meeting.minutes.priority')}</dt>
          <dd className={ms.dd}>{`${t(`tab.priority.${e.priorityFrom}`)} → ${t(`tab.priority.${e.priorityTo}`)}`}</dd>
        </>
      )}
      <dt className={ms.dt}>{t('tab.meeting.minutes.decision')}</dt>
      <dd className={ms.dd}>{e.note}</dd>
      <dt className={ms.dt}>{t('tab.meeting.minutes.status')}</dt>
      <dd className={ms.dd}>
        {e.statusFrom === e.statusTo ? t('tab.meeting.minutes.unchanged', { value: status(e.statusTo) }) : `${status(e.statusFrom)} → ${status(e.statusTo)}`}
      </dd>
      <dt className={ms.dt}>{t('tab.meeting.minutes.due')}</dt>
      <dd className={ms.dd}>
        {e.dueDateFrom === e.dueDateTo ? t('tab.meeting.minutes.unchanged', { value: date(e.dueDateTo) }) : `${date(e.dueDateFrom)} → ${date(e.dueDateTo)}`}
      </dd>
      {e.resolution && (
        <>
          <dt className={ms.dt}>{t('tab.meeting.minutes.resolution')}</dt>
          <dd className={ms.dd}>{e.resolution}</dd>
        </>
      )}
    </dl>
  );
}
