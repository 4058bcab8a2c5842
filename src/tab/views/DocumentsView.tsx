import { Button, Caption1, Dropdown, Field, Option, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from '../../domain/documentRegister';
import type { DocumentView } from '../../domain/documentView';
import { useApp } from '../appContext';
import { ExportButtons } from '../components/ExportButtons';
import { LoadState } from '../components/LoadState';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useResultToaster } from '../components/ResultToaster';
import { ViewAction } from '../components/ViewAction';
import { formatDate, useLocale, useT } from '../i18n';
import { useResource } from '../useResource';
import { DocumentDetails } from './documents/DocumentDetails';
import { DocumentDialog, type Editing } from './documents/DocumentDialog';
import { DocumentTable } from './documents/DocumentTable';
import { ReviewDialog } from './documents/ReviewDialog';
import * as messages from '../../i18n/tab/documents';
import { addMessages } from '../../i18n';

addMessages(messages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  filter: { minWidth: '200px' },
});

const ALL = '__all__';

/**
 * Dokumentation: the förvaltningsdokumentation register — the documents handed over and kept
 * since, where each lives, who owns it and when it is next reviewed ("Försenad"/"Snart" in
 * words, not colour alone); filters by kind, status and "Att granska"; add, change and
 * "Granskad" in dialogs for the team (readers read); the reviews and where each is used; export.
 */
export default function DocumentsView() {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { api, me } = useApp();
  const canEdit = Boolean(me.permissions['documents.edit']);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [status, setStatus] = useState<DocumentStatus | null>(null);
  const [dueOnly, setDueOnly] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reviewing, setReviewing] = useState<DocumentView | null>(null);
  const [showing, setShowing] = useState<DocumentView | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const { toaster, show } = useResultToaster('documents-announcement');
  const resource = useResource(() => api.documents.list(), [api]);
  const { reload } = resource;

  const saved = useCallback(
    async (message: string) => {
      setEditing(null);
      setReviewing(null);
      setConflict(null);
      await reload();
      show(message);
    },
    [reload, show],
  );

  const items = resource.data?.items;
  const shown = useMemo(
    () => (items ?? []).filter((d) => (!kind || d.kind === kind) && (!status || d.status === status) && (!dueOnly || d.due !== null)),
    [items, kind, status, dueOnly],
  );

  return (
    <div className={styles.root}>
      <ViewAction>
        {canEdit && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ mode: 'new' })}>
            {t('tab.documents.new')}
          </Button>
        )}
      </ViewAction>
      <PageHeading id="documents-heading" title={t('tab.documents.title')} intro={t('tab.documents.about')}>
        {!canEdit && <Caption1>{t('tab.documents.readOnly')}</Caption1>}
        {resource.data && <Caption1>{t('tab.documents.nextMeeting', { date: formatDate(resource.data.nextMeeting, locale) })}</Caption1>}
      </PageHeading>
      {toaster}
      {conflict && (
        <Notice intent="warning" onDismiss={() => setConflict(null)} dismissLabel={t('tab.close')} data-testid="documents-notice">
          {conflict}
        </Notice>
      )}

      <div className={styles.filters}>
        <Field label={t('tab.documents.filter.kind')} className={styles.filter}>
          <Dropdown
            value={kind ? t(`tab.documents.kind.${kind}`) : t('tab.documents.filter.all')}
            selectedOptions={[kind ?? ALL]}
            onOptionSelect={(_, d) => setKind(d.optionValue === ALL || !d.optionValue ? null : (d.optionValue as DocumentKind))}
          >
            <Option value={ALL}>{t('tab.documents.filter.all')}</Option>
            {DOCUMENT_KINDS.map((k) => (
              <Option key={k} value={k}>
                {t(`tab.documents.kind.${k}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('tab.documents.filter.status')} className={styles.filter}>
          <Dropdown
            value={status ? t(`tab.documents.status.${status}`) : t('tab.documents.filter.all')}
            selectedOptions={[status ?? ALL]}
            onOptionSelect={(_, d) => setStatus(d.optionValue === ALL || !d.optionValue ? null : (d.optionValue as DocumentStatus))}
          >
            <Option value={ALL}>{t('tab.documents.filter.all')}</Option>
            {DOCUMENT_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {t(`tab.documents.status.${s}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch label={t('tab.documents.filter.due')} checked={dueOnly} onChange={(_, d) => setDueOnly(d.checked)} />
      </div>

      <LoadState resource={resource}>
        {(data) => (
          <>
            <Text role="status">{t(shown.length === 1 ? 'tab.documents.count.one' : 'tab.documents.count.other', { count: shown.length })}</Text>
            {data.items.length === 0 ? (
              <Text>{t('tab.documents.empty')}</Text>
            ) : shown.length === 0 ? (
              <Text>{t('tab.documents.emptyFiltered')}</Text>
            ) : (
              <DocumentTable docs={shown} canEdit={canEdit} onShow={setShowing} onEdit={(doc) => setEditing({ mode: 'edit', doc })} onReview={setReviewing} />
            )}
          </>
        )}
      </LoadState>

      <ExportButtons fetchFile={(format) => api.documents.export({ query: { format } })} baseName={t('tab.documents.export.filename')} hint={t('tab.documents.export.hint')} />

      <DocumentDialog editing={editing} onClose={() => setEditing(null)} onSaved={(_doc, message) => void saved(message)} />
      <ReviewDialog
        doc={reviewing}
        onClose={() => setReviewing(null)}
        onReviewed={(_doc, message) => void saved(message)}
        onConflict={(_current, message) => {
          setReviewing(null);
          setConflict(message);
          void reload();
        }}
      />
      <DocumentDetails doc={showing} onClose={() => setShowing(null)} />
    </div>
  );
}
