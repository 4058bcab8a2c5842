import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, Delete16Regular, Edit16Regular, ArrowUndo16Regular, MoreHorizontal16Regular, Archive16Regular } from '@fluentui/react-icons';
import type { CostRow } from '../../../domain/costModel';
import { useT } from '../../i18n';

export type RowAction = 'edit' | 'up' | 'down' | 'retire' | 'restore' | 'delete';

/**
 * A row's menu for the förvaltningsledare: rename or change the note, move within the section,
 * retire or restore, delete (the server refuses a row with amounts, and says so).
 */
export function RowActions({ row, first, last, onAction }: { row: CostRow; first: boolean; last: boolean; onAction: (action: RowAction, row: CostRow) => void }) {
  const t = useT();
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" icon={<MoreHorizontal16Regular />} aria-label={t('tab.costs.rows.actions', { row: row.name })} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<Edit16Regular />} onClick={() => onAction('edit', row)}>
            {t('tab.costs.rows.edit')}
          </MenuItem>
          {!first && (
            <MenuItem icon={<ArrowUp16Regular />} onClick={() => onAction('up', row)}>
              {t('tab.costs.rows.moveUp')}
            </MenuItem>
          )}
          {!last && (
            <MenuItem icon={<ArrowDown16Regular />} onClick={() => onAction('down', row)}>
              {t('tab.costs.rows.moveDown')}
            </MenuItem>
          )}
          {row.retired ? (
            <MenuItem icon={<ArrowUndo16Regular />} onClick={() => onAction('restore', row)}>
              {t('tab.costs.rows.restore')}
            </MenuItem>
          ) : (
            <MenuItem icon={<Archive16Regular />} onClick={() => onAction('retire', row)}>
              {t('tab.costs.rows.retire')}
            </MenuItem>
          )}
          <MenuItem icon={<Delete16Regular />} onClick={() => onAction('delete', row)}>
            {t('tab.costs.rows.delete')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
