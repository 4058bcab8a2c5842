import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  saved: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minHeight: '20px' },
  icon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
});

interface SavedStatusProps {
  message: string;
  /** With a green tick before the text (the default), or the text alone. */
  tick?: boolean;
  className?: string;
  'data-testid'?: string;
}

/**
 * "Sparat" and the like, beside what was saved, in a polite live region (role="status"): screen
 * readers read it when it changes, without moving focus. The region is always there, so the
 * first message is announced too; an empty message clears it.
 */
export function SavedStatus({ message, tick = true, className, 'data-testid': testId }: SavedStatusProps) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={tick ? mergeClasses(styles.saved, className) : className} data-testid={testId}>
      {message &&
        (tick ? (
          <>
            <CheckmarkCircle20Regular className={styles.icon} />
            <Text>{message}</Text>
          </>
        ) : (
          <Text>{message}</Text>
        ))}
    </div>
  );
}
