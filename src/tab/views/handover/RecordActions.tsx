import { Button, Caption1, Subtitle1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { DocumentTableRegular, PrintRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApp } from '../../appContext';
import { ErrorAlert } from '../../components/Notice';
import { todayIn, useT } from '../../i18n';
import { saveFile } from '../../saveFile';

/**
 * "Skriv ut" (the browser's print dialog, which gives the record: PrintableRecord) and
 * "Exportera till Excel" (the same record from the server) — the handover as a document for
 * the registry. Plain buttons, so Tab and Enter reach them.
 */
const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export function RecordActions({ onPrint }: { onPrint: () => void }) {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId('record-hint');

  const exportXlsx = async () => {
    setBusy(true);
    setError(null);
    try {
      saveFile(await api.checklist.export(), `${t('tab.handover.record.file')}-${todayIn(me.timeZone)}.xlsx`);
    } catch (e) {
      setError(t('tab.export.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="handover-record-heading">
      <Subtitle1 as="h3" id="handover-record-heading" className={styles.heading}>
        {t('tab.handover.record.actions')}
      </Subtitle1>
      <Caption1 id={hintId}>{t('tab.handover.record.hint')}</Caption1>
      <div className={styles.row}>
        <Button icon={<PrintRegular />} aria-describedby={hintId} onClick={onPrint}>
          {t('tab.handover.record.print')}
        </Button>
        <Button icon={<DocumentTableRegular />} aria-describedby={hintId} disabledFocusable={busy} onClick={() => void exportXlsx()}>
          {t('tab.export.xlsx')}
        </Button>
      </div>
      <ErrorAlert message={error} />
    </section>
  );
}
