import { makeStyles } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles({ hidden: visuallyHidden });

/**
 * A message for screen readers only, in a polite live region (role="status"), where what
 * changed on the screen is what the eye sees.
 */
export function ScreenReaderStatus({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.hidden}>
      {message}
    </div>
  );
}

/**
 * The message of a <ScreenReaderStatus> and the function that says something. Each call makes a
 * new string (a no-break space is added when the words are the same as last time), so the same
 * words are announced again.
 */
export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)), []);
  return [message, announce];
}
