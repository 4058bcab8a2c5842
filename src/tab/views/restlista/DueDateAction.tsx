import { Field, Input } from '@fluentui/react-components';
import { CalendarEdit20Regular } from '@fluentui/react-icons';
import { formatDate, useLocale, useT } from '../../i18n';
import { type ActionProps, useActionForm } from './actions';
import { isIsoDate } from './dates';
import { PopoverForm } from './PopoverForm';

/** "Nytt datum": a new due date for the item (PATCH with If-Match). */
export function DueDateAction({ item, headingId, busy, run, api }: ActionProps) {
  const t = useT();
  const locale = useLocale();
  const { key, version, dueDate } = item.activity;
  const form = useActionForm(dueDate ?? '');

  const save = async () => {
    if (!isIsoDate(form.value)) {
      form.setError(t('tab.restlista.invalidDate'));
      return;
    }
    const message = t('tab.restlista.done.dueDate', { key, date: formatDate(form.value, locale) });
    form.settle(await run(() => api.activities.update({ params: { key }, body: { dueDate: form.value }, ifMatch: version }), message, ['dueDate']));
  };

  return (
    <PopoverForm
      form={form}
      icon={<CalendarEdit20Regular />}
      label={t('tab.restlista.action.dueDate')}
      describedBy={headingId}
      title={t('tab.restlista.dueDate.title', { key })}
      submitLabel={t('tab.save')}
      busy={busy}
      onSubmit={() => void save()}
    >
      <Field label={t('tab.restlista.dueDate.label')} required validationMessage={form.error}>
        <Input type="date" value={form.value} onChange={(_, data) => form.setValue(data.value)} />
      </Field>
    </PopoverForm>
  );
}
