import { Button, Popover, PopoverSurface, PopoverTrigger, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, type ReactElement, type ReactNode, useId } from 'react';
import { useT } from '../../i18n';
import type { ActionForm } from './actions';

const useStyles = makeStyles({
  surface: { maxWidth: '360px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

interface Props {
  form: Pick<ActionForm, 'open' | 'openChange'>;
  /** Names the opening button (data-action), so the focus can come back to it after the save. */
  action: string;
  /** Small buttons (the table mode). */
  compact?: boolean;
  /** The button that opens it: its icon and text, and the id of what it acts on. */
  icon: ReactElement;
  label: string;
  describedBy: string;
  title: string;
  submitLabel: string;
  /** A write is under way: the buttons wait. */
  busy: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/** A quick action's button and its small form in a popover (focus trapped, Esc closes, focus returns to the button). */
export function PopoverForm({ form, action, compact, icon, label, describedBy, title, submitLabel, busy, onSubmit, children }: Props) {
  const t = useT();
  const styles = useStyles();
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Popover trapFocus withArrow open={form.open} onOpenChange={(_, data) => form.openChange(data.open)}>
      <PopoverTrigger disableButtonEnhancement>
        <Button icon={icon} size={compact ? 'small' : 'medium'} disabledFocusable={busy} aria-describedby={describedBy} data-action={action}>
          {label}
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-labelledby={titleId}>
        <form className={styles.form} onSubmit={submit} noValidate>
          <Text weight="semibold" id={titleId}>
            {title}
          </Text>
          {children}
          <div className={styles.buttons}>
            <Button onClick={() => form.openChange(false)}>{t('tab.cancel')}</Button>
            <Button type="submit" appearance="primary" disabled={busy}>
              {busy ? t('tab.saving') : submitLabel}
            </Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
