import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, type TableHeaderCellProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface Column<Row> {
  id: string;
  header: ReactNode;
  /** More of the header cell (a class, scope …). */
  headerProps?: TableHeaderCellProps;
  cell: (row: Row) => ReactNode;
  cellClassName?: string;
}

interface DataTableProps<Row> {
  /** `false` stands for a column not shown (`canRemove && { … }`). */
  columns: readonly (Column<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** data-* attributes of a row, to find it by. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  /** A <caption> above the header (or name the table with `label` or `labelledBy`). */
  caption?: string;
  captionClassName?: string;
  label?: string;
  labelledBy?: string;
  className?: string;
  'data-testid'?: string;
}

/** A small table: a header row of column names, then a row per item with a cell per column. */
export function DataTable<Row>({ columns, rows, rowKey, rowData, caption, captionClassName, label, labelledBy, className, 'data-testid': testId }: DataTableProps<Row>) {
  const shown = columns.filter((c): c is Column<Row> => c !== false);
  return (
    <Table className={className} size="small" aria-label={label} aria-labelledby={labelledBy} data-testid={testId}>
      {caption && <caption className={captionClassName}>{caption}</caption>}
      <TableHeader>
        <TableRow>
          {shown.map((c) => (
            <TableHeaderCell key={c.id} {...c.headerProps}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)} {...rowData?.(row)}>
            {shown.map((c) => (
              <TableCell key={c.id} className={c.cellClassName}>
                {c.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
