import { useCallback } from 'react';
import type { CostRow, CostView } from '../../../domain/costModel';
import { useApp } from '../../appContext';
import { useT } from '../../i18n';
import type { CostDialog } from './CostDialogs';
import type { RowAction } from './RowActions';
import type { WriteResult } from './useCostWrites';

interface Options {
  view: CostView;
  write: (call: () => Promise<CostView>) => Promise<WriteResult>;
  announce: (text: string) => void;
  onError: (message: string) => void;
  onDialog: (dialog: CostDialog) => void;
}

/**
 * What a row's menu does: moving (a place up or down within its section) and retiring or
 * restoring are written at once and announced; changing and deleting open their dialog. A 412
 * has brought the calculation as it is now: the user is told to do it again if still needed.
 */
export function useRowActions({ view, write, announce, onError, onDialog }: Options) {
  const t = useT();
  const { api } = useApp();
  const { version, rows } = view.calculation;

  const patch = useCallback(
    async (row: CostRow, body: { position?: number; retired?: boolean }, done: string) => {
      const result = await write(() => api.costs.changeRow({ params: { id: row.id }, body, ifMatch: version }));
      if (result.ok) {
        announce(done);
        // A retired row may be hidden now: then the focus to the table rather than lost.
        if (body.retired)
          setTimeout(() => {
            const menu = document.querySelector<HTMLElement>(`tr[data-row="${row.id}"] button[aria-haspopup="menu"]`);
            (menu ?? document.querySelector<HTMLElement>('[data-testid="costs-table-region"]'))?.focus();
          }, 0);
      }
      else onError(result.error.status === 412 ? t('tab.costs.conflict.other') : result.error.message);
    },
    [api, write, version, announce, onError, t],
  );

  return useCallback(
    (action: RowAction, row: CostRow) => {
      const place = rows.filter((r) => r.section === row.section).findIndex((r) => r.id === row.id);
      switch (action) {
        case 'edit':
          return onDialog({ kind: 'editRow', row });
        case 'delete':
          return onDialog({ kind: 'deleteRow', row });
        case 'up':
        case 'down':
          return void patch(row, { position: place + (action === 'up' ? -1 : 1) }, t('tab.costs.rows.moved', { row: row.name }));
        case 'retire':
        case 'restore':
          return void patch(row, { retired: action === 'retire' }, t(action === 'retire' ? 'tab.costs.rows.retiredDone' : 'tab.costs.rows.restored', { row: row.name }));
      }
    },
    [rows, onDialog, patch, t],
  );
}
