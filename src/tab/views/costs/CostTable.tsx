import { makeStyles, mergeClasses, tokens, type useArrowNavigationGroup } from '@fluentui/react-components';
import { type ReactNode, memo, useMemo } from 'react';
import type { CostMeasure, CostRow, CostScenario, CostSection, CostSplit, CostView, ScenarioTotals } from '../../../domain/costModel';
import { useLocale, useT } from '../../i18n';
import { useDifference } from './Difference';
import { formatKronor } from './format';
import { type ShownSection, figuresOf } from './model';
import { RowNote } from './RowNote';
import type { SideMode } from './sideMode';
import { visuallyHidden } from '../../components/visuallyHidden';

const useStyles = makeStyles({
  hidden: visuallyHidden,
  // The table scrolls sideways inside itself (many years), the row names stay in place.
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, width: '100%', fontVariantNumeric: 'tabular-nums' },
  th: {
    textAlign: 'right',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  year: { textAlign: 'center', borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  yearStart: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // The row names: sticky at the left edge while the years scroll under them.
  name: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    textAlign: 'left',
    minWidth: '220px',
    maxWidth: '300px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
    fontWeight: tokens.fontWeightRegular,
  },
  headName: { backgroundColor: tokens.colorNeutralBackground2, zIndex: 2, verticalAlign: 'bottom' },
  td: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    // Level with the editable amounts (buttons a little taller than a line of text).
    verticalAlign: 'middle',
    minWidth: '104px',
    position: 'relative',
  },
  section: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The section's title stays visible at the left while the row scrolls.
  sticky: { position: 'sticky', left: tokens.spacingHorizontalS },
  subtotal: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  total: {
    fontWeight: tokens.fontWeightBold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  retired: { color: tokens.colorNeutralForeground3 },
  retiredMark: { fontStyle: 'italic', marginLeft: tokens.spacingHorizontalXS },
  rowName: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalXS },
  empty: { padding: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3, fontStyle: 'italic', textAlign: 'left' },
});

const MEASURES: readonly CostMeasure[] = ['budget', 'outcome'];

/** What the table needs to draw an editable amount; the table itself only reads. */
export interface AmountSlot {
  row: CostRow;
  year: number;
  measure: CostMeasure;
  /** The shown figure (from the API's totals). */
  kronor: number;
  /** The text of the shown figure, e.g. "12 000 kr". */
  text: string;
}

export interface CostTableProps {
  view: CostView;
  scenario: CostScenario;
  totals: ScenarioTotals | undefined;
  sections: readonly ShownSection[];
  side: SideMode;
  /** Draws an editable amount (editors, on a side of their own), or undefined for text; without it every amount is text. */
  amount?: (slot: AmountSlot) => ReactNode;
  /** Row actions beside the name (the förvaltningsledare's menu). */
  rowActions?: (row: CostRow, section: ShownSection) => ReactNode;
  /** The arrow-key grid (Tabster) for the table's focusable cells. */
  gridAttributes?: ReturnType<typeof useArrowNavigationGroup>;
}

/**
 * The calculation of one scenario and side: a column group per year (budget, utfall, differens),
 * the rows grouped by section with a subtotal per section and the total at the bottom. Every
 * figure is the API's (`totals`): rows, sections and years alike.
 */
