import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ReactNode, useState } from 'react';
import { useT } from '../../i18n';

/**
 * A question before something that cannot be undone (cancelling a training, removing someone's
 * registration): what will happen, in words; the confirming button is busy while it runs; an
 * error stays in the dialog.
 */
const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

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
  const styles = useStyles();
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
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {children}
            {error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void run()}>
              {busy ? t('tab.trainings.action.working') : confirm}
            </Button>
            <Button
              onClick={() => {
                setError(null);
                onClose();
              }}
            >
              {dismiss}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
