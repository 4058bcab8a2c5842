import { Body1, Caption1, Dialog, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { VideoRegular } from '@fluentui/react-icons';
import { FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { DialogButtons, DialogFrame } from '../../components/DialogFrame';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { LocalTimePicker } from '../../components/LocalTimePicker';
import { ErrorAlert, Notice } from '../../components/Notice';
import { useT } from '../../i18n';
import { AudienceField } from './AudienceField';
import { FormErrors, FormField, FormOptions, TrainingBody, TrainingForm, changedFields, checkForm, emptyForm, fieldOfServerError, formOf } from './form';
import { KINDS, TrainingUpdated, TrainingView } from './types';

/**
 * "Ny utbildning" / "Redigera": every field labelled, errors next to the field they are about
 * (the tab's own checks first, then the server's, which name the field). Nothing typed is lost:
 * on an error, and on a conflict (412) — then the list is reloaded and saving again applies the
 * changes on top of the other person's version. With Outlook invitations there is no link field:
 * the Teams meeting comes with the invitation, and the form says so.
 */
const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
  },
  note: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  noteIcon: { flexShrink: 0, fontSize: tokens.fontSizeBase500, color: tokens.colorBrandForeground1 },
  noteText: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  noteDetail: { color: tokens.colorNeutralForeground2 },
});

export type DialogTarget = { mode: 'create' } | { mode: 'edit'; training: TrainingView };

export function TrainingDialog({
  target,
  onClose,
  onSaved,
  onConflict,
}: {
  target: DialogTarget | null;
  onClose: () => void;
  onSaved: (training: TrainingView, mode: 'create' | 'edit') => void;
  /** The version on the server moved on: reload the list; the dialog keeps what was typed. */
  onConflict: () => Promise<TrainingView | undefined>;
}) {
  // The last target stays rendered while the dialog closes; each opening starts afresh (key).
  const last = useRef<{ target: DialogTarget; opening: number }>({ target: { mode: 'create' }, opening: 0 });
  const wasOpen = useRef(false);
  if (target && !wasOpen.current) last.current = { target, opening: last.current.opening + 1 };
  wasOpen.current = target !== null;
  return (
    <Dialog open={target !== null} onOpenChange={(_, data) => !data.open && onClose()} modalType="modal">
      <TrainingSurface key={last.current.opening} target={last.current.target} onClose={onClose} onSaved={onSaved} onConflict={onConflict} />
    </Dialog>
  );
}

