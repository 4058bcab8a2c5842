import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  note: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  toggle: { minWidth: 0, padding: 0, height: 'auto', fontWeight: tokens.fontWeightRegular },
});

/** Notes longer than this are shortened (at a word) with a button that shows the whole. */
const SHORT = 80;

function shortened(note: string): string {
  const cut = note.slice(0, SHORT);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/** What a row's amounts are based on, under its name: short, with "Visa hela anteckningen" when there is more. */
export function RowNote({ note }: { note: string }) {
  const t = useT();
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!note) return null;
  const long = note.length > SHORT;
  return (
    <>
      <Caption1 id={id} className={styles.note} data-testid="costs-note">
        {long && !open ? shortened(note) : note}
      </Caption1>
      {long && (
        <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('tab.costs.note.less') : t('tab.costs.note.more')}
        </Button>
      )}
    </>
  );
}
