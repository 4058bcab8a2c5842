import { Button, Caption1, Dialog, DialogTrigger, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { DialogFrame } from '../../components/DialogFrame';
import { ErrorAlert, Notice } from '../../components/Notice';
import { formatDateTime, useLocale, useT } from '../../i18n';
import type { Activity, Person } from '../../types';
import { ActivityFormFields } from './ActivityFormFields';
import { ConflictPanel } from './ConflictPanel';
import { EditorCallbacks, useActivityEditor } from './useActivityEditor';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: 'calc(100vw - 32px)' },
  subtitle: { display: 'block', color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground2 },
});

export interface ActivityDialogProps extends Omit<EditorCallbacks, 'onClose'> {
  /** The item to edit, as the grid shows it now; null for a new one. */
  target: Activity | null;
  people: readonly Person[];
  peopleError?: string;
  /** activity.edit (or activity.create for a new item); without it the dialog is read-only. */
  canEdit: boolean;
  canDelete: boolean;
  onClose: () => void;
}

/** Create or edit an item of the log; shows a 412 as a conflict panel with both sides' changes. */
export function ActivityDialog({ target, people, peopleError, canEdit, canDelete, onClose, ...callbacks }: ActivityDialogProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const editor = useActivityEditor(target, people, { ...callbacks, onClose });
  const [confirm, setConfirm] = useState<'close' | 'delete' | null>(null);
  const { opened, conflict, busy } = editor;
  const readOnly = !canEdit;

  const requestClose = () => {
    if (busy) return;
    if (editor.dirty && !readOnly) setConfirm('close');
    else onClose();
  };
  const title = !opened
    ? t('tab.activityLog.dialog.newTitle')
    : readOnly
      ? t('tab.activityLog.dialog.viewTitle', { key: opened.key })
      : t('tab.activityLog.dialog.editTitle', { key: opened.key });

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && requestClose()}>
      <DialogFrame
        className={styles.surface}
        title={
          <>
            {title}
            {opened && <Caption1 className={styles.subtitle}>{opened.title}</Caption1>}
          </>
        }
        titleAction={
          <DialogTrigger action="close" disableButtonEnhancement>
            <Button appearance="subtle" aria-label={t('tab.close')} icon={<DismissRegular />} />
          </DialogTrigger>
        }
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly && !conflict && !busy) void editor.save();
        }}
        startActions={
          opened &&
          canDelete &&
          !readOnly && (
            <Button icon={<DeleteRegular />} disabled={busy !== null} onClick={() => setConfirm('delete')}>
              {t('tab.activityLog.delete')}
            </Button>
          )
        }
        actions={
          <>
            <Button disabled={busy !== null} onClick={requestClose}>
              {readOnly ? t('tab.close') : t('tab.cancel')}
            </Button>
            {!readOnly && (
              <Button type="submit" appearance="primary" disabledFocusable={busy !== null || conflict !== null}>
                {busy === 'save'
                  ? t(opened ? 'tab.saving' : 'tab.activityLog.dialog.creating')
                  : t(opened ? 'tab.save' : 'tab.activityLog.dialog.create')}
              </Button>
            )}
          </>
        }
      >
        {conflict && opened && (
          <ConflictPanel
            opened={opened}
            current={conflict}
            mine={editor.mine}
            busy={busy !== null}
            onReapply={() => void editor.reapply()}
            onUseTheirs={editor.useTheirs}
          />
        )}
        <ErrorAlert message={editor.failure} />
        {readOnly && (
          <MessageBar intent="info">
            <MessageBarBody>{t('tab.activityLog.dialog.readOnly')}</MessageBarBody>
          </MessageBar>
        )}
        {peopleError && !readOnly && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('tab.activityLog.dialog.noPeople', { message: peopleError })}</MessageBarBody>
          </MessageBar>
        )}
        <ActivityFormFields
          values={editor.values}
          errors={editor.errors}
          readOnly={readOnly}
          people={people}
          owner={editor.mine.owner}
          onChange={editor.change}
          onOwner={editor.chooseOwner}
        />
        {opened && (
          <Caption1 className={styles.meta}>
            {t('tab.activityLog.dialog.meta', {
              createdBy: opened.createdBy.name,
              createdAt: formatDateTime(opened.createdAt, locale),
              updatedBy: opened.updatedBy.name,
              updatedAt: formatDateTime(opened.updatedAt, locale),
            })}
          </Caption1>
        )}
        {confirm && (
          <Notice
            intent="warning"
            layout="multiline"
            alert
            actions={
              <>
                {confirm === 'close' ? (
                  <Button onClick={onClose}>{t('tab.activityLog.dialog.discard')}</Button>
                ) : (
                  <Button
                    icon={<DeleteRegular />}
                    disabled={busy !== null}
                    onClick={() => {
                      setConfirm(null);
                      void editor.remove();
                    }}
                  >
                    {t('tab.activityLog.delete.yes')}
                  </Button>
                )}
                <Button autoFocus onClick={() => setConfirm(null)}>
                  {confirm === 'close' ? t('tab.activityLog.dialog.keepEditing') : t('tab.cancel')}
                </Button>
              </>
            }
          >
            {confirm === 'close' ? t('tab.activityLog.dialog.unsaved') : t('tab.activityLog.delete.confirm', { key: opened?.key ?? '' })}
          </Notice>
        )}
      </DialogFrame>
    </Dialog>
  );
}
