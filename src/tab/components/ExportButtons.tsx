import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApp } from '../appContext';
import { todayIn, useT } from '../i18n';
import { saveFile } from '../saveFile';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
});

export type ExportFormat = 'csv' | 'xlsx';

/**
 * "Exportera till Excel" and "Exportera CSV": the server builds the file (`fetchFile`), the
 * browser saves it as `<baseName>-<today in the app's zone>.<format>`; `hint` says what the file holds. A failure is said
 * in an alert, and the buttons stay focusable while a file is on its way.
 */
export function ExportButtons({ fetchFile, baseName, hint }: { fetchFile: (format: ExportFormat) => Promise<Blob>; baseName: string; hint: string }) {
  const t = useT();
  const { me } = useApp();
  const styles = useStyles();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId('export-hint');

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      saveFile(await fetchFile(format), `${baseName}-${todayIn(me.timeZone)}.${format}`);
    } catch (e) {
      setError(t('tab.export.failed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div className={styles.row}>
        <Button icon={<DocumentTableRegular />} disabledFocusable={busy !== null} aria-describedby={hintId} onClick={() => void run('xlsx')}>
          {t('tab.export.xlsx')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabledFocusable={busy !== null} aria-describedby={hintId} onClick={() => void run('csv')}>
          {t('tab.export.csv')}
        </Button>
        <Caption1 id={hintId}>{hint}</Caption1>
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
