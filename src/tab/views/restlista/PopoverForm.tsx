import { Button, Popover, PopoverSurface, PopoverTrigger, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, type ReactElement, type ReactNode, useId } from 'react';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  surface: { maxWidth: '360px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactElement;
  title: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/** A small form in a popover (focus trapped, Esc closes, focus returns to its button). */
export function PopoverForm({ open, onOpenChange, trigger, title, submitLabel, busy, onSubmit, children }: Props) {
  const t = useT();
  const styles = useStyles();
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Popover trapFocus withArrow open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <PopoverTrigger disableButtonEnhancement>{trigger}</PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-labelledby={titleId}>
        <form className={styles.form} onSubmit={submit} noValidate>
          <Text weight="semibold" id={titleId}>
            {title}
          </Text>
          {children}
          <div className={styles.buttons}>
            <Button onClick={() => onOpenChange(false)}>{t('tab.cancel')}</Button>
            <Button type="submit" appearance="primary" disabled={busy}>
              {busy ? t('tab.saving') : submitLabel}
            </Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
