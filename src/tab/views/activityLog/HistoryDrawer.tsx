import {
  Button,
  Caption1,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { LoadState } from '../../components/LoadState';
import { useApp } from '../../appContext';
import { formatDateTime, useLocale, useT } from '../../i18n';
import type { ActivityDetails, Comment, HistoryEntry } from '../../types';
import { useResource } from '../../useResource';
import { CommentForm } from './CommentForm';
import { displayValue, fieldLabel } from './form';
import { useCategoryLabel } from '../../categories';
import { timelineItem, timelineList } from '../../components/timeline';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXL },
  list: timelineList,
  item: timelineItem(tokens.colorNeutralBackground2),
  followUp: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground2 },
  subtitle: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** The side panel of one item: comments and follow-up notes (and a form to add one), then its history. */
export function HistoryDrawer({ activityKey, title, canComment, onClose }: { activityKey: string | null; title: string; canComment: boolean; onClose: () => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <OverlayDrawer open={activityKey !== null} position="end" size="medium" onOpenChange={(_, d) => !d.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={t('tab.close')} icon={<DismissRegular />} onClick={onClose} />}>
          {t('tab.activityLog.drawer.title', { key: activityKey ?? '' })}
          <Caption1 className={styles.subtitle}>{title}</Caption1>
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>{activityKey && <HistoryContent key={activityKey} activityKey={activityKey} canComment={canComment} />}</DrawerBody>
    </OverlayDrawer>
  );
}

function HistoryContent({ activityKey, canComment }: { activityKey: string; canComment: boolean }) {
  const { api } = useApp();
  const t = useT();
  const styles = useStyles();
  const details = useResource(() => api.activities.details({ params: { key: activityKey } }), [api, activityKey]);
  return (
    <LoadState resource={details}>
      {(d) => (
        <>
          <section className={styles.section} aria-labelledby="activity-comments-heading">
            <Subtitle2 as="h3" id="activity-comments-heading">
              {t('tab.activityLog.drawer.comments')}
            </Subtitle2>
            {d.comments.length === 0 ? (
              <Text>{t('tab.activityLog.drawer.noComments')}</Text>
            ) : (
              <ul className={styles.list} data-testid="comments">
                {d.comments.map((c) => (
                  <CommentItem key={c.id} comment={c} />
                ))}
              </ul>
            )}
            {canComment ? (
              <CommentForm
                activityKey={activityKey}
                onAdded={(c: Comment) => details.setData((cur) => ({ ...(cur ?? d), comments: [...(cur ?? d).comments, c] }))}
              />
            ) : (
              <Caption1>{t('tab.activityLog.comment.readOnly')}</Caption1>
            )}
          </section>
          <section className={styles.section} aria-labelledby="activity-history-heading">
            <Subtitle2 as="h3" id="activity-history-heading">
              {t('tab.activityLog.drawer.changes')}
            </Subtitle2>
            {d.history.length === 0 ? (
              <Text>{t('tab.activityLog.drawer.noHistory')}</Text>
            ) : (
              <ul className={styles.list} data-testid="history">
                {[...d.history].reverse().map((h, i) => (
                  <HistoryItem key={`${h.at}-${h.field}-${i}`} entry={h} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </LoadState>
  );
}

function CommentItem({ comment: c }: { comment: Comment }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <li className={styles.item}>
      {c.meetingDate && <Text className={styles.followUp}>{t('tab.activityLog.drawer.followUp', { date: c.meetingDate })}</Text>}
      <Text>{c.text}</Text>
      <Caption1 className={styles.meta}>{t('tab.activityLog.drawer.by', { who: c.by.name, when: formatDateTime(c.at, locale) })}</Caption1>
    </li>
  );
}

function HistoryItem({ entry: h }: { entry: HistoryEntry }) {
  const t = useT();
  const locale = useLocale();
  const category = useCategoryLabel();
  const styles = useStyles();
  let what: string;
  if (h.field === 'created') what = t('tab.activityLog.drawer.createdWith', { status: displayValue('status', h.to, t, locale, category) });
  else if (h.field === 'deleted') what = t('tab.activityLog.drawer.deleted');
  else if (h.text) what = t('tab.activityLog.drawer.textChanged', { field: fieldLabel(h.field, t) });
  else what = `${fieldLabel(h.field, t)}: ${displayValue(h.field, h.from, t, locale, category)} → ${displayValue(h.field, h.to, t, locale, category)}`;
  const who = h.by?.name ?? t('tab.activityLog.drawer.erased');
  return (
    <li className={styles.item}>
      <Text>{what}</Text>
      <Caption1 className={styles.meta}>{t('tab.activityLog.drawer.by', { who, when: formatDateTime(h.at, locale) })}</Caption1>
    </li>
  );
}
