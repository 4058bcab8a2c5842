import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { FormEvent, useState } from 'react';
import type { ApiError } from '../../api';
import { useLocale, useT } from '../../i18n';
import { useHandover } from './HandoverContext';

/** "Lägg till punkt": a new item at the end of a section, Swedish text required, English optional. */
const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export function AddItemDialog({ sectionId, sectionTitle }: { sectionId: string; sectionTitle: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // Each opening starts with empty fields.
  const [session, setSession] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (data.open) setSession((n) => n + 1);
        setOpen(data.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<AddRegular />} aria-label={t('tab.handover.add.buttonLabel', { section: sectionTitle })}>
          {t('tab.handover.add.button')}
        </Button>
      </DialogTrigger>
      <AddItemSurface key={session} sectionId={sectionId} sectionTitle={sectionTitle} onDone={() => setOpen(false)} />
    </Dialog>
  );
}

function AddItemSurface({ sectionId, sectionTitle, onDone }: { sectionId: string; sectionTitle: string; onDone: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
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
    <DialogSurface>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogBody>
          <DialogTitle>{t('tab.handover.add.title', { section: sectionTitle })}</DialogTitle>
          <DialogContent className={styles.content}>
            {errors.general && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{errors.general}</MessageBarBody>
              </MessageBar>
            )}
            <Field label={t('tab.handover.edit.textSv')} required validationMessage={errors.sv}>
              <Textarea value={sv} onChange={(_, d) => setSv(d.value)} resize="vertical" />
            </Field>
            <Field label={t('tab.handover.edit.textEn')} hint={t('tab.handover.edit.textEnHint')} validationMessage={errors.en}>
              <Textarea value={en} onChange={(_, d) => setEn(d.value)} resize="vertical" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" type="submit" disabledFocusable={busy}>
              {busy ? t('tab.saving') : t('tab.handover.add.submit')}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('tab.cancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
