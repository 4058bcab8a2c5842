import { Dialog } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { DialogButtons, DialogFrame } from '../../components/DialogFrame';
import { ErrorAlert } from '../../components/Notice';
import { todayIn, useT } from '../../i18n';
import type { DocumentView } from '../../../domain/documentView';
import { useResource } from '../../useResource';
import { ConflictPanel } from './ConflictPanel';
import { type DocumentForm, emptyForm, fieldsOf, formField, formOf, patchOf } from './form';
import { DocumentFormFields, type FormErrors } from './DocumentFormFields';

/** What the dialog is for: a new document, or a change of one (as it was opened). */
export type Editing = { mode: 'new' } | { mode: 'edit'; doc: DocumentView };

interface Props {
  editing: Editing | null;
  onClose: () => void;
  onSaved: (doc: DocumentView, message: string) => void;
}

/** "Nytt dokument" and "Ändra": the register entry's fields; a 412 shows their version and lets the person choose. */
export function DocumentDialog({ editing, onClose, onSaved }: Props) {
  if (!editing) return null;
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DocumentSurface key={editing.mode === 'edit' ? `${editing.doc.id}:${editing.doc.version}` : 'new'} editing={editing} onSaved={onSaved} />
    </Dialog>
  );
}

const typedInterval = /^\s*\d*\s*$/;

function DocumentSurface({ editing, onSaved }: { editing: Editing; onSaved: Props['onSaved'] }) {
  const t = useT();
  const { api, me } = useApp();
  // The version the person started from, and what it held: a conflict moves this on when they choose.
  const [base, setBase] = useState<DocumentView | null>(editing.mode === 'edit' ? editing.doc : null);
  const [form, setForm] = useState<DocumentForm>(() => (editing.mode === 'edit' ? formOf(editing.doc) : emptyForm(todayIn(me.timeZone))));
  const [errors, setErrors] = useState<FormErrors>({});
  const [conflict, setConflict] = useState<DocumentView | null>(null);
  const [busy, setBusy] = useState(false);
  const people = useResource(() => api.people().then((r) => r.items), [api]);

  const save = async (over: DocumentView | null) => {
    if (!typedInterval.test(form.interval)) return setErrors({ interval: t('tab.documents.field.intervalInvalid') });
    if (!form.documentDate) return setErrors({ documentDate: t('tab.documents.field.dateRequired') });
    setBusy(true);
    setErrors({});
    try {
      const saved =
        base === null
          ? await api.documents.create({ body: fieldsOf(form) })
          : await api.documents.update({ params: { id: base.id }, ifMatch: (over ?? base).version, body: patchOf(base, form) });
      onSaved(saved, t(base === null ? 'tab.documents.created' : 'tab.documents.saved', { id: saved.id }));
    } catch (e) {
      const err = e as ApiError;
      setBusy(false);
      if (err.status === 412 && err.current) setConflict(err.current as DocumentView);
      else setErrors({ [formField(err.field)]: err.message });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void save(conflict);
  };

  return (
    <DialogFrame
      title={base === null ? t('tab.documents.new') : t('tab.documents.editTitle', { id: base.id })}
      onSubmit={submit}
      formTestId="document-form"
      actions={<DialogButtons label={base === null ? t('tab.documents.add') : t('tab.documents.save')} busyLabel={t('tab.saving')} busy={busy} />}
    >
      {conflict && (
        <ConflictPanel
          current={conflict}
          busy={busy}
          onReapply={() => void save(conflict)}
          onUseTheirs={() => {
            setBase(conflict);
            setForm(formOf(conflict));
            setConflict(null);
          }}
        />
      )}
      <ErrorAlert message={errors.general} />
      <DocumentFormFields form={form} errors={errors} people={people.data ?? []} onChange={setForm} />
    </DialogFrame>
  );
}
