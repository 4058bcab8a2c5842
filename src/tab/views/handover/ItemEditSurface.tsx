import { Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import { FormEvent, useState } from 'react';
import type { ApiError } from '../../api';
import { DialogButtons, DialogFrame } from '../../components/DialogFrame';
import { ErrorAlert, Notice } from '../../components/Notice';
import { formatDateTime, useLocale, useT } from '../../i18n';
import type { ChecklistItem } from '../../types';
import { useHandover } from './HandoverContext';
import { PersonPicker } from './PersonPicker';
import { TheirVersion } from './TheirVersion';
import { EditForm, FormField, diffForm, fieldOf, formOf, mergeForm } from './editForm';
import { useRegisterDocuments } from '../documents/RegisterContext';

/**
 * "Redigera": the item's text, responsible, comment and evidence link in a small dialog. Only
 * what the user changed is sent, with the version the dialog started from. A 400 is shown next
 * to the field it names and keeps what was typed; a 412 shows the other person's version and
 * keeps the user's changes in the fields, so "Spara igen" puts them on top of theirs.
 */
export function ItemEditSurface({ item, onDone }: { item: ChecklistItem; onDone: () => void }) {
  const t = useT();
  const locale = useLocale();
  const { patchItem, announce } = useHandover();
  const register = useRegisterDocuments();
  const [base, setBase] = useState<ChecklistItem>(item);
  const [form, setForm] = useState<EditForm>(() => formOf(item));
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ChecklistItem | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends FormField>(key: K, value: EditForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const change = diffForm(formOf(base), form);
    if (Object.keys(change).length === 0) return onDone();
    setBusy(true);
    setGeneral(null);
    setErrors({});
    try {
      const { item: saved } = await patchItem(base, change);
      announce(t('tab.handover.announce.saved', { text: saved.text[locale] }));
      onDone();
    } catch (e) {
      const err = e as ApiError;
      if (err.status === 412 && err.current) {
        const theirs = err.current as ChecklistItem;
        setForm(mergeForm(formOf(base), form, formOf(theirs)));
        setBase(theirs);
        setConflict(theirs);
      } else {
        const field = err.status === 400 ? fieldOf(err.field) : null;
        if (field) setErrors({ [field]: err.message });
        else setGeneral(err.message);
      }
      setBusy(false);
    }
  };

  const fieldProps = (key: FormField) =>
    errors[key] ? { validationMessage: errors[key], validationState: 'error' as const } : {};

  return (
    <DialogFrame
      title={t('tab.handover.edit.title')}
      onSubmit={(e) => void submit(e)}
      actions={
        <DialogButtons
          label={conflict ? t('tab.handover.edit.saveAgain') : t('tab.handover.edit.save')}
          busyLabel={t('tab.saving')}
          busy={busy}
        />
      }
    >
      {conflict && (
        <Notice intent="warning" layout="multiline" alert title={t('tab.handover.edit.conflictTitle')} data-testid="edit-conflict">
          {t('tab.handover.edit.conflictBody', {
            name: conflict.updatedBy?.name ?? t('tab.handover.conflict.someone'),
            time: formatDateTime(conflict.updatedAt, locale),
          })}
        </Notice>
      )}
      {conflict && <TheirVersion item={conflict} />}
      <ErrorAlert message={general} />
      <Field label={t('tab.handover.edit.textSv')} required {...fieldProps('textSv')}>
        <Textarea value={form.textSv} onChange={(_, d) => set('textSv', d.value)} resize="vertical" />
      </Field>
      <Field label={t('tab.handover.edit.textEn')} hint={t('tab.handover.edit.textEnHint')} {...fieldProps('textEn')}>
        <Textarea value={form.textEn} onChange={(_, d) => set('textEn', d.value)} resize="vertical" />
      </Field>
      <PersonPicker
        label={t('tab.handover.edit.responsible')}
        value={form.responsible}
        onChange={(person) => set('responsible', person)}
        validationMessage={errors.responsible}
      />
      <Field label={t('tab.handover.edit.comment')} {...fieldProps('comment')}>
        <Textarea value={form.comment} onChange={(_, d) => set('comment', d.value)} resize="vertical" />
      </Field>
      <Field label={t('tab.handover.edit.evidenceUrl')} hint={t('tab.handover.edit.evidenceHint')} {...fieldProps('evidenceUrl')}>
        <Input value={form.evidenceUrl} inputMode="url" onChange={(_, d) => set('evidenceUrl', d.value)} />
      </Field>
      <Field label={t('tab.handover.edit.evidenceDocument')} hint={t('tab.handover.edit.evidenceDocumentHint')} {...fieldProps('evidenceDocument')}>
        <Dropdown
          value={form.evidenceDocument ? `${form.evidenceDocument} ${register.find((d) => d.id === form.evidenceDocument)?.title ?? ''}`.trim() : t('tab.handover.edit.evidenceDocumentNone')}
          selectedOptions={[form.evidenceDocument]}
          onOptionSelect={(_, d) => set('evidenceDocument', d.optionValue ?? '')}
        >
          <Option value="">{t('tab.handover.edit.evidenceDocumentNone')}</Option>
          {register.map((d) => (
            <Option key={d.id} value={d.id} text={`${d.id} ${d.title}`}>
              {`${d.id} ${d.title}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </DialogFrame>
  );
}
