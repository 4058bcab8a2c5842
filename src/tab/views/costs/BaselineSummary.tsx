import { Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { BaselineComparison, CostBaseline } from '../../../domain/costModel';
import { DataTable } from '../../components/DataTable';
import { formatDate, useLocale, useT } from '../../i18n';
import { formatKronor, formatSignedKronor } from './format';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  table: { maxWidth: '640px' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/**
 * The latest baseline ("Baslinje frusen 10 nov. 2026 vid överlämningens signering" / "manuellt")
 * and the decided scenario's budget against it per year: the change written with its sign and in
 * words, so it reads without colour. The figures are the API's (CostView.baseline).
 */
export function BaselineSummary({
  latest,
  comparison,
  decidedName,
  timeZone,
}: {
  latest: CostBaseline | undefined;
  comparison: BaselineComparison | null;
  /** The decided scenario's name now (the comparison is its budget; the baseline may have been frozen under another name). */
  decidedName: string | null;
  timeZone: string;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const frozenOn = latest ? formatDate(new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(latest.at)), locale) : '';
  const change = (n: number) =>
    `${formatSignedKronor(n, locale)} (${n > 0 ? t('tab.costs.change.up', { amount: formatKronor(n, locale) }) : n < 0 ? t('tab.costs.change.down', { amount: formatKronor(-n, locale) }) : t('tab.costs.change.none')})`;
  const of = t('tab.costs.baseline.of', { name: decidedName ?? latest?.scenarioName ?? '' });
  const years = comparison ? Object.keys(comparison.years).map(Number).sort((a, b) => a - b) : [];
  const rows = comparison ? [...years.map((y) => ({ id: String(y), label: String(y), ...comparison.years[y]! })), { id: 'all', label: t('tab.costs.baseline.all'), ...comparison.all }] : [];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="costs-baseline">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('tab.costs.baseline.heading')}
      </Subtitle2>
      {!latest ? (
        <Text>{t('tab.costs.baseline.none')}</Text>
      ) : (
        <>
          <Text data-testid="costs-baseline-frozen">{t(latest.reason === 'signOff' ? 'tab.costs.baseline.signOff' : 'tab.costs.baseline.manual', { date: frozenOn })}</Text>
          {comparison && (
            <>
              <Caption1>{of}</Caption1>
              <DataTable
                className={styles.table}
                label={of}
                rows={rows}
                rowKey={(r) => r.id}
                rowData={(r) => ({ 'data-year': r.id })}
                columns={[
                  { id: 'year', header: t('tab.costs.baseline.year'), cell: (r) => r.label },
                  { id: 'then', header: t('tab.costs.baseline.then'), cell: (r) => formatKronor(r.baseline, locale), cellClassName: styles.num },
                  { id: 'now', header: t('tab.costs.baseline.now'), cell: (r) => formatKronor(r.now, locale), cellClassName: styles.num },
                  { id: 'change', header: t('tab.costs.baseline.change'), cell: (r) => change(r.change), cellClassName: styles.num },
                ]}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
