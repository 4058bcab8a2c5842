import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AuditEntry, AuditPerson } from '../../../domain/audit';
import { describeEntry } from '../../../domain/auditSentence';
import { t as translate } from '../../../i18n';
import { useTimeZone } from '../../appContext';
import { formatDateTime, useLocale, useT } from '../../i18n';
import { timelineItem, timelineList } from '../../components/timeline';

const useStyles = makeStyles({
  list: timelineList,
  item: timelineItem(tokens.colorNeutralBackground1),
  meta: { color: tokens.colorNeutralForeground2 },
  detail: { color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalM },
});

/** The entries as sentences ("Maria Lindqvist ändrade status på A-008 från väntar till klar"), newest first, each with its time and number. */
export function EntryList({ entries, people, label }: { entries: readonly AuditEntry[]; people: ReadonlyMap<string, AuditPerson>; label: string }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const say = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  return (
    <ol className={styles.list} aria-label={label} data-testid="audit-entries">
      {entries.map((e) => {
        const { sentences, details } = describeEntry(e, people, say, (iso) => formatDateTime(iso, locale, zone));
        return (
          <li key={e.seq} className={styles.item} data-seq={e.seq}>
            {sentences.map((s, i) => (
              <Text key={`s${i}`}>{s}</Text>
            ))}
            {details.map((s, i) => (
              <Text key={`d${i}`} size={200} className={styles.detail}>
                {s}
              </Text>
            ))}
            <Caption1 className={styles.meta}>
              {formatDateTime(e.at, locale, zone)} · {t('tab.auditLog.entryNumber', { seq: e.seq })}
            </Caption1>
          </li>
        );
      })}
    </ol>
  );
}
