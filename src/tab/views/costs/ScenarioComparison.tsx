import { Badge, Caption1, Field, Select, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CostScenario, CostView } from '../../../domain/costModel';
import { useLocale, useT } from '../../i18n';
import { formatKronor, formatSignedKronor } from './format';
import { figuresOf, totalsOf } from './model';
import { useDecidedLabel } from './ScenarioSwitcher';
import type { SideMode } from './sideMode';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  against: { maxWidth: '320px' },
  scroller: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: { borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
    verticalAlign: 'top',
    whiteSpace: 'nowrap',
  },
  name: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, whiteSpace: 'normal', minWidth: '180px' },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  reference: { backgroundColor: tokens.colorNeutralBackground2 },
  vs: { display: 'block', color: tokens.colorNeutralForeground2 },
  badge: { marginLeft: tokens.spacingHorizontalS },
});

/**
 * Jämför scenarier: every scenario's budget per year and in all, side by side (the side chosen
 * above), the decided one marked, and each against one chosen for comparison — the difference
 * written with its sign and the name it is against, so it reads without colour. All figures are
 * the API's totals.
 */
export function ScenarioComparison({ view, side, shown }: { view: CostView; side: SideMode; shown: CostScenario }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const decidedLabel = useDecidedLabel();
  const { scenarios, years } = view.calculation;
  const [againstId, setAgainst] = useState<string | null>(null);
  const against = scenarios.find((s) => s.id === againstId) ?? scenarios.find((s) => s.decided) ?? shown;
  const budget = (scenario: string, year: number | 'all') => {
    const totals = totalsOf(view, scenario);
    return figuresOf(year === 'all' ? totals?.all : totals?.years[year], side).budget;
  };
  const columns: (number | 'all')[] = [...years, 'all'];
  const sideName = t(`tab.costs.sideLower.${side}`);

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="costs-compare">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('tab.costs.compare.heading')}
      </Subtitle2>
      <Field label={t('tab.costs.compare.against')} className={styles.against}>
        <Select value={against.id} onChange={(_, d) => setAgainst(d.value)} data-testid="costs-compare-against">
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.scroller} role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className={styles.table} aria-label={`${t('tab.costs.compare.label')}, ${sideName}`}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.name, styles.head)}>
                {t('tab.costs.compare.scenario')}
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  {c === 'all' ? t('tab.costs.compare.all') : c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id} data-scenario={s.id} className={s.id === against.id ? styles.reference : undefined}>
                <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
                  {s.name}
                  {s.decided && (
                    <Badge appearance="tint" color="success" className={styles.badge}>
                      {decidedLabel(s)}
                    </Badge>
                  )}
                </th>
                {columns.map((c) => {
                  const amount = budget(s.id, c);
                  const diff = amount - budget(against.id, c);
                  return (
                    <td key={c} className={styles.cell}>
                      {formatKronor(amount, locale)}
                      {s.id !== against.id && (
                        <Caption1 className={styles.vs}>
                          {t('tab.costs.compare.vs', { name: against.name, change: diff === 0 ? t('tab.costs.compare.same') : formatSignedKronor(diff, locale) })}
                        </Caption1>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
