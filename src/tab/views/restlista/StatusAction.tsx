import { Button, Dialog, Field, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Textarea } from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { DialogFrame } from '../../components/DialogFrame';
import { useT } from '../../i18n';
import type { Status } from '../../types';
import { type ActionProps, settle } from './actions';
import { STATUS_ORDER, isClosing } from './statuses';

/** "Ändra status": a menu of statuses; closing (klar/avförd) asks for the resolution note first. */
export function StatusAction({ item, headingId, busy, run, api, compact }: ActionProps) {
  const t = useT();
  const { key, status: current, version } = item.activity;
  const [closingTo, setClosingTo] = useState<Status | null>(null);
  // The draft survives a failed save (and a conflict): only a successful close clears it.
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<string | undefined>();

  const statusName = (s: Status) => t(`tab.status.${s}`);

  const save = async (status: Status, resolutionNote?: string) => {
    const closing = isClosing(status);
    const message = closing
      ? t('tab.restlista.done.closed', { key, status: statusName(status) })
      : t('tab.restlista.done.status', { key, status: statusName(status) });
    const body = closing ? { status, resolution: resolutionNote } : { status };
    const result = await run(() => api.activities.update({ params: { key }, body, ifMatch: version }), message, ['resolution']);
    settle(result, { close: () => setClosingTo(null), clear: () => setResolution(''), showError: setError });
  };

  const choose = (status: Status) => {
    if (isClosing(status)) {
      setError(undefined);
      setClosingTo(status);
    } else {
      void save(status);
    }
  };

  const submitClose = (event: FormEvent) => {
    event.preventDefault();
    if (!closingTo) return;
    if (!resolution.trim()) {
      setError(t('tab.restlista.required'));
      return;
    }
    void save(closingTo, resolution.trim());
  };

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            icon={<ArrowSync20Regular />}
            size={compact ? 'small' : 'medium'}
            disabledFocusable={busy}
            aria-describedby={headingId}
            data-action="status"
          >
            {t('tab.restlista.action.status')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {STATUS_ORDER.map((s) => (
              <MenuItem key={s} disabled={s === current} onClick={() => choose(s)}>
                {s === current ? t('tab.restlista.action.statusCurrent', { status: statusName(s) }) : statusName(s)}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={closingTo !== null} onOpenChange={(_, data) => !data.open && setClosingTo(null)}>
        <DialogFrame
          title={closingTo && t('tab.restlista.resolution.title', { key, status: statusName(closingTo) })}
          gap={false}
          onSubmit={submitClose}
          actions={
            <>
              <Button appearance="secondary" onClick={() => setClosingTo(null)}>
                {t('tab.cancel')}
              </Button>
              <Button type="submit" appearance="primary" disabled={busy}>
                {busy ? t('tab.saving') : t('tab.restlista.resolution.save')}
              </Button>
            </>
          }
        >
          <p>{item.activity.title}</p>
          <Field label={t('tab.restlista.resolution.label')} hint={t('tab.restlista.resolution.hint')} required validationMessage={error}>
            <Textarea value={resolution} onChange={(_, data) => setResolution(data.value)} resize="vertical" rows={3} />
          </Field>
        </DialogFrame>
      </Dialog>
    </>
  );
}
