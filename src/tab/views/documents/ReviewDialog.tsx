import { Dialog, Field, Textarea } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { DialogButtons, DialogFrame } from '../../components/DialogFrame';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { ErrorAlert } from '../../components/Notice';
import { formatDate, todayIn, useLocale, useT } from '../../i18n';
import type { DocumentView } from '../../../domain/documentView';

interface Props {
  /** The document to mark reviewed; null: the dialog is closed. */
  doc: DocumentView | null;
  onClose: () => void;
  /** Saved: the document as it is now, and the sentence to announce. */
  onReviewed: (doc: DocumentView, message: string) => void;
  /** Someone saved the document first (412): as it is now. */
  onConflict: (current: DocumentView, message: string) => void;
}

/**
 * "Granskad": the day it was reviewed (today unless changed; never a native date input) and a
 * note of what the review found. Saving sets the last review and starts the next interval.
 */
export function ReviewDialog({ doc, onClose, onReviewed, onConflict }: Props) {
  if (!doc) return null;
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <ReviewSurface key={`${doc.id}:${doc.version}`} doc={doc} onReviewed={onReviewed} onConflict={onConflict} />
    </Dialog>
  );
}

function ReviewSurface({ doc, onReviewed, onConflict }: { doc: DocumentView } & Pick<Props, 'onReviewed' | 'onConflict'>) {
  const t = useT();
  const locale = useLocale();
  const { api, me } = useApp();
  const [on, setOn] = useState<string | null>(todayIn(me.timeZone));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ on?: string; note?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      const saved = await api.documents.review({ params: { id: doc.id }, ifMatch: doc.version, body: { note, ...(on ? { on } : {}) } });
      const message = saved.nextReview
        ? t('tab.documents.reviewed', { id: saved.id, date: formatDate(saved.nextReview, locale) })
        : t('tab.documents.reviewedNoNext', { id: saved.id });
      onReviewed(saved, message);
    } catch (e) {
      const err = e as ApiError;
      setBusy(false);
      if (err.status === 412 && err.current) onConflict(err.current as DocumentView, t('tab.documents.conflict', { id: doc.id }));
      else if (err.field === 'on') setErrors({ on: err.message });
      else if (err.field === 'note') setErrors({ note: err.message });
      else setErrors({ general: err.message });
    }
  };

  return (
    <DialogFrame
      title={t('tab.documents.reviewTitle', { title: doc.title })}
      onSubmit={(e) => void submit(e)}
      formTestId="document-review-form"
      actions={<DialogButtons label={t('tab.documents.reviewSave')} busyLabel={t('tab.saving')} busy={busy} />}
    >
      <ErrorAlert message={errors.general} />
      <LocalDatePicker label={t('tab.documents.reviewOn')} value={on} onChange={setOn} validationMessage={errors.on} />
      <Field label={t('tab.documents.reviewNote')} hint={t('tab.documents.reviewNoteHint')} validationMessage={errors.note}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" maxLength={2000} />
      </Field>
    </DialogFrame>
  );
}
