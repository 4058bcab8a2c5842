import { Dialog } from '@fluentui/react-components';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { CostView } from '../../../domain/costModel';
import { DialogButtons, DialogFrame } from '../../components/DialogFrame';
import { ErrorAlert } from '../../components/Notice';
import { useT } from '../../i18n';
import type { WriteResult } from './useCostWrites';

export interface FormDialogProps {
  title: string;
  label: string;
  busyLabel: string;
  destructive?: boolean;
  /** Checks the fields (says what is wrong at them) and returns false to send nothing. */
  check?: () => boolean;
  /** The write; its result closes the dialog (ok) or is said in it. */
  send: () => Promise<WriteResult>;
  /** What is announced when the write succeeded. */
  done: (view: CostView) => string;
  /** A field the server named: say its message there; true when the field took it. */
  fieldError?: (field: string, message: string) => boolean;
  onClose: () => void;
  announce: (text: string) => void;
  children: ReactNode;
}

/**
 * A dialog of the calculation (a row, a scenario, the decision, the baseline): open while the
 * page shows it, its write sent with the version shown, the result announced; an error stays in
 * the dialog, at its field when the server named one. A 412 has brought the calculation as it
 * is now: the dialog says so and may be sent again.
 */
export function FormDialog({ title, label, busyLabel, destructive, check, send, done, fieldError, onClose, announce, children }: FormDialogProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (check && !check()) return;
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (result.ok) {
      announce(done(result.view));
      onClose();
    } else if (result.error.status === 412) {
      setError(t('tab.costs.conflict.other'));
    } else if (!(result.error.field && fieldError?.(result.error.field, result.error.message))) {
      setError(result.error.message);
    }
  };

  return (
    <Dialog open modalType={destructive ? 'alert' : 'modal'} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogFrame
        title={title}
        onSubmit={(e) => void submit(e)}
        formTestId="costs-dialog"
        actions={<DialogButtons label={label} busyLabel={busyLabel} busy={busy} destructive={destructive} />}
      >
        <ErrorAlert message={error} />
        {children}
      </DialogFrame>
    </Dialog>
  );
}
