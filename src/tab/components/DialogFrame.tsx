import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  type DialogOpenChangeData,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, type ReactElement, type ReactNode, useState } from 'react';
import { useT } from '../i18n';

const useStyles = makeStyles({
  stackM: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  stackS: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  /** A primary button that removes or cancels something: red, in every theme. */
  destructive: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorStatusDangerBackground3Hover, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorStatusDangerBackground3Pressed, color: tokens.colorNeutralForegroundOnBrand },
  },
});

interface DialogFrameProps {
  title: ReactNode;
  /** Beside the title, e.g. a ✕ that closes the dialog. */
  titleAction?: ReactElement;
  /** The surface's class (its width). */
  className?: string;
  /** The content's parts one below the other, this far apart (M unless said); `false`: as they flow. */
  gap?: 'S' | 'M' | false;
  /** The dialog is a form (noValidate: the tab checks the fields itself and says what is wrong). */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  formTestId?: string;
  children: ReactNode;
  /** Buttons at the start of the bottom row (apart from the others). */
  startActions?: ReactNode;
  /** The buttons at the end of the bottom row, e.g. <DialogButtons>. */
  actions: ReactNode;
}

/** What goes in a <Dialog>: the surface with its title, content and buttons, as a form if it is one. */
export function DialogFrame({ title, titleAction, className, gap = 'M', onSubmit, formTestId, children, startActions, actions }: DialogFrameProps) {
  const styles = useStyles();
  const body = (
    <DialogBody>
      <DialogTitle action={titleAction}>{title}</DialogTitle>
      <DialogContent className={gap === 'M' ? styles.stackM : gap === 'S' ? styles.stackS : undefined}>{children}</DialogContent>
      {startActions && <DialogActions position="start">{startActions}</DialogActions>}
      <DialogActions>{actions}</DialogActions>
    </DialogBody>
  );
  return (
    <DialogSurface className={className}>
      {onSubmit ? (
        <form onSubmit={onSubmit} noValidate data-testid={formTestId}>
          {body}
        </form>
      ) : (
        body
      )}
    </DialogSurface>
  );
}

interface DialogButtonsProps {
  /** The primary button's text, and its text while `busy` (it stays focusable then, but does nothing). */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Without it the primary button submits the dialog's form. */
  onPrimary?: () => void;
  /** "Avbryt" unless said. */
  cancelLabel?: string;
  /** Without it "Avbryt" closes the dialog (as Esc does). */
  onCancel?: () => void;
  /** The primary action removes or cancels something that cannot be undone: it is red. */
  destructive?: boolean;
}

/**
 * The usual buttons of a dialog, in the one order of Teams and Fluent: cancel, then the primary
 * action last (rightmost). Every dialog of the tab ends this way.
 */
export function DialogButtons({ label, busyLabel, busy, onPrimary, cancelLabel, onCancel, destructive = false }: DialogButtonsProps) {
  const t = useT();
  const styles = useStyles();
  const cancel = cancelLabel ?? t('tab.cancel');
  return (
    <>
      {onCancel ? (
        <Button onClick={onCancel}>{cancel}</Button>
      ) : (
        <DialogTrigger disableButtonEnhancement>
          <Button>{cancel}</Button>
        </DialogTrigger>
      )}
      <Button
        appearance="primary"
        className={destructive ? styles.destructive : undefined}
        {...(onPrimary ? { onClick: onPrimary } : { type: 'submit' as const })}
        disabledFocusable={busy}
        data-destructive={destructive || undefined}
      >
        {busy ? busyLabel : label}
      </Button>
    </>
  );
}

/**
 * A dialog opened by its trigger, whose content starts afresh at each opening: give the surface
 * `key={session}`. `close` is for the surface when it is done.
 */
export function useDialogSession() {
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  const onOpenChange = (_: unknown, data: DialogOpenChangeData) => {
    if (data.open) setSession((n) => n + 1);
    setOpen(data.open);
  };
  return { open, session, onOpenChange, close: () => setOpen(false) };
}
