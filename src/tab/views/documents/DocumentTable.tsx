import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, EditRegular, InfoRegular } from '@fluentui/react-icons';
import { DataTable } from '../../components/DataTable';
import { formatDate, useLocale, useT } from '../../i18n';
import type { DocumentView } from '../../../domain/documentView';
import { DocumentLink } from './DocumentLink';
import { ReviewMark } from './ReviewMark';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  subtle: { color: tokens.colorNeutralForeground2 },
});

const STATUS_COLOR = { gällande: 'success', 'under revision': 'warning', upphävd: 'informative' } as const;

interface Props {
  docs: readonly DocumentView[];
  canEdit: boolean;
  onShow: (doc: DocumentView) => void;
  onEdit: (doc: DocumentView) => void;
  onReview: (doc: DocumentView) => void;
}

/** The register as a table: title (a link to the file), kind, owner, version/date, status, next review with its mark, and the row's actions. */
export function DocumentTable({ docs, canEdit, onShow, onEdit, onReview }: Props) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <DataTable
      label={t('tab.documents.title')}
      data-testid="documents-table"
      rows={docs}
      rowKey={(d) => d.id}
      rowData={(d) => ({ 'data-document': d.id })}
      columns={[
        {
          id: 'title',
          header: t('tab.documents.col.title'),
          cell: (d) => (
            <div className={styles.stack}>
              <DocumentLink doc={d} />
              <Text size={200} className={styles.subtle}>
                {d.id}
              </Text>
            </div>
          ),
        },
        { id: 'kind', header: t('tab.documents.col.kind'), cell: (d) => t(`tab.documents.kind.${d.kind}`) },
        { id: 'owner', header: t('tab.documents.col.owner'), cell: (d) => d.owner?.name ?? t('tab.documents.noOwner') },
        {
          id: 'version',
          header: t('tab.documents.col.version'),
          cell: (d) => [d.versionLabel, formatDate(d.documentDate, locale)].filter(Boolean).join(' · '),
        },
        {
          id: 'status',
          header: t('tab.documents.col.status'),
          cell: (d) => (
            <Badge appearance="outline" color={STATUS_COLOR[d.status]} shape="rounded">
              {t(`tab.documents.status.${d.status}`)}
            </Badge>
          ),
        },
        {
          id: 'next',
          header: t('tab.documents.col.nextReview'),
          cell: (d) => (
            <div className={styles.stack} data-next-review={d.nextReview ?? ''}>
              <Text>{d.nextReview && d.status !== 'upphävd' ? formatDate(d.nextReview, locale) : t('tab.documents.noReview')}</Text>
              <ReviewMark due={d.due} />
            </div>
          ),
        },
        {
          id: 'actions',
          header: t('tab.documents.col.actions'),
          cell: (d) => (
            <div className={styles.actions}>
              <Button size="small" icon={<InfoRegular />} aria-label={t('tab.documents.showLabel', { id: d.id, title: d.title })} onClick={() => onShow(d)}>
                {t('tab.documents.show')}
              </Button>
              {canEdit && d.status !== 'upphävd' && d.reviewIntervalMonths !== null && (
                <Button size="small" icon={<CheckmarkCircleRegular />} aria-label={t('tab.documents.reviewLabel', { id: d.id, title: d.title })} onClick={() => onReview(d)}>
                  {t('tab.documents.review')}
                </Button>
              )}
              {canEdit && (
                <Button size="small" icon={<EditRegular />} aria-label={t('tab.documents.editLabel', { id: d.id, title: d.title })} onClick={() => onEdit(d)}>
                  {t('tab.documents.edit')}
                </Button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
