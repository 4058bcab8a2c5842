import { Dropdown, Field, Input, Option, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../../../domain/documentRegister';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { OwnerPicker } from '../../components/OwnerPicker';
import { useT } from '../../i18n';
import type { Person } from '../../types';
import type { DocumentForm } from './form';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalM },
});

export type FormErrors = Partial<Record<keyof DocumentForm | 'general', string>>;

/** The register entry's fields: title, kind, link, owner (the people picker), version and date, review, status, notes. */
export function DocumentFormFields({
  form,
  errors,
  people,
  onChange,
}: {
  form: DocumentForm;
  errors: FormErrors;
  /** The people the app knows, offered first (the picker adds the directory as one types). */
  people: readonly Person[];
  onChange: (next: DocumentForm) => void;
}) {
  const t = useT();
  const styles = useStyles();
  const set = <K extends keyof DocumentForm>(key: K, value: DocumentForm[K]) => onChange({ ...form, [key]: value });
  const known = useMemo(() => (form.owner && !people.some((p) => p.id === form.owner?.id) ? [form.owner, ...people] : people), [form.owner, people]);
  return (
    <>
      <Field label={t('tab.documents.field.title')} required validationMessage={errors.title}>
        <Input value={form.title} onChange={(_, d) => set('title', d.value)} maxLength={200} />
      </Field>
      <div className={styles.pair}>
        <Field label={t('tab.documents.field.kind')} validationMessage={errors.kind}>
          <Dropdown
            value={t(`tab.documents.kind.${form.kind}`)}
            selectedOptions={[form.kind]}
            onOptionSelect={(_, d) => d.optionValue && set('kind', d.optionValue as DocumentForm['kind'])}
          >
            {DOCUMENT_KINDS.map((k) => (
              <Option key={k} value={k}>
                {t(`tab.documents.kind.${k}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('tab.documents.field.status')} validationMessage={errors.status}>
          <Dropdown
            value={t(`tab.documents.status.${form.status}`)}
            selectedOptions={[form.status]}
            onOptionSelect={(_, d) => d.optionValue && set('status', d.optionValue as DocumentForm['status'])}
          >
            {DOCUMENT_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {t(`tab.documents.status.${s}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={t('tab.documents.field.link')} hint={t('tab.documents.field.linkHint')} required validationMessage={errors.link}>
        <Input value={form.link} inputMode="url" onChange={(_, d) => set('link', d.value)} />
      </Field>
      <OwnerPicker label={t('tab.documents.field.owner')} validationMessage={errors.owner} value={form.owner} known={known} onChange={(p: Person | null) => set('owner', p)} />
      <div className={styles.pair}>
        <Field label={t('tab.documents.field.versionLabel')} validationMessage={errors.versionLabel}>
          <Input value={form.versionLabel} onChange={(_, d) => set('versionLabel', d.value)} maxLength={40} />
        </Field>
        <LocalDatePicker
          label={t('tab.documents.field.documentDate')}
          required
          value={form.documentDate}
          onChange={(v) => set('documentDate', v)}
          validationMessage={errors.documentDate}
        />
      </div>
      <div className={styles.pair}>
        <LocalDatePicker label={t('tab.documents.field.lastReviewed')} value={form.lastReviewed} onChange={(v) => set('lastReviewed', v)} validationMessage={errors.lastReviewed} />
        <Field label={t('tab.documents.field.reviewIntervalMonths')} hint={t('tab.documents.field.reviewIntervalHint')} validationMessage={errors.interval}>
          <Input value={form.interval} inputMode="numeric" onChange={(_, d) => set('interval', d.value)} />
        </Field>
      </div>
      <Field label={t('tab.documents.field.notes')} validationMessage={errors.notes}>
        <Textarea value={form.notes} onChange={(_, d) => set('notes', d.value)} resize="vertical" maxLength={4000} />
      </Field>
    </>
  );
}
