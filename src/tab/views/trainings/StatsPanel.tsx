import { Body1, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useApp } from '../../appContext';
import { DataTable } from '../../components/DataTable';
import { LoadState } from '../../components/LoadState';
import { intlTag, useLocale, useT } from '../../i18n';
import { useResource } from '../../useResource';
import { MonthChart } from './MonthChart';
import { formatMonth } from './time';
import type { StatsFigures, TrainingStats } from './types';

/**
 * The organisers' numbers (GET /api/trainings/stats): totals, trainings and unique participants
 * per month as charts with the table beside them, and per kind and per department.
 */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, maxWidth: '1100px' },
  intro: { maxWidth: '75ch', color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, overflowX: 'auto' },
  heading: { margin: 0 },
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  tileLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  tileValue: {
    margin: 0,
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  kindLines: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  charts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalXXL },
  table: { backgroundColor: tokens.colorNeutralBackground1, tableLayout: 'auto' },
  numberHead: { justifyContent: 'flex-end', textAlign: 'right' },
  caption: { textAlign: 'left', padding: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export function StatsPanel() {
  const { api } = useApp();
  const resource = useResource(() => api.trainings.statistics(), [api]);
  return <LoadState resource={resource}>{(stats) => <Stats stats={stats} />}</LoadState>;
}

function Stats({ stats }: { stats: TrainingStats }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const number = (n: number) => new Intl.NumberFormat(intlTag(locale)).format(n);

  if (stats.total.trainings === 0) return <Body1>{t('tab.trainings.stats.empty')}</Body1>;
  return (
    <div className={styles.root} data-testid="training-stats">
      <Body1 className={styles.intro}>{t('tab.trainings.stats.intro')}</Body1>

      <StatsSection id="stats-totals" title={t('tab.trainings.stats.totals')}>
        <dl className={styles.tiles}>
          {(
            [
              ['held', stats.total.held],
              ['planned', stats.total.trainings - stats.total.held],
              ['participants', stats.total.participants],
              ['participations', stats.total.participations],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className={styles.tile} data-testid={`total-${key}`}>
              <dt className={styles.tileLabel}>{t(`tab.trainings.stats.total.${key}`)}</dt>
              <dd className={styles.tileValue}>{number(value)}</dd>
            </div>
          ))}
        </dl>
        <ul className={styles.kindLines} data-testid="kind-lines">
          {stats.byKind
            .filter((k) => k.held > 0)
            .map((k) => (
              <li key={k.kind}>
                <Body1>{t(`tab.trainings.stats.kindLine.${k.kind}`, { held: number(k.held), participants: number(k.participants) })}</Body1>
              </li>
            ))}
        </ul>
      </StatsSection>

      <StatsSection id="stats-month" title={t('tab.trainings.stats.perMonth')}>
        <div className={styles.charts}>
          <MonthChart title={t('tab.trainings.stats.chart.trainings')} tone="brand" points={stats.byMonth.map((m) => ({ month: m.month, value: m.trainings }))} />
          <MonthChart
            title={t('tab.trainings.stats.chart.participants')}
            tone="accent"
            points={stats.byMonth.map((m) => ({ month: m.month, value: m.participants }))}
          />
        </div>
        <FiguresTable
          caption={t('tab.trainings.stats.monthTable')}
          firstColumn={t('tab.trainings.stats.col.month')}
          rows={stats.byMonth.map((m) => ({ key: m.month, label: formatMonth(m.month, locale, 'long'), figures: m }))}
          number={number}
          testId="month-table"
        />
      </StatsSection>

      <StatsSection id="stats-kind" title={t('tab.trainings.stats.perKind')}>
        <FiguresTable
          labelledBy="stats-kind"
          firstColumn={t('tab.trainings.stats.col.kind')}
          rows={stats.byKind.map((k) => ({ key: k.kind, label: t(`tab.trainings.kind.${k.kind}`), figures: k }))}
          number={number}
          testId="kind-table"
        />
      </StatsSection>

      <StatsSection id="stats-department" title={t('tab.trainings.stats.perDepartment')}>
        <Caption1 className={styles.intro}>{t('tab.trainings.stats.perDepartmentIntro')}</Caption1>
        <FiguresTable
          labelledBy="stats-department"
          firstColumn={t('tab.trainings.stats.col.department')}
          rows={stats.byDepartment.map((d) => ({
            key: d.department ?? '',
            label: d.department ?? t('tab.trainings.stats.unknownDepartment'),
            figures: d,
          }))}
          number={number}
          testId="department-table"
        />
      </StatsSection>
    </div>
  );
}

/** A part of the numbers under its heading (which names the section). */
function StatsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle1 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}

interface FiguresRow {
  key: string;
  label: ReactNode;
  figures: StatsFigures;
}

const FIGURES = ['trainings', 'held', 'participants', 'participations'] as const;

function FiguresTable({
  caption,
  labelledBy,
  firstColumn,
  rows,
  number,
  testId,
}: {
  caption?: string;
  labelledBy?: string;
  firstColumn: string;
  rows: FiguresRow[];
  number: (n: number) => string;
  testId: string;
}) {
  const t = useT();
  const styles = useStyles();
  return (
    <DataTable
      className={styles.table}
      caption={caption}
      captionClassName={styles.caption}
      labelledBy={labelledBy}
      data-testid={testId}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { id: 'label', header: firstColumn, headerProps: { scope: 'col' }, cell: (row) => row.label },
        ...FIGURES.map((figure) => ({
          id: figure,
          header: t(`tab.trainings.stats.col.${figure}`),
          headerProps: { scope: 'col', button: { className: styles.numberHead } },
          cell: (row: FiguresRow) => number(row.figures[figure]),
          cellClassName: styles.number,
        })),
      ]}
    />
  );
}
