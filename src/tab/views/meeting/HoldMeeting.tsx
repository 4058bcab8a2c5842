import { Button, Caption1, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ArrowLeft20Regular, Flag20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { nextUnrecorded } from '../../../domain/meeting';
import { useApp } from '../../appContext';
import { SavedStatus } from '../../components/SavedStatus';
import { LoadState } from '../../components/LoadState';
import { useLocale, useT } from '../../i18n';
import type { Restlista, RestlistaItem } from '../../types';
import { useResource } from '../../useResource';
import { formatLongDate } from '../restlista/dates';
import { FinishForm } from './FinishForm';
import { ItemStep } from './ItemStep';
import { StepList } from './StepList';
import { useMeetingStyles } from './styles';
import { type Draft, EMPTY_DRAFT, type Go, type Meeting } from './types';
import { useFocusOnMount } from './useFocusOnMount';
import { DocumentsDue } from '../documents/DocumentsDue';

interface Loaded {
  meeting: Meeting;
  restlista: Restlista;
}

/**
 * A running meeting: loads it and the restlista for its date once (the order of items stays put
 * while decisions close or reassign items), then steps through the items one at a time: "Spara
 * och nästa" goes to the next item not yet recorded in this meeting, and the step list shows
 * which are done.
 */
export function HoldMeeting({ meetingId, go }: { meetingId: string; go: Go }) {
  const { api } = useApp();
  const resource = useResource(async (): Promise<Loaded> => {
    const meeting = await api.meetings.read({ params: { id: meetingId } });
    const restlista = await api.restlista({ query: { meeting: meeting.meetingDate } });
    return { meeting, restlista };
  }, [api, meetingId]);
  return <LoadState resource={resource}>{(data) => <Session initial={data} go={go} />}</LoadState>;
}

function Session({ initial, go }: { initial: Loaded; go: Go }) {
  const t = useT();
  const locale = useLocale();
  const styles = useMeetingStyles();
  const { me } = useApp();
  const canHold = Boolean(me.permissions['meeting.hold']);
  const { restlista } = initial;
  const [meeting, setMeeting] = useState(initial.meeting);
  const [items] = useState<RestlistaItem[]>(() => restlista.groups.flatMap((g) => g.items));
  const keys = useMemo(() => items.map((i) => i.activity.key), [items]);
  const [index, setIndex] = useState(() => {
    const recorded = new Set(initial.meeting.entries.map((e) => e.activityKey));
    const first = keys.findIndex((k) => !recorded.has(k));
    return first === -1 ? keys.length : first;
  });
  const [finishing, setFinishing] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [closing, setClosing] = useState({ attendees: '', summary: '' });
  const [announcement, setAnnouncement] = useState('');
  const titleRef = useFocusOnMount<HTMLHeadingElement>(index >= items.length);

  const finished = meeting.status === 'avslutat';
  useEffect(() => {
    if (finished) go({ name: 'minutes', meetingId: meeting.id });
  }, [finished, go, meeting.id]);

  const total = items.length;
  const current = index < total ? items[index] : undefined;
  const recordedKeys = new Set(meeting.entries.map((e) => e.activityKey));
  const recordedHere = keys.filter((k) => recordedKeys.has(k)).length;
  const date = formatLongDate(meeting.meetingDate, locale);

  const move = (to: number) => {
    setIndex(Math.max(0, Math.min(total, to)));
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => go({ name: 'start' })}>
          {t('tab.meeting.hold.backToStart')}
        </Button>
      </div>
      <div>
        <h2 className={styles.title} ref={titleRef} tabIndex={-1}>
          {t('tab.meeting.hold.title', { date })}
        </h2>
        <Caption1 data-testid="meeting-recorded-count">
          {t('tab.meeting.hold.recordedCount', { count: recordedHere, total })}
        </Caption1>
        <SavedStatus message={announcement} className={styles.live} data-testid="meeting-announcement" />
      </div>

      {!canHold && (
        <MessageBar intent="info">
          <MessageBarBody>{t('tab.meeting.hold.notAllowed')}</MessageBarBody>
        </MessageBar>
      )}

      {finishing || !current ? (
        <>
          {!finishing && <Text>{total === 0 ? t('tab.meeting.hold.noItems') : t('tab.meeting.hold.allDone')}</Text>}
          <FinishForm
            meeting={meeting}
            total={total}
            values={closing}
            onChange={setClosing}
            onBack={total > 0 ? () => {
              setFinishing(false);
              if (index >= total) setIndex(total - 1);
            } : undefined}
            onFinished={(m) => go({ name: 'minutes', meetingId: m.id })}
            focusOnMount={finishing}
          />
        </>
      ) : (
        <>
          <ItemStep
            key={current.activity.key}
            item={current}
            position={index + 1}
            total={total}
            meeting={meeting}
            today={restlista.today}
            canHold={canHold}
            draft={drafts[current.activity.key] ?? EMPTY_DRAFT}
            onDraft={(draft) => setDrafts((d) => ({ ...d, [current.activity.key]: draft }))}
            onRecorded={(m) => {
              setMeeting(m);
              setDrafts((d) => ({ ...d, [current.activity.key]: EMPTY_DRAFT }));
              setAnnouncement(t('tab.meeting.recorded', { key: current.activity.key }));
              move(nextUnrecorded(keys, new Set(m.entries.map((e) => e.activityKey)), index));
            }}
            onSkip={() => {
              setAnnouncement(t('tab.meeting.skipped', { key: current.activity.key }));
              move(index + 1);
            }}
            onPrevious={index > 0 ? () => {
              setAnnouncement('');
              move(index - 1);
            } : undefined}
            onShowMinutes={() => go({ name: 'minutes', meetingId: meeting.id })}
          />
          {canHold && (
            <div className={styles.row}>
              <Button icon={<Flag20Regular />} onClick={() => setFinishing(true)}>
                {t('tab.meeting.hold.finishButton')}
              </Button>
            </div>
          )}
        </>
      )}
      {total > 0 && (
        <StepList
          items={items}
          recorded={recordedKeys}
          current={finishing ? total : index}
          onGo={(i) => {
            setFinishing(false);
            setAnnouncement('');
            move(i);
          }}
        />
      )}
      {/* The register's documents due for review by this meeting: a section of their own, "Granskad" for those who keep the register. */}
      <DocumentsDue meetingDate={meeting.meetingDate} />
    </div>
  );
}
