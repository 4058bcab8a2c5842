import { Dialog } from '@fluentui/react-components';
import { ReactNode, useState } from 'react';
import { DialogButtons, DialogFrame } from '../../components/DialogFrame';
import { ErrorAlert } from '../../components/Notice';
import { useT } from '../../i18n';

/**
 * A question before something that cannot be undone (cancelling a training, removing someone's
 * registration): what will happen, in words; the confirming button is busy while it runs; an
 * error stays in the dialog.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirm,
  dismiss,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  dismiss: string;
  /** Resolves when done (the dialog closes), or throws an Error whose message is shown. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) {
          setError(null);
          onClose();
        }
      }}
    >
      <DialogFrame
        title={title}
        gap="S"
        actions={
          <DialogButtons
            label={confirm}
            busyLabel={t('tab.trainings.action.working')}
            busy={busy}
            onPrimary={() => void run()}
            cancelLabel={dismiss}
            destructive
            onCancel={() => {
              setError(null);
              onClose();
            }}
          />
        }
      >
        {children}
        <ErrorAlert message={error} />
      </DialogFrame>
    </Dialog>
  );
}
