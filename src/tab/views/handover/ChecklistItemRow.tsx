import { Button, Caption1, Checkbox, Dialog, DialogTrigger, Link, Text, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api';
import { useDialogSession } from '../../components/DialogFrame';
import { Notice } from '../../components/Notice';
import { formatDateTime, useLocale, useT } from '../../i18n';
import type { ChecklistItem } from '../../types';
import { useHandover } from './HandoverContext';
import { ItemEditSurface } from './ItemEditSurface';
import type { ItemPatch } from './model';
import { useTimeZone } from '../../appContext';
import { isDoneState, isSignOffItem, itemState } from '../../../domain/checklist';
import { ItemStateCaption } from './ItemStateCaption';
import { useRegisterDocuments } from '../documents/RegisterContext';
import { DocumentLink } from '../documents/DocumentLink';

/**
 * One checklist item: a checkbox to tick it (labelled by the item's text), who ticked it and
 * when, who is responsible, the comment and the evidence link; for members "Redigera" and
 * move up/down. A stale save (412) shows that someone else changed the item and offers to
 * make the change again on top of theirs.
 */
const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Fluent greys an unticked (and a disabled) checkbox's label; the open items are the ones to read.
  checkbox: { color: tokens.colorNeutralForeground1 },
  // A box that cannot be ticked now (a signed or locked list, a reader, the sign-off item) still
  // shows its tick plainly: Fluent's disabled grey would make the record hard to read.
  readable: {
    '--fui-Checkbox__indicator--color': tokens.colorNeutralForeground1,
    '--fui-Checkbox__indicator--borderColor': tokens.colorNeutralStrokeAccessible,
  },
  main: { flex: '1 1 360px', minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  details: {
    // Lines up with the checkbox's label.
    paddingLeft: '36px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  url: { wordBreak: 'break-all' },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, flexShrink: 0 },
  notice: { marginTop: tokens.spacingVerticalXS },
});

interface Conflict {
  change: ItemPatch;
  /** The user's change in words ("markera som klar"). */
  label: string;
  theirs: ChecklistItem;
}

export function ChecklistItemRow({ item, index, count }: { item: ChecklistItem; index: number; count: number }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const { checklist, canEdit, patchItem, announce } = useHandover();
  const [pendingDone, setPendingDone] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  // Each opening of "Redigera" starts from the item as it is then.
  const editing = useDialogSession();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusAfterMove = useRef<'up' | 'down' | null>(null);
  const text = item.text[locale];
  const frozen = checklist.locked || checklist.readOnly;
  const state = itemState(checklist, item);
  // The sign-off item is done by the signatures, never by a tick (domain/checklistItemState.ts).
  const tickable = canEdit && !isSignOffItem(item);

  // A moved row is re-inserted in the list, which can take focus away: put it back on the button.
  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const up = document.getElementById(`handover-up-${item.id}`) as HTMLButtonElement | null;
    const down = document.getElementById(`handover-down-${item.id}`) as HTMLButtonElement | null;
    const [first, second] = wanted === 'up' ? [up, down] : [down, up];
    (first && !first.disabled ? first : second)?.focus();
  }, [index, item.id]);

  /** Saves a change with the item's version; true when saved. */
  const save = async (change: ItemPatch, label: string): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await patchItem(item, change);
      setConflict(null);
      return true;
    } catch (e) {
      const err = e as ApiError;
      if (err.status === 412 && err.current) setConflict({ change, label, theirs: err.current as ChecklistItem });
      else setError(err.message);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const tick = async (done: boolean) => {
    if (running.current) return;
    setPendingDone(done);
    const saved = await save({ done }, t(done ? 'tab.handover.change.done' : 'tab.handover.change.undone'));
    setPendingDone(null);
    if (saved) announce(t(done ? 'tab.handover.announce.done' : 'tab.handover.announce.undone', { text }));
  };

  const move = async (direction: 'up' | 'down') => {
    focusAfterMove.current = direction;
    const saved = await save({ position: direction === 'up' ? index - 1 : index + 1 }, t('tab.handover.change.move'));
    if (saved) announce(t('tab.handover.announce.moved', { text }));
    else focusAfterMove.current = null;
  };

  const reapply = async () => {
    if (!conflict) return;
    const saved = await save(conflict.change, conflict.label);
    if (saved) announce(t('tab.handover.announce.saved', { text }));
  };

  return (
    <li className={styles.row} data-item={item.id}>
      <div className={styles.main}>
        <Checkbox
          className={mergeClasses(styles.checkbox, !tickable && styles.readable)}
          label={text}
          checked={pendingDone ?? isDoneState(state)}
          disabled={!tickable}
          aria-busy={busy || undefined}
          onChange={(_, data) => void tick(data.checked === true)}
        />
        <div className={styles.details}>
          <div className={styles.meta}>
            <ItemStateCaption state={state} />
            <Caption1>
              {item.responsible
                ? t('tab.handover.item.responsible', { name: item.responsible.name })
                : t('tab.handover.item.noResponsible')}
            </Caption1>
          </div>
          {item.comment && <Text size={200}>{t('tab.handover.item.comment', { text: item.comment })}</Text>}
          {item.evidenceUrl && (
            <Text size={200}>
              {t('tab.handover.item.evidence')}{' '}
              <Link href={item.evidenceUrl} target="_blank" rel="noreferrer" className={styles.url}>
                {item.evidenceUrl}
              </Link>
            </Text>
          )}
          {item.evidenceDocument && <EvidenceDocument id={item.evidenceDocument} />}
        </div>
        {error && (
          <Notice intent="error" className={styles.notice} alert>
            {error}
          </Notice>
        )}
        {conflict && (
          <Notice
            intent="warning"
            layout="multiline"
            className={styles.notice}
            alert
            title={t('tab.handover.conflict.title')}
            data-testid="item-conflict"
            actions={
              !frozen && (
                <>
                  <Button onClick={() => void reapply()} disabledFocusable={busy}>
                    {t('tab.handover.conflict.reapply')}
                  </Button>
                  <Button appearance="subtle" onClick={() => setConflict(null)}>
                    {t('tab.handover.conflict.dismiss')}
                  </Button>
                </>
              )
            }
          >
            {t('tab.handover.conflict.body', {
              name: conflict.theirs.updatedBy?.name ?? t('tab.handover.conflict.someone'),
              time: formatDateTime(conflict.theirs.updatedAt, locale),
              change: conflict.label,
            })}
          </Notice>
        )}
      </div>
      {canEdit && (
        <div className={styles.actions}>
          <Dialog open={editing.open} onOpenChange={editing.onOpenChange}>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="subtle" icon={<EditRegular />} aria-label={t('tab.handover.item.editLabel', { text })}>
                {t('tab.handover.item.edit')}
              </Button>
            </DialogTrigger>
            <ItemEditSurface key={editing.session} item={item} onDone={editing.close} />
          </Dialog>
          <Tooltip content={t('tab.handover.item.moveUp', { text })} relationship="label">
            <Button
              id={`handover-up-${item.id}`}
              appearance="subtle"
              icon={<ArrowUpRegular />}
              disabled={index === 0}
              disabledFocusable={busy && index !== 0}
              onClick={() => void move('up')}
            />
          </Tooltip>
          <Tooltip content={t('tab.handover.item.moveDown', { text })} relationship="label">
            <Button
              id={`handover-down-${item.id}`}
              appearance="subtle"
              icon={<ArrowDownRegular />}
              disabled={index === count - 1}
              disabledFocusable={busy && index !== count - 1}
              onClick={() => void move('down')}
            />
          </Tooltip>
        </div>
      )}
    </li>
  );
}

/** The item's evidence in the register: the document's title, linking to its file (its id alone while the register is not read). */
function EvidenceDocument({ id }: { id: string }) {
  const t = useT();
  const doc = useRegisterDocuments().find((d) => d.id === id);
  return (
    <Text size={200} data-evidence-document={id}>
      {t('tab.handover.item.evidenceDocument')} {doc ? <DocumentLink doc={doc} /> : id}
    </Text>
  );
}
