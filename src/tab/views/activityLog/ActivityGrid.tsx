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
import { memo, useEffect, useRef, type MouseEvent } from 'react';
import type { MessageKey } from '../../../i18n';
import { useCategoryLabel } from '../../categories';
import { formatDate, formatDateTime, todayIn, useLocale, useT } from '../../i18n';
import type { Activity } from '../../types';
import { PriorityBadge, StatusBadge } from '../../components/ActivityBadges';
import { isClosed } from '../../../domain/activity';
import { SortColumn, SortState, isOverdue } from './query';
import { RowFlash, prefersReducedMotion } from './useRowFlash';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  table: { minWidth: '1040px' },
  row: {
    cursor: 'pointer',
    transitionProperty: 'background-color',
    transitionDuration: tokens.durationSlower,
    transitionTimingFunction: tokens.curveEasyEase,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0s' },
  },
  // The row just created or changed, for a moment (the save is also announced).
  flash: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  // Closed items (klar, avförd) are quieter, still readable.
  closed: { color: tokens.colorNeutralForeground2 },
  // Fixed layout: these widths include no padding (8px each side); the title takes what is left.
  key: { width: '56px' },
  category: { width: '112px' },
  owner: { width: '128px' },
  status: { width: '88px' },
  priority: { width: '72px' },
  dueDate: { width: '184px' },
  updatedAt: { width: '112px' },
  actions: { width: '168px' },
  cellText: { paddingTop: 0, paddingBottom: 0 },
  // One line a row: a long title, category or name ends in "…" (the whole of it is in the dialog and in a tooltip).
  oneLine: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  overdue: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    color: tokens.colorStatusDangerForeground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  due: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
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
  /** The row just created or changed: scrolled into view and marked for a moment. */
  flash?: RowFlash | null;
}

/**
 * One page of the activity log as a table: sortable headers (click, Enter or Space; aria-sort),
 * a row opens on click, and each row has named "Öppna" and "Historik" buttons for the keyboard.
 */
export function ActivityGrid({ rows, today, sort, onSort, onOpen, onHistory, flash = null }: ActivityGridProps) {
  const t = useT();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    performance.mark('fs:grid-ready');
  }, []);
  // The marked row, once it is among the rows shown (after a change of page): scrolled into view.
  const shown = flash && rows.some((a) => a.key === flash.key) ? flash : null;
  useEffect(() => {
    if (!shown) return;
    const row = scroller.current?.querySelector(`tr[data-key="${CSS.escape(shown.key)}"]`);
    row?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [shown?.key, shown?.at]);
  return (
    <div className={styles.scroller} ref={scroller}>
      <Table sortable size="small" aria-label={t('tab.activityLog.tableLabel')} className={styles.table} data-testid="activity-grid" data-ready="true">
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
            <GridRow key={a.key} activity={a} overdue={isOverdue(a, today)} flashed={shown?.key === a.key} onOpen={onOpen} onHistory={onHistory} />
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
  flashed: boolean;
  onOpen: (activity: Activity) => void;
  onHistory: (activity: Activity) => void;
}

const GridRow = memo(function GridRow({ activity: a, overdue, flashed, onOpen, onHistory }: GridRowProps) {
  const t = useT();
  const locale = useLocale();
  const category = useCategoryLabel();
  const styles = useStyles();
  const stop = (handler: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    handler();
  };
  return (
    <TableRow
      className={mergeClasses(styles.row, isClosed(a.status) && styles.closed, flashed && styles.flash)}
      onClick={() => onOpen(a)}
      data-key={a.key}
      data-closed={isClosed(a.status)}
      data-highlighted={flashed || undefined}
    >
      <TableCell className={styles.cellText}>{a.key}</TableCell>
      <TableCell className={styles.cellText}>
        <span className={styles.oneLine} title={a.title}>
          {a.title}
        </span>
      </TableCell>
      <TableCell className={styles.cellText}>
        <span className={styles.oneLine}>{category(a.category)}</span>
      </TableCell>
      <TableCell className={styles.cellText}>
        <span className={mergeClasses(styles.oneLine, !a.owner && styles.muted)}>{a.owner?.name ?? t('tab.unassigned')}</span>
      </TableCell>
      <TableCell className={styles.cellText}>
        <StatusBadge status={a.status} />
      </TableCell>
      <TableCell className={styles.cellText}>
        <PriorityBadge priority={a.priority} />
      </TableCell>
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
      <TableCell className={styles.cellText}>
        {/* The day in the row; the time too in its tooltip and in the dialog. */}
        <time className={styles.oneLine} dateTime={a.updatedAt} title={formatDateTime(a.updatedAt, locale)}>
          {formatDate(todayIn('Europe/Stockholm', new Date(a.updatedAt)), locale)}
        </time>
      </TableCell>
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
