import { Button, Field, Textarea } from '@fluentui/react-components';
import { CommentAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiClient } from '../../api';
import { formatDate, useLocale, useT } from '../../i18n';
import type { RestlistaItem } from '../../types';
import type { Run } from './ItemActions';
import { PopoverForm } from './PopoverForm';

interface Props {
  item: RestlistaItem;
  headingId: string;
  busy: boolean;
  run: Run;
  api: ApiClient;
  meetingDate: string;
}

/** "Uppföljning": a follow-up note tied to the meeting date (POST …/comments). */
export function FollowUpAction({ item, headingId, busy, run, api, meetingDate }: Props) {
  const t = useT();
  const locale = useLocale();
  const { key } = item.activity;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const date = formatDate(meetingDate, locale);

  const save = async () => {
    if (!text.trim()) {
      setError(t('tab.restlista.required'));
      return;
    }
    const result = await run(
      () => api.post(`/api/activities/${encodeURIComponent(key)}/comments`, { text: text.trim(), meetingDate }),
      t('tab.restlista.done.note', { key, date }),
      ['text', 'meetingDate'],
    );
    if (result.ok) {
      setOpen(false);
      setText('');
    } else if (result.fieldError) setError(result.fieldError);
    else setOpen(false);
  };

  return (
    <PopoverForm
      open={open}
      onOpenChange={(next) => {
        if (next) setError(undefined);
        setOpen(next);
      }}
      title={t('tab.restlista.note.title', { key })}
      submitLabel={t('tab.restlista.note.save')}
      busy={busy}
      onSubmit={() => void save()}
      trigger={
        <Button icon={<CommentAdd20Regular />} disabled={busy} aria-describedby={headingId}>
          {t('tab.restlista.action.note')}
        </Button>
      }
    >
      <Field label={t('tab.restlista.note.label', { date })} required validationMessage={error}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={3} />
      </Field>
    </PopoverForm>
  );
}
