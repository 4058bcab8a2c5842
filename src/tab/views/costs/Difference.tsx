import { makeStyles, tokens } from '@fluentui/react-components';
import { type ReactElement, useMemo } from 'react';
import type { Locale } from '../../../i18n';
import { visuallyHidden } from '../../components/visuallyHidden';
import type { Translate } from '../../i18n';
import { formatKronor, formatSignedKronor } from './format';

const useStyles = makeStyles({
  over: { color: tokens.colorPaletteRedForeground1 },
  hidden: visuallyHidden,
});

/**
 * Utfall − budget: written with its sign ("+50 000 kr" over budget, "−20 000 kr" under), so it
 * reads without colour; over budget is also red, and a screen reader hears "över/under budget".
 * A table has hundreds of them: the table makes one drawer (`useDifference`), and each cell is a
 * plain call of it, with no hooks of its own.
 */
export function useDifference(t: Translate, locale: Locale): (kronor: number) => ReactElement {
  const styles = useStyles();
  return useMemo(
    () => (kronor: number) => {
      const amount = formatKronor(Math.abs(kronor), locale);
      const said = kronor > 0 ? t('tab.costs.diff.over', { amount }) : kronor < 0 ? t('tab.costs.diff.under', { amount }) : t('tab.costs.diff.even');
      return (
        <span className={kronor > 0 ? styles.over : undefined}>
          <span aria-hidden="true">{formatSignedKronor(kronor, locale)}</span>
          <span className={styles.hidden}>{said}</span>
        </span>
      );
    },
    [t, locale, styles],
  );
}
