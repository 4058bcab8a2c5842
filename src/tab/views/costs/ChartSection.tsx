import { Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { type RefObject, Suspense, lazy, useId, useLayoutEffect, useRef, useState } from 'react';
import type { VerticalStackedChartProps } from '@fluentui/react-charts';
import { COST_SECTIONS, type ScenarioTotals } from '../../../domain/costModel';
import { DataTable } from '../../components/DataTable';
import { intlTag, useLocale, useT } from '../../i18n';
import { formatCompactKronor, formatKronor } from './format';
import { figuresOf } from './model';
import type { SideMode } from './sideMode';

// The chart library is large: its own chunk, fetched when the view shows the chart.
const CostChart = lazy(() => import('./CostChart'));

/**
 * One colour per section: the theme's palette tokens, read as the colours they are now (the chart
 * draws SVG attributes, where a CSS variable does not work), so the chart follows light, dark and
 * high contrast like the rest of the tab.
 */
const SECTION_TOKENS = ['--colorPaletteBlueForeground2', '--colorPaletteDarkOrangeForeground2', '--colorPaletteLightGreenForeground2', '--colorPaletteBerryForeground2'];
const FALLBACK = ['#0f6cbd', '#c43501', '#107c10', '#c239b3'];
/** High contrast gives every palette token the same colour: then the high-contrast colours Teams itself uses, each its own. */
const HIGH_CONTRAST = ['#ffffff', '#ffff01', '#3ff23f', '#1aebff'];

function useThemeColours(): [RefObject<HTMLElement | null>, string[]] {
  const ref = useRef<HTMLElement>(null);
  const [colours, setColours] = useState(FALLBACK);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const style = getComputedStyle(ref.current);
    const read = SECTION_TOKENS.map((name, i) => style.getPropertyValue(name).trim() || FALLBACK[i]!);
    const now = new Set(read).size < read.length ? HIGH_CONTRAST : read;
    if (now.join() !== colours.join()) setColours(now);
  });
  return [ref, colours];
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  figure: { margin: 0, minHeight: '300px' },
  scroller: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/**
 * Budget och utfall per år: the chart (named as a figure, "the same figures are in the table")
 * and the table of its figures, per section and year, so nothing depends on seeing the chart.
 * The sections' colours are the chart's own data-visualisation palette, which it picks for the
 * theme (light, dark, high contrast); its axes and legends use the theme's tokens.
 */
export function ChartSection({ years, totals, side, scenarioName }: { years: readonly number[]; totals: ScenarioTotals | undefined; side: SideMode; scenarioName: string }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const label = t('tab.costs.chart.label', { scenario: scenarioName });
  const [figureRef, colours] = useThemeColours();
  const rows = COST_SECTIONS.map((section) => ({ section, name: t(`tab.costs.section.${section}`) }));
  const columns = years.flatMap((year) =>
    (['budget', 'outcome'] as const).map((measure) => ({
      id: `${measure}${year}`,
      header: t('tab.costs.chart.bar', { measure: t(measure === 'budget' ? 'tab.costs.col.budget' : 'tab.costs.col.outcome'), year }),
      cell: (r: (typeof rows)[number]) => {
        const f = figuresOf(totals?.sections[r.section]?.[year], side);
        return formatKronor(measure === 'budget' ? f.budget : f.outcome, locale);
      },
      cellClassName: styles.num,
    })),
  );
  const bars: VerticalStackedChartProps[] = years.flatMap((year) =>
    (['budget', 'outcome'] as const).map((measure) => ({
      xAxisPoint: t('tab.costs.chart.bar', { measure: t(measure === 'budget' ? 'tab.costs.col.budget' : 'tab.costs.col.outcome'), year }),
      chartData: rows.map((r, i) => {
        const f = figuresOf(totals?.sections[r.section]?.[year], side);
        const value = measure === 'budget' ? f.budget : f.outcome;
        return { legend: r.name, data: value, color: colours[i], yAxisCalloutData: formatKronor(value, locale) };
      }),
    })),
  );
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('tab.costs.chart.heading')}
      </Subtitle2>
      <figure ref={figureRef} className={styles.figure} role="figure" aria-label={label}>
        <Suspense fallback={<Spinner size="small" label={t('tab.costs.chart.loading')} />}>
          <CostChart data={bars} title={label} culture={intlTag(locale)} formatKronor={(n) => formatCompactKronor(n, locale)} />
        </Suspense>
      </figure>
      <div className={styles.scroller} role="region" aria-label={t('tab.costs.chart.table')} tabIndex={0}>
        <DataTable
          caption={t('tab.costs.chart.table')}
          rows={rows}
          rowKey={(r) => r.section}
          columns={[{ id: 'section', header: t('tab.costs.rows.section'), cell: (r) => r.name }, ...columns]}
          data-testid="costs-chart-table"
        />
      </div>
    </section>
  );
}
