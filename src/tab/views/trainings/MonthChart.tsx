import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useLocale, useT } from '../../i18n';
import { formatMonth } from './time';

/**
 * A column chart in plain CSS: one bar per month, its value printed above it and the month
 * below, so nothing depends on reading a colour or a scale. For screen readers the chart is one
 * image whose label lists every value; the same figures are in the table that follows it. Months
 * that do not fit scroll sideways in a region that takes the keyboard's focus.
 */
const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0 },
  plot: {
    display: 'flex',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    height: '180px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    // As wide as its months need (at least the chart's width): the scroller moves it sideways.
    width: 'max-content',
    minWidth: '100%',
    boxSizing: 'border-box',
  },
  // Many months (a gap of a year is twelve columns): the chart scrolls sideways, by keyboard too.
  scroller: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  column: {
    flex: '1 0 40px',
    maxWidth: '72px',
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalXXS,
  },
  value: { textAlign: 'center', fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground1 },
  bar: {
    minHeight: '2px',
    borderRadius: `${tokens.borderRadiusSmall} ${tokens.borderRadiusSmall} 0 0`,
    // Forced colours (Windows high contrast) drop backgrounds: the border keeps the bar visible.
    border: `${tokens.strokeWidthThin} solid transparent`,
    boxSizing: 'border-box',
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText', forcedColorAdjust: 'none' },
  },
  brand: { backgroundColor: tokens.colorBrandForeground1 },
  accent: { backgroundColor: tokens.colorPaletteLightTealForeground2 },
  labels: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    width: 'max-content',
    minWidth: '100%',
    boxSizing: 'border-box',
  },
  label: { flex: '1 0 40px', maxWidth: '72px', textAlign: 'center', color: tokens.colorNeutralForeground2 },
});

export interface ChartPoint {
  month: string;
  value: number;
}

export function MonthChart({ title, points, tone }: { title: string; points: ChartPoint[]; tone: 'brand' | 'accent' }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const titleId = useId();
  const max = Math.max(1, ...points.map((p) => p.value));
  const values = points.map((p) => t('tab.trainings.stats.chart.value', { month: formatMonth(p.month, locale, 'long'), value: p.value })).join(', ');
  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <Subtitle2 as="h4" id={titleId} className={styles.title}>
        {title}
      </Subtitle2>
      <div className={styles.scroller} tabIndex={0} role="group" aria-labelledby={titleId}>
        <div role="img" aria-label={t('tab.trainings.stats.chart.summary', { title, values })}>
          <div className={styles.plot}>
            {points.map((p) => (
              <div key={p.month} className={styles.column}>
                <Caption1 className={styles.value}>{p.value}</Caption1>
                <div className={mergeClasses(styles.bar, tone === 'brand' ? styles.brand : styles.accent)} style={{ height: `${(p.value / max) * 80}%` }} />
              </div>
            ))}
          </div>
          <div className={styles.labels}>
            {points.map((p) => (
              <Caption1 key={p.month} className={styles.label}>
                {formatMonth(p.month, locale)}
              </Caption1>
            ))}
          </div>
        </div>
      </div>
    </figure>
  );
}
