import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CommentAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { ErrorAlert } from '../../components/Notice';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { useT } from '../../i18n';
import type { Comment } from '../../types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** A comment, or a follow-up note when a meeting date is given (POST /api/activities/:key/comments). */
export function CommentForm({ activityKey, onAdded }: { activityKey: string; onAdded: (comment: Comment) => void }) {
  const { api } = useApp();
  const t = useT();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [meetingDate, setMeetingDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ text?: string; meetingDate?: string; other?: string }>({});
  const [added, setAdded] = useState(false);

  const submit = async () => {
    setAdded(false);
    if (!text.trim()) {
      setErrors({ text: t('tab.activityLog.comment.required') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const comment = await api.activities.comment({ params: { key: activityKey }, body: { text, meetingDate: meetingDate || null } });
      onAdded(comment);
      setText('');
      setMeetingDate('');
      setAdded(true);
    } catch (error) {
      const e = error as ApiError;
      if (e.field === 'text' || e.field === 'meetingDate') setErrors({ [e.field]: e.message });
      else setErrors({ other: t('tab.activityLog.comment.failed', { message: e.message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={t('tab.activityLog.comment.text')} validationMessage={errors.text}>
        <Textarea value={text} resize="vertical" rows={3} onChange={(_, d) => setText(d.value)} />
      </Field>
      <LocalDatePicker
        label={t('tab.activityLog.comment.meetingDate')}
        hint={t('tab.activityLog.comment.meetingHint')}
        validationMessage={errors.meetingDate}
        value={meetingDate || null}
        onChange={(date) => setMeetingDate(date ?? '')}
      />
      <ErrorAlert message={errors.other} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" icon={<CommentAddRegular />} disabledFocusable={busy}>
          {busy ? t('tab.activityLog.comment.adding') : t('tab.activityLog.comment.add')}
        </Button>
        <Text role="status">{added ? t('tab.activityLog.comment.added') : ''}</Text>
      </div>
    </form>
  );
}
