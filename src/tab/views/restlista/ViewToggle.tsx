import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AppsList20Regular, Table20Regular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import type { ViewMode } from './viewMode';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXS },
  pressed: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1Selected}`,
  },
});

/**
 * "Kort | Tabell": two toggle buttons (Buttons with aria-pressed: Fluent's ToggleButton would pull
 * its styles into the tab's first view), the pressed one is how the list is shown.
 */
export function ViewToggle({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('tab.restlista.view.label')} className={styles.group}>
      <Button
        size="small"
        icon={<AppsList20Regular />}
        aria-pressed={mode === 'cards'}
        className={mode === 'cards' ? styles.pressed : undefined}
        onClick={() => onChange('cards')}
      >
        {t('tab.restlista.view.cards')}
      </Button>
      <Button
        size="small"
        icon={<Table20Regular />}
        aria-pressed={mode === 'table'}
        className={mode === 'table' ? styles.pressed : undefined}
        onClick={() => onChange('table')}
      >
        {t('tab.restlista.view.table')}
      </Button>
    </div>
  );
}
