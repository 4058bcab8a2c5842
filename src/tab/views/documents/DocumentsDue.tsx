import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useCallback, useId, useState } from 'react';
import { useApp } from '../../appContext';
import { Notice } from '../../components/Notice';
import { useResultToaster } from '../../components/ResultToaster';
import { formatDate, useLocale, useT } from '../../i18n';
import { useResource } from '../../useResource';
import type { DocumentView } from '../../../domain/documentView';
import { ReviewDialog } from './ReviewDialog';
import { ReviewMark } from './ReviewMark';
import { DocumentLink } from './DocumentLink';
import * as messages from '../../../i18n/tab/documents';
import { addMessages } from '../../../i18n';

addMessages(messages);

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: '240px' },
  when: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

/**
 * "Dokument att granska" in the follow-up (the restlista, the meeting mode): the register's
 * documents whose review is overdue or falls by the meeting, each with "Granskad" for those who
 * keep the register. Nothing due: no section at all.
 */
export function DocumentsDue({ meetingDate, headingLevel = 'h3' }: { meetingDate?: string; headingLevel?: 'h2' | 'h3' }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { api, me } = useApp();
  const canEdit = Boolean(me.permissions['documents.edit']);
  const headingId = useId();
  const [reviewing, setReviewing] = useState<DocumentView | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const { toaster, show } = useResultToaster('documents-due-announcement');
  const resource = useResource(() => api.documents.toReview({ query: { meeting: meetingDate } }), [api, meetingDate]);
  const { reload } = resource;

  const onReviewed = useCallback(
    async (_doc: DocumentView, message: string) => {
      setReviewing(null);
      setConflict(null);
      await reload();
      show(message);
    },
    [reload, show],
  );
  const onConflict = useCallback(
    async (_current: DocumentView, message: string) => {
      setReviewing(null);
      setConflict(message);
      await reload();
    },
    [reload],
  );

  const items = resource.data?.items ?? [];
  if (items.length === 0 && !conflict) return toaster;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="documents-due">
      <Subtitle2 as={headingLevel} id={headingId}>
        {t('tab.documents.due.title')}
      </Subtitle2>
      {resource.data && <Text>{t('tab.documents.due.intro', { date: formatDate(resource.data.nextMeeting, locale) })}</Text>}
      {toaster}
      {conflict && (
        <Notice intent="warning" onDismiss={() => setConflict(null)} dismissLabel={t('tab.close')}>
          {conflict}
        </Notice>
      )}
      <ul className={styles.list}>
        {items.map((doc) => (
          <li key={doc.id} className={styles.item} data-document={doc.id}>
            <div className={styles.what}>
              <DocumentLink doc={doc} withId />
              <div className={styles.when}>
                <Text>{doc.owner?.name ?? t('tab.documents.noOwner')}</Text>
                <Text>·</Text>
                <Text>{t('tab.documents.due.next', { date: formatDate(doc.nextReview, locale) })}</Text>
                <ReviewMark due={doc.due} />
              </div>
            </div>
            {canEdit && (
              <Button icon={<CheckmarkCircleRegular />} onClick={() => setReviewing(doc)} aria-label={`${t('tab.documents.review')}: ${doc.title}`}>
                {t('tab.documents.review')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ReviewDialog doc={reviewing} onClose={() => setReviewing(null)} onReviewed={(d, m) => void onReviewed(d, m)} onConflict={(c, m) => void onConflict(c, m)} />
    </section>
  );
}
