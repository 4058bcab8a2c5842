import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type SyntheticEvent, useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { useT } from '../../i18n';
import type { RestlistaItem } from '../../types';
import type { Run } from './actions';
import { DueDateAction } from './DueDateAction';
import { FollowUpAction } from './FollowUpAction';
import { StatusAction } from './StatusAction';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  compact: { gap: tokens.spacingHorizontalXS },
});

/**
 * Which item was saved, through which of its buttons (data-action), and where the item stood in the
 * window when that button was used: the place to keep after the reload.
 */
export interface SavedItem {
  key: string;
  action: string | null;
  top: number | null;
}

export interface ItemActionsProps {
  item: RestlistaItem;
  meetingDate: string;
  /** id of the item's heading, so each button says which item it acts on. */
  headingId: string;
  /** Small buttons (the table mode). */
  compact?: boolean;
  /** After a successful write: reload the restlista, announce `message`, keep the place. */
  onSaved: (message: string, saved: SavedItem) => Promise<void>;
  /** A write failed for a reason the form cannot show (412, 403, network …). */
  onFailed: (error: ApiError, key: string) => void;
}

/** The quick actions of one restlista item (members only): status, new due date, follow-up note. */
export function ItemActions({ item, meetingDate, headingId, compact, onSaved, onFailed }: ItemActionsProps) {
  const t = useT();
  const styles = useStyles();
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const key = item.activity.key;
  // The button that opened the action (the last of them clicked or pressed a key on), and where
  // the item stood then: the form that opens may scroll the page to show itself.
  const opener = useRef<{ action: string | null; top: number | null }>({ action: null, top: null });
  const noteOpener = (event: SyntheticEvent<HTMLElement>) => {
    const button = (event.target as HTMLElement).closest?.('[data-action]');
    if (!button) return;
    const item = button.closest('[data-key]');
    opener.current = { action: button.getAttribute('data-action'), top: item ? item.getBoundingClientRect().top : null };
  };

  const run: Run = useCallback(
    async (write, success, formFields) => {
      setBusy(true);
      try {
        await write();
      } catch (e) {
        setBusy(false);
        const error = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
        if (error.status === 400 && error.field && formFields.includes(error.field)) {
          return { ok: false, fieldError: error.message, field: error.field };
        }
        onFailed(error, key);
        return { ok: false };
      }
      await onSaved(success, { key, ...opener.current });
      setBusy(false);
      return { ok: true };
    },
    [onSaved, onFailed, key],
  );

  const props = { item, headingId, busy, run, api, compact };
  return (
    <div
      role="group"
      aria-label={t('tab.restlista.actions', { key })}
      className={mergeClasses(styles.actions, compact && styles.compact)}
      onClickCapture={noteOpener}
      onKeyDownCapture={noteOpener}
    >
      <StatusAction {...props} />
      <DueDateAction {...props} />
      <FollowUpAction {...props} meetingDate={meetingDate} />
    </div>
  );
}
