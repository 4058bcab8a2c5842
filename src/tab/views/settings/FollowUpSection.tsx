import { Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, useEffect, useState } from 'react';
import type { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { SavedStatus } from '../../components/SavedStatus';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n';
import type { FollowUpChannel, FollowUpSchedule, FollowUpSettingsView } from '../../types';
import { useResource } from '../../useResource';
import { ScheduleFields } from './ScheduleFields';
import { Upcoming } from './Upcoming';
import { CategoriesSection } from './CategoriesSection';
import { fieldsetFrame, fieldsetLegend } from '../../components/fieldset';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    ...fieldsetFrame,
  },
  legend: fieldsetLegend,
  channel: { maxWidth: '480px' },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

interface Draft {
  channelId: string | null;
  schedule: FollowUpSchedule;
}

const draftOf = (data: FollowUpSettingsView): Draft => ({ channelId: data.channel?.conversationId ?? null, schedule: data.schedule });

/**
 * Inställningar › Uppföljning och kategorier: the monthly follow-up — which channel gets the restlista before each meeting
 * (a channel the bot knows: from the install in the team, or "följ upp här" in it) and the
 * schedule (the n-th weekday of the month at a time, the reminder N days before, the morning
 * reminder, personal nudges). Members read; the förvaltningsledare saves, with the version read
 * (someone else's save in between is shown, not overwritten). Below: the activity log's categories.
 */
export function FollowUpSection() {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const canEdit = Boolean(me.permissions['followUp.configure']);
  const resource = useResource(() => api.settings.followUp(), [api]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<{ intent: 'warning' | 'error'; title: string; body: string } | null>(null);
  const [timeError, setTimeError] = useState<string | undefined>();

  // A (re)load shows the settings as stored.
  useEffect(() => {
    if (resource.data) setDraft(draftOf(resource.data));
  }, [resource.data]);

  const channelName = (c: FollowUpChannel) =>
    t('tab.settings.channel.option', { team: c.teamName ?? c.teamId, channel: c.channelName ?? t('tab.settings.channel.general') });

  const save = async (event: FormEvent, data: FollowUpSettingsView) => {
    event.preventDefault();
    if (!draft) return;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.schedule.time)) {
      setTimeError(t('tab.settings.invalidTime'));
      return;
    }
    setTimeError(undefined);
    setBusy(true);
    setProblem(null);
    setAnnouncement('');
    try {
      const saved = await api.settings.saveFollowUp({ body: draft, ifMatch: data.version });
      resource.setData(saved);
      setAnnouncement(t('tab.settings.saved'));
    } catch (e) {
      const error = e as ApiError;
      if (error.status === 412) {
        // The message says the settings were reloaded: show it with the reloaded values, in one render.
        const fresh = await resource.reload();
        if (fresh) setDraft(draftOf(fresh));
        setProblem({ intent: 'warning', title: t('tab.settings.conflict.title'), body: t('tab.settings.conflict.body') });
      } else if (error.field?.endsWith('time')) {
        setTimeError(error.message);
      } else {
        setProblem({ intent: 'error', title: t('tab.settings.error.title'), body: error.message });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text>{t('tab.settings.intro')}</Text>
      <LoadState resource={resource}>
        {(data) =>
          draft && (
            <form className={styles.form} onSubmit={(e) => void save(e, data)} noValidate aria-busy={busy}>
              {!canEdit && (
                <MessageBar intent="info">
                  <MessageBarBody>{t('tab.settings.readOnly')}</MessageBarBody>
                </MessageBar>
              )}
              {problem && (
                <Notice
                  intent={problem.intent}
                  title={problem.title}
                  onDismiss={() => setProblem(null)}
                  dismissLabel={t('tab.close')}
                  data-testid="settings-problem"
                >
                  {problem.body}
                </Notice>
              )}
              <fieldset className={styles.fieldset} disabled={!canEdit}>
                <legend className={styles.legend}>{t('tab.settings.channel.legend')}</legend>
                <Field label={t('tab.settings.channel.label')} className={styles.channel}>
                  <Select value={draft.channelId ?? ''} onChange={(_, d) => setDraft({ ...draft, channelId: d.value || null })}>
                    <option value="">{t('tab.settings.channel.none')}</option>
                    {data.channels.map((c) => (
                      <option key={c.conversationId} value={c.conversationId}>
                        {channelName(c)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Text className={styles.hint}>{t('tab.settings.channel.hint')}</Text>
              </fieldset>
              <ScheduleFields value={draft.schedule} onChange={(schedule) => setDraft({ ...draft, schedule })} disabled={!canEdit} timeError={timeError} />
              {canEdit && (
                <div className={styles.actions}>
                  <Button type="submit" appearance="primary" disabled={busy}>
                    {t('tab.settings.save')}
                  </Button>
                  <SavedStatus message={announcement} data-testid="settings-announcement" />
                </div>
              )}
              <Upcoming data={data} schedule={draft.schedule} onChange={canEdit ? (schedule) => setDraft({ ...draft, schedule }) : undefined} />
            </form>
          )
        }
      </LoadState>
      <CategoriesSection />
    </div>
  );
}
