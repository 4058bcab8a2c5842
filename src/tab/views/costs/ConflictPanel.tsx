import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ConflictFrame } from '../../components/ConflictFrame';
import { formatDateTime, useLocale, useT } from '../../i18n';

const useStyles = makeStyles({
  values: { display: 'grid', gridTemplateColumns: 'max-content auto', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, margin: 0, '& dd': { margin: 0, fontWeight: tokens.fontWeightSemibold } },
});

export interface CellConflict {
  /** The cell's name: "Budget 2027, Microsoft 365-licenser, externa kostnader". */
  cell: string;
  /** Their value and yours, as text ("12 000 kr", "tomt"). */
  theirs: string;
  yours: string;
  /** Who saved the calculation last, and when (the 412's current). */
  by: string;
  at: string | null;
}

/**
 * Someone else saved the cell first (a 412): who and when, their value against yours, and the
 * two ways on — keep theirs, or save yours over it (from the version now shown). Like the
 * activity log's conflict panel; nothing is dropped without the user choosing it.
 */
export function ConflictPanel({ conflict, busy, onUseTheirs, onSaveMine }: { conflict: CellConflict; busy: boolean; onUseTheirs: () => void; onSaveMine: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <ConflictFrame
      title={t('tab.costs.conflict.title')}
      body={t('tab.costs.conflict.body', { name: conflict.by, cell: conflict.cell, at: formatDateTime(conflict.at, locale) })}
      focusKey={conflict}
      data-testid="costs-conflict"
      actions={
        <>
          <Button disabled={busy} onClick={onUseTheirs}>
            {t('tab.costs.conflict.useTheirs')}
          </Button>
          <Button appearance="primary" disabled={busy} onClick={onSaveMine}>
            {t('tab.costs.conflict.saveMine')}
          </Button>
        </>
      }
    >
      <dl className={styles.values}>
        <dt>{t('tab.costs.conflict.theirs')}</dt>
        <dd data-testid="costs-conflict-theirs">{conflict.theirs}</dd>
        <dt>{t('tab.costs.conflict.yours')}</dt>
        <dd data-testid="costs-conflict-yours">{conflict.yours}</dd>
      </dl>
    </ConflictFrame>
  );
}
