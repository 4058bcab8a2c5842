import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

interface NoticeProps {
  intent: MessageBarIntent;
  /** In bold before the text. */
  title?: ReactNode;
  children: ReactNode;
  /** Buttons at the end of the bar. */
  actions?: ReactNode;
  /** With a ✕ (named by dismissLabel) that calls this. */
  onDismiss?: () => void;
  dismissLabel?: string;
  /** Said at once by screen readers (an error the user must know about). */
  alert?: boolean;
  layout?: 'multiline';
  className?: string;
  'data-testid'?: string;
}

/** A message bar above what it is about: what happened (a title and the text) and what the user can do. */
export function Notice({ intent, title, children, actions, onDismiss, dismissLabel, alert, layout, className, 'data-testid': testId }: NoticeProps) {
  return (
    // MessageBar is a role="group" unless told otherwise: the role is only passed when it changes.
    <MessageBar intent={intent} layout={layout} {...(alert ? { role: 'alert' } : {})} className={className} data-testid={testId}>
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {(actions || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss && <Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={dismissLabel} onClick={onDismiss} />
          }
        >
          {actions}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** An error the user must know about (role="alert"), or nothing while there is none. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <Notice intent="error" alert>
      {message}
    </Notice>
  ) : null;
}
