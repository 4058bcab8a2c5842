import { Button, Dialog, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DialogFrame } from '../../components/DialogFrame';
import { formatDate, useLocale, useT } from '../../i18n';
import type { DocumentView } from '../../../domain/documentView';
import { DocumentLink } from './DocumentLink';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  notes: { whiteSpace: 'pre-wrap' },
});

/** One document's details: its link and notes, where it is used (the handover checklist's items) and its reviews, newest first. */
export function DocumentDetails({ doc, onClose }: { doc: DocumentView | null; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  if (!doc) return null;
  const reviews = [...doc.reviews].reverse();
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogFrame
        title={t('tab.documents.historyTitle', { id: doc.id, title: doc.title })}
        actions={<Button onClick={onClose}>{t('tab.close')}</Button>}
      >
        <DocumentLink doc={doc} />
        {doc.notes && <Text className={styles.notes}>{doc.notes}</Text>}
        <Subtitle2 as="h3">{t('tab.documents.usedIn')}</Subtitle2>
        {doc.usedIn.length === 0 ? (
          <Text>{t('tab.documents.notUsed')}</Text>
        ) : (
          <Text data-testid="document-used-in">
            {t('tab.documents.usedInChecklist', { items: doc.usedIn.map((u) => `${u.itemId} ${u.text[locale]}`).join('; ') })}
          </Text>
        )}
        <Subtitle2 as="h3">{t('tab.documents.history')}</Subtitle2>
        {reviews.length === 0 ? (
          <Text>{t('tab.documents.historyEmpty')}</Text>
        ) : (
          <ul className={styles.list} data-testid="document-reviews">
            {reviews.map((r) => (
              <li key={r.at}>
                <Text weight="semibold">{t('tab.documents.historyEntry', { date: formatDate(r.on, locale), name: r.by.name })}</Text>
                {r.note && <Text block>{r.note}</Text>}
              </li>
            ))}
          </ul>
        )}
      </DialogFrame>
    </Dialog>
  );
}
