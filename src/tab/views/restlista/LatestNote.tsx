import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useApp } from '../../appContext';
import { formatDate, todayIn, useLocale, useT } from '../../i18n';
import type { RestlistaItem } from '../../types';
import { shortenNote } from './noteText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  toggle: { alignSelf: 'flex-start', minWidth: 'auto', paddingLeft: 0, paddingRight: 0 },
});

/**
 * An item's newest follow-up note: when and by whom, and its text shortened to a line or two;
 * "Visa hela anteckningen" (aria-expanded) shows all of it in place.
 */
export function LatestNote({ note, compact }: { note: NonNullable<RestlistaItem['latestNote']>; compact?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { me } = useApp();
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  const short = shortenNote(note.text, compact ? 80 : 160);
  const date = formatDate(todayIn(me.timeZone, new Date(note.at)), locale);
  return (
    <div className={styles.root} data-testid="latest-note">
      <Text size={200} className={styles.meta}>
        {/* In the table the column's header already says "Senaste uppföljning". */}
        {t(compact ? 'tab.restlista.note.by' : 'tab.restlista.note.latest', { date, name: note.by.name })}
      </Text>
      <Text size={compact ? 200 : 300} className={styles.text} id={textId} data-note-text="">
        {expanded || !short.shortened ? note.text.trim() : short.text}
      </Text>
      {short.shortened && (
        <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={expanded} aria-controls={textId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('tab.restlista.note.showLess') : t('tab.restlista.note.showAll')}
        </Button>
      )}
    </div>
  );
}