export const CostTable = memo(function CostTable({ view, scenario, totals, sections, side, amount, rowActions, gridAttributes }: CostTableProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const difference = useDifference(t, locale);
  const { years } = view.calculation;
  const columnCount = 1 + years.length * 3;
  // A year nobody has entered any utfall for yet (the years ahead) shows "–", not 0 kr and the whole budget as a difference.
  const { cells } = view.calculation;
  const yearsWithOutcome = useMemo(() => new Set(Object.keys(cells).filter((k) => k.startsWith('o|')).map((k) => Number(k.split('|')[2]))), [cells]);
  const notYet = (
    <>
      <span aria-hidden="true">–</span>
      <span className={styles.hidden}>{t('tab.costs.noOutcome')}</span>
    </>
  );
  const sideName = t(`tab.costs.sideLower.${side}`);
  const label = t('tab.costs.table.label', { scenario: scenario.name, side: sideName });

  const figureCells = (split: Record<number, CostSplit> | undefined, key: string) =>
    years.flatMap((year) => {
      const f = figuresOf(split?.[year], side);
      return [
        <td key={`${key}b${year}`} className={mergeClasses(styles.td, styles.yearStart)}>
          {formatKronor(f.budget, locale)}
        </td>,
        <td key={`${key}o${year}`} className={styles.td}>
          {yearsWithOutcome.has(year) ? formatKronor(f.outcome, locale) : notYet}
        </td>,
        <td key={`${key}d${year}`} className={styles.td}>
          {yearsWithOutcome.has(year) ? difference(f.difference) : notYet}
        </td>,
      ];
    });

  return (
    <div className={styles.scroller} role="region" aria-label={label} tabIndex={0} data-testid="costs-table-region">
      <table className={styles.table} aria-label={label} data-testid="costs-table" {...gridAttributes}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={mergeClasses(styles.th, styles.name, styles.headName)}>
              {t('tab.costs.table.row')}
            </th>
            {years.map((year) => (
              <th key={year} scope="colgroup" colSpan={3} className={mergeClasses(styles.th, styles.year)}>
                {year}
              </th>
            ))}
          </tr>
          <tr>
            {years.flatMap((year) => [
              <th key={`b${year}`} scope="col" className={mergeClasses(styles.th, styles.yearStart)}>
                {t('tab.costs.col.budget')}
              </th>,
              <th key={`o${year}`} scope="col" className={styles.th}>
                {t('tab.costs.col.outcome')}
              </th>,
              <th key={`d${year}`} scope="col" className={styles.th}>
                {t('tab.costs.col.difference')}
              </th>,
            ])}
          </tr>
        </thead>
        {sections.map((shown) => {
          const sectionName = t(`tab.costs.section.${shown.section}`);
          return (
            <tbody key={shown.section} data-section={shown.section}>
              <tr>
                <th scope="rowgroup" colSpan={columnCount} className={styles.section}>
                  <span className={styles.sticky}>{sectionName}</span>
                </th>
              </tr>
              {shown.rows.length === 0 && (
                <tr>
                  <td colSpan={columnCount} className={styles.empty}>
                    <span className={styles.sticky}>{t('tab.costs.emptySection')}</span>
                  </td>
                </tr>
              )}
              {shown.rows.map((row) => (
                <tr key={row.id} data-row={row.id} className={row.retired ? styles.retired : undefined}>
                  <th scope="row" className={styles.name}>
                    <div className={styles.rowName}>
                      <span>
                        {row.name}
                        {row.retired && <span className={styles.retiredMark}>({t('tab.costs.retired')})</span>}
                      </span>
                      {rowActions?.(row, shown)}
                    </div>
                    <RowNote note={row.note} />
                  </th>
                  {years.flatMap((year) => {
                    const f = figuresOf(totals?.rows[row.id]?.[year], side);
                    return [
                      ...MEASURES.map((measure, i) => {
                        const kronor = measure === 'budget' ? f.budget : f.outcome;
                        const text = measure === 'outcome' && !yearsWithOutcome.has(year) ? '–' : formatKronor(kronor, locale);
                        return (
                          <td key={`${measure}${year}`} className={mergeClasses(styles.td, i === 0 && styles.yearStart)}>
                            {amount?.({ row, year, measure, kronor, text }) ?? text}
                          </td>
                        );
                      }),
                      <td key={`d${year}`} className={styles.td}>
                        {yearsWithOutcome.has(year) ? difference(f.difference) : notYet}
                      </td>,
                    ];
                  })}
                </tr>
              ))}
              <tr className={styles.subtotal} data-subtotal={shown.section}>
                <th scope="row" className={mergeClasses(styles.name, styles.subtotal)}>
                  {t('tab.costs.subtotal', { section: sectionName })}
                </th>
                {figureCells(totals?.sections[shown.section as CostSection], shown.section)}
              </tr>
            </tbody>
          );
        })}
        <tbody>
          <tr className={styles.total} data-testid="costs-total">
            <th scope="row" className={mergeClasses(styles.name, styles.total)}>
              {t('tab.costs.total')}
            </th>
            {figureCells(totals?.years, 'total')}
          </tr>
        </tbody>
      </table>
    </div>
  );
});
