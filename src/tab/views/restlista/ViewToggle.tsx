import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { AppsList20Regular, Table20Regular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import type { ViewMode } from './viewMode';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

/** "Kort | Tabell": two toggle buttons, the pressed one is how the list is shown. */
export function ViewToggle({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('tab.restlista.view.label')} className={styles.group}>
      <ToggleButton size="small" icon={<AppsList20Regular />} checked={mode === 'cards'} onClick={() => onChange('cards')}>
        {t('tab.restlista.view.cards')}
      </ToggleButton>
      <ToggleButton size="small" icon={<Table20Regular />} checked={mode === 'table'} onClick={() => onChange('table')}>
        {t('tab.restlista.view.table')}
      </ToggleButton>
    </div>
  );
}
