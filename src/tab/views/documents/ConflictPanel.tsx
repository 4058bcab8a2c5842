import { Button } from '@fluentui/react-components';
import { ConflictFrame } from '../../components/ConflictFrame';
import { DataTable } from '../../components/DataTable';
import { formatDate, formatDateTime, useLocale, useT } from '../../i18n';
import type { DocumentView } from '../../../domain/documentView';

/**
 * Someone else saved the document while the dialog was open (412): who and when, their version,
 * and the two ways on — save one's own changes on top of theirs, or start over from theirs.
 */
export function ConflictPanel({ current, busy, onReapply, onUseTheirs }: { current: DocumentView; busy: boolean; onReapply: () => void; onUseTheirs: () => void }) {
  const t = useT();
  const locale = useLocale();
  const rows: [string, string][] = [
    [t('tab.documents.field.title'), current.title],
    [t('tab.documents.field.kind'), t(`tab.documents.kind.${current.kind}`)],
    [t('tab.documents.field.owner'), current.owner?.name ?? t('tab.documents.noOwner')],
    [t('tab.documents.field.versionLabel'), current.versionLabel],
    [t('tab.documents.field.documentDate'), formatDate(current.documentDate, locale)],
    [t('tab.documents.field.status'), t(`tab.documents.status.${current.status}`)],
    [t('tab.documents.field.lastReviewed'), formatDate(current.lastReviewed, locale)],
    [t('tab.documents.col.nextReview'), current.nextReview ? formatDate(current.nextReview, locale) : t('tab.documents.noReview')],
  ];
  return (
    <ConflictFrame
      title={t('tab.documents.conflictTitle')}
      body={t('tab.documents.conflictBy', { name: current.updatedBy.name, at: formatDateTime(current.updatedAt, locale) })}
      focusKey={current.version}
      data-testid="document-conflict"
      actions={
        <>
          <Button appearance="primary" disabledFocusable={busy} onClick={onReapply}>
            {t('tab.documents.conflictReapply')}
          </Button>
          <Button disabledFocusable={busy} onClick={onUseTheirs}>
            {t('tab.documents.conflictUseTheirs')}
          </Button>
        </>
      }
    >
      <DataTable
        label={t('tab.documents.conflictTitle')}
        columns={[
          { id: 'field', header: t('tab.documents.conflictField'), cell: (r: [string, string]) => r[0] },
          { id: 'value', header: t('tab.documents.conflictValue'), cell: (r: [string, string]) => r[1] },
        ]}
        rows={rows}
        rowKey={(r) => r[0]}
      />
    </ConflictFrame>
  );
}
