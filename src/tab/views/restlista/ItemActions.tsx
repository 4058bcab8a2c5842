import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
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
});

export interface ItemActionsProps {
  item: RestlistaItem;
  meetingDate: string;
  /** id of the item's heading, so each button says which item it acts on. */
  headingId: string;
  /** After a successful write: reload the restlista and announce `message`. */
  onSaved: (message: string) => Promise<void>;
  /** A write failed for a reason the form cannot show (412, 403, network …). */
  onFailed: (error: ApiError, key: string) => void;
}

/** The quick actions of one restlista item (members only): status, new due date, follow-up note. */
export function ItemActions({ item, meetingDate, headingId, onSaved, onFailed }: ItemActionsProps) {
  const t = useT();
  const styles = useStyles();
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const key = item.activity.key;

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
      await onSaved(success);
      setBusy(false);
      return { ok: true };
    },
    [onSaved, onFailed, key],
  );

  return (
    <div role="group" aria-label={t('tab.restlista.actions', { key })} className={styles.actions}>
      <StatusAction item={item} headingId={headingId} busy={busy} run={run} api={api} />
      <DueDateAction item={item} headingId={headingId} busy={busy} run={run} api={api} />
      <FollowUpAction item={item} headingId={headingId} busy={busy} run={run} api={api} meetingDate={meetingDate} />
    </div>
  );
}
