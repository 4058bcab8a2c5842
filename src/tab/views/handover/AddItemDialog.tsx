import { Button, Dialog, DialogTrigger, Field, Textarea } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { FormEvent, useState } from 'react';
import type { ApiError } from '../../api';
import { DialogButtons, DialogFrame, useDialogSession } from '../../components/DialogFrame';
import { ErrorAlert } from '../../components/Notice';
import { useLocale, useT } from '../../i18n';
import { useHandover } from './HandoverContext';

/** "Lägg till punkt": a new item at the end of a section, Swedish text required, English optional. */
export function AddItemDialog({ sectionId, sectionTitle }: { sectionId: string; sectionTitle: string }) {
  const t = useT();
  // Each opening starts with empty fields.
  const dialog = useDialogSession();
  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<AddRegular />} aria-label={t('tab.handover.add.buttonLabel', { section: sectionTitle })}>
          {t('tab.handover.add.button')}
        </Button>
      </DialogTrigger>
      <AddItemSurface key={dialog.session} sectionId={sectionId} sectionTitle={sectionTitle} onDone={dialog.close} />
    </Dialog>
  );
}

function AddItemSurface({ sectionId, sectionTitle, onDone }: { sectionId: string; sectionTitle: string; onDone: () => void }) {
  const t = useT();
  const locale = useLocale();
  const { addItem, announce } = useHandover();
  const [sv, setSv] = useState('');
  const [en, setEn] = useState('');
  const [errors, setErrors] = useState<{ sv?: string; en?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      const { item } = await addItem(sectionId, en.trim() ? { sv, en } : { sv });
      announce(t('tab.handover.announce.added', { text: item.text[locale] }));
      onDone();
    } catch (e) {
      const err = e as ApiError;
      if (err.field === 'text.sv' || err.field === 'text') setErrors({ sv: err.message });
      else if (err.field === 'text.en') setErrors({ en: err.message });
      else setErrors({ general: err.message });
      setBusy(false);
    }
  };

  return (
    <DialogFrame
      title={t('tab.handover.add.title', { section: sectionTitle })}
      onSubmit={(e) => void submit(e)}
      actions={<DialogButtons label={t('tab.handover.add.submit')} busyLabel={t('tab.saving')} busy={busy} />}
    >
      <ErrorAlert message={errors.general} />
      <Field label={t('tab.handover.edit.textSv')} required validationMessage={errors.sv}>
        <Textarea value={sv} onChange={(_, d) => setSv(d.value)} resize="vertical" />
      </Field>
      <Field label={t('tab.handover.edit.textEn')} hint={t('tab.handover.edit.textEnHint')} validationMessage={errors.en}>
        <Textarea value={en} onChange={(_, d) => setEn(d.value)} resize="vertical" />
      </Field>
    </DialogFrame>
  );
}
