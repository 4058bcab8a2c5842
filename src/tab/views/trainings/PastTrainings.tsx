import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTimeZone } from '../../appContext';
import { useT } from '../../i18n';
import { CardActions, TrainingCard } from './TrainingCard';
import { Term, termOf } from './time';
import type { TrainingView } from './types';

/**
 * "Visa tidigare": the past trainings by term (vårtermin, hösttermin), the latest term first and
 * the latest training first within it, ten at a time — "Visa fler" shows the next ten and moves
 * the keyboard's focus to the first of them.
 */
const PAGE = 10;

const useStyles = makeStyles({
  term: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  more: { alignSelf: 'flex-start' },
});

export function PastTrainings({ items, actions }: { items: TrainingView[]; actions: CardActions }) {
  const zone = useTimeZone();
  const terms: { key: string; term: Term; trainings: TrainingView[] }[] = [];
  for (const training of items) {
    const term = termOf(training.start, zone);
    const key = `${term.year}-${term.season}`;
    const last = terms.at(-1);
    if (last?.key === key) last.trainings.push(training);
    else terms.push({ key, term, trainings: [training] });
  }
  return (
    <>
      {terms.map(({ key, term, trainings }) => (
        <TermSection key={key} id={`trainings-term-${key}`} term={term} trainings={trainings} actions={actions} />
      ))}
    </>
  );
}

function TermSection({ id, term, trainings, actions }: { id: string; term: Term; trainings: TrainingView[]; actions: CardActions }) {
  const t = useT();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  const showMore = () => {
    const first = shown;
    setShown(shown + PAGE);
    // After React has drawn them: the first of the new cards takes the focus (its list item is focusable for that).
    requestAnimationFrame(() => (list.current?.children[first] as HTMLElement | undefined)?.focus());
  };
  const left = trainings.length - shown;
  return (
    <section className={styles.term} aria-labelledby={id}>
      <Subtitle2 as="h4" id={id} className={styles.heading}>
        {t(`tab.trainings.term.${term.season}`, { year: term.year, count: trainings.length })}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={id} ref={list}>
        {trainings.slice(0, shown).map((training) => (
          <TrainingCard key={training.id} training={training} actions={actions} focusable />
        ))}
      </ul>
      {left > 0 ? (
        <Button className={styles.more} onClick={showMore}>
          {t('tab.trainings.term.more', { count: Math.min(PAGE, left), left })}
        </Button>
      ) : (
        trainings.length > PAGE && <Body1>{t('tab.trainings.term.all', { count: trainings.length })}</Body1>
      )}
    </section>
  );
}
