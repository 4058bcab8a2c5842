import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApp } from '../../appContext';
import { useT } from '../../i18n';
import { Filters, SortState, exportQuery, todayIn } from './query';
import { saveFile } from '../../saveFile';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
});

/** Excel and CSV of the log with the grid's current filters and sort order (the server builds the file). */
export function ExportButtons({ filters, q, sort }: { filters: Filters; q: string; sort: SortState }) {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId('export-hint');

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setError(null);
    try {
      const blob = await api.activities.export({ query: exportQuery(format, filters, q, sort) });
      saveFile(blob, `aktivitetslogg-${todayIn(me.timeZone)}.${format}`);
    } catch (e) {
      setError(t('tab.activityLog.export.failed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div className={styles.row}>
        <Button icon={<DocumentTableRegular />} disabledFocusable={busy !== null} aria-describedby={hintId} onClick={() => void run('xlsx')}>
          {t('tab.activityLog.export.xlsx')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabledFocusable={busy !== null} aria-describedby={hintId} onClick={() => void run('csv')}>
          {t('tab.activityLog.export.csv')}
        </Button>
        <Caption1 id={hintId}>{t('tab.activityLog.export.hint')}</Caption1>
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
