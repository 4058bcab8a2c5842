import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { HistoryRegular, OpenRegular, WarningFilled } from '@fluentui/react-icons';
import { memo, useEffect, type MouseEvent } from 'react';
import type { MessageKey } from '../../../i18n';
import { useCategoryLabel } from '../../categories';
import { formatDate, formatDateTime, useLocale, useT } from '../../i18n';
import type { Activity } from '../../types';
import { SortColumn, SortState, isOverdue } from './query';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  table: { minWidth: '1040px' },
  row: { cursor: 'pointer' },
  // Fixed layout: these widths include no padding (8px each side); the title takes what is left.
  key: { width: '56px' },
    category: { width: '112px' },
  owner: { width: '112px' },
  status: { width: '88px' },
  priority: { width: '72px' },
  dueDate: { width: '104px' },
  updatedAt: { width: '104px' },
  actions: { width: '168px' },
  cellText: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'break-word' },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  overdue: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    color: tokens.colorStatusDangerForeground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  due: { display: 'flex', flexDirection: 'column' },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
  empty: { padding: tokens.spacingVerticalL },
});

type ColumnId = SortColumn | 'category' | 'actions';
const widthOf = (id: ColumnId, styles: ReturnType<typeof useStyles>) => (id === 'title' ? undefined : styles[id]);
const COLUMNS: { id: ColumnId; label: MessageKey; sortable: boolean }[] = [
  { id: 'key', label: 'tab.activityLog.field.key', sortable: true },
  { id: 'title', label: 'tab.activityLog.field.title', sortable: true },
  { id: 'category', label: 'tab.activityLog.field.category', sortable: false },
  { id: 'owner', label: 'tab.activityLog.field.owner', sortable: true },
  { id: 'status', label: 'tab.activityLog.field.status', sortable: true },
  { id: 'priority', label: 'tab.activityLog.field.priority', sortable: true },
  { id: 'dueDate', label: 'tab.activityLog.field.dueDate', sortable: true },
  { id: 'updatedAt', label: 'tab.activityLog.field.updatedAt', sortable: true },
  { id: 'actions', label: 'tab.activityLog.field.actions', sortable: false },
];

export interface ActivityGridProps {
  rows: readonly Activity[];
  today: string;
  sort: SortState;
  onSort: (column: SortColumn) => void;
  onOpen: (activity: Activity) => void;
  onHistory: (activity: Activity) => void;
}

/**
 * One page of the activity log as a table: sortable headers (click, Enter or Space; aria-sort),
 * a row opens on click, and each row has named "Öppna" and "Historik" buttons for the keyboard.
 */
export function ActivityGrid({ rows, today, sort, onSort, onOpen, onHistory }: ActivityGridProps) {
  const t = useT();
  const styles = useStyles();
  useEffect(() => {
    performance.mark('fs:grid-ready');
  }, []);
  return (
    <div className={styles.scroller}>
      <Table sortable aria-label={t('tab.activityLog.tableLabel')} className={styles.table} data-testid="activity-grid" data-ready="true">
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) =>
              c.sortable ? (
                <TableHeaderCell
                  key={c.id}
                  className={widthOf(c.id, styles)}
                  sortDirection={sort.column === c.id ? sort.direction : undefined}
                  onClick={() => onSort(c.id as SortColumn)}
                >
                  {t(c.label)}
                </TableHeaderCell>
              ) : (
                <TableHeaderCell key={c.id} className={widthOf(c.id, styles)} sortable={false}>
                  {t(c.label)}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((a) => (
            <GridRow key={a.key} activity={a} overdue={isOverdue(a, today)} onOpen={onOpen} onHistory={onHistory} />
          ))}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS.length} className={styles.empty}>
                {t('tab.activityLog.noMatches')}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

interface GridRowProps {
  activity: Activity;
  overdue: boolean;
  onOpen: (activity: Activity) => void;
  onHistory: (activity: Activity) => void;
}

const GridRow = memo(function GridRow({ activity: a, overdue, onOpen, onHistory }: GridRowProps) {
  const t = useT();
  const locale = useLocale();
  const category = useCategoryLabel();
  const styles = useStyles();
  const stop = (handler: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    handler();
  };
  return (
    <TableRow className={styles.row} onClick={() => onOpen(a)} data-key={a.key}>
      <TableCell className={styles.cellText}>{a.key}</TableCell>
      <TableCell className={styles.cellText}>{a.title}</TableCell>
      <TableCell className={styles.cellText}>{category(a.category)}</TableCell>
      <TableCell className={mergeClasses(styles.cellText, !a.owner && styles.muted)}>{a.owner?.name ?? t('tab.unassigned')}</TableCell>
      <TableCell className={styles.cellText}>{t(`tab.status.${a.status}`)}</TableCell>
      <TableCell className={styles.cellText}>{t(`tab.priority.${a.priority}`)}</TableCell>
      <TableCell className={styles.cellText}>
        <span className={styles.due}>
          <span className={a.dueDate ? undefined : styles.muted}>{a.dueDate ? formatDate(a.dueDate, locale) : t('tab.noDate')}</span>
          {overdue && (
            <span className={styles.overdue} data-testid="overdue">
              <WarningFilled aria-hidden="true" />
              {t('tab.activityLog.overdue')}
            </span>
          )}
        </span>
      </TableCell>
      <TableCell className={styles.cellText}>{formatDateTime(a.updatedAt, locale)}</TableCell>
      <TableCell>
        <span className={styles.buttons}>
          <Button size="small" icon={<OpenRegular />} aria-label={t('tab.activityLog.openLabel', { key: a.key })} onClick={stop(() => onOpen(a))}>
            {t('tab.activityLog.open')}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<HistoryRegular />}
            aria-label={t('tab.activityLog.historyLabel', { key: a.key })}
            onClick={stop(() => onHistory(a))}
          >
            {t('tab.activityLog.history')}
          </Button>
        </span>
      </TableCell>
    </TableRow>
  );
});
