import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef } from 'react';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusWarningBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface ConflictFrameProps {
  /** "Någon annan sparade först". */
  title: string;
  /** Who saved, what and when. */
  body: string;
  /** Changes when a new conflict arrives (the record's version): the focus moves to the explanation again. */
  focusKey: unknown;
  /** What differs: the record's own table or list. */
  children: ReactNode;
  /** The ways on (keep theirs, save mine): nothing is dropped without the user choosing it. */
  actions: ReactNode;
  className?: string;
  'data-testid'?: string;
}

/**
 * The frame of every 412 panel (activity, document, cost cell): a warning that says who saved
 * first and when, taking the focus when a conflict arrives so it is read and seen first; then what
 * differs, and the buttons. Each record's panel fills in what differs.
 */
export function ConflictFrame({ title, body, focusKey, children, actions, className, 'data-testid': testId }: ConflictFrameProps) {
  const styles = useStyles();
  const titleId = useId('conflict-title');
  const focusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    focusRef.current?.focus();
  }, [focusKey]);
  return (
    <section className={mergeClasses(styles.panel, className)} aria-labelledby={titleId} data-testid={testId}>
      <div ref={focusRef} tabIndex={-1}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle id={titleId}>{title}</MessageBarTitle>
            {body}
          </MessageBarBody>
        </MessageBar>
      </div>
      {children}
      <div className={styles.actions}>{actions}</div>
    </section>
  );
}
