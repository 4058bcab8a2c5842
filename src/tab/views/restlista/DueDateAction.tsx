import { Button, Field, Input } from '@fluentui/react-components';
import { CalendarEdit20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiClient } from '../../api';
import { formatDate, useLocale, useT } from '../../i18n';
import type { RestlistaItem } from '../../types';
import { isIsoDate } from './dates';
import type { Run } from './ItemActions';
import { PopoverForm } from './PopoverForm';

interface Props {
  item: RestlistaItem;
  headingId: string;
  busy: boolean;
  run: Run;
  api: ApiClient;
}

/** "Nytt datum": a new due date for the item (PATCH with If-Match). */
export function DueDateAction({ item, headingId, busy, run, api }: Props) {
  const t = useT();
  const locale = useLocale();
  const { key, version, dueDate } = item.activity;
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(dueDate ?? '');
  const [error, setError] = useState<string | undefined>();

  const openChange = (next: boolean) => {
    if (next) {
      setError(undefined);
      if (!value) setValue(dueDate ?? '');
    }
    setOpen(next);
  };

  const save = async () => {
    if (!isIsoDate(value)) {
      setError(t('tab.restlista.invalidDate'));
      return;
    }
    const message = t('tab.restlista.done.dueDate', { key, date: formatDate(value, locale) });
    const result = await run(() => api.patch(`/api/activities/${encodeURIComponent(key)}`, { dueDate: value }, version), message, ['dueDate']);
    if (result.ok) {
      setOpen(false);
      setValue('');
    } else if (result.fieldError) setError(result.fieldError);
    else setOpen(false);
  };

  return (
    <PopoverForm
      open={open}
      onOpenChange={openChange}
      title={t('tab.restlista.dueDate.title', { key })}
      submitLabel={t('tab.save')}
      busy={busy}
      onSubmit={() => void save()}
      trigger={
        <Button icon={<CalendarEdit20Regular />} disabled={busy} aria-describedby={headingId}>
          {t('tab.restlista.action.dueDate')}
        </Button>
      }
    >
      <Field label={t('tab.restlista.dueDate.label')} required validationMessage={error}>
        <Input type="date" value={value} onChange={(_, data) => setValue(data.value)} />
      </Field>
    </PopoverForm>
  );
}
