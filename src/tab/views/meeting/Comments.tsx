import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtr16Regular } from '@fluentui/react-icons';
import { formatDate, formatDateTime, useLocale, useT } from '../../i18n';
import type { Comment } from '../../types';
import { useMeetingStyles } from './styles';

const useStyles = makeStyles({
  comment: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const LATEST = 4;

/** The item's latest comments and follow-up notes, newest first. */
export function Comments({ comments }: { comments: Comment[] }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const ms = useMeetingStyles();
  const latest = [...comments].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, LATEST);
  return (
    <section aria-labelledby="meeting-comments" className={ms.root}>
      <h4 id="meeting-comments" className={ms.h4}>
        {t('tab.meeting.comments.heading')}
      </h4>
      {latest.length === 0 ? (
        <Text>{t('tab.meeting.comments.empty')}</Text>
      ) : (
        <ul className={ms.list} data-testid="meeting-comments">
          {latest.map((c) => (
            <li key={c.id} className={styles.comment}>
              <div className={styles.meta}>
                <Caption1>{t('tab.meeting.comments.by', { name: c.by.name, when: formatDateTime(c.at, locale) })}</Caption1>
                {c.meetingDate && (
                  <Badge appearance="outline" color="informative" icon={<CalendarLtr16Regular />}>
                    {t('tab.meeting.comments.followUp', { date: formatDate(c.meetingDate, locale) })}
                  </Badge>
                )}
              </div>
              <Text className={styles.text}>{c.text}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
