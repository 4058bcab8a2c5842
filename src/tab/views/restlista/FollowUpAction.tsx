import { Field, Textarea } from '@fluentui/react-components';
import { CommentAdd20Regular } from '@fluentui/react-icons';
import { formatDate, useLocale, useT } from '../../i18n';
import { type ActionProps, useActionForm } from './actions';
import { PopoverForm } from './PopoverForm';

/** "Uppföljning": a follow-up note tied to the meeting date (POST …/comments). */
export function FollowUpAction({ item, headingId, busy, run, api, compact, meetingDate }: ActionProps & { meetingDate: string }) {
  const t = useT();
  const locale = useLocale();
  const { key } = item.activity;
  const form = useActionForm('');
  const date = formatDate(meetingDate, locale);

  const save = async () => {
    const text = form.value.trim();
    if (!text) {
      form.setError(t('tab.restlista.required'));
      return;
    }
    const write = () => api.activities.comment({ params: { key }, body: { text, meetingDate } });
    form.settle(await run(write, t('tab.restlista.done.note', { key, date }), ['text', 'meetingDate']));
  };

  return (
    <PopoverForm
      form={form}
      action="note"
      compact={compact}
      icon={<CommentAdd20Regular />}
      label={t('tab.restlista.action.note')}
      describedBy={headingId}
      title={t('tab.restlista.note.title', { key })}
      submitLabel={t('tab.restlista.note.save')}
      busy={busy}
      onSubmit={() => void save()}
    >
      <Field label={t('tab.restlista.note.label', { date })} required validationMessage={form.error}>
        <Textarea value={form.value} onChange={(_, data) => form.setValue(data.value)} resize="vertical" rows={3} />
      </Field>
    </PopoverForm>
  );
}
