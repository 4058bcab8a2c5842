import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../components/visuallyHidden';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '24px' },
  hidden: visuallyHidden,
});

/**
 * "Visar 3 av 12 punkter: Försenade." and "Visa alla", while a summary tile filters the list. The
 * sentence is a polite live region (always present), so pressing a tile is announced.
 */
export function FilterStatus({
  shown,
  total,
  filterLabel,
  cleared,
  onShowAll,
}: {
  shown: number;
  total: number;
  filterLabel: string | null;
  /** A filter was just removed: say (to screen readers) that everything is shown again. */
  cleared: boolean;
  onShowAll: () => void;
}) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="restlista-filter">
      <div role="status" aria-live="polite">
        {filterLabel ? (
          <Text weight="semibold">{t('tab.restlista.filter.showing', { shown, total, filter: filterLabel })}</Text>
        ) : (
          cleared && <span className={styles.hidden}>{t('tab.restlista.filter.all', { total })}</span>
        )}
      </div>
      {filterLabel && (
        <Button size="small" appearance="secondary" onClick={onShowAll}>
          {t('tab.restlista.filter.showAll')}
        </Button>
      )}
    </div>
  );
}
