import { VerticalStackedBarChart, type VerticalStackedChartProps } from '@fluentui/react-charts';

/**
 * Budget och utfall per år, staplat per avsnitt (Fluent's VerticalStackedBarChart): for each
 * year a budget bar and an utfall bar beside it, each stacked by section. Its own chunk, loaded
 * when the view shows it; it imports nothing of the tab (the words, the figures and the kronor
 * format come as props), so the tab's first chunks stay as they were.
 */
export interface CostChartProps {
  /** One bar per year and measure, each stacked by section (legends, colours and values made by ChartSection). */
  data: VerticalStackedChartProps[];
  /** The chart's name (the figure around it names it too). */
  title: string;
  /** The page language for Intl ("sv-SE", "en-GB"). */
  culture: string;
  formatKronor: (kronor: number) => string;
}

export default function CostChart({ data, title, culture, formatKronor }: CostChartProps) {
  return (
    <div style={{ minWidth: 0, maxWidth: '900px' }} data-testid="costs-chart">
      <VerticalStackedBarChart
        data={data}
        chartTitle={title}
        height={300}
        // Room at the left for the kronor of the axis ("12,5 mn kr").
        margins={{ left: 72 }}
        culture={culture}
        yAxisTickFormat={formatKronor}
        barWidth="auto"
        maxBarWidth={40}
        hideLabels
        wrapXAxisLables
      />
    </div>
  );
}
