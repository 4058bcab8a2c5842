import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { ArrowLeft20Regular, Flag20Regular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n';
import { useMeetingStyles } from './styles';
import type { Meeting } from './types';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  meeting: Meeting;
  total: number;
  values: { attendees: string; summary: string };
  onChange: (values: { attendees: string; summary: string }) => void;
  onBack?: () => void;
  onFinished: (meeting: Meeting) => void;
  focusOnMount: boolean;
}

/** Finish the meeting: who attended and a short summary; then the minutes are final. */
export function FinishForm({ meeting, total, values, onChange, onBack, onFinished, focusOnMount }: Props) {
  const t = useT();
  const ms = useMeetingStyles();
  const { api, me } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const recorded = new Set(meeting.entries.map((e) => e.activityKey)).size;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const finished = await api.meetings.finish({ params: { id: meeting.id }, body: { attendees: values.attendees.trim(), summary: values.summary.trim() } });
      onFinished(finished);
    } catch (e) {
      setBusy(false);
      setError(e as ApiError);
    }
  };

  if (!me.permissions['meeting.hold']) return null;
  return (
    <section className={ms.section} aria-labelledby="meeting-finish">
      <h3 id="meeting-finish" className={ms.h3} ref={headingRef} tabIndex={-1}>
        {t('tab.meeting.finish.heading')}
      </h3>
      <Text>{t('tab.meeting.finish.intro', { recorded, total })}</Text>
      <form className={ms.root} onSubmit={(e) => void submit(e)} noValidate>
        {error && (
          <Notice intent="error" title={t('tab.meeting.finish.failed')}>
            {error.message}
          </Notice>
        )}
        <Field
          label={t('tab.meeting.finish.attendees')}
          hint={t('tab.meeting.finish.attendeesHint')}
          validationMessage={error?.field === 'attendees' ? error.message : undefined}
        >
          <Textarea value={values.attendees} onChange={(_, data) => onChange({ ...values, attendees: data.value })} resize="vertical" rows={2} />
        </Field>
        <Field
          label={t('tab.meeting.finish.summary')}
          hint={t('tab.meeting.finish.summaryHint')}
          validationMessage={error?.field === 'summary' ? error.message : undefined}
        >
          <Textarea value={values.summary} onChange={(_, data) => onChange({ ...values, summary: data.value })} resize="vertical" rows={4} />
        </Field>
        <div className={ms.row}>
          <Button type="submit" appearance="primary" icon={<Flag20Regular />} disabled={busy}>
            {busy ? t('tab.meeting.finish.finishing') : t('tab.meeting.finish.submit')}
          </Button>
          {onBack && (
            <Button icon={<ArrowLeft20Regular />} onClick={onBack} disabled={busy}>
              {t('tab.meeting.finish.back')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