function TrainingSurface({
  target,
  onClose,
  onSaved,
  onConflict,
}: {
  target: DialogTarget;
  onClose: () => void;
  onSaved: (training: TrainingView, mode: 'create' | 'edit') => void;
  onConflict: () => Promise<TrainingView | undefined>;
}) {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const options: FormOptions = { invitations: me.outlookInvitations };
  const [form, setForm] = useState<TrainingForm>(() => (target.mode === 'edit' ? formOf(target.training, me.timeZone) : emptyForm()));
  // What the organiser changed is measured against the training as the dialog opened; after a
  // conflict those changes go on top of the version now on the server (theirs stay).
  const original = target.mode === 'edit' ? target.training : null;
  const [version, setVersion] = useState(original?.version ?? 0);
  const [errors, setErrors] = useState<FormErrors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof TrainingForm>(key: K, value: TrainingForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (key !== 'invitees' && errors[key as FormField]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkForm(form, me.timeZone, options);
    const clientErrors = Object.fromEntries(Object.entries(checked.errors).map(([field, key]) => [field, t(key)])) as FormErrors;
    setErrors(clientErrors);
    setConflict(null);
    if (!checked.body) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const saved = await save(checked.body);
      onSaved(saved, target.mode);
    } catch (e) {
      const error = e as ApiError;
      if (error instanceof ApiError && error.status === 412) {
        setConflict(error.message);
        const fresh = await onConflict();
        if (fresh) setVersion(fresh.version);
      } else {
        const about = error instanceof ApiError ? fieldOfServerError(error.field) : 'general';
        // No link field to show it next to when the link is the invitation's.
        setErrors({ [about === 'meetingUrl' && options.invitations ? 'general' : about]: error.message });
        focusFirstInvalid();
      }
      setBusy(false);
    }
  };

  const save = async (body: TrainingBody): Promise<TrainingView> => {
    if (!original) return api.trainings.create({ body });
    const patch = changedFields(body, original, options);
    if (Object.keys(patch).length === 0) return original;
    const result = await api.trainings.update({ params: { id: original.id }, body: patch, ifMatch: version });
    return result.training;
  };

  const field = (name: FormField) => ({
    validationMessage: errors[name],
    validationState: errors[name] ? ('error' as const) : ('none' as const),
  });

  return (
    <DialogFrame
      className={styles.surface}
      title={t(target.mode === 'create' ? 'tab.trainings.dialog.createTitle' : 'tab.trainings.dialog.editTitle')}
      onSubmit={(e) => void submit(e)}
      formTestId="training-form"
      actions={
        <DialogButtons
          label={t(target.mode === 'create' ? 'tab.trainings.dialog.create' : 'tab.save')}
          busyLabel={t('tab.saving')}
          busy={busy}
          onCancel={onClose}
        />
      }
    >
      <Caption1>{t('tab.trainings.dialog.required')}</Caption1>
      {conflict && (
        <Notice intent="warning" alert title={t('tab.trainings.error.conflictTitle')}>
          {t('tab.trainings.error.conflictBody', { message: conflict })}
        </Notice>
      )}
      <ErrorAlert message={errors.general} />
      <Field label={t('tab.trainings.field.title')} required {...field('title')}>
        <Input value={form.title} onChange={(_, d) => set('title', d.value)} maxLength={200} />
      </Field>
      <Field label={t('tab.trainings.field.description')} {...field('description')}>
        <Textarea value={form.description} onChange={(_, d) => set('description', d.value)} resize="vertical" maxLength={5000} />
      </Field>
      <Field label={t('tab.trainings.field.kind')} {...field('kind')}>
        <Select value={form.kind} onChange={(_, d) => set('kind', d.value as TrainingForm['kind'])}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`tab.trainings.kind.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <LocalDatePicker label={t('tab.trainings.field.date')} required {...field('date')} value={form.date || null} onChange={(date) => set('date', date ?? '')} />
        <LocalTimePicker
          label={t('tab.trainings.field.startTime')}
          required
          hint={t('tab.trainings.field.timeHint')}
          {...field('startTime')}
          value={form.startTime}
          onChange={(time) => set('startTime', time)}
        />
        <LocalTimePicker label={t('tab.trainings.field.endTime')} required {...field('endTime')} value={form.endTime} onChange={(time) => set('endTime', time)} />
      </div>
      {options.invitations ? (
        <div className={styles.note} data-testid="training-invitation-note">
          <VideoRegular aria-hidden className={styles.noteIcon} />
          <div className={styles.noteText}>
            <Body1>{t('tab.trainings.invitation.formNote')}</Body1>
            <Caption1 className={styles.noteDetail}>{t('tab.trainings.invitation.formNoteDetail')}</Caption1>
          </div>
        </div>
      ) : (
        <Field label={t('tab.trainings.field.meetingUrl')} hint={t('tab.trainings.field.meetingUrlHint')} {...field('meetingUrl')}>
          <Input type="url" value={form.meetingUrl} onChange={(_, d) => set('meetingUrl', d.value)} maxLength={2000} />
        </Field>
      )}
      <Field label={t('tab.trainings.field.place')} hint={t('tab.trainings.field.placeHint')} {...field('place')}>
        <Input value={form.place} onChange={(_, d) => set('place', d.value)} maxLength={200} />
      </Field>
      <div className={styles.row}>
        <Field label={t('tab.trainings.field.capacity')} required {...field('capacity')}>
          <Input type="number" min={1} step={1} inputMode="numeric" value={form.capacity} onChange={(_, d) => set('capacity', d.value)} />
        </Field>
        <Field label={t('tab.trainings.field.lead')} hint={t('tab.trainings.field.leadHint')} {...field('lead')}>
          <Input type="number" min={0} step={15} inputMode="numeric" value={form.lead} onChange={(_, d) => set('lead', d.value)} />
        </Field>
      </div>
      <AudienceField
        audience={form.audience}
        invitees={form.invitees}
        onAudience={(value) => set('audience', value)}
        onInvitees={(people) => {
          set('invitees', people);
          if (people.length > 0) setErrors((e) => ({ ...e, audience: undefined }));
        }}
        validationMessage={errors.audience}
      />
    </DialogFrame>
  );
}

/** After a failed submit, the first field with an error takes focus (its message is read with it). */
function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>('[data-testid="training-form"] [aria-invalid="true"]');
    first?.focus();
  });
}
