import { Caption1, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../appContext';
import { formatDate, useLocale, useT } from '../../i18n';
import type { Activity, ActivityDetails, RestlistaItem } from '../../types';
import { useResource } from '../../useResource';
import { FlagBadges } from '../restlista/FlagBadges';
import { flagItem } from '../restlista/flags';
import { isClosing } from '../restlista/statuses';
import { Comments } from './Comments';
import { DecisionForm } from './DecisionForm';
import { useMeetingStyles } from './styles';
import type { Draft, Meeting } from './types';
import { useFocusOnMount } from './useFocusOnMount';

const useStyles = makeStyles({
  position: { display: 'block', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: tokens.spacingHorizontalXL, '@media (max-width: 800px)': { gridTemplateColumns: '1fr' } },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  description: { whiteSpace: 'pre-wrap' },
});

export interface ItemStepProps {
  item: RestlistaItem;
  position: number;
  total: number;
  meeting: Meeting;
  today: string;
  canHold: boolean;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  onRecorded: (meeting: Meeting, activity: Activity) => void;
  onSkip: () => void;
  onPrevious?: () => void;
  onShowMinutes: () => void;
}

/**
 * One item of the meeting: what it is now (reloaded when shown, so the version is fresh), its
 * flags and latest comments, and the decision form. Its heading takes focus when it appears.
 */
export function ItemStep(props: ItemStepProps) {
  const { item, position, total, meeting, today } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const ms = useMeetingStyles();
  const { api } = useApp();
  const key = item.activity.key;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(true);
  const details = useResource(() => api.activities.details({ params: { key } }), [api, key]);
  // After a conflict the item as the server has it now (the 412's `current`) replaces what was loaded.
  const [override, setOverride] = useState<Activity | null>(null);
  const activity = override ?? details.data?.activity ?? item.activity;
  const flagged = flagItem(activity, today, meeting.meetingDate);
  const earlier = meeting.entries.filter((e) => e.activityKey === key);

  return (
    <section className={ms.section} aria-labelledby="meeting-item-heading" data-testid="meeting-item" data-key={key}>
      <h3 id="meeting-item-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        <span className={styles.position}>{t('tab.meeting.hold.progress', { n: position, total })}</span>
        <span className={ms.key}>{key}</span> {activity.title}
      </h3>
      <div className={styles.layout}>
        <div className={styles.column}>
          <dl className={ms.facts}>
            <dt className={ms.dt}>{t('tab.meeting.item.owner')}</dt>
            <dd className={ms.dd}>{activity.owner?.name ?? t('tab.unassigned')}</dd>
            <dt className={ms.dt}>{t('tab.meeting.item.priority')}</dt>
            <dd className={ms.dd}>{t(`tab.priority.${activity.priority}`)}</dd>
            <dt className={ms.dt}>{t('tab.meeting.item.status')}</dt>
            <dd className={ms.dd}>{t(`tab.status.${activity.status}`)}</dd>
            <dt className={ms.dt}>{t('tab.meeting.item.due')}</dt>
            <dd className={ms.dd}>{activity.dueDate ? formatDate(activity.dueDate, locale) : t('tab.meeting.item.noDue')}</dd>
          </dl>
          <FlagBadges item={flagged} />
          {activity.description && <Text className={styles.description}>{activity.description}</Text>}
          {isClosing(activity.status) && (
            <MessageBar intent="info">
              <MessageBarBody>{t('tab.meeting.item.closedNow', { status: t(`tab.status.${activity.status}`) })}</MessageBarBody>
            </MessageBar>
          )}
          {earlier.map((e) => (
            <Caption1 key={e.at}>{t('tab.meeting.item.alreadyRecorded', { note: e.note })}</Caption1>
          ))}
          {props.canHold && (
            <DecisionForm
              activity={activity}
              meetingId={meeting.id}
              loading={details.loading && !details.data}
              draft={props.draft}
              onDraft={props.onDraft}
              onConflict={setOverride}
              onRecorded={props.onRecorded}
              onSkip={props.onSkip}
              onPrevious={props.onPrevious}
              onShowMinutes={props.onShowMinutes}
            />
          )}
        </div>
        <div className={styles.column}>
          {details.data ? <Comments comments={details.data.comments} /> : details.error ? <Text>{details.error.message}</Text> : <Spinner size="tiny" label={t('tab.loading')} />}
        </div>
      </div>
    </section>
  );
}
