import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { formatDate, useLocale, useT } from '../../i18n';
import type { RestlistaGroup, RestlistaItem } from '../../types';
import { FlagBadges } from './FlagBadges';
import { ItemActions } from './ItemActions';
import { type ItemViewProps, PriorityText } from './ItemCard';
import { LatestNote } from './LatestNote';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  top: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: '200px' },
  key: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalS },
  nowrap: { whiteSpace: 'nowrap' },
  priority: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, whiteSpace: 'nowrap' },
  note: { minWidth: '160px', maxWidth: '260px' },
});

type TableProps = Omit<ItemViewProps, 'item'> & { groups: readonly RestlistaGroup[] };

/** The restlista as one compact table, in the cards' order (by owner, then due date): a row per item, the same actions. */
export function RestlistaTable({ groups, ...rest }: TableProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <Table size="small" className={styles.table} aria-label={t('tab.restlista.table.label')} data-testid="restlista-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('tab.restlista.table.item')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.restlista.table.owner')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.restlista.statusLabel')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.restlista.priorityLabel')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.restlista.dueLabel')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.restlista.table.note')}</TableHeaderCell>
          {rest.canEdit && <TableHeaderCell>{t('tab.restlista.table.actions')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.flatMap((group) => group.items.map((item) => <ItemRow key={item.activity.key} item={item} {...rest} />))}
      </TableBody>
    </Table>
  );
}

function ItemRow({ item, meetingDate, canEdit, onSaved, onFailed }: ItemViewProps & { item: RestlistaItem }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const titleId = useId();
  const { activity } = item;
  return (
    <TableRow data-key={activity.key}>
      <TableCell className={styles.top}>
        <div className={styles.item}>
          <span id={titleId} tabIndex={-1} data-item-focus="">
            <span className={styles.key}>{activity.key}</span>
            <Text weight="semibold">{activity.title}</Text>
          </span>
          <FlagBadges item={item} />
        </div>
      </TableCell>
      <TableCell className={styles.top}>{activity.owner?.name ?? t('tab.unassigned')}</TableCell>
      <TableCell className={mergeClasses(styles.top, styles.nowrap)}>{t(`tab.status.${activity.status}`)}</TableCell>
      <TableCell className={styles.top}>
        <span className={styles.priority}>
          <PriorityText priority={activity.priority} />
        </span>
      </TableCell>
      <TableCell className={mergeClasses(styles.top, styles.nowrap)}>{activity.dueDate ? formatDate(activity.dueDate, locale) : t('tab.restlista.noDue')}</TableCell>
      <TableCell className={styles.top}>
        <div className={styles.note}>{item.latestNote ? <LatestNote note={item.latestNote} compact /> : null}</div>
      </TableCell>
      {canEdit && (
        <TableCell className={styles.top}>
          <ItemActions item={item} meetingDate={meetingDate} headingId={titleId} compact onSaved={onSaved} onFailed={onFailed} />
        </TableCell>
      )}
    </TableRow>
  );
}
