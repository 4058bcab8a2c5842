import { Button, Dialog, DialogTrigger, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { DialogButtons, DialogFrame } from '../../../components/DialogFrame';
import { useT } from '../../../i18n';
import type { Person } from '../../../../domain/person';
import type { Outcome } from './useRightsEditor';

interface WithdrawButtonProps {
  /** The right's name in a sentence, and who holds it. */
  right: string;
  person: Person;
  busy: boolean;
  onConfirm: () => Promise<Outcome>;
  /** After the right is gone (the row with this button goes too): where focus should go. */
  onWithdrawn: () => void;
}

/**
 * "Ta bort" beside a holder of a right, named for screen readers ("Ta bort rättigheten
 * projektägare för Johan Ek"), and the dialog that asks before the right is withdrawn. Cancel
 * or Esc returns focus to the button; once withdrawn, `onWithdrawn` moves it on.
 */
export function WithdrawButton({ right, person, busy, onConfirm, onWithdrawn }: WithdrawButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const confirm = async () => {
    if (sending) return;
    setSending(true);
    const outcome = await onConfirm();
    setSending(false);
    setOpen(false);
    if (outcome === 'done') onWithdrawn();
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" disabledFocusable={busy} aria-label={t('tab.roles.rights.withdrawLabel', { right, name: person.name })}>
          {t('tab.roles.rights.withdraw')}
        </Button>
      </DialogTrigger>
      <DialogFrame
        title={t('tab.roles.withdraw.title')}
        actions={<DialogButtons label={t('tab.roles.withdraw.confirm')} busyLabel={t('tab.roles.withdraw.busy')} busy={sending} onPrimary={() => void confirm()} destructive />}
      >
        <Text>{t('tab.roles.withdraw.body', { name: person.name, right })}</Text>
      </DialogFrame>
    </Dialog>
  );
}
