import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Checkmark20Regular, Copy20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApp } from '../../appContext';
import { useT } from '../../i18n';
import type { MessageKey } from '../../../i18n';
import type { Meeting } from './types';
import { saveFile } from '../../saveFile';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  exports: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  exportLabel: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalM },
});

const FORMATS: { format: 'text' | 'md' | 'csv'; ext: string; label: MessageKey }[] = [
  { format: 'text', ext: 'txt', label: 'tab.meeting.minutes.exportText' },
  { format: 'md', ext: 'md', label: 'tab.meeting.minutes.exportMd' },
  { format: 'csv', ext: 'csv', label: 'tab.meeting.minutes.exportCsv' },
];

/** "Kopiera protokoll" (the text minutes onto the clipboard) and exports as text, Markdown, CSV. */
export function MinutesActions({ meeting, onDone }: { meeting: Meeting; onDone: (message: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const { api } = useApp();
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const minutes = (format: (typeof FORMATS)[number]['format'] | 'text') => api.meetings.minutes({ params: { id: meeting.id }, query: { format } });

  const copy = async () => {
    setBusy('copy');
    setError(null);
    onDone('');
    try {
      const text = await (await minutes('text')).text();
      await navigator.clipboard.writeText(text);
      setCopied(true);
      onDone(t('tab.meeting.minutes.copiedAnnouncement'));
    } catch (e) {
      setCopied(false);
      setError(t('tab.meeting.minutes.copyFailed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  const exportAs = async (format: (typeof FORMATS)[number]) => {
    setBusy(format.format);
    setError(null);
    onDone('');
    try {
      const blob = await minutes(format.format);
      const file = `${t('tab.meeting.minutes.filename')}-${meeting.meetingDate}.${format.ext}`;
      saveFile(blob, file);
      onDone(t('tab.meeting.minutes.exported', { file }));
    } catch (e) {
      setError(t('tab.meeting.minutes.exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div className={styles.bar}>
        <Button appearance="primary" icon={copied ? <Checkmark20Regular /> : <Copy20Regular />} disabled={busy !== null} onClick={() => void copy()}>
          {copied ? t('tab.meeting.minutes.copied') : t('tab.meeting.minutes.copy')}
        </Button>
        <div role="group" aria-labelledby="minutes-export-label" className={styles.exports}>
          <span id="minutes-export-label" className={styles.exportLabel}>
            {t('tab.meeting.minutes.export')}:
          </span>
          {FORMATS.map((f) => (
            <Button
              key={f.format}
              icon={<ArrowDownload20Regular />}
              disabled={busy !== null}
              aria-label={t('tab.meeting.minutes.exportLabel', { format: t(f.label) })}
              onClick={() => void exportAs(f)}
            >
              {t(f.label)}
            </Button>
          ))}
        </div>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
