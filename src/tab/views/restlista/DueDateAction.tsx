import { CalendarEdit20Regular } from '@fluentui/react-icons';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { formatDate, useLocale, useT } from '../../i18n';
import { type ActionProps, useActionForm } from './actions';
import { isIsoDate } from './dates';
import { PopoverForm } from './PopoverForm';

/** "Nytt datum": a new due date for the item (PATCH with If-Match), picked in the tab's language ("5 jan. 2027"). */
export function DueDateAction({ item, headingId, busy, run, api, compact }: ActionProps) {
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
      action="dueDate"
      compact={compact}
      icon={<CalendarEdit20Regular />}
      label={t('tab.restlista.action.dueDate')}
      describedBy={headingId}
      title={t('tab.restlista.dueDate.title', { key })}
      submitLabel={t('tab.save')}
      busy={busy}
      onSubmit={() => void save()}
    >
      <LocalDatePicker
        label={t('tab.restlista.dueDate.label')}
        required
        validationMessage={form.error}
        value={form.value || null}
        onChange={(value) => {
          form.setError(undefined);
          form.setValue(value ?? '');
        }}
      />
    </PopoverForm>
  );
}
