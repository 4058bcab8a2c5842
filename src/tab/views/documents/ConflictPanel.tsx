import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { DataTable } from '../../components/DataTable';
import { formatDate, formatDateTime, useLocale, useT } from '../../i18n';
import type { DocumentView } from '../../../domain/documentView';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusWarningBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/**
 * Someone else saved the document while the dialog was open (412): who and when, their version,
 * and the two ways on — save one's own changes on top of theirs, or start over from theirs.
 */
export function ConflictPanel({ current, busy, onReapply, onUseTheirs }: { current: DocumentView; busy: boolean; onReapply: () => void; onUseTheirs: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const focusRef = useRef<HTMLDivElement>(null);
  useEffect(() => focusRef.current?.focus(), [current.version]);
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
    <section className={styles.panel} data-testid="document-conflict">
      <div ref={focusRef} tabIndex={-1}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('tab.documents.conflictTitle')}</MessageBarTitle>
            {t('tab.documents.conflictBy', { name: current.updatedBy.name, at: formatDateTime(current.updatedAt, locale) })}
          </MessageBarBody>
        </MessageBar>
      </div>
      <DataTable
        label={t('tab.documents.conflictTitle')}
        columns={[
          { id: 'field', header: t('tab.documents.conflictField'), cell: (r: [string, string]) => r[0] },
          { id: 'value', header: t('tab.documents.conflictValue'), cell: (r: [string, string]) => r[1] },
        ]}
        rows={rows}
        rowKey={(r) => r[0]}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onReapply}>
          {t('tab.documents.conflictReapply')}
        </Button>
        <Button disabledFocusable={busy} onClick={onUseTheirs}>
          {t('tab.documents.conflictUseTheirs')}
        </Button>
      </div>
    </section>
  );
}
