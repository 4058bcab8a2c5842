import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../appContext';
import { ExportButtons } from '../components/ExportButtons';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { ScreenReaderStatus, useAnnouncer } from '../components/ScreenReaderStatus';
import { useT } from '../i18n';
import { ChainStatus } from './auditLog/ChainStatus';
import { EntryList } from './auditLog/EntryList';
import { TrailFilters } from './auditLog/TrailFilters';
import { TrailFilter, useTrail } from './auditLog/useTrail';
import * as messages from '../../i18n/tab/auditLog';
import * as auditTexts from '../../i18n/audit';
import { addMessages } from '../../i18n';

addMessages(messages);
addMessages(auditTexts);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '1000px' },
  more: { alignSelf: 'flex-start' },
});

/**
 * Händelselogg: the audit trail — every change to the app's records as sentences, newest first,
 * filtered by kind of record (and key), person and days; the chain's head and, for the
 * förvaltningsledare, a check of the whole chain; CSV and Excel with the head.
 */
export default function AuditLogView() {
  const t = useT();
  const styles = useStyles();
  const { api } = useApp();
  const [filter, setFilter] = useState<TrailFilter>({});
  const trail = useTrail(filter);
  const [announcement, announce] = useAnnouncer();
  const known = useMemo(() => [...trail.people.values()], [trail.people]);

  useEffect(() => {
    if (!trail.loading && !trail.error) {
      const count = trail.entries.length;
      announce(count === 1 ? t('tab.auditLog.shown.one') : t('tab.auditLog.shown.other', { count }));
    }
  }, [trail.loading, trail.error, trail.entries.length, announce, t]);

  return (
    <div className={styles.root}>
      <PageHeading id="audit-log-heading" title={t('tab.auditLog.title')} intro={t('tab.auditLog.intro')} />
      {trail.head && <ChainStatus head={trail.head} />}
      <TrailFilters known={known} onApply={setFilter} />
      <ExportButtons
        fetchFile={(format) => api.audit.export({ query: { ...filter, format } })}
        baseName={t('tab.auditLog.export.file')}
        hint={t('tab.auditLog.export.hint')}
      />
      {trail.error && (
        <Notice
          intent="error"
          alert
          title={t('tab.error.title')}
          actions={<Button onClick={() => void trail.reload()}>{t('tab.retry')}</Button>}
        >
          {t('tab.error.load', { message: trail.error.message })}
        </Notice>
      )}
      {!trail.loading && !trail.error && trail.entries.length === 0 && <Text>{t('tab.auditLog.empty')}</Text>}
      {trail.entries.length > 0 && <EntryList entries={trail.entries} people={trail.people} label={t('tab.auditLog.entries')} />}
      {trail.hasMore && (
        <Button className={styles.more} disabledFocusable={trail.loading} onClick={() => void trail.loadMore()}>
          {t('tab.auditLog.more')}
        </Button>
      )}
      <ScreenReaderStatus message={announcement} />
    </div>
  );
}
